#include "jsonreader_p.h"

#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace linkscope::detail {

void fail(QString reason)
{
    throw DecodeFailure {std::move(reason)};
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString describe(JsonElement e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY:
        return QStringLiteral("an array");
    case simdjson::dom::element_type::OBJECT:
        return QStringLiteral("an object");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QStringLiteral("a number");
    case simdjson::dom::element_type::STRING:
        return QStringLiteral("a string");
    case simdjson::dom::element_type::BOOL:
        return QStringLiteral("a boolean");
    case simdjson::dom::element_type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return QStringLiteral("an unknown value");
}

QString joinPath(const QString &parent, std::string_view key)
{
    return parent.isEmpty() ? toQString(key) : parent + u'.' + toQString(key);
}

std::optional<JsonElement> field(JsonObject obj, std::string_view key)
{
    JsonElement e;
    if (obj.at_key(key).get(e) != simdjson::SUCCESS || e.is_null())
        return std::nullopt;
    return e;
}

namespace {

QString quoted(std::string_view s)
{
    constexpr size_t kMax = 40;
    QString text = toQString(s.substr(0, kMax));
    if (s.size() > kMax)
        text += u'…';
    return u'"' + text + u'"';
}

std::optional<qint64> parseIntegerText(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.empty())
        return std::nullopt;
    qint64 v = 0;
    const char *begin = s.data();
    if (*begin == '+')
        ++begin;
    auto [ptr, ec] = std::from_chars(begin, s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

} // namespace

qint64 toInt64(JsonElement e, const QString &path)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64:
        return e.get_int64().value_unsafe();
    case simdjson::dom::element_type::UINT64:
        fail(QStringLiteral("%1 is %2, too large for a 64-bit integer")
                 .arg(path, QString::number(e.get_uint64().value_unsafe())));
    case simdjson::dom::element_type::DOUBLE: {
        const double d = e.get_double().value_unsafe();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e18)
            return qint64(d);
        fail(QStringLiteral("%1 is %2, expected a whole number").arg(path, QString::number(d, 'g', 17)));
    }
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        if (auto v = parseIntegerText(s))
            return *v;
        fail(QStringLiteral("%1 is a string, expected a number (got %2)").arg(path, quoted(s)));
    }
    default:
        fail(QStringLiteral("%1 is %2, expected a number").arg(path, describe(e)));
    }
}

QString toText(JsonElement e, const QString &path)
{
    switch (e.type()) {
    case simdjson::dom::element_type::STRING:
        return toQString(e.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
        return QString::number(e.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return QString::number(e.get_uint64().value_unsafe());
    default:
        fail(QStringLiteral("%1 is %2, expected a string").arg(path, describe(e)));
    }
}

bool toBool(JsonElement e, const QString &path)
{
    switch (e.type()) {
    case simdjson::dom::element_type::BOOL:
        return e.get_bool().value_unsafe();
    case simdjson::dom::element_type::INT64: {
        const qint64 v = e.get_int64().value_unsafe();
        if (v == 0 || v == 1)
            return v == 1;
        fail(QStringLiteral("%1 is %2, expected true/false or 1/0").arg(path).arg(v));
    }
    case simdjson::dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        if (s == "true" || s == "1")
            return true;
        if (s == "false" || s == "0")
            return false;
        fail(QStringLiteral("%1 is the string %2, expected true/false or 1/0").arg(path, quoted(s)));
    }
    default:
        fail(QStringLiteral("%1 is %2, expected true/false or 1/0").arg(path, describe(e)));
    }
}

JsonObject toObject(JsonElement e, const QString &path)
{
    JsonObject obj;
    if (e.get_object().get(obj) != simdjson::SUCCESS)
        fail(QStringLiteral("%1 is %2, expected an object").arg(path, describe(e)));
    return obj;
}

JsonArray toArray(JsonElement e, const QString &path)
{
    JsonArray arr;
    if (e.get_array().get(arr) != simdjson::SUCCESS)
        fail(QStringLiteral("%1 is %2, expected an array").arg(path, describe(e)));
    return arr;
}

QVariant toVariant(JsonElement e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64:
        return QVariant(qint64(e.get_int64().value_unsafe()));
    case simdjson::dom::element_type::UINT64: {
        const quint64 v = e.get_uint64().value_unsafe();
        return QVariant(double(v));
    }
    case simdjson::dom::element_type::DOUBLE:
        return QVariant(e.get_double().value_unsafe());
    case simdjson::dom::element_type::STRING:
        return QVariant(toQString(e.get_string().value_unsafe()));
    case simdjson::dom::element_type::BOOL:
        return QVariant(e.get_bool().value_unsafe());
    case simdjson::dom::element_type::NULL_VALUE:
        return QVariant::fromValue(nullptr);
    case simdjson::dom::element_type::ARRAY: {
        QVariantList list;
        // Bind the array first: ranging over value_unsafe() of a temporary dangles.
        const JsonArray array = e.get_array().value_unsafe();
        list.reserve(qsizetype(array.size()));
        for (JsonElement child : array)
            list.append(toVariant(child));
        return list;
    }
    case simdjson::dom::element_type::OBJECT: {
        QVariantMap map;
        const JsonObject object = e.get_object().value_unsafe();
        for (auto kv : object)
            map.insert(toQString(kv.key), toVariant(kv.value));
        return map;
    }
    }
    return {};
}

