#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace linkscope::http2 {

// RFC 9113 frame types, flags, settings and error codes.
enum class FrameType : quint8 {
    Data = 0x0,
    Headers = 0x1,
    Priority = 0x2,
    RstStream = 0x3,
    Settings = 0x4,
    PushPromise = 0x5,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
};

namespace Flag {
inline constexpr quint8 EndStream = 0x1;
inline constexpr quint8 Ack = 0x1;
inline constexpr quint8 EndHeaders = 0x4;
inline constexpr quint8 Padded = 0x8;
inline constexpr quint8 Priority = 0x20;
} // namespace Flag

enum class Setting : quint16 {
    HeaderTableSize = 0x1,
    EnablePush = 0x2,
    MaxConcurrentStreams = 0x3,
    InitialWindowSize = 0x4,
    MaxFrameSize = 0x5,
    MaxHeaderListSize = 0x6,
};

enum class ErrorCode : quint32 {
    NoError = 0x0,
    ProtocolError = 0x1,
    InternalError = 0x2,
    FlowControlError = 0x3,
    SettingsTimeout = 0x4,
    StreamClosed = 0x5,
    FrameSizeError = 0x6,
    RefusedStream = 0x7,
    Cancel = 0x8,
    CompressionError = 0x9,
    ConnectError = 0xa,
    EnhanceYourCalm = 0xb,
    InadequateSecurity = 0xc,
    Http11Required = 0xd,
};
QString errorCodeName(quint32 code);

inline constexpr QByteArrayView ClientPreface("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
inline constexpr int FrameHeaderSize = 9;
inline constexpr quint32 DefaultMaxFrameSize = 16384;
inline constexpr quint32 MaxAllowedFrameSize = (1u << 24) - 1;
inline constexpr qint64 DefaultWindowSize = 65535;
inline constexpr qint64 MaxWindowSize = 0x7fffffff;

struct Frame {
    FrameType type = FrameType::Data;
    quint8 flags = 0;
    quint32 streamId = 0;
    QByteArray payload;

    bool has(quint8 flag) const { return (flags & flag) != 0; }
};

using SettingsList = QList<QPair<quint16, quint32>>;

} // namespace linkscope::http2
