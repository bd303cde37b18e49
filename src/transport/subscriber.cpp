#include "subscriber.h"

#include "amqpsubscriber.h"
#include "http2subscriber.h"
#include "pipeline/messagepipeline.h"

#include <QFile>

namespace linkscope::transport {

void Subscriber::forwardPipeline(MessagePipeline *p)
{
    connect(p, &MessagePipeline::propertiesReported, this, &Subscriber::propertiesReported);
    connect(p, &MessagePipeline::eventsReceived, this, &Subscriber::eventsReceived);
    connect(p, &MessagePipeline::serviceRepliesReceived, this, &Subscriber::serviceRepliesReceived);
    connect(p, &MessagePipeline::statusesChanged, this, &Subscriber::statusesChanged);
    connect(p, &MessagePipeline::bindingsChanged, this, &Subscriber::bindingsChanged);
    connect(p, &MessagePipeline::otherReceived, this, &Subscriber::otherReceived);
    connect(p, &MessagePipeline::rejected, this, &Subscriber::rejected);
}

QString Subscriber::caFileProblem(const SubscriberProfile &profile)
{
    if (profile.caFile.isEmpty() || QFile(profile.caFile).open(QIODevice::ReadOnly))
        return {};
    return tr("cannot read the CA file %1").arg(profile.caFile);
}

QString Subscriber::retryText(ConnectionState state, const QString &reason, qint64 delayMs)
{
    const qint64 s = (delayMs + 999) / 1000;
    return state == ConnectionState::Reconnecting
        ? tr("in %1 s (%2)").arg(s).arg(reason)
        : reason + QStringLiteral("; ") + tr("retrying in %1 s").arg(s);
}

std::unique_ptr<Subscriber> makeSubscriber(const SubscriberProfile &profile)
{
    if (profile.protocol == PushProtocol::Http2)
        return std::make_unique<Http2Subscriber>(profile);
    return std::make_unique<AmqpSubscriber>(profile);
}

} // namespace linkscope::transport
