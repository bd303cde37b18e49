#pragma once

#include "core/connectionstate.h"
#include "core/messages.h"
#include "core/messagestats.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace linkscope::transport {

class MessagePipeline;

// Subscribes to a project's AMQP 1.0 push (PROTOCOL §3): TLS verified, SASL
// PLAIN signed with the AppSecret, one receiver on `default` with a credit
// window, each delivery accepted only after the store persisted its message.
// Lives on a worker thread; Qpid Proton runs on a thread of its own behind it.
// Reconnects with exponential backoff and jitter, within the cloud's limit of
// 100 connects a minute.
class AmqpSubscriber : public QObject {
    Q_OBJECT

public:
    explicit AmqpSubscriber(SubscriberProfile profile, QObject *parent = nullptr);
    ~AmqpSubscriber() override;

    ConnectionState state() const;
    MessagePipeline *pipeline() const;

public slots:
    void start();
    // Closes the link and connection and joins Proton's thread (within ~2 s).
    void stop();
    // Connect the store's persisted() here.
    void acknowledge(const QStringList &messageIds);

signals:
    void propertiesReported(const QList<linkscope::PropertyReport> &reports);
    void eventsReceived(const QList<linkscope::DeviceEvent> &events);
    void serviceRepliesReceived(const QList<linkscope::ServiceReply> &replies);
    void statusesChanged(const QList<linkscope::StatusChange> &changes);
    void bindingsChanged(const QList<linkscope::BindingChange> &changes);
    void otherReceived(const QList<linkscope::DecodedMessage> &messages);
    void rejected(const QList<linkscope::Rejected> &rejects);
    void connectionStateChanged(linkscope::ConnectionState state, const QString &detail);
    void statsUpdated(const linkscope::StatsSnapshot &stats);

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
