#pragma once

#include "certificates.h"
#include "core/amqpauth.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QSslServer;

namespace linkscope::sim {

class CloudQueue;
class Http2Session;

struct Http2ServerOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    CertificateFiles certificates;
    SecretLookup secrets;
    // Paths the auth request may use (PROTOCOL §4 [unconfirmed]).
    QStringList authPaths = {QStringLiteral("/message/ack"), QStringLiteral("/message/echo/success")};
    bool pushPromise = false; // deliver with PUSH_PROMISE instead of bare server streams
    int dropAfterMessages = 0; // fault
    quint32 maxConcurrentStreams = 1000; // SETTINGS_MAX_CONCURRENT_STREAMS for the client's streams
    int ackAnswerDelayMs = 0; // fault: answer acknowledgements this late (their streams stay open)
    double refuseAckFraction = 0; // fault: refuse this share of acknowledgement streams (REFUSED_STREAM)
    int authTimeoutMs = 15'000;
};

// The cloud's HTTP/2 push endpoint (PROTOCOL §4) from the server's end, on
// the Qt event loop: TLS with ALPN h2, the auth request, messages on server
// streams, acks on client streams, PING answers, GOAWAY on shutdown.
class Http2Server : public QObject {
    Q_OBJECT

public:
    Http2Server(CloudQueue &queue, Http2ServerOptions options, QObject *parent = nullptr);
    ~Http2Server() override;

    Result<quint16> start();
    void stop();
    // Thread-safe: new messages wait in the queue.
    void wake();

    void setLogger(std::function<void(const QString &)> log);

private:
    void onConnection();
    void pumpAll();

    CloudQueue &m_queue;
    Http2ServerOptions m_options;
    QSslServer *m_server = nullptr;
    QList<Http2Session *> m_sessions;
    std::function<void(const QString &)> m_log;
    std::atomic<bool> m_pumpScheduled {false};
};

} // namespace linkscope::sim
