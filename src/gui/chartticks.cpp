#include "chartticks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace linkscope {

QList<Tick> valueTicks(double min, double max, int targetCount)
{
    QList<Tick> out;
    if (!(max > min) || targetCount < 1 || !std::isfinite(min) || !std::isfinite(max))
        return out;
    const double raw = (max - min) / targetCount;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    for (double v = std::ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
        const double clean = std::abs(v) < step * 1e-9 ? 0.0 : v;
        out.append({clean, valueText(clean)});
    }
    return out;
}

QList<Tick> timeTicks(qint64 from, qint64 to, int width, int minPixels)
{
    QList<Tick> out;
    if (to <= from || width <= 0)
        return out;
    static constexpr qint64 steps[]
        = {1'000,      2'000,      5'000,      10'000,     15'000,      30'000,     60'000,
           120'000,    300'000,    600'000,    900'000,    1'800'000,   3'600'000,  7'200'000,
           10'800'000, 21'600'000, 43'200'000, 86'400'000, 172'800'000, 604'800'000};
    const double msPerPixel = double(to - from) / width;
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(s) / msPerPixel >= minPixels) {
            step = s;
            break;
        }
    }
    // Align to local time, so "10:00" falls on the hour wherever we are.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(from).offsetFromUtc()) * 1000;
    const QString format = step < 60'000 ? QStringLiteral("HH:mm:ss")
        : step < 86'400'000              ? QStringLiteral("HH:mm")
                                         : QStringLiteral("MM-dd");
    const QString dayFormat = QStringLiteral("MM-dd HH:mm");
    qint64 t = ((from + offset) / step + 1) * step - offset;
    for (; t <= to; t += step) {
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t);
        const bool midnight
            = dt.time().hour() == 0 && dt.time().minute() == 0 && step < 86'400'000 && step >= 60'000;
        out.append({double(t), dt.toString(midnight ? dayFormat : format)});
    }
    return out;
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 s = ms / 1000;
    if (s < 60)
        return ms < 1000 ? QCoreApplication::translate("Duration", "%1 ms").arg(ms)
                         : QCoreApplication::translate("Duration", "%1 s").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Duration", "%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86'400)
        return QCoreApplication::translate("Duration", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QCoreApplication::translate("Duration", "%1 d %2 h").arg(s / 86'400).arg((s % 86'400) / 3600);
}

QString valueText(double value)
{
    if (std::abs(value) >= 1e6 || (value != 0 && std::abs(value) < 1e-3))
        return QString::number(value, 'g', 4);
    QString s = QString::number(value, 'f', 3);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QStringLiteral("-0") ? QStringLiteral("0") : s;
}

} // namespace linkscope
