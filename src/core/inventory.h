#pragma once

#include "devicekey.h"
#include "history.h"
#include "thingmodel.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

// What the cloud API says exists: the project's products, devices and
// thing models, and what the views look names, units and labels up in.
namespace linkscope {

struct ProductInfo {
    QString productKey;
    QString name; // "智能插座"
    QString nodeType; // DEVICE, GATEWAY
    QString dataFormat;
    qint64 gmtModified = 0;

    friend bool operator==(const ProductInfo &, const ProductInfo &) = default;
};

// A device's status as /cloud/thing/status/get and things/get give it.
enum class DeviceStatus : int { Unknown = -1, Inactive = 0, Online = 1, Offline = 3, Disabled = 8 };
DeviceStatus deviceStatusFromCode(int code); // Unknown for codes the API does not document
QString deviceStatusName(DeviceStatus status); // inactive, online, offline, disabled, unknown

struct DeviceInfo {
    DeviceKey device; // iotId included
    QString nickname;
    DeviceStatus status = DeviceStatus::Unknown;
    qint64 statusTime = 0; // ms epoch of the last change, when the API says
    QString firmwareVersion;
    qint64 activeTime = 0;

    friend bool operator==(const DeviceInfo &, const DeviceInfo &) = default;
};

// A device's current property values, as /cloud/thing/properties/get gives them.
struct DeviceSnapshot {
    DeviceKey device;
    QList<LastValue> values;

    friend bool operator==(const DeviceSnapshot &, const DeviceSnapshot &) = default;
};

// Everything the inventory call fetched (or the store cached).
struct Inventory {
    QList<ProductInfo> products;
    QList<DeviceInfo> devices;
    QList<ThingModel> thingModels;
    qint64 fetchedAt = 0; // ms epoch; 0: never
    bool isEmpty() const { return products.isEmpty() && devices.isEmpty() && thingModels.isEmpty(); }
};

// Read-only lookups over an inventory, shared by every view that names
// things (std::shared_ptr<const ThingCatalog>): copying one is cheap.
class ThingCatalog {
public:
    ThingCatalog() = default;
    explicit ThingCatalog(const Inventory &inventory);

    const ProductInfo *product(const QString &productKey) const;
    const ThingModel *thingModel(const QString &productKey) const;
    const DeviceInfo *device(const DeviceKey &device) const;
    const TslProperty *property(const QString &productKey, const QString &identifier) const;
    const TslEvent *event(const QString &productKey, const QString &identifier) const;
    // The product's name, or empty.
    QString productName(const QString &productKey) const;
    const Inventory &inventory() const { return m_inventory; }
    bool isEmpty() const { return m_inventory.isEmpty(); }

private:
    Inventory m_inventory;
    QHash<QString, qsizetype> m_products;
    QHash<QString, qsizetype> m_models;
    QHash<QString, qsizetype> m_devices; // "pk/dn"
};

using CatalogPtr = std::shared_ptr<const ThingCatalog>;

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::ProductInfo)
Q_DECLARE_METATYPE(linkscope::DeviceInfo)
Q_DECLARE_METATYPE(linkscope::DeviceSnapshot)
Q_DECLARE_METATYPE(linkscope::Inventory)
Q_DECLARE_METATYPE(linkscope::CatalogPtr)
