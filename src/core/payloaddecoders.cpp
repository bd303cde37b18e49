#include "payloaddecoders_p.h"

#include <QVariantMap>

namespace linkscope::detail {

namespace {

// A name the payload repeats must equal the topic's; compared without copying.
void checkSameName(JsonObject root, std::string_view key, const QString &fromTopic)
{
    const auto e = field(root, key);
    if (!e)
        return;
    if (e->is_string()) {
        const std::string_view s = e->get_string().value_unsafe();
        if (s.empty() || QAnyStringView::equal(QUtf8StringView(s.data(), qsizetype(s.size())), fromTopic))
            return;
    }
    const QString inPayload = toText(*e, toQString(key));
    if (!inPayload.isEmpty() && inPayload != fromTopic)
        fail(QStringLiteral("%1 \"%2\" in the payload does not match \"%3\" in the topic")
                 .arg(toQString(key), inPayload, fromTopic));
}

// The device is the topic's; the payload may repeat it but must not contradict it.
DeviceKey deviceOf(const DecodeContext &ctx)
{
    DeviceKey key {ctx.route.productKey, ctx.route.deviceName, optText(ctx.root, "iotId")};
    checkSameName(ctx.root, "productKey", key.productKey);
    checkSameName(ctx.root, "deviceName", key.deviceName);
    return key;
}

qint64 timeOr(JsonObject obj, std::string_view key, qint64 fallback, const QString &parent = {})
{
    return optInt64(obj, key, parent).value_or(fallback);
}

QVariantMap optMap(JsonObject obj, std::string_view key)
{
    if (auto e = field(obj, key)) {
        toObject(*e, joinPath({}, key));
        return toVariant(*e).toMap();
    }
    return {};
}

QString lowerText(JsonObject obj, std::string_view key)
{
    return optText(obj, key).trimmed().toLower();
}

} // namespace

PropertyPost decodeProperty(const DecodeContext &ctx)
{
    PropertyPost post;
    post.meta = ctx.meta;
    const DeviceKey device = deviceOf(ctx);
    const QString deviceType = optText(ctx.root, "deviceType");
    const QString requestId = optText(ctx.root, "requestId");
    const qint64 gmtCreate = timeOr(ctx.root, "gmtCreate", ctx.fallbackTime);
    const JsonObject items
        = toObject(required(ctx.root, "items", {}, "a property post lists its attributes in items"),
                   QStringLiteral("items"));
    if (items.size() == 0)
        fail(QStringLiteral("items is empty: the post names no property"));

    post.reports.reserve(qsizetype(items.size()));
    for (auto kv : items) {
        const QString path = joinPath(QStringLiteral("items"), kv.key);
        if (kv.key.empty())
            fail(QStringLiteral("items has an attribute with an empty name"));
        const JsonObject item = toObject(kv.value, path);
        PropertyReport r;
        r.meta = ctx.meta;
        r.device = device;
        r.deviceType = deviceType;
        r.attribute = toQString(kv.key);
        r.value = toVariant(required(item, "value", path));
        r.time = timeOr(item, "time", gmtCreate, path);
        r.gmtCreate = gmtCreate;
        r.history = ctx.route.history;
        r.requestId = requestId;
        post.reports.append(std::move(r));
    }
    return post;
}

DeviceEvent decodeEvent(const DecodeContext &ctx)
{
    DeviceEvent ev;
    ev.meta = ctx.meta;
    ev.device = deviceOf(ctx);
    ev.deviceType = optText(ctx.root, "deviceType");
    ev.identifier = optText(ctx.root, "identifier");
    if (ev.identifier.isEmpty())
        ev.identifier = ctx.route.identifier;
    else if (ev.identifier != ctx.route.identifier)
        fail(QStringLiteral("identifier \"%1\" in the payload does not match \"%2\" in the topic")
                 .arg(ev.identifier, ctx.route.identifier));
    ev.name = optText(ctx.root, "name");

    const QString type
        = toText(required(ctx.root, "type", {}, "expected info, alert or error"), QStringLiteral("type"))
              .trimmed()
              .toLower();
    if (type == u"info")
        ev.type = EventType::Info;
    else if (type == u"alert")
        ev.type = EventType::Alert;
    else if (type == u"error")
        ev.type = EventType::Error;
    else
        fail(QStringLiteral("type is \"%1\", expected info, alert or error").arg(type));

    ev.time = timeOr(ctx.root, "time", timeOr(ctx.root, "gmtCreate", ctx.fallbackTime));
    ev.value = optMap(ctx.root, "value");
    return ev;
}

ServiceReply decodeServiceReply(const DecodeContext &ctx)
{
    ServiceReply r;
    r.meta = ctx.meta;
    r.device = deviceOf(ctx);
    r.gmtCreate = timeOr(ctx.root, "gmtCreate", ctx.fallbackTime);
    r.requestId = optText(ctx.root, "requestId");
    const qint64 code
        = toInt64(required(ctx.root, "code", {}, "a reply carries its result code"), QStringLiteral("code"));
    if (code < INT_MIN || code > INT_MAX)
        fail(QStringLiteral("code is %1, out of range").arg(code));
    r.code = int(code);
    r.message = optText(ctx.root, "message");
    r.downlinkTopic = optText(ctx.root, "topic");
    if (auto data = field(ctx.root, "data"))
        r.data = toVariant(*data);
    return r;
}

StatusChange decodeStatus(const DecodeContext &ctx)
{
    StatusChange s;
    s.meta = ctx.meta;
    s.device = deviceOf(ctx);
    s.deviceType = optText(ctx.root, "deviceType");
    s.gmtCreate = timeOr(ctx.root, "gmtCreate", ctx.fallbackTime);

    std::optional<bool> byAction;
    const QString action = lowerText(ctx.root, "action");
    if (action == u"online")
        byAction = true;
    else if (action == u"offline")
        byAction = false;
    else if (!action.isEmpty())
        fail(QStringLiteral("action is \"%1\", expected online or offline").arg(action));

    std::optional<bool> byValue;
    qint64 time = s.gmtCreate;
    if (auto st = field(ctx.root, "status")) {
        const JsonObject status = toObject(*st, QStringLiteral("status"));
        if (auto v = field(status, "value")) {
            const QString text = v->is_string() || v->is_int64() || v->is_uint64()
                ? toText(*v, QStringLiteral("status.value"))
                : QString();
            if (text == u"1" || (v->is_bool() && v->get_bool().value_unsafe()))
                byValue = true;
            else if (text == u"0" || (v->is_bool() && !v->get_bool().value_unsafe()))
                byValue = false;
            else
                fail(QStringLiteral("status.value is %1, expected \"1\" (online) or \"0\" (offline)")
                         .arg(text.isEmpty() ? describe(*v) : u'"' + text + u'"'));
        }
        time = timeOr(status, "time", time, QStringLiteral("status"));
    }
    if (!byAction && !byValue)
        fail(QStringLiteral("neither action nor status.value says whether the device is online"));
    if (byAction && byValue && *byAction != *byValue)
        fail(QStringLiteral("action \"%1\" contradicts status.value").arg(action));
    s.online = byAction ? *byAction : *byValue;
    s.time = time;
    return s;
}

BindingChange decodeBinding(const DecodeContext &ctx)
{
    BindingChange b;
    b.meta = ctx.meta;
    b.device = deviceOf(ctx);
    b.bind = toBool(required(ctx.root, "bind", {}, "expected true (bind) or false (unbind)"),
                    QStringLiteral("bind"));
    b.time = timeOr(ctx.root, "messageCreateTime", timeOr(ctx.root, "gmtCreate", ctx.fallbackTime));
    if (auto list = field(ctx.root, "identityInfos")) {
        int i = 0;
        for (JsonElement e : toArray(*list, QStringLiteral("identityInfos"))) {
            const QString path = QStringLiteral("identityInfos[%1]").arg(i++);
            const JsonObject o = toObject(e, path);
            Identity id;
            id.identityId = toText(required(o, "identityId", path), path + QStringLiteral(".identityId"));
            if (id.identityId.isEmpty())
                fail(path + QStringLiteral(".identityId is empty"));
            id.scopeId = optText(o, "scopeId", path);
            id.tenantId = optText(o, "tenantId", path);
            if (auto owned = field(o, "owned"))
                id.owned = toBool(*owned, path + QStringLiteral(".owned"));
            b.identities.append(std::move(id));
        }
    }
    b.params = optMap(ctx.root, "params");
    return b;
}

LifecycleChange decodeLifecycle(const DecodeContext &ctx)
{
    LifecycleChange l;
    l.meta = ctx.meta;
    l.device = deviceOf(ctx);
    l.action = toText(required(ctx.root, "action", {}, "expected create, delete, enable or disable"),
                      QStringLiteral("action"))
                   .trimmed()
                   .toLower();
    if (l.action != u"create" && l.action != u"delete" && l.action != u"enable" && l.action != u"disable")
        fail(QStringLiteral("action is \"%1\", expected create, delete, enable or disable").arg(l.action));
    l.time = timeOr(ctx.root, "messageCreateTime", timeOr(ctx.root, "gmtCreate", ctx.fallbackTime));
    return l;
}

TopologyChange decodeTopology(const DecodeContext &ctx)
{
    TopologyChange t;
    t.meta = ctx.meta;
    t.gateway = deviceOf(ctx);
    const QString gwIotId = optText(ctx.root, "gwIotId");
    if (!gwIotId.isEmpty())
        t.gateway.iotId = gwIotId;
    t.action = toText(required(ctx.root, "action", {}), QStringLiteral("action")).trimmed().toLower();
    if (t.action.isEmpty())
        fail(QStringLiteral("action is empty"));
    t.time = timeOr(ctx.root, "messageCreateTime", timeOr(ctx.root, "gmtCreate", ctx.fallbackTime));
    if (auto list = field(ctx.root, "devices")) {
        int i = 0;
        for (JsonElement e : toArray(*list, QStringLiteral("devices"))) {
            const QString path = QStringLiteral("devices[%1]").arg(i++);
            const JsonObject o = toObject(e, path);
            DeviceKey sub;
            sub.productKey = toText(required(o, "productKey", path), path + QStringLiteral(".productKey"));
            sub.deviceName = toText(required(o, "deviceName", path), path + QStringLiteral(".deviceName"));
            sub.iotId = optText(o, "iotId", path);
            t.devices.append(std::move(sub));
        }
    }
    return t;
}

OtaProgress decodeOta(const DecodeContext &ctx)
{
    OtaProgress o;
    o.meta = ctx.meta;
    o.device = deviceOf(ctx);
    o.module = optText(ctx.root, "moduleName");
    o.status = optText(ctx.root, "status");
    const auto step = optInt64(ctx.root, "step");
    if (!step && o.status.isEmpty())
        fail(QStringLiteral("neither step nor status says how the upgrade is going"));
    if (step && (*step < -1000 || *step > 100))
        fail(QStringLiteral("step is %1, expected a percentage or a negative failure code").arg(*step));
    o.step = int(step.value_or(0));
    o.description = optText(ctx.root, "desc");
    o.srcVersion = optText(ctx.root, "srcVersion");
    o.destVersion = optText(ctx.root, "destVersion");
    o.time = timeOr(ctx.root, "utcModified", timeOr(ctx.root, "gmtCreate", ctx.fallbackTime));
    return o;
}

} // namespace linkscope::detail
