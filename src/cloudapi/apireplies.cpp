#include "apireplies.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace linkscope::cloudapi {

namespace {

// A number that may come as text: 1566026333540 and "1566026333540".
qint64 longOf(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return v.toString().trimmed().toLongLong();
    return 0;
}

QString textOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : (v.isDouble() ? v.toVariant().toString() : QString());
}

} // namespace

Result<TokenGrant> parseToken(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    TokenGrant g;
    g.token = o.value(u"cloudToken").toString();
    if (g.token.isEmpty())
        return Error {QStringLiteral("the token answer has no cloudToken")};
    // The tables say expireIn, in ms; one example says "expiresIn":7200, in
    // seconds (§4, §10.1). A small expiresIn is read as seconds.
    if (o.contains(u"expireIn")) {
        g.expiresInMs = longOf(o.value(u"expireIn"));
    } else {
        g.expiresInMs = longOf(o.value(u"expiresIn"));
        if (g.expiresInMs > 0 && g.expiresInMs <= 86'400)
            g.expiresInMs *= 1000;
    }
    if (g.expiresInMs <= 0)
        g.expiresInMs = 7'200'000; // the documented default (§4)
    return g;
}

Result<QList<ProductInfo>> parseProducts(const QJsonValue &data)
{
    if (data.isNull() || data.isUndefined())
        return QList<ProductInfo>();
    // Seen wrapped as {"data":[…]} or {"items":[…]} in some answers; the documented form is a bare array.
    QJsonArray items = data.toArray();
    if (!data.isArray()) {
        const QJsonObject o = data.toObject();
        if (o.value(u"items").isArray())
            items = o.value(u"items").toArray();
        else if (o.value(u"data").isArray())
            items = o.value(u"data").toArray();
        else
            return Error {QStringLiteral("the product list is not a list")};
    }
    QList<ProductInfo> out;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        ProductInfo p;
        p.productKey = o.value(u"productKey").toString();
        if (p.productKey.isEmpty())
            return Error {QStringLiteral("a product in the list has no productKey")};
        p.name = o.value(u"name").toString();
        if (p.name.isEmpty())
            p.name = o.value(u"productName").toString();
        p.nodeType = textOf(o.value(u"nodeType"));
        p.dataFormat = textOf(o.value(u"dataFormat"));
        p.gmtModified = longOf(o.value(u"gmtModified"));
        out.append(p);
    }
    return out;
}

Result<DevicePage> parseDevices(const QJsonValue &data, const QString &productKey)
{
    DevicePage page;
    QJsonArray items;
    if (data.isArray()) {
        items = data.toArray();
    } else if (data.isObject()) {
        const QJsonObject o = data.toObject();
        const QJsonValue list = o.contains(u"items") ? o.value(u"items") : o.value(u"data");
        if (!list.isArray() && !list.isNull() && !list.isUndefined())
            return Error {QStringLiteral("the device list's items are not a list")};
        items = list.toArray();
        if (o.contains(u"totalNum"))
            page.total = longOf(o.value(u"totalNum"));
        else if (o.contains(u"total"))
            page.total = longOf(o.value(u"total"));
    } else if (!data.isNull() && !data.isUndefined()) {
        return Error {QStringLiteral("the device list is neither a list nor an object")};
    }
    for (const QJsonValue &v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        DeviceInfo d;
        d.device.productKey = o.value(u"productKey").toString();
        if (d.device.productKey.isEmpty())
            d.device.productKey = productKey;
        d.device.deviceName = o.value(u"deviceName").toString();
        if (d.device.deviceName.isEmpty())
            d.device.deviceName = o.value(u"name").toString();
        d.device.iotId = o.value(u"iotId").toString();
        if (d.device.deviceName.isEmpty())
            return Error {QStringLiteral("a device of product %1 has no deviceName").arg(productKey)};
        d.nickname = o.value(u"nickname").toString();
        if (o.contains(u"status"))
            d.status = deviceStatusFromCode(int(longOf(o.value(u"status"))));
        d.statusTime = longOf(o.value(u"statusLast"));
        if (d.statusTime == 0)
            d.statusTime = longOf(o.value(u"gmtModified"));
        d.firmwareVersion = o.value(u"firmwareVersion").toString();
        d.activeTime = longOf(o.value(u"activeTime"));
        page.devices.append(d);
    }
    return page;
}

Result<StatusAnswer> parseStatus(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    if (!o.contains(u"status"))
        return Error {QStringLiteral("the status answer has no status")};
    StatusAnswer a;
    a.status = deviceStatusFromCode(int(longOf(o.value(u"status"))));
    a.time = longOf(o.value(u"time"));
    return a;
}

Result<QList<LastValue>> parseProperties(const QJsonValue &data)
{
    QList<LastValue> out;
    if (data.isNull() || data.isUndefined())
        return out;
    if (!data.isArray())
        return Error {QStringLiteral("the property snapshot is not a list")};
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject o = v.toObject();
        LastValue lv;
        lv.attribute = o.value(u"attribute").toString();
        if (lv.attribute.isEmpty())
            lv.attribute = o.value(u"identifier").toString();
        if (lv.attribute.isEmpty())
            return Error {QStringLiteral("a property in the snapshot has no attribute")};
        // JSON values keep their type, as decoded messages do (messages.h).
        const QJsonValue value = o.value(u"value");
        if (value.isDouble()) {
            const double d = value.toDouble();
            lv.value = d == double(qint64(d)) && std::abs(d) < 9e15 ? QVariant(qint64(d)) : QVariant(d);
        } else {
            lv.value = value.toVariant();
        }
        lv.time = longOf(o.value(u"gmtModified"));
        if (lv.time == 0)
            lv.time = longOf(o.value(u"time"));
        out.append(lv);
    }
    return out;
}

} // namespace linkscope::cloudapi
