#pragma once

#include "core/connectionstate.h"
#include "core/messages.h"
#include "core/messagestats.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace linkscope::transport {

class MessagePipeline;

// What the app and linkscope-collect see of a subscriber, whatever its
// protocol: it lives on a worker thread, emits one batched signal per
// message kind, reports its connection state in words, and acknowledges a
// message to the cloud only once acknowledge() names it (once it is on
// disk: in the intake log, or after the history's commit).
class Subscriber : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Subscriber() override = default;

    virtual ConnectionState state() const = 0;
    virtual MessagePipeline *pipeline() const = 0;
    // The time its messages live in (ms epoch, any thread): none for the
    // wall clock; a replay's is where it is in its capture.
    virtual std::function<qint64()> clock() const { return {}; }

public slots:
    virtual void start() = 0;
    // Takes no more messages in: what it holds goes to the store now, and
    // nothing new follows (acknowledgements still go out). The first step
    // of a clean stop, so that the store can finish what it was given.
    virtual void stopReceiving() = 0;
    // Sends the acknowledgements already due, closes, and returns once the
    // connection is gone.
    virtual void stop() = 0;
    // Connect the store's persisted() here.
    virtual void acknowledge(const QStringList &messageIds); // the pipeline learns they are stored
    // Connect the store's writeFailed() here: these were not stored. Their
    // deliveries go back to the cloud unacknowledged (AMQP: released, with
    // the credit they held), and a redelivery is stored afresh, not taken
    // for a duplicate of something on its way.
    virtual void notStored(const QStringList &messageIds);

signals:
    void propertiesReported(const QList<linkscope::PropertyReport> &reports);
    void eventsReceived(const QList<linkscope::DeviceEvent> &events);
    void serviceRepliesReceived(const QList<linkscope::ServiceReply> &replies);
    void statusesChanged(const QList<linkscope::StatusChange> &changes);
    void bindingsChanged(const QList<linkscope::BindingChange> &changes);
    void otherReceived(const QList<linkscope::DecodedMessage> &messages);
    void rejected(const QList<linkscope::Rejected> &rejects);
    // One flush's batches were all emitted (connect the store's commitSoon()).
    void flushed();
    void connectionStateChanged(linkscope::ConnectionState state, const QString &detail);
    void statsUpdated(const linkscope::StatsSnapshot &stats);
    // A replay's time moved on to `ms`: every message before it was emitted
    // (in order with the batches, so timed rules see the capture's time).
    void clockAdvanced(qint64 ms);

protected:
    // Forwards the pipeline's batches as this subscriber's signals.
    void forwardPipeline(MessagePipeline *pipeline);
};

// The subscriber for a profile's protocol (AMQP 1.0 or HTTP/2).
std::unique_ptr<Subscriber> makeSubscriber(const SubscriberProfile &profile);

// Why a CA file cannot be trusted as it is, in words (empty: it can). Both
// transports trust the profile's CA file alone, in place of the system's.
// A file that is missing, unreadable, empty, DER-encoded or holds no PEM
// certificate is refused here, before any connection is made.
QString caFileProblem(const QString &path);

} // namespace linkscope::transport
