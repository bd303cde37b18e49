#pragma once

#include <QVariant>

#include <optional>

namespace linkscope {

// The number a property value stands for, as the store keeps it and a chart
// plots it: numbers, booleans as 0/1, numeric strings ("21.5"). Never a NaN
// or an infinity: "nan", "inf", "-inf" and non-finite numbers stay text.
std::optional<double> propertyNumber(const QVariant &value);

} // namespace linkscope
