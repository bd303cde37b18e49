#pragma once

// Private to src/http2: the state of one Connection, shared by its receiving
// (connection.cpp) and sending (connectionsend.cpp) halves.

#include "connection.h"
#include "framecodec.h"
#include "hpack.h"

#include <map>

namespace linkscope::http2::detail {

struct Stream {
    qint64 sendWindow = DefaultWindowSize;
    qint64 recvWindow = 0;
    qint64 recvConsumed = 0; // received since our last WINDOW_UPDATE
    bool localClosed = false;
    bool remoteClosed = false;
    QByteArray pending; // data waiting for window
    bool pendingEnd = false;
};

// Thrown inside Connection::receive() only, and caught there: a connection error.
struct ConnectionError {
    ErrorCode code;
    QString reason;
};

[[noreturn]] inline void connectionError(ErrorCode code, QString reason)
{
    throw ConnectionError {code, std::move(reason)};
}

} // namespace linkscope::http2::detail

namespace linkscope::http2 {

using detail::ConnectionError;
using detail::connectionError;
using detail::Stream;

struct Connection::Private {
    Options options;
    Listener *listener = nullptr;
    FrameReader reader;
    HpackEncoder encoder;
    HpackDecoder decoder;
    QByteArray out;

    bool prefaceSeen = false; // server: the client preface arrived
    QByteArray prefaceBuffer;
    bool settingsSeen = false; // the peer's first SETTINGS arrived
    bool broken = false;
    QString brokenReason;

    std::map<quint32, Stream> streams;
    quint32 nextLocalId = 0;
    int refusedStreams = 0; // refused for our concurrent-stream limit
    quint32 lastPeerId = 0;

    qint64 connSendWindow = DefaultWindowSize;
    qint64 connRecvWindow = DefaultWindowSize;
    qint64 connRecvConsumed = 0;
    qint64 connHeld = 0; // holdConnectionWindow: DATA bytes the listener has not released
    qint64 peerInitialWindow = DefaultWindowSize;
    quint32 peerMaxFrameSize = DefaultMaxFrameSize;
    quint32 peerMaxConcurrent = 0xffffffffu;
    bool peerEnablePush = true;

    // A header block in progress (HEADERS/PUSH_PROMISE awaiting CONTINUATION).
    bool inBlock = false;
    FrameType blockType = FrameType::Headers;
    quint32 blockStream = 0;
    quint32 blockPromised = 0;
    bool blockEndStream = false;
    QByteArray block;

    explicit Private(const Options &o) : decoder(o.maxHeaderListSize) { }

    bool isPeerStream(quint32 id) const
    {
        const bool odd = (id % 2) == 1;
        return options.role == Role::Server ? odd : !odd;
    }

    void write(const QByteArray &bytes) { out.append(bytes); }

    void handle(const Frame &f);
    void onHeadersBlock();
    void onData(const Frame &f);
    void onSettings(const Frame &f);
    void onWindowUpdate(const Frame &f);
    void flush();
    void writeHeaderBlock(FrameType type, quint32 streamId, quint8 flags, const QByteArray &prefix,
                          const QByteArray &block);
    void closeIfDone(quint32 id);
    // We reset a peer's stream ourselves, and tell the listener.
    void dropStream(quint32 id, ErrorCode code);
    // One more control answer queued for the peer; too many in one go is a flood.
    void answered();
    int answersQueued = 0; // control answers since the peer last sent headers or data
    int peerStreamsOpen() const;
    void replenish(Stream *s, quint32 id, qint64 n);
    void replenishConnection(qint64 n);
    void replenishStream(Stream *s, quint32 id, qint64 n);
};

} // namespace linkscope::http2
