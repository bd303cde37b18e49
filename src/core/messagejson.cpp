#include "messagejson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace linkscope {

namespace {

QJsonValue jsonValue(const QVariant &v)
{
    return v.isValid() ? QJsonValue::fromVariant(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject base(const MessageMeta &meta, MessageKind kind)
{
    QJsonObject o;
    o.insert(u"kind", kindName(kind));
    o.insert(u"meta", toJson(meta));
    return o;
}

struct ToJson {
    QJsonObject operator()(const PropertyPost &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Property);
        QJsonArray reports;
        for (const PropertyReport &r : m.reports)
            reports.append(toJson(r));
        if (!m.reports.isEmpty())
            o.insert(u"device", toJson(m.reports.first().device));
        o.insert(u"reports", reports);
        return o;
    }
    QJsonObject operator()(const DeviceEvent &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Event);
        o.insert(u"device", toJson(m.device));
        o.insert(u"deviceType", m.deviceType);
        o.insert(u"identifier", m.identifier);
        o.insert(u"name", m.name);
        o.insert(u"type", eventTypeName(m.type));
        o.insert(u"time", m.time);
        o.insert(u"value", QJsonObject::fromVariantMap(m.value));
        return o;
    }
    QJsonObject operator()(const ServiceReply &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::ServiceReply);
        o.insert(u"device", toJson(m.device));
        o.insert(u"gmtCreate", m.gmtCreate);
        o.insert(u"requestId", m.requestId);
        o.insert(u"code", m.code);
        o.insert(u"message", m.message);
        o.insert(u"downlinkTopic", m.downlinkTopic);
        o.insert(u"data", jsonValue(m.data));
        return o;
    }
    QJsonObject operator()(const StatusChange &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Status);
        o.insert(u"device", toJson(m.device));
        o.insert(u"deviceType", m.deviceType);
        o.insert(u"online", m.online);
        o.insert(u"time", m.time);
        o.insert(u"gmtCreate", m.gmtCreate);
        return o;
    }
    QJsonObject operator()(const BindingChange &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Binding);
        o.insert(u"device", toJson(m.device));
        o.insert(u"bind", m.bind);
        o.insert(u"time", m.time);
        QJsonArray ids;
        for (const Identity &i : m.identities) {
            ids.append(QJsonObject {{QStringLiteral("identityId"), i.identityId},
                                    {QStringLiteral("scopeId"), i.scopeId},
                                    {QStringLiteral("tenantId"), i.tenantId},
                                    {QStringLiteral("owned"), i.owned}});
        }
        o.insert(u"identities", ids);
        o.insert(u"params", QJsonObject::fromVariantMap(m.params));
        return o;
    }
    QJsonObject operator()(const LifecycleChange &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Lifecycle);
        o.insert(u"device", toJson(m.device));
        o.insert(u"action", m.action);
        o.insert(u"time", m.time);
        return o;
    }
    QJsonObject operator()(const TopologyChange &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Topology);
        o.insert(u"device", toJson(m.gateway));
        o.insert(u"action", m.action);
        o.insert(u"time", m.time);
        QJsonArray devices;
        for (const DeviceKey &d : m.devices)
            devices.append(toJson(d));
        o.insert(u"devices", devices);
        return o;
    }
    QJsonObject operator()(const OtaProgress &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::OtaProgress);
        o.insert(u"device", toJson(m.device));
        o.insert(u"module", m.module);
        o.insert(u"status", m.status);
        o.insert(u"step", m.step);
        o.insert(u"description", m.description);
        o.insert(u"srcVersion", m.srcVersion);
        o.insert(u"destVersion", m.destVersion);
        o.insert(u"time", m.time);
        return o;
    }
    QJsonObject operator()(const RawMessage &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Raw);
        o.insert(u"payload", QString::fromUtf8(m.payload));
        return o;
    }
    QJsonObject operator()(const Rejected &m) const
    {
        QJsonObject o = base(m.meta, MessageKind::Rejected);
        o.insert(u"expectedKind", kindName(m.expectedKind));
        o.insert(u"reason", m.reason);
        return o;
    }
};

} // namespace

QJsonObject toJson(const DecodedMessage &message)
{
    return std::visit(ToJson {}, message);
}

QJsonObject toJson(const PropertyReport &r)
{
    return QJsonObject {{QStringLiteral("attribute"), r.attribute},
                        {QStringLiteral("value"), jsonValue(r.value)},
                        {QStringLiteral("time"), r.time},
                        {QStringLiteral("gmtCreate"), r.gmtCreate},
                        {QStringLiteral("deviceType"), r.deviceType},
                        {QStringLiteral("history"), r.history},
                        {QStringLiteral("requestId"), r.requestId}};
}

QJsonObject toJson(const DeviceKey &d)
{
    return QJsonObject {{QStringLiteral("productKey"), d.productKey},
                        {QStringLiteral("deviceName"), d.deviceName},
                        {QStringLiteral("iotId"), d.iotId}};
}

QJsonObject toJson(const MessageMeta &m)
{
    return QJsonObject {{QStringLiteral("messageId"), m.messageId},
                        {QStringLiteral("topic"), m.topic},
                        {QStringLiteral("generateTime"), m.generateTime},
                        {QStringLiteral("receivedAt"), m.receivedAt}};
}

} // namespace linkscope
