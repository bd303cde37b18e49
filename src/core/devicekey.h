#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace linkscope {

// Identifies one device: productKey + deviceName, with the iotId when known.
struct DeviceKey {
    QString productKey;
    QString deviceName;
    QString iotId;

    // "productKey/deviceName": the identity used for maps and file formats.
    QString id() const { return productKey + u'/' + deviceName; }
    bool isValid() const { return !productKey.isEmpty() && !deviceName.isEmpty(); }

    friend bool operator==(const DeviceKey &, const DeviceKey &) = default;
};

inline size_t qHash(const DeviceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.productKey, key.deviceName);
}

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::DeviceKey)
