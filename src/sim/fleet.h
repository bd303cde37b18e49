#pragma once

#include "simmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace linkscope::sim {

struct FleetOptions {
    int products = 3;
    int devices = 20;
    quint64 seed = 1;
    double malformedFraction = 0; // 0..1 of messages sent broken on purpose
    qint64 clockSkewMs = 0; // added to every device timestamp
    QStringList malformedKinds; // which ways (malformedKindNames()); empty: the default ones
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
    QString id() const { return productKey + u'/' + deviceName; }
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
    const QList<SimDevice> &devices() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::sim
