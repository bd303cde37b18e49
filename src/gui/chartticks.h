#pragma once

#include <QList>
#include <QString>

namespace linkscope {

// Where the axes of a chart put their labels.
struct Tick {
    double value = 0; // ms epoch for time ticks
    QString label;
};

// Round-number ticks over [min, max], about one per `targetCount`.
QList<Tick> valueTicks(double min, double max, int targetCount);
// Time ticks over [from, to] (ms epoch, local time) at a round step (1 s …
// 7 d) leaving at least `minPixels` between labels across `width` pixels.
QList<Tick> timeTicks(qint64 from, qint64 to, int width, int minPixels = 90);
// A duration in words: "45 s", "12 min 5 s", "3 h 20 min", "2 d 4 h".
QString durationText(qint64 ms);
// A value as a chart shows it: short, without needless zeros.
QString valueText(double value);

} // namespace linkscope
