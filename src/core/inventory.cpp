#include "inventory.h"

namespace linkscope {

DeviceStatus deviceStatusFromCode(int code)
{
    switch (code) {
    case 0:
        return DeviceStatus::Inactive;
    case 1:
        return DeviceStatus::Online;
    case 3:
        return DeviceStatus::Offline;
    case 8:
        return DeviceStatus::Disabled;
    default:
        return DeviceStatus::Unknown;
    }
}

QString deviceStatusName(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::Inactive:
        return QStringLiteral("inactive");
    case DeviceStatus::Online:
        return QStringLiteral("online");
    case DeviceStatus::Offline:
        return QStringLiteral("offline");
    case DeviceStatus::Disabled:
        return QStringLiteral("disabled");
    case DeviceStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ThingCatalog::ThingCatalog(const Inventory &inventory) : m_inventory(inventory)
{
    for (qsizetype i = 0; i < m_inventory.products.size(); ++i)
        m_products.insert(m_inventory.products[i].productKey, i);
    for (qsizetype i = 0; i < m_inventory.thingModels.size(); ++i) {
        m_inventory.thingModels[i].index();
        m_models.insert(m_inventory.thingModels[i].productKey, i);
    }
    for (qsizetype i = 0; i < m_inventory.devices.size(); ++i)
        m_devices.insert(m_inventory.devices[i].device.id(), i);
}

const ProductInfo *ThingCatalog::product(const QString &productKey) const
{
    const auto it = m_products.constFind(productKey);
    return it == m_products.cend() ? nullptr : &m_inventory.products[*it];
}

const ThingModel *ThingCatalog::thingModel(const QString &productKey) const
{
    const auto it = m_models.constFind(productKey);
    return it == m_models.cend() ? nullptr : &m_inventory.thingModels[*it];
}

const DeviceInfo *ThingCatalog::device(const DeviceKey &device) const
{
    const auto it = m_devices.constFind(device.id());
    return it == m_devices.cend() ? nullptr : &m_inventory.devices[*it];
}

const TslProperty *ThingCatalog::property(const QString &productKey, const QString &identifier) const
{
    const ThingModel *m = thingModel(productKey);
    return m ? m->property(identifier) : nullptr;
}

const TslEvent *ThingCatalog::event(const QString &productKey, const QString &identifier) const
{
    const ThingModel *m = thingModel(productKey);
    return m ? m->event(identifier) : nullptr;
}

QString ThingCatalog::productName(const QString &productKey) const
{
    const ProductInfo *p = product(productKey);
    return p ? p->name : QString();
}

} // namespace linkscope
