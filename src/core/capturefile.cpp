#include "capturefile.h"

#include <simdjson.h>

namespace linkscope {

namespace {

namespace od = simdjson::ondemand;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString problem(simdjson::error_code e)
{
    return QString::fromUtf8(simdjson::error_message(e));
}

// An id may be written as a number: its text, as it stands.
Result<QString> idText(od::value v)
{
    od::json_type type;
    if (auto e = v.type().get(type))
        return Error {problem(e)};
    std::string_view s;
    if (type == od::json_type::string) {
        if (auto e = v.get_string().get(s))
            return Error {problem(e)};
        return text(s);
    }
    if (type == od::json_type::number)
        return text(v.raw_json_token());
    return Error {QStringLiteral("\"messageId\" is neither a string nor a number")};
}

Result<qint64> time(od::value v, const char *name)
{
    od::json_type type;
    if (!v.type().get(type) && type == od::json_type::null)
        return qint64(0);
    int64_t n = 0;
    if (v.get_int64().get(n) != simdjson::SUCCESS) {
        double d = 0;
        if (v.get_double().get(d))
            return Error {QStringLiteral("\"%1\" is not a number").arg(QLatin1StringView(name))};
        n = int64_t(d);
    }
    return qint64(n);
}

} // namespace

Result<CaptureRecord> parseCaptureLine(QByteArrayView line)
{
    // The payload's JSON is kept as it was written (key order, numbers), so
    // a replay stores and shows the same bytes the capture holds.
    const simdjson::padded_string padded(line.data(), size_t(line.size()));
    thread_local od::parser parser; // its buffers are reused line after line
    od::document doc;
    if (auto e = parser.iterate(padded).get(doc))
        return Error {QStringLiteral("not JSON: %1").arg(problem(e))};
    od::object obj;
    if (doc.get_object().get(obj))
        return Error {QStringLiteral("not a JSON object")};
    CaptureRecord r;
    bool hasPayload = false;
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return Error {QStringLiteral("not JSON: %1").arg(problem(e))};
        od::value v;
        if (auto e = field.value().get(v))
            return Error {QStringLiteral("not JSON: %1").arg(problem(e))};
        if (key == "topic") {
            std::string_view s;
            if (v.get_string().get(s))
                return Error {QStringLiteral("\"topic\" is not a string")};
            r.topic = text(s);
        } else if (key == "messageId") {
            auto id = idText(v);
            if (!id)
                return Error {id.error()};
            r.messageId = *id;
        } else if (key == "generateTime" || key == "receivedAt") {
            auto t = time(v, key == "generateTime" ? "generateTime" : "receivedAt");
            if (!t)
                return Error {t.error()};
            (key == "generateTime" ? r.generateTime : r.receivedAt) = *t;
        } else if (key == "payloadBase64") {
            std::string_view s;
            if (v.get_string().get(s))
                return Error {QStringLiteral("\"payloadBase64\" is not a string")};
            const auto bytes = QByteArray::fromBase64Encoding(QByteArray(s.data(), qsizetype(s.size())),
                                                              QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                return Error {QStringLiteral("\"payloadBase64\" is not base64")};
            r.payload = *bytes;
            hasPayload = true;
        } else if (key == "payload" && !hasPayload) {
            od::json_type type;
            if (auto e = v.type().get(type))
                return Error {QStringLiteral("not JSON: %1").arg(problem(e))};
            std::string_view raw;
            simdjson::error_code e = simdjson::SUCCESS;
            if (type == od::json_type::string) {
                e = v.get_string().get(raw);
            } else if (type == od::json_type::object) {
                od::object o;
                e = v.get_object().get(o);
                if (!e)
                    e = o.raw_json().get(raw);
            } else if (type == od::json_type::array) {
                od::array a;
                e = v.get_array().get(a);
                if (!e)
                    e = a.raw_json().get(raw);
            } else if (type == od::json_type::null) {
                continue;
            } else {
                raw = v.raw_json_token();
            }
            if (e)
                return Error {QStringLiteral("\"payload\" is not JSON: %1").arg(problem(e))};
            r.payload = QByteArray(raw.data(), qsizetype(raw.size())).trimmed();
            hasPayload = true;
        }
    }
    if (r.topic.isEmpty())
        return Error {QStringLiteral("no \"topic\"")};
    if (r.messageId.isEmpty())
        return Error {QStringLiteral("no \"messageId\"")};
    if (!hasPayload)
        return Error {QStringLiteral("no \"payload\"")};
    return r;
}

} // namespace linkscope
