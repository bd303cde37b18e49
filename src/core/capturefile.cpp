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
    if (type == od::json_type::number) {
        double d = 0;
        if (v.get_double().get(d))
            return Error {QStringLiteral("\"messageId\" is not a number")};
        return text(v.raw_json_token()).trimmed();
    }
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
        if (!(d > -9.2e18 && d < 9.2e18))
            return Error {QStringLiteral("\"%1\" is out of range").arg(QLatin1StringView(name))};
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
    // One object and nothing after it (the parser would stop at its end).
    std::string_view whole;
    if (auto e = obj.raw_json().get(whole))
        return Error {QStringLiteral("not JSON: %1").arg(problem(e))};
    const qsizetype end = qsizetype(whole.data() + whole.size() - padded.data());
    if (!line.sliced(std::min(end, line.size())).trimmed().isEmpty())
        return Error {QStringLiteral("not JSON: something follows the object")};
    doc.rewind();
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
        } else if (key == "kind" || key == "reason") {
            std::string_view s;
            if (v.get_string().get(s))
                return Error {QStringLiteral("\"%1\" is not a string").arg(text(key))};
            (key == "kind" ? r.kind : r.reason) = text(s);
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
                // A bare number or true/false: checked, then its text.
                double d = 0;
                bool b = false;
                e = type == od::json_type::number    ? v.get_double().get(d)
                    : type == od::json_type::boolean ? v.get_bool().get(b)
                                                     : simdjson::INCORRECT_TYPE;
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

namespace {
constexpr qint64 kChunk = 4 * 1024 * 1024;
constexpr qint64 kTail = 1024 * 1024; // where the last time is looked for

bool blank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}
} // namespace

Result<bool> CaptureLineReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error {m_file.errorString()};
    m_buffer.clear();
    m_at = 0;
    m_number = 0;
    return true;
}

std::optional<std::pair<qint64, QByteArray>> CaptureLineReader::next()
{
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n', m_at);
        if (nl < 0) {
            // Only a part of a line is left: the next chunk, or the end.
            const QByteArray more = m_file.isOpen() ? m_file.read(kChunk) : QByteArray();
            if (more.isEmpty()) {
                if (m_at >= m_buffer.size())
                    return std::nullopt;
                // A last line without its '\n'.
                const QByteArray line = m_buffer.sliced(m_at);
                m_at = m_buffer.size();
                ++m_number;
                if (blank(line))
                    continue;
                return std::pair {m_number, line.trimmed()};
            }
            m_buffer = m_buffer.sliced(m_at) + more;
            m_at = 0;
            continue;
        }
        const QByteArrayView line(m_buffer.constData() + m_at, nl - m_at);
        m_at = nl + 1;
        ++m_number;
        if (blank(line))
            continue;
        return std::pair {m_number, line.trimmed().toByteArray()};
    }
}

Result<CaptureExtent> scanCapture(const QString &path)
{
    CaptureExtent extent;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {f.errorString()};
    // The lines, counted in chunks; the first time, from the first line that can be read.
    QByteArray carry;
    while (true) {
        const QByteArray chunk = f.read(kChunk);
        const QByteArray data = carry + chunk;
        qsizetype at = 0;
        for (qsizetype nl; (nl = data.indexOf('\n', at)) >= 0; at = nl + 1) {
            const QByteArrayView line(data.constData() + at, nl - at);
            if (blank(line))
                continue;
            ++extent.lines;
            if (extent.first == 0)
                if (auto r = parseCaptureLine(line.trimmed()); r && r->time() > 0)
                    extent.first = r->time();
        }
        carry = data.sliced(at);
        if (chunk.isEmpty())
            break;
    }
    if (!blank(carry)) {
        ++extent.lines;
        if (extent.first == 0)
            if (auto r = parseCaptureLine(carry.trimmed()); r && r->time() > 0)
                extent.first = r->time();
    }
    if (extent.first == 0)
        return extent;
    // The last time, from the last line of the tail that can be read.
    const qint64 from = std::max<qint64>(0, f.size() - kTail);
    if (!f.seek(from))
        return Error {f.errorString()};
    QList<QByteArray> tail = f.read(kTail).split('\n');
    if (from > 0 && !tail.isEmpty())
        tail.removeFirst(); // a part of a line
    for (auto it = tail.crbegin(); it != tail.crend() && extent.last == 0; ++it)
        if (!blank(*it))
            if (auto r = parseCaptureLine(it->trimmed()); r && r->time() > 0)
                extent.last = r->time();
    extent.last = std::max(extent.first, extent.last);
    return extent;
}

} // namespace linkscope
