#include "messages.h"
#include "capturefile.h"

#include "viewupdate.h"

#include "history.h"
#include "intakemessage.h"
#include "inventory.h"

namespace linkscope {

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::Info:
        return QStringLiteral("info");
    case EventType::Alert:
        return QStringLiteral("alert");
    case EventType::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString replyCodeMeaning(int code)
{
    // Codes documented for Life IoT downlink replies.
    switch (code) {
    case 200:
        return QStringLiteral("success");
    case 400:
        return QStringLiteral("request error");
    case 403:
        return QStringLiteral("forbidden");
    case 429:
        return QStringLiteral("too many requests");
    case 460:
        return QStringLiteral("request parameter error");
    case 9200:
        return QStringLiteral("device not activated");
    case 9201:
        return QStringLiteral("device offline");
    default:
        return QStringLiteral("unknown code %1").arg(code);
    }
}

MessageKind kindOf(const DecodedMessage &message)
{
    struct Visitor {
        MessageKind operator()(const PropertyPost &) const { return MessageKind::Property; }
        MessageKind operator()(const DeviceEvent &) const { return MessageKind::Event; }
        MessageKind operator()(const ServiceReply &) const { return MessageKind::ServiceReply; }
        MessageKind operator()(const StatusChange &) const { return MessageKind::Status; }
        MessageKind operator()(const BindingChange &) const { return MessageKind::Binding; }
        MessageKind operator()(const LifecycleChange &) const { return MessageKind::Lifecycle; }
        MessageKind operator()(const TopologyChange &) const { return MessageKind::Topology; }
        MessageKind operator()(const OtaProgress &) const { return MessageKind::OtaProgress; }
        MessageKind operator()(const RawMessage &) const { return MessageKind::Raw; }
        MessageKind operator()(const Rejected &) const { return MessageKind::Rejected; }
    };
    return std::visit(Visitor {}, message);
}

const MessageMeta &metaOf(const DecodedMessage &message)
{
    return std::visit([](const auto &m) -> const MessageMeta & { return m.meta; }, message);
}

void registerMessageTypes()
{
    qRegisterMetaType<ViewUpdate>();
    qRegisterMetaType<ReplayProgress>();
    qRegisterMetaType<DeviceView>();
    qRegisterMetaType<MessageLogRow>();
    qRegisterMetaType<ChartedSeries>();
    qRegisterMetaType<QList<ChartedSeries>>();
    qRegisterMetaType<MessageKind>();
    qRegisterMetaType<DeviceKey>();
    qRegisterMetaType<MessageMeta>();
    qRegisterMetaType<IntakeMessage>();
    qRegisterMetaType<QList<IntakeMessage>>();
    qRegisterMetaType<PropertyReport>();
    qRegisterMetaType<QList<PropertyReport>>();
    qRegisterMetaType<DeviceEvent>();
    qRegisterMetaType<QList<DeviceEvent>>();
    qRegisterMetaType<ServiceReply>();
    qRegisterMetaType<QList<ServiceReply>>();
    qRegisterMetaType<StatusChange>();
    qRegisterMetaType<QList<StatusChange>>();
    qRegisterMetaType<Identity>();
    qRegisterMetaType<BindingChange>();
    qRegisterMetaType<QList<BindingChange>>();
    qRegisterMetaType<LifecycleChange>();
    qRegisterMetaType<TopologyChange>();
    qRegisterMetaType<OtaProgress>();
    qRegisterMetaType<RawMessage>();
    qRegisterMetaType<QList<RawMessage>>();
    qRegisterMetaType<Rejected>();
    qRegisterMetaType<QList<Rejected>>();
    qRegisterMetaType<PropertyPost>();
    qRegisterMetaType<DeviceSummary>();
    qRegisterMetaType<QList<DeviceSummary>>();
    qRegisterMetaType<SampleBucket>();
    qRegisterMetaType<QList<SampleBucket>>();
    qRegisterMetaType<SampleQuery>();
    qRegisterMetaType<StatusInterval>();
    qRegisterMetaType<QList<StatusInterval>>();
    qRegisterMetaType<DeviceBindings>();
    qRegisterMetaType<LogQuery>();
    qRegisterMetaType<ThingModel>();
    qRegisterMetaType<ProductInfo>();
    qRegisterMetaType<DeviceInfo>();
    qRegisterMetaType<DeviceSnapshot>();
    qRegisterMetaType<QList<DeviceSnapshot>>();
    qRegisterMetaType<Inventory>();
    qRegisterMetaType<CatalogPtr>();
}

} // namespace linkscope
