#pragma once

#include "messages.h"

#include <QJsonObject>

namespace linkscope {

// The decoded view of a message as JSON: the kind, the device, and each
// kind's fields by their decoded names (for the inspector, tests, exports).
QJsonObject toJson(const DecodedMessage &message);
QJsonObject toJson(const PropertyReport &report);
QJsonObject toJson(const DeviceKey &device);
QJsonObject toJson(const MessageMeta &meta);

} // namespace linkscope
