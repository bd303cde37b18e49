#pragma once

#include "subscriber.h"

#include <memory>

namespace linkscope::transport {

// Subscribes to a project's HTTP/2 push (PROTOCOL §4) with our own framing
// (linkscope_http2) over a QSslSocket: ALPN h2 and verified TLS, the signed
// auth request, messages on the cloud's bare even server streams and on
// PUSH_PROMISE streams alike, an acknowledgement stream per qos ≥ 1 message
// once the store persisted it, PING every 30 s and a reconnect after 60 s of
// silence or a GOAWAY, with the SDK's backoff (0, 1 s, 10 s, 60 s, jittered).
// Lives on a worker thread.
class Http2Subscriber : public Subscriber {
    Q_OBJECT

public:
    struct Timing {
        int authTimeoutMs = 15'000;
        int pingIntervalMs = 30'000;
        int silenceTimeoutMs = 60'000;
    };

    explicit Http2Subscriber(SubscriberProfile profile, QObject *parent = nullptr);
    Http2Subscriber(SubscriberProfile profile, Timing timing, QObject *parent = nullptr);
    ~Http2Subscriber() override;

    ConnectionState state() const override;
    MessagePipeline *pipeline() const override;
    // Acknowledgement streams sent on the current connection (tests).
    int acksSent() const;

public slots:
    void start() override;
    void stop() override;
    void acknowledge(const QStringList &messageIds) override;

private:
    struct Private;
    friend struct Http2Listener;
    void connectNow();
    void onEncrypted();
    void onReadyRead();
    void onSocketGone(const QString &reason, bool tls);
    void fail(ConnectionState state, const QString &reason);
    void setState(ConnectionState state, const QString &detail);
    void scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs);
    void sendAcks(const QList<quint64> &tokens);
    void flushOutput();
    void keepAlive();
    void teardown();

    std::unique_ptr<Private> d;
};

} // namespace linkscope::transport
