#pragma once

#include "tlssubscriber.h"

#include <memory>

namespace linkscope::transport {

// Subscribes to a project's HTTP/2 push (PROTOCOL §4) with our own framing
// (linkscope_http2) over the shared TLS connection: ALPN h2, the signed auth
// request, messages on the cloud's bare even server streams and on
// PUSH_PROMISE streams alike, an acknowledgement stream per qos ≥ 1 message
// once the store persisted it (never more at once than the server's
// SETTINGS_MAX_CONCURRENT_STREAMS; a refused one is sent again), PING every
// 30 s and a reconnect after 60 s without a message or a PING answer, or on
// a GOAWAY, with the SDK's backoff (0, 1 s, 10 s, 60 s, jittered).
class Http2Subscriber : public TlsSubscriber {
    Q_OBJECT

public:
    struct Timing {
        int authTimeoutMs = 15'000;
        int pingIntervalMs = 30'000;
        int silenceTimeoutMs = 60'000;
    };
    // What a hostile server can make us hold, at most.
    struct Limits {
        quint32 maxConcurrentStreams = 1000; // server streams, promised ones included
        qsizetype maxMessageBytes = 2 * 1024 * 1024; // one message's body (the decoder keeps 1 MiB)
        qsizetype maxBufferedBytes = 8 * 1024 * 1024; // all unfinished messages together
        qsizetype maxPendingAcks = 100'000; // stored, waiting for a stream the server never frees
        qint64 maxUnsentBytes = 8 * 1024 * 1024; // written, not yet taken by the server
        // Bytes of finished messages the server may send before the store
        // is done with them. The connection's flow-control window is this
        // plus maxBufferedBytes, so unfinished messages can always finish.
        quint32 unstoredWindowBytes = 8 * 1024 * 1024;
    };

    explicit Http2Subscriber(SubscriberProfile profile, QObject *parent = nullptr);
    Http2Subscriber(SubscriberProfile profile, Timing timing, QObject *parent = nullptr);
    Http2Subscriber(SubscriberProfile profile, Timing timing, Limits limits, QObject *parent = nullptr);
    ~Http2Subscriber() override;

    // Acknowledgement streams sent on the current connection (tests).
    int acksSent() const;
    // Acknowledgements waiting for a free stream (tests).
    int acksQueued() const;
    // Messages being received, and their bytes so far (tests).
    int streamsBuffered() const;
    qsizetype bytesBuffered() const;

protected:
    void onEncrypted() override;
    void onReadable() override;
    void onGoodbye() override;
    void onConnectionGone() override;

private:
    struct Private;
    friend struct Http2Listener;
    void sendAcks(const QList<quint64> &tokens);
    void pumpAcks();
    void flushOutput();
    void keepAlive();

    std::unique_ptr<Private> d;
};

} // namespace linkscope::transport
