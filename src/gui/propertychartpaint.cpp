// PropertyChart's painting: axes and grid, lines from the columns a series
// reduces to, step strips, markers, the legend and the crosshair.

#include "chartticks.h"
#include "propertychart_p.h"

#include <QPainter>

namespace linkscope {

using chart::kRight;
using chart::kStripHeight;

namespace {
QColor stateColor(const Mark &m, const QColor &base)
{
    if (m.text == QLatin1String("0") || m.text == QLatin1String("false")
        || (m.value == 0 && m.text.isEmpty()))
        return QColor(0x9a, 0x9a, 0x9a, 150);
    QColor c = base;
    const int shade = int(qHash(m.text) % 3);
    c = shade == 0 ? c : shade == 1 ? c.darker(130) : c.lighter(130);
    c.setAlpha(190);
    return c;
}
} // namespace

int PropertyChart::stripCount() const
{
    int n = 0;
    for (int i = 0; i < seriesCount(); ++i)
        n += style(i) != SeriesStyle::Line;
    return n;
}

std::pair<double, double> PropertyChart::valueRange(const std::vector<QList<PixelColumn>> &columns) const
{
    // The thing model's range when it gives one, widened only by values outside it.
    if (const auto spec = specRange()) {
        double lo = spec->first, hi = spec->second;
        for (const QList<PixelColumn> &cols : columns)
            for (const PixelColumn &c : cols) {
                lo = std::min(lo, c.min);
                hi = std::max(hi, c.max);
            }
        return {lo, hi};
    }
    // From the reduced columns: the same extremes as the samples, a fraction of the work.
    std::optional<std::pair<double, double>> r;
    for (const QList<PixelColumn> &cols : columns)
        for (const PixelColumn &c : cols) {
            if (!r)
                r = std::make_pair(c.min, c.max);
            r->first = std::min(r->first, c.min);
            r->second = std::max(r->second, c.max);
        }
    if (!r)
        return {0, 1};
    double lo = r->first, hi = r->second;
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.06;
    return {lo - pad, hi + pad};
}

void PropertyChart::paintEvent(QPaintEvent *)
{
    ++m_redraws;
    m_dirty = false;
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRect plot = plotRect();
    const qint64 from = viewFrom();
    const qint64 to = viewTo();
    // Each line series reduced once per frame to one column per pixel.
    std::vector<QList<PixelColumn>> columns(static_cast<size_t>(seriesCount()));
    for (int i = 0; i < seriesCount(); ++i)
        if (style(i) == SeriesStyle::Line)
            columns[size_t(i)] = m_series[size_t(i)]->numbers.reduce(from, to, plot.width());
    const auto [lo, hi] = valueRange(columns);
    paintAxes(p, plot, from, to, lo, hi);
    paintLines(p, plot, columns, lo, hi);
    paintStrips(p, plot, from, to);
    paintLegend(p);
    if (m_series.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Tick properties in the Devices panel, or drag them here, to chart them."));
    }
    paintCrosshair(p, plot);
    if (m_paused || !m_following) {
        const QString badge = m_paused ? tr("Paused") : tr("Not live: double-click to follow");
        p.setPen(palette().color(QPalette::Text));
        p.drawText(plot.adjusted(0, 2, -4, 0), Qt::AlignTop | Qt::AlignRight, badge);
    }
}

void PropertyChart::paintAxes(QPainter &p, const QRect &plot, qint64 from, qint64 to, double lo, double hi)
{
    const QColor grid = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const int strips = stripCount();
    const int linesBottom = plot.bottom() - strips * kStripHeight;
    p.setPen(QPen(grid, 0, Qt::DotLine));
    p.setFont(font());
    for (const Tick &t : timeTicks(from, to, plot.width())) {
        const int x = xAt(qint64(t.value));
        p.setPen(QPen(grid, 0, Qt::DotLine));
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(text);
        QRect label(x - 60, plot.bottom() + 2, 120, fontMetrics().height() + 4);
        const int w = fontMetrics().horizontalAdvance(t.label);
        if (x + w / 2 > width() - 2) // the last label stays inside the chart
            label.moveRight(width() - 2 + (120 - w) / 2);
        p.drawText(label, Qt::AlignCenter, t.label);
    }
    if (strips < seriesCount()) {
        const QString unit = valueUnit();
        const int h = linesBottom - plot.top();
        const QList<Tick> ticks = valueTicks(lo, hi, std::max(2, h / 40));
        for (qsizetype k = 0; k < ticks.size(); ++k) {
            const Tick &t = ticks[k];
            const int y = linesBottom - int((t.value - lo) / (hi - lo) * h);
            p.setPen(QPen(grid, 0, Qt::DotLine));
            p.drawLine(plot.left(), y, plot.right(), y);
            p.setPen(text);
            // The topmost label carries the unit: "2500 W".
            QString label = t.label;
            if (k == ticks.size() - 1 && !unit.isEmpty())
                label = fontMetrics().elidedText(label + u' ' + unit, Qt::ElideRight, leftMargin() - 6);
            p.drawText(QRect(0, y - 10, leftMargin() - 6, 20), Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    p.setPen(grid);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
}

void PropertyChart::paintLines(QPainter &p, const QRect &plot, const std::vector<QList<PixelColumn>> &columns,
                               double lo, double hi)
{
    const int strips = stripCount();
    if (strips == seriesCount())
        return;
    const QRect area(plot.left(), plot.top(), plot.width(), plot.height() - strips * kStripHeight);
    const auto yOf = [&](double v) { return area.bottom() - (v - lo) / (hi - lo) * area.height(); };
    p.save();
    p.setClipRect(area.adjusted(0, 0, 1, 1));
    for (int i = 0; i < seriesCount(); ++i) {
        if (style(i) != SeriesStyle::Line)
            continue;
        const Series &s = *m_series[size_t(i)];
        const QList<PixelColumn> &cols = columns[size_t(i)];
        // One polyline through each column's first and last value, and one
        // vertical stroke per column for its range: a few thousand segments
        // at most, whatever the number of samples behind them.
        QList<QPointF> line;
        QList<QLineF> spans;
        line.reserve(cols.size() * 2);
        for (const PixelColumn &c : cols) {
            const double x = area.left() + c.x;
            line.append(QPointF(x, yOf(c.first)));
            if (c.last != c.first)
                line.append(QPointF(x, yOf(c.last)));
            if (c.min != c.max)
                spans.append(QLineF(x, yOf(c.min), x, yOf(c.max)));
        }
        // A cosmetic one-pixel pen takes the raster engine's fast stroker; a
        // wider one goes through the general path stroker, ten times slower.
        QPen pen(s.color, 1.0);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line.constData(), int(line.size()));
        if (!spans.isEmpty())
            p.drawLines(spans.constData(), int(spans.size()));
        if (cols.size() * 6 < area.width()) { // few points: show each one
            p.setBrush(s.color);
            for (const PixelColumn &c : cols)
                if (c.x >= 0)
                    p.drawEllipse(QPointF(area.left() + c.x, yOf(c.last)), 2.2, 2.2);
        }
    }
    p.restore();
}

void PropertyChart::paintStrips(QPainter &p, const QRect &plot, qint64 from, qint64 to)
{
    int row = 0;
    const int firstTop = plot.bottom() - stripCount() * kStripHeight + 1;
    for (int i = 0; i < seriesCount(); ++i) {
        const SeriesStyle st = style(i);
        if (st == SeriesStyle::Line)
            continue;
        const Series &s = *m_series[size_t(i)];
        const QRect strip(plot.left(), firstTop + row * kStripHeight, plot.width(), kStripHeight - 2);
        ++row;
        p.save();
        p.setClipRect(strip);
        p.fillRect(strip, palette().color(QPalette::AlternateBase));
        const QList<Mark> marks = s.marks.visible(from, to);
        if (st == SeriesStyle::Steps) {
            const qint64 end
                = std::min(to, std::max(s.numbers.lastTime(), marks.isEmpty() ? 0 : marks.last().time));
            const qint64 liveEnd = m_following ? to : end;
            for (qsizetype k = 0; k < marks.size(); ++k) {
                const qint64 t0 = std::max(from, marks[k].time);
                const qint64 t1 = k + 1 < marks.size() ? marks[k + 1].time : liveEnd;
                const QRect seg(QPoint(xAt(t0), strip.top()), QPoint(xAt(t1), strip.bottom()));
                p.fillRect(seg, stateColor(marks[k], s.color));
                const QString label = markText(i, marks[k]);
                if (seg.width() > fontMetrics().horizontalAdvance(label) + 6) {
                    p.setPen(palette().color(QPalette::Text));
                    p.drawText(seg, Qt::AlignCenter, label);
                }
            }
        } else {
            int lastLabelRight = strip.left() - 1000;
            for (const Mark &m : marks) {
                if (m.time < from)
                    continue;
                const int x = xAt(m.time);
                p.setPen(Qt::NoPen);
                p.setBrush(s.color);
                const QPointF tri[3] = {QPointF(x - 4, strip.top() + 2), QPointF(x + 4, strip.top() + 2),
                                        QPointF(x, strip.top() + 9)};
                p.drawPolygon(tri, 3);
                const int w = fontMetrics().horizontalAdvance(m.text);
                if (x + 3 > lastLabelRight + 6) {
                    p.setPen(palette().color(QPalette::Text));
                    p.drawText(QRect(x + 3, strip.top() + 5, w + 2, strip.height() - 5), Qt::AlignLeft,
                               m.text);
                    lastLabelRight = x + 3 + w;
                }
            }
        }
        p.restore();
        p.setPen(s.color);
        p.drawText(QRect(0, strip.top(), leftMargin() - 6, strip.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(stripName(i), Qt::ElideMiddle, leftMargin() - 10));
    }
}

QList<QRect> PropertyChart::legendLayout() const
{
    // One entry per series, wrapping onto more lines when the chart is narrow.
    QList<QRect> out;
    const int h = fontMetrics().height();
    int x = leftMargin(), y = 4;
    for (int i = 0; i < seriesCount(); ++i) {
        const int w = fontMetrics().horizontalAdvance(legendText(i)) + 18;
        if (x + w > width() - kRight && x > leftMargin()) {
            x = leftMargin();
            y += h + 2;
        }
        out.append(QRect(x, y, w, h));
        x += w + 14;
    }
    return out;
}

QString PropertyChart::legendText(int index) const
{
    const Series &s = *m_series[size_t(index)];
    return s.lastText.isEmpty() ? seriesName(index) : seriesName(index) + QStringLiteral(" = ") + s.lastText;
}

int PropertyChart::legendHeight() const
{
    const QList<QRect> entries = legendLayout();
    return (entries.isEmpty() ? 4 + fontMetrics().height() : entries.last().bottom() + 1) + 6;
}

void PropertyChart::paintLegend(QPainter &p)
{
    const QList<QRect> entries = legendLayout();
    for (int i = 0; i < entries.size(); ++i) {
        const QRect r = entries[i];
        p.fillRect(QRect(r.left(), r.center().y() - 4, 12, 8), m_series[size_t(i)]->color);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, legendText(i));
    }
}

void PropertyChart::paintCrosshair(QPainter &p, const QRect &plot)
{
    if (!m_crosshairX || !plot.contains(*m_crosshairX, plot.center().y()) || m_series.empty())
        return;
    const int x = *m_crosshairX;
    p.setPen(QPen(palette().color(QPalette::Text), 0, Qt::DashLine));
    p.drawLine(x, plot.top(), x, plot.bottom());
    const QStringList lines = crosshairLines();
    int w = 0;
    for (const QString &l : lines)
        w = std::max(w, fontMetrics().horizontalAdvance(l));
    const int lh = fontMetrics().height();
    QRect box(x + 10, plot.top() + 8, w + 12, lh * int(lines.size()) + 8);
    if (box.right() > plot.right())
        box.moveRight(x - 10);
    QColor bg = palette().color(QPalette::ToolTipBase);
    bg.setAlpha(235);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(bg);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(palette().color(QPalette::ToolTipText));
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QRect(box.left() + 6, box.top() + 4 + i * lh, w + 2, lh), Qt::AlignLeft, lines[i]);
}

} // namespace linkscope
