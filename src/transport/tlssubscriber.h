#pragma once

#include "core/backoff.h"
#include "subscriber.h"

#include <QPointer>
#include <QSslConfiguration>

class QSslError;
class QSslSocket;
class QTimer;

namespace linkscope::transport {

// What both subscribers do alike around one TLS connection to the push
// endpoint, so that each protocol only speaks its frames:
// - the connection state in words, one set of retry wordings;
// - TLS: the profile's CA file alone (or the system's CAs), the peer name
//   checked against DNS and IP entries of the certificate, and a refusal
//   that says which names the certificate holds;
// - the login deadline, the reconnect policy (backoff, the cloud's limit of
//   100 connects a minute) and a bounded write buffer, so a peer that stops
//   reading is dropped instead of growing our memory;
// - stop: the protocol's goodbye is written after everything already due
//   (acknowledgements included) on the one ordered socket.
// Lives on the subscriber's worker thread, like the socket.
class TlsSubscriber : public Subscriber {
    Q_OBJECT

public:
    // How one protocol uses the connection.
    struct Policy {
        QByteArray alpn; // e.g. "h2"; empty: none
        int loginTimeoutMs = 15'000; // TLS and login together (PROTOCOL: auth within 15 s)
        qint64 maxUnsentBytes = 8 * 1024 * 1024;
        std::unique_ptr<RetryDelays> delays; // after a lost connection
        std::unique_ptr<RetryDelays> authDelays; // after refused credentials
    };

    ~TlsSubscriber() override;

    // The TLS settings a profile connects with: the peer verified, and the
    // profile's CA file in place of the system's CAs (or the system's).
    static QSslConfiguration tlsConfiguration(const SubscriberProfile &profile, const QByteArray &alpn);

    ConnectionState state() const override { return m_state; }
    MessagePipeline *pipeline() const override { return m_pipeline; }

public slots:
    void start() override;
    void stopReceiving() override;
    void stop() override;

protected:
    TlsSubscriber(SubscriberProfile profile, Policy policy, QObject *parent);

    // The protocol's part, called on this thread.
    virtual void onEncrypted() = 0; // TLS is up: start talking
    virtual void onReadable() = 0; // bytes wait in socket()
    virtual void onGoodbye() { } // stop(): queue and write the protocol's polite end
    // The server closed the connection: the protocol may know better why
    // (a login refused just before the close), and say so with fail() here.
    virtual void onPeerClosed() { }
    virtual void onConnectionGone() = 0; // forget the connection's state (its tokens are void)

    const SubscriberProfile &profile() const { return m_profile; }
    bool isReceiving() const { return m_receiving; } // false once stopReceiving() ran
    QSslSocket *socket() const;
    bool isRunning() const { return m_running; }
    // Writes to the socket; false when the peer stopped reading (the connection failed then).
    bool write(const char *data, qint64 size);
    // The login worked: Subscribed, and the backoff starts over.
    void subscribed(const QString &detail = {});
    void setState(ConnectionState state, const QString &detail);
    // The connection ends with `state` (Reconnecting, AuthFailed, TlsFailed,
    // Failed): torn down, then retried after the policy's delay.
    void fail(ConnectionState state, const QString &reason);

private:
    void connectNow();
    void onClosed(QSslSocket *socket);
    void onSslErrors(QSslSocket *socket, const QList<QSslError> &errors);
    void scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs);
    void teardown();

    SubscriberProfile m_profile;
    Policy m_policy;
    MessagePipeline *m_pipeline = nullptr; // children: they move threads with us
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_loginTimer = nullptr;
    QTimer *m_statsTimer = nullptr;
    QPointer<QSslSocket> m_socket;
    ConnectRateLimit m_rateLimit {100};
    ConnectionState m_state = ConnectionState::Stopped;
    bool m_running = false;
    bool m_receiving = true;
    bool m_ending = false; // the current connection's end is being handled
};

} // namespace linkscope::transport
