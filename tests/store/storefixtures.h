#pragma once

// Test helper: messages of every kind for the store tests.

#include "core/messages.h"

namespace storefixtures {

using namespace linkscope;

inline MessageMeta meta(const QString &id, qint64 t, const QString &topic = QStringLiteral("/pk/dn/x"))
{
    MessageMeta m;
    m.messageId = id;
    m.topic = topic;
    m.generateTime = t;
    m.receivedAt = t + 5;
    m.payload = "{\"id\":\"" + id.toUtf8() + "\"}";
    return m;
}

inline DeviceKey dev(const QString &dn = QStringLiteral("dev1"))
{
    return DeviceKey {QStringLiteral("pkA"), dn, QStringLiteral("iot-") + dn};
}

inline PropertyReport prop(const QString &id, const QString &attr, const QVariant &value, qint64 t,
                           const DeviceKey &device = dev())
{
    PropertyReport r;
    r.meta = meta(
        id, t, QStringLiteral("/%1/%2/thing/event/property/post").arg(device.productKey, device.deviceName));
    r.device = device;
    r.deviceType = QStringLiteral("Sensor");
    r.attribute = attr;
    r.value = value;
    r.time = t;
    r.gmtCreate = t;
    return r;
}

inline DeviceEvent eventMsg(const QString &id, const QString &identifier, const QString &name, EventType type,
                            qint64 t, const DeviceKey &device = dev())
{
    DeviceEvent e;
    e.meta = meta(id, t);
    e.device = device;
    e.identifier = identifier;
    e.name = name;
    e.type = type;
    e.time = t;
    e.value = {{QStringLiteral("Level"), 2}};
    return e;
}

inline ServiceReply reply(const QString &id, int code, qint64 t, const DeviceKey &device = dev())
{
    ServiceReply r;
    r.meta = meta(id, t);
    r.device = device;
    r.gmtCreate = t;
    r.requestId = QStringLiteral("req-") + id;
    r.code = code;
    r.message = code == 200 ? QStringLiteral("success") : QStringLiteral("device offline");
    r.downlinkTopic = QStringLiteral("/sys/pkA/dev1/thing/service/property/set");
    r.data = QVariantMap {{QStringLiteral("ok"), code == 200}};
    return r;
}

inline StatusChange status(const QString &id, bool online, qint64 t, const DeviceKey &device = dev())
{
    StatusChange s;
    s.meta = meta(id, t);
    s.device = device;
    s.online = online;
    s.time = t;
    s.gmtCreate = t;
    return s;
}

inline BindingChange binding(const QString &id, bool bind, const QString &identity, bool owned, qint64 t,
                             const DeviceKey &device = dev())
{
    BindingChange b;
    b.meta = meta(id, t);
    b.device = device;
    b.bind = bind;
    b.time = t;
    b.identities = {Identity {identity, QString(), QStringLiteral("tenant"), owned}};
    return b;
}

} // namespace storefixtures
