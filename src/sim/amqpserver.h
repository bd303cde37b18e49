#pragma once

#include "certificates.h"
#include "core/amqpauth.h"
#include "core/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace linkscope::sim {

class CloudQueue;

struct AmqpServerOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    CertificateFiles certificates;
    SecretLookup secrets; // AppKey (or AccessKey id) -> secret
    int dropAfterMessages = 0; // fault: close each connection after N deliveries
    quint32 minIdleMs = 30'000; // the cloud's range of idle-time-out is minIdleMs..300 s
};

// The cloud's AMQP 1.0 push endpoint (PROTOCOL §3) on a Qpid Proton
// container of its own thread: TLS, SASL PLAIN checked like the cloud, one
// receiver per connection, unsettled deliveries within the link credit.
class AmqpServer {
public:
    AmqpServer(CloudQueue &queue, AmqpServerOptions options);
    ~AmqpServer();

    // Starts listening; returns the port, or why it could not.
    Result<quint16> start();
    void stop();
    // Thread-safe: new messages wait in the queue.
    void wake();
    // Thread-safe: periodic checks (a receiver attached within 15 s); about once a second.
    void housekeeping();

    void setLogger(std::function<void(const QString &)> log);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::sim
