#pragma once

// A run's pace, tenth by tenth: the rates and the CPU per message between
// the marks taken as 1/10, 2/10 … of the messages arrived, and the rounding
// of the JSON line.

#include <QJsonArray>
#include <QList>

#include <cmath>

namespace benchtenths {

inline double round1(double v)
{
    return std::round(v * 10) / 10;
}

inline double round2(double v)
{
    return std::round(v * 100) / 100;
}

inline QJsonArray roundedRates(const QList<double> &rates)
{
    QJsonArray a;
    for (double r : rates)
        a.append(qRound(r));
    return a;
}

// The CPU time per message (µs) of each tenth: what LinkScope spent on
// each, whatever the machine's pace. The time a rate cannot show.
inline QJsonArray tenthCpuPerMessage(qint64 count, qint64 firstCpuUs, const QList<qint64> &marks)
{
    QJsonArray out;
    for (qsizetype k = 0; k < marks.size() && k < 10; ++k) {
        const qint64 from = k == 0 ? firstCpuUs : marks[k - 1];
        const qint64 n = count * (k + 1) / 10 - count * k / 10;
        out.append(n > 0 ? std::round(double(marks[k] - from) / double(n) * 10) / 10 : 0);
    }
    return out;
}

inline double perSecond(qint64 n, qint64 ms)
{
    return ms > 0 ? n * 1000.0 / double(ms) : 0;
}

// The rate of each tenth of `count` messages, from the marks taken when
// count × k / 10 had arrived (k = 1 … 10), the first from `firstMs`.
inline QList<double> tenthRates(qint64 count, qint64 firstMs, const QList<qint64> &marks)
{
    QList<double> rates;
    for (qsizetype k = 0; k < marks.size() && k < 10; ++k) {
        const qint64 from = k == 0 ? firstMs : marks[k - 1];
        rates << perSecond(count * (k + 1) / 10 - count * k / 10, marks[k] - from);
    }
    return rates;
}

inline double lastOverFirst(const QList<double> &tenths)
{
    return tenths.size() == 10 && tenths.first() > 0 ? tenths.last() / tenths.first() : 0;
}

} // namespace benchtenths
