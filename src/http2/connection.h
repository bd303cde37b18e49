#pragma once

#include "core/headerlist.h"
#include "core/result.h"
#include "frame.h"

#include <QByteArray>
#include <QHash>

#include <memory>

namespace linkscope::http2 {

// One HTTP/2 connection without I/O: bytes from the socket go in through
// receive(), bytes for the socket come out of takeOutput(), and what the peer
// did is reported to a Listener. It keeps the connection's rules: preface,
// SETTINGS and their acknowledgement, PING answers, header blocks across
// CONTINUATION with one HPACK decoder, connection and stream flow control,
// stream id order, and limits on frame size, header list size and
// concurrent streams. Used by the emulator (server) and the subscriber
// (client); the client may accept the Life IoT cloud's un-promised server
// streams, which stock stacks reject.
class Connection {
public:
    enum class Role { Client, Server };

    struct Options {
        Role role = Role::Client;
        quint32 initialWindowSize = 4 * 1024 * 1024; // per stream, what we advertise
        quint32 connectionWindow = 16 * 1024 * 1024; // our receive window for the connection
        quint32 maxFrameSize = DefaultMaxFrameSize; // the largest frame we accept
        qsizetype maxHeaderListSize = 64 * 1024;
        quint32 maxConcurrentStreams = 1000; // streams the peer may open (or promise) at once
        // PING, SETTINGS and stream-reset answers in a row, with no header
        // block or data in between, past which the peer is flooding us: the
        // connection ends (ENHANCE_YOUR_CALM). A real peer never comes close.
        int maxQueuedAnswers = 10'000;
        bool enablePush = true; // client: advertise SETTINGS_ENABLE_PUSH=1
        bool acceptUnpromisedServerStreams = true; // client: the cloud's bare HEADERS on even streams
        SettingsList extraSettings; // sent as well (the cloud sends a private id 0x63)
        // The connection window comes back only as releaseWindow() gives
        // the DATA bytes back, not as they arrive: a listener that holds
        // messages until they are safe (stored) stops the peer's DATA once
        // it holds a window's worth. (Padding and DATA the listener never
        // sees come back at once.)
        bool holdConnectionWindow = false;
    };

    class Listener {
    public:
        virtual ~Listener() = default;
        // A header block on a stream: a request, a response, a pushed message, or trailers.
        virtual void onHeaders(quint32 streamId, const HeaderList &headers, bool endStream) = 0;
        virtual void onData(quint32 streamId, const QByteArray &data, bool endStream) = 0;
        virtual void onPushPromise(quint32 streamId, quint32 promisedId, const HeaderList &headers)
        {
            Q_UNUSED(streamId);
            Q_UNUSED(promisedId);
            Q_UNUSED(headers);
        }
        virtual void onStreamReset(quint32 streamId, quint32 errorCode)
        {
            Q_UNUSED(streamId);
            Q_UNUSED(errorCode);
        }
        virtual void onGoAway(quint32 lastStreamId, quint32 errorCode, const QByteArray &debug)
        {
            Q_UNUSED(lastStreamId);
            Q_UNUSED(errorCode);
            Q_UNUSED(debug);
        }
        virtual void onPingAck(const QByteArray &opaque) { Q_UNUSED(opaque); }
        // The connection reset a stream itself (the peer broke its rules on
        // it): whatever the listener holds for the stream can go.
        virtual void onStreamDropped(quint32 streamId, quint32 errorCode)
        {
            Q_UNUSED(streamId);
            Q_UNUSED(errorCode);
        }
        virtual void onFrameReceived() { } // anything at all arrived (for keepalive)
    };

    Connection(Options options, Listener *listener);
    ~Connection();

    // Queues the preface (client), our SETTINGS and the connection window.
    void start();
    // Processes bytes from the peer. An error is a connection error: a
    // GOAWAY with the reason is queued and every later call fails too.
    Result<bool> receive(QByteArrayView bytes);
    QByteArray takeOutput();
    bool hasOutput() const;

    quint32 nextStreamId(); // odd for a client, even for a server
    void sendHeaders(quint32 streamId, const HeaderList &headers, bool endStream);
    void sendPushPromise(quint32 streamId, quint32 promisedId, const HeaderList &headers);
    // Queued, and sent as the peer's flow-control windows allow.
    void sendData(quint32 streamId, const QByteArray &data, bool endStream);
    void sendPing(QByteArrayView opaque8);
    void resetStream(quint32 streamId, ErrorCode code);
    // With holdConnectionWindow: the listener is done with `bytes` of DATA it was given.
    void releaseWindow(qint64 bytes);
    qint64 heldWindow() const; // given to the listener and not released yet
    void goAway(ErrorCode code, const QByteArray &debug);

    qsizetype pendingDataBytes() const; // waiting for window
    int openStreams() const;
    int openLocalStreams() const; // streams we opened that are not closed yet
    bool isBroken() const;
    bool peerAllowsPush() const;
    quint32 peerMaxConcurrentStreams() const;
    // Streams the peer opened past our SETTINGS_MAX_CONCURRENT_STREAMS, refused.
    int refusedStreams() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::http2
