#include "framecodec.h"

namespace linkscope::http2 {

QString errorCodeName(quint32 code)
{
    static const char *const names[] = {"NO_ERROR",
                                        "PROTOCOL_ERROR",
                                        "INTERNAL_ERROR",
                                        "FLOW_CONTROL_ERROR",
                                        "SETTINGS_TIMEOUT",
                                        "STREAM_CLOSED",
                                        "FRAME_SIZE_ERROR",
                                        "REFUSED_STREAM",
                                        "CANCEL",
                                        "COMPRESSION_ERROR",
                                        "CONNECT_ERROR",
                                        "ENHANCE_YOUR_CALM",
                                        "INADEQUATE_SECURITY",
                                        "HTTP_1_1_REQUIRED"};
    if (code < std::size(names))
        return QString::fromLatin1(names[code]);
    return QStringLiteral("error 0x%1").arg(code, 0, 16);
}

quint32 readUint32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

void appendUint32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

Result<std::optional<Frame>> FrameReader::take()
{
    if (buffered() < FrameHeaderSize) {
        if (m_offset > 0 && m_offset == m_buffer.size()) {
            m_buffer.clear();
            m_offset = 0;
        }
        return std::optional<Frame>();
    }
    const auto *h = reinterpret_cast<const uchar *>(m_buffer.constData() + m_offset);
    const quint32 length = (quint32(h[0]) << 16) | (quint32(h[1]) << 8) | quint32(h[2]);
    if (length > m_maxFrameSize)
        return Error {QStringLiteral("the peer sent a %1-byte frame, over the %2-byte limit")
                          .arg(length)
                          .arg(m_maxFrameSize)};
    if (buffered() < FrameHeaderSize + qsizetype(length))
        return std::optional<Frame>();
    Frame f;
    f.type = FrameType(h[3]);
    f.flags = h[4];
    f.streamId = readUint32(m_buffer.constData() + m_offset + 5) & 0x7fffffffu;
    f.payload = m_buffer.mid(m_offset + FrameHeaderSize, length);
    m_offset += FrameHeaderSize + length;
    // Compact now and then rather than on every frame.
    if (m_offset > 65536 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return std::optional<Frame>(std::move(f));
}

QByteArray encodeFrame(FrameType type, quint8 flags, quint32 streamId, QByteArrayView payload)
{
    QByteArray out;
    out.reserve(FrameHeaderSize + payload.size());
    const quint32 n = quint32(payload.size());
    out.append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    out.append(char(type)).append(char(flags));
    appendUint32(out, streamId & 0x7fffffffu);
    out.append(payload.data(), payload.size());
    return out;
}

QByteArray settingsFrame(const SettingsList &settings)
{
    QByteArray payload;
    for (const auto &[id, value] : settings) {
        payload.append(char(id >> 8)).append(char(id));
        appendUint32(payload, value);
    }
    return encodeFrame(FrameType::Settings, 0, 0, payload);
}

QByteArray settingsAckFrame()
{
    return encodeFrame(FrameType::Settings, Flag::Ack, 0, {});
}

QByteArray pingFrame(QByteArrayView opaque8, bool ack)
{
    QByteArray payload(8, '\0');
    std::copy_n(opaque8.data(), std::min<qsizetype>(8, opaque8.size()), payload.data());
    return encodeFrame(FrameType::Ping, ack ? Flag::Ack : 0, 0, payload);
}

QByteArray windowUpdateFrame(quint32 streamId, quint32 increment)
{
    QByteArray payload;
    appendUint32(payload, increment & 0x7fffffffu);
    return encodeFrame(FrameType::WindowUpdate, 0, streamId, payload);
}

QByteArray rstStreamFrame(quint32 streamId, ErrorCode code)
{
    QByteArray payload;
    appendUint32(payload, quint32(code));
    return encodeFrame(FrameType::RstStream, 0, streamId, payload);
}

QByteArray goAwayFrame(quint32 lastStreamId, ErrorCode code, QByteArrayView debug)
{
    QByteArray payload;
    appendUint32(payload, lastStreamId & 0x7fffffffu);
    appendUint32(payload, quint32(code));
    payload.append(debug.data(), debug.size());
    return encodeFrame(FrameType::GoAway, 0, 0, payload);
}

Result<SettingsList> parseSettings(const Frame &f)
{
    if (f.streamId != 0)
        return Error {QStringLiteral("SETTINGS on stream %1 (must be 0)").arg(f.streamId)};
    if (f.has(Flag::Ack)) {
        if (!f.payload.isEmpty())
            return Error {QStringLiteral("a SETTINGS acknowledgement with a payload")};
        return SettingsList();
    }
    if (f.payload.size() % 6 != 0)
        return Error {
            QStringLiteral("a SETTINGS payload of %1 bytes (not a multiple of 6)").arg(f.payload.size())};
    SettingsList out;
    for (qsizetype i = 0; i < f.payload.size(); i += 6) {
        const auto *p = reinterpret_cast<const uchar *>(f.payload.constData() + i);
        const quint16 id = quint16((p[0] << 8) | p[1]);
        const quint32 value = readUint32(f.payload.constData() + i + 2);
        if (id == quint16(Setting::EnablePush) && value > 1)
            return Error {QStringLiteral("SETTINGS_ENABLE_PUSH is %1 (must be 0 or 1)").arg(value)};
        if (id == quint16(Setting::InitialWindowSize) && value > quint32(MaxWindowSize))
            return Error {QStringLiteral("SETTINGS_INITIAL_WINDOW_SIZE is %1, over 2^31-1").arg(value)};
        if (id == quint16(Setting::MaxFrameSize)
            && (value < DefaultMaxFrameSize || value > MaxAllowedFrameSize))
            return Error {
                QStringLiteral("SETTINGS_MAX_FRAME_SIZE is %1, outside 16384..16777215").arg(value)};
        out.append({id, value}); // unknown ids (the cloud sends 0x63) are kept, and ignored by users
    }
    return out;
}

Result<quint32> parseWindowUpdate(const Frame &f)
{
    if (f.payload.size() != 4)
        return Error {QStringLiteral("a WINDOW_UPDATE of %1 bytes (must be 4)").arg(f.payload.size())};
    return readUint32(f.payload.constData()) & 0x7fffffffu;
}

Result<GoAway> parseGoAway(const Frame &f)
{
    if (f.streamId != 0 || f.payload.size() < 8)
        return Error {QStringLiteral("a malformed GOAWAY")};
    GoAway g;
    g.lastStreamId = readUint32(f.payload.constData()) & 0x7fffffffu;
    g.errorCode = readUint32(f.payload.constData() + 4);
    g.debug = f.payload.mid(8);
    return g;
}

Result<quint32> parseRstStream(const Frame &f)
{
    if (f.payload.size() != 4 || f.streamId == 0)
        return Error {QStringLiteral("a malformed RST_STREAM")};
    return readUint32(f.payload.constData());
}

Result<Unpadded> stripPadding(const Frame &f)
{
    qsizetype start = 0;
    qsizetype end = f.payload.size();
    if (f.has(Flag::Padded)) {
        if (end < 1)
            return Error {QStringLiteral("a padded frame without its pad length")};
        const int pad = uchar(f.payload[0]);
        start = 1;
        if (pad > end - start)
            return Error {QStringLiteral("a frame's padding (%1 bytes) is longer than the frame").arg(pad)};
        end -= pad;
    }
    Unpadded out;
    if (f.type == FrameType::Headers && f.has(Flag::Priority)) {
        if (end - start < 5)
            return Error {QStringLiteral("a HEADERS frame too short for its priority fields")};
        start += 5;
    }
    if (f.type == FrameType::PushPromise) {
        if (end - start < 4)
            return Error {QStringLiteral("a PUSH_PROMISE too short for the promised stream id")};
        out.promisedStreamId = readUint32(f.payload.constData() + start) & 0x7fffffffu;
        start += 4;
    }
    out.fragment = f.payload.mid(start, end - start);
    return out;
}

} // namespace linkscope::http2
