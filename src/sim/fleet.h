#pragma once

#include "simmessage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace linkscope::sim {

struct FleetOptions {
    int products = 3;
    int devices = 20;
    quint64 seed = 1;
    double malformedFraction = 0; // 0..1 of messages sent broken on purpose
    qint64 clockSkewMs = 0; // added to every device timestamp
    QStringList malformedKinds; // which ways (malformedKindNames()); empty: the default ones
    // Devices that exist in the cloud's inventory but never send: inactive,
    // offline and disabled in turn. They draw nothing from the stream's
    // random numbers, so the stream is the same with or without them.
    int quietDevices = 0;
};

// Every way a message can be sent broken, and the ones used when none are named.
QStringList malformedKindNames();
QStringList defaultMalformedKinds();

// A device of the emulated fleet, as generated from the seed.
struct SimDevice {
    QString productKey;
    QString deviceName;
    QString iotId;
    QString deviceType;
    QString nickname; // as a user named it in the app; often empty
    int model = 0; // index into the thing models (thingmodels_p.h)
    int initialStatus = 1; // the API's status before any message: 1 online; quiet ones 0, 3 or 8
    qint64 activeTime = 0; // when it was activated (ms epoch; 0: never)
    QString id() const { return productKey + u'/' + deviceName; }
};

// A product of the emulated fleet and the thing model its devices follow.
struct SimProduct {
    QString productKey;
    QString name;
    int model = 0;
};

// Generates a realistic, deterministic stream of Life IoT push messages:
// property posts, events, online/offline flaps, bind/unbind, service replies.
// The same seed gives the same stream, message ids included.
class FleetGenerator {
public:
    explicit FleetGenerator(FleetOptions options);
    ~FleetGenerator();

    // The next message, stamped with the device clock `nowMs` (+ skew).
    SimMessage next(qint64 nowMs);
    quint64 generated() const;
    const QList<SimDevice> &devices() const; // those that send
    const QList<SimDevice> &quietDevices() const; // those that never do
    const QList<SimProduct> &products() const;
    // What a device reported before the stream began (the cloud knows it
    // already): its scalar properties' starting values; none for a device
    // never activated.
    QVariantMap initialValues(const QString &deviceId) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::sim
