#pragma once

#include "fleet.h"
#include "simmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QVariant>

#include <memory>
#include <vector>

namespace linkscope::sim {

// What the emulated cloud knows of its fleet, for the API gateway: every
// product and device (those that never send too), each device's status as
// its status messages left it, and the last value of each property as it
// was pushed (before any push, the value the device started from: the
// cloud knew it already). Fed with every message the moment it is published.
class CloudState {
public:
    struct Value {
        QVariant value;
        qint64 time = 0;
    };
    struct Device {
        SimDevice info;
        int status = 1; // 0 inactive, 1 online, 3 offline, 8 disabled
        qint64 statusTime = 0;
        QHash<QString, Value> values;
        QStringList order; // attributes in the order first reported
    };

    // `fleet` may be null (a replay): products and devices then come from the messages.
    explicit CloudState(const FleetGenerator *fleet);

    void observe(const SimMessage &message);

    const QList<SimProduct> &products() const { return m_products; }
    const SimProduct *product(const QString &productKey) const;
    // The product's devices in name order.
    QList<const Device *> devices(const QString &productKey) const;
    const Device *device(const QString &productKey, const QString &deviceName) const;
    const Device *deviceByIotId(const QString &iotId) const;
    qsizetype deviceCount() const { return m_devices.size(); }
    // The product's TSL (thing model); an empty one for a product without a model.
    QJsonObject tsl(const QString &productKey) const;
    // Whether a value of `attribute` is one the product's thing model has.
    bool hasProperty(const QString &productKey, const QString &attribute) const;

private:
    Device &deviceFor(const QString &deviceId);

    QList<SimProduct> m_products;
    QHash<QString, qsizetype> m_productIndex;
    QHash<QString, QSet<QString>> m_propertyIds; // productKey -> its TSL's property ids
    QHash<QString, QJsonObject> m_tsls;
    std::vector<std::unique_ptr<Device>> m_devices;
    QHash<QString, Device *> m_byId; // "pk/dn"
    QHash<QString, Device *> m_byIotId;
    QHash<QString, QList<Device *>> m_byProduct; // in name order
    bool m_fromFleet = false;
};

} // namespace linkscope::sim