std::optional<qint64> optInt64(JsonObject obj, std::string_view key, const QString &parent)
{
    if (auto e = field(obj, key))
        return toInt64(*e, joinPath(parent, key));
    return std::nullopt;
}

QString optText(JsonObject obj, std::string_view key, const QString &parent)
{
    if (auto e = field(obj, key))
        return toText(*e, joinPath(parent, key));
    return {};
}

JsonElement required(JsonObject obj, std::string_view key, const QString &parent, const char *hint)
{
    if (auto e = field(obj, key))
        return *e;
    QString reason = QStringLiteral("%1 is missing").arg(joinPath(parent, key));
    if (hint)
        reason += QStringLiteral("; ") + QString::fromUtf8(hint);
    fail(reason);
}

namespace {

[[noreturn]] void failDuplicate(std::string_view key, const std::vector<std::string_view> &path)
{
    QString where;
    for (std::string_view p : path) {
        if (!p.empty())
            where = joinPath(where, p);
    }
    fail(QStringLiteral("duplicate key \"%1\" in %2")
             .arg(toQString(key), where.isEmpty() ? QStringLiteral("the payload") : where));
}

void checkObject(JsonElement e, std::vector<std::string_view> &path)
{
    if (e.is_array()) {
        const JsonArray array = e.get_array().value_unsafe();
        for (JsonElement child : array) {
            if (child.is_object() || child.is_array()) {
                path.emplace_back(); // an array level: shown as its parent's name
                checkObject(child, path);
                path.pop_back();
            }
        }
        return;
    }
    if (!e.is_object())
        return;
    const JsonObject obj = e.get_object().value_unsafe();
    const std::string_view *dup = nullptr;
    const size_t n = obj.size();
    if (n <= 16) {
        // Small objects, the usual case: compare pairs, no allocation.
        std::array<std::string_view, 16> keys;
        size_t i = 0;
        for (auto kv : obj) {
            for (size_t j = 0; j < i && !dup; ++j) {
                if (keys[j] == kv.key)
                    dup = &keys[j];
            }
            keys[i++] = kv.key;
            if (dup)
                break;
        }
        if (dup)
            failDuplicate(*dup, path);
    } else {
        std::vector<std::string_view> keys;
        keys.reserve(n);
        for (auto kv : obj)
            keys.push_back(kv.key);
        std::sort(keys.begin(), keys.end());
        auto it = std::adjacent_find(keys.begin(), keys.end());
        if (it != keys.end())
            failDuplicate(*it, path);
    }
    for (auto kv : obj) {
        if (kv.value.is_object() || kv.value.is_array()) {
            path.push_back(kv.key);
            checkObject(kv.value, path);
            path.pop_back();
        }
    }
}

} // namespace

void rejectDuplicateKeys(JsonElement root)
{
    std::vector<std::string_view> path;
    checkObject(root, path);
}

} // namespace linkscope::detail
