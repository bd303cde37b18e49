#include "cloudstate.h"

#include "tslgen.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace linkscope::sim {

CloudState::CloudState(const FleetGenerator *fleet) : m_fromFleet(fleet != nullptr)
{
    if (!fleet)
        return;
    m_products = fleet->products();
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        const SimProduct &p = m_products[i];
        m_productIndex.insert(p.productKey, i);
        const QJsonObject tsl = productTsl(p);
        m_tsls.insert(p.productKey, tsl);
        QSet<QString> ids;
        for (const QJsonValue &v : tsl.value(u"properties").toArray())
            ids.insert(v.toObject().value(u"identifier").toString());
        m_propertyIds.insert(p.productKey, ids);
    }
    for (const QList<SimDevice> *list : {&fleet->devices(), &fleet->quietDevices()}) {
        for (const SimDevice &d : *list) {
            auto device = std::make_unique<Device>();
            device->info = d;
            device->status = d.initialStatus;
            device->statusTime = d.activeTime;
            // What the cloud knew of it before the stream began.
            const QVariantMap start = fleet->initialValues(d.id());
            const qint64 before
                = d.initialStatus == 1 ? QDateTime::currentMSecsSinceEpoch() - 3'600'000 : d.activeTime;
            for (auto it = start.cbegin(); it != start.cend(); ++it) {
                device->values.insert(it.key(), {it.value(), before});
                device->order.append(it.key());
            }
            m_byId.insert(d.id(), device.get());
            m_byIotId.insert(d.iotId, device.get());
            m_byProduct[d.productKey].append(device.get());
            m_devices.push_back(std::move(device));
        }
    }
    for (QList<Device *> &list : m_byProduct)
        std::sort(list.begin(), list.end(),
                  [](const Device *a, const Device *b) { return a->info.deviceName < b->info.deviceName; });
}

CloudState::Device &CloudState::deviceFor(const QString &deviceId)
{
    if (Device *d = m_byId.value(deviceId))
        return *d;
    // A device first seen in a replayed message.
    const qsizetype slash = deviceId.indexOf(u'/');
    auto device = std::make_unique<Device>();
    device->info.productKey = deviceId.left(slash);
    device->info.deviceName = deviceId.mid(slash + 1);
    const QString pk = device->info.productKey;
    if (!m_productIndex.contains(pk)) {
        m_productIndex.insert(pk, m_products.size());
        m_products.append({pk, pk, -1});
    }
    Device *raw = device.get();
    m_byId.insert(deviceId, raw);
    QList<Device *> &list = m_byProduct[pk];
    list.insert(std::lower_bound(
                    list.begin(), list.end(), raw,
                    [](const Device *a, const Device *b) { return a->info.deviceName < b->info.deviceName; }),
                raw);
    m_devices.push_back(std::move(device));
    return *raw;
}

void CloudState::observe(const SimMessage &m)
{
    if (m.deviceId.isEmpty() || !m.deviceId.contains(u'/'))
        return;
    const MessageKind kind = m.expectedKind;
    if (kind != MessageKind::Status && kind != MessageKind::Property)
        return;
    if (m_fromFleet && !m_byId.contains(m.deviceId))
        return;
    Device &d = deviceFor(m.deviceId);
    if (kind == MessageKind::Status) {
        const QJsonObject o = QJsonDocument::fromJson(m.payload).object();
        const QJsonObject status = o.value(u"status").toObject();
        const QString value = status.value(u"value").toVariant().toString();
        if (value != u"1" && value != u"0")
            return;
        d.status = value == u"1" ? 1 : 3;
        d.statusTime = qint64(status.value(u"time").toDouble(double(m.generateTime)));
        return;
    }
    for (auto it = m.values.cbegin(); it != m.values.cend(); ++it) {
        // The cloud keeps what its thing model names; a product without one keeps all.
        if (m_fromFleet && !hasProperty(d.info.productKey, it.key()))
            continue;
        if (!d.values.contains(it.key()))
            d.order.append(it.key());
        d.values.insert(it.key(), {it.value(), m.generateTime});
    }
    if (d.status == 0) // a device that speaks is activated
        d.status = 1;
}

const SimProduct *CloudState::product(const QString &productKey) const
{
    const auto it = m_productIndex.constFind(productKey);
    return it == m_productIndex.cend() ? nullptr : &m_products[*it];
}

QList<const CloudState::Device *> CloudState::devices(const QString &productKey) const
{
    QList<const Device *> out;
    for (const Device *d : m_byProduct.value(productKey))
        out.append(d);
    return out;
}

const CloudState::Device *CloudState::device(const QString &productKey, const QString &deviceName) const
{
    return m_byId.value(productKey + u'/' + deviceName);
}

const CloudState::Device *CloudState::deviceByIotId(const QString &iotId) const
{
    return iotId.isEmpty() ? nullptr : m_byIotId.value(iotId);
}

QJsonObject CloudState::tsl(const QString &productKey) const
{
    const auto it = m_tsls.constFind(productKey);
    if (it != m_tsls.cend())
        return *it;
    return {{QStringLiteral("schema"), QStringLiteral("http://aliyun/iot/thing/desc/schema")},
            {QStringLiteral("profile"), QJsonObject {{QStringLiteral("productKey"), productKey}}},
            {QStringLiteral("properties"), QJsonArray {}},
            {QStringLiteral("events"), QJsonArray {}},
            {QStringLiteral("services"), QJsonArray {}}};
}

bool CloudState::hasProperty(const QString &productKey, const QString &attribute) const
{
    const auto it = m_propertyIds.constFind(productKey);
    return it != m_propertyIds.cend() && it->contains(attribute);
}

} // namespace linkscope::sim
