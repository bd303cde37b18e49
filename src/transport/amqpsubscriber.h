#pragma once

#include "subscriber.h"

#include <memory>

namespace linkscope::transport {

// Subscribes to a project's AMQP 1.0 push (PROTOCOL §3): TLS verified, SASL
// PLAIN signed with the AppSecret, one receiver on `default` with a credit
// window, each delivery accepted only after the store persisted its message.
// Lives on a worker thread; Qpid Proton runs on a thread of its own behind it.
// Reconnects with exponential backoff and jitter, within the cloud's limit of
// 100 connects a minute.
class AmqpSubscriber : public Subscriber {
    Q_OBJECT

public:
    explicit AmqpSubscriber(SubscriberProfile profile, QObject *parent = nullptr);
    ~AmqpSubscriber() override;

    ConnectionState state() const override;
    MessagePipeline *pipeline() const override;

public slots:
    void start() override;
    // Closes the link and connection and joins Proton's thread (within ~2 s).
    void stop() override;
    void acknowledge(const QStringList &messageIds) override;

private:
    void setState(ConnectionState state, const QString &detail);
    void connectNow();
    void onDisconnected(int kind, const QString &reason);
    void scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs);

    struct Private;
    std::unique_ptr<Private> d;
    friend struct AmqpHandler;
};

} // namespace linkscope::transport
