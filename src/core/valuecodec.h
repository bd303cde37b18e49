#pragma once

#include <QByteArray>
#include <QVariant>

#include <optional>

namespace linkscope {

// JSON text for any property value (kept with its type), and back.
QByteArray valueToJson(const QVariant &value);
QVariant valueFromJson(const QByteArray &json);

} // namespace linkscope
