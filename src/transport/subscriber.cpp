#include "subscriber.h"

#include "amqpsubscriber.h"
#include "http2subscriber.h"
#include "messagepipeline.h"

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

std::unique_ptr<Subscriber> makeSubscriber(const SubscriberProfile &profile)
{
    if (profile.protocol == PushProtocol::Http2)
        return std::make_unique<Http2Subscriber>(profile);
    return std::make_unique<AmqpSubscriber>(profile);
}

} // namespace linkscope::transport
