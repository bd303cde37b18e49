#pragma once

// Private to PropertyChart's two files: its state (propertychart.cpp) and
// its painting (propertychartpaint.cpp).

#include "propertychart.h"

#include <limits>

namespace linkscope {

namespace chart {
constexpr int kRight = 14; // margin right of the plot
constexpr int kStripHeight = 22; // one step strip or marker row
} // namespace chart

struct PropertyChart::Series {
    DeviceKey device;
    QString attribute;
    SeriesStyle style = SeriesStyle::Auto;
    QColor color;
    SeriesBuffer numbers;
    MarkBuffer marks;
    qint64 historyFrom = std::numeric_limits<qint64>::max();
    QString lastText;
};

} // namespace linkscope
