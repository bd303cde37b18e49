#pragma once

#include "fleet.h"

#include <QJsonObject>

namespace linkscope::sim {

// The thing model (TSL) of a product of the emulated fleet, as
// /cloud/thing/tsl/get answers it (CLOUD_API §7): names, units and ranges,
// bool and enum labels, a struct and an array property, events with their
// output data, and the Reboot service the replies name.
QJsonObject productTsl(const SimProduct &product);

// The identifiers of a product's properties, in TSL order.
QStringList productPropertyIds(const SimProduct &product);

} // namespace linkscope::sim
