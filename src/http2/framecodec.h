#pragma once

#include "core/result.h"
#include "frame.h"

#include <QByteArray>

#include <optional>

namespace linkscope::http2 {

// Splits a byte stream into frames. Feed it what the socket read; take()
// returns whole frames, nothing while a frame is incomplete, or an error
// when the peer broke the framing (the connection must then end).
class FrameReader {
public:
    void setMaxFrameSize(quint32 size) { m_maxFrameSize = size; }
    void append(QByteArrayView bytes) { m_buffer.append(bytes.data(), bytes.size()); }
    Result<std::optional<Frame>> take();
    qsizetype buffered() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    quint32 m_maxFrameSize = DefaultMaxFrameSize;
};

// Frame writers.
QByteArray encodeFrame(FrameType type, quint8 flags, quint32 streamId, QByteArrayView payload);
QByteArray settingsFrame(const SettingsList &settings);
QByteArray settingsAckFrame();
QByteArray pingFrame(QByteArrayView opaque8, bool ack);
QByteArray windowUpdateFrame(quint32 streamId, quint32 increment);
QByteArray rstStreamFrame(quint32 streamId, ErrorCode code);
QByteArray goAwayFrame(quint32 lastStreamId, ErrorCode code, QByteArrayView debug);

// Payload readers; an error is a connection error with the reason.
Result<SettingsList> parseSettings(const Frame &frame);
Result<quint32> parseWindowUpdate(const Frame &frame); // the increment
struct GoAway {
    quint32 lastStreamId = 0;
    quint32 errorCode = 0;
    QByteArray debug;
};
Result<GoAway> parseGoAway(const Frame &frame);
Result<quint32> parseRstStream(const Frame &frame);
// DATA, HEADERS, PUSH_PROMISE without padding (and the priority fields of
// HEADERS); for PUSH_PROMISE the promised stream id is returned separately.
struct Unpadded {
    QByteArray fragment;
    quint32 promisedStreamId = 0;
};
Result<Unpadded> stripPadding(const Frame &frame);

quint32 readUint32(const char *p);
void appendUint32(QByteArray &out, quint32 v);

} // namespace linkscope::http2
