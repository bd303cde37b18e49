#include "propertychart.h"

#include "chartticks.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QJsonDocument>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QWheelEvent>

#include <cmath>

namespace linkscope {

namespace {
constexpr int kRight = 14;
constexpr int kStripHeight = 22;
constexpr qint64 kMinSpan = 5'000;
constexpr qint64 kMaxSpan = 31LL * 86'400'000;

QColor colorFor(int i)
{
    // Distinct on light and dark backgrounds alike.
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22)};
    return colors[i % int(std::size(colors))];
}

std::optional<double> numberOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? 1.0 : 0.0;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QString: {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString textOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    if (v.typeId() == QMetaType::Double)
        return valueText(v.toDouble());
    return v.toString();
}


QColor stateColor(const Mark &m, const QColor &base)
{
    if (m.text == QLatin1String("0") || m.text == QLatin1String("false"))
        return QColor(0x9a, 0x9a, 0x9a, 150);
    QColor c = base;
    const int shade = int(qHash(m.text) % 3);
    c = shade == 0 ? c : shade == 1 ? c.darker(130) : c.lighter(130);
    c.setAlpha(190);
    return c;
}
} // namespace

bool looksLikeStateAttribute(const QString &attribute)
{
    static const QRegularExpression re(QStringLiteral("(Switch|State|Status|Mode|Enable|Alarm|Level)$"));
    return re.match(attribute).hasMatch();
}

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

PropertyChart::PropertyChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(140);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_timer, &QTimer::timeout, this, &PropertyChart::tick);
    m_timer.start(50); // 20 frames a second at most, whatever the message rate
}

PropertyChart::~PropertyChart() = default;

void PropertyChart::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

qint64 PropertyChart::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

int PropertyChart::addSeries(const DeviceKey &device, const QString &attribute)
{
    if (const int i = indexOf(device, attribute); i >= 0)
        return i;
    auto s = std::make_unique<Series>();
    s->device = device;
    s->attribute = attribute;
    s->color = colorFor(m_nextColor++);
    m_series.push_back(std::move(s));
    m_dirty = true;
    emit seriesChanged();
    checkHistory();
    return int(m_series.size()) - 1;
}

void PropertyChart::removeSeries(int index)
{
    if (index < 0 || index >= seriesCount())
        return;
    m_series.erase(m_series.begin() + index);
    m_dirty = true;
    emit seriesChanged();
}

int PropertyChart::seriesCount() const
{
    return int(m_series.size());
}

int PropertyChart::indexOf(const DeviceKey &device, const QString &attribute) const
{
    for (size_t i = 0; i < m_series.size(); ++i)
        if (m_series[i]->device.id() == device.id() && m_series[i]->attribute == attribute)
            return int(i);
    return -1;
}

DeviceKey PropertyChart::seriesDevice(int index) const
{
    return m_series.at(size_t(index))->device;
}

QString PropertyChart::seriesAttribute(int index) const
{
    return m_series.at(size_t(index))->attribute;
}

QString PropertyChart::seriesName(int index) const
{
    const Series &s = *m_series.at(size_t(index));
    return s.device.deviceName + QStringLiteral(" · ") + s.attribute;
}

QColor PropertyChart::seriesColor(int index) const
{
    return m_series.at(size_t(index))->color;
}

SeriesStyle PropertyChart::style(int index) const
{
    const Series &s = *m_series.at(size_t(index));
    if (s.style != SeriesStyle::Auto)
        return s.style;
    return looksLikeStateAttribute(s.attribute) ? SeriesStyle::Steps : SeriesStyle::Line;
}

void PropertyChart::setStyle(int index, SeriesStyle style)
{
    m_series.at(size_t(index))->style = style;
    m_dirty = true;
}

const SeriesBuffer &PropertyChart::numbers(int index) const
{
    return m_series.at(size_t(index))->numbers;
}

const MarkBuffer &PropertyChart::marks(int index) const
{
    return m_series.at(size_t(index))->marks;
}

void PropertyChart::addValue(int index, qint64 time, const QVariant &value)
{
    Series &s = *m_series.at(size_t(index));
    const std::optional<double> number = numberOf(value);
    const bool isText = !number || value.typeId() == QMetaType::QString;
    if (s.style == SeriesStyle::Auto) { // decided by the first value, then kept
        if (value.typeId() == QMetaType::Bool)
            s.style = SeriesStyle::Steps;
        else if (isText)
            s.style = SeriesStyle::Markers;
    }
    if (number && !isText)
        s.numbers.append(time, *number);
    s.marks.append(time, textOf(value), number.value_or(0), !isText);
    s.lastText = textOf(value);
    m_dirty = true;
}

void PropertyChart::mergeHistory(int index, const QList<SampleBucket> &buckets)
{
    if (index < 0 || index >= seriesCount())
        return;
    Series &s = *m_series[size_t(index)];
    s.numbers.mergeHistory(buckets);
    s.marks.mergeHistory(buckets);
    m_dirty = true;
}

void PropertyChart::setSpan(qint64 spanMs)
{
    const qint64 to = viewTo();
    m_span = std::clamp(spanMs, kMinSpan, kMaxSpan);
    if (!m_following)
        m_end = to;
    m_dirty = true;
    checkHistory();
}

void PropertyChart::setRange(qint64 from, qint64 to)
{
    if (to <= from)
        return;
    m_span = std::clamp(to - from, kMinSpan, kMaxSpan);
    m_end = to;
    m_following = false;
    m_dirty = true;
    checkHistory();
    emit viewChanged();
}

void PropertyChart::followLive()
{
    m_following = true;
    m_paused = false;
    m_dirty = true;
    emit viewChanged();
}

void PropertyChart::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused) {
        m_end = viewTo();
        m_following = false;
        m_paused = true;
        m_dirty = true;
        emit viewChanged();
    } else {
        followLive();
    }
}

qint64 PropertyChart::viewTo() const
{
    return m_following ? now() : m_end;
}

qint64 PropertyChart::viewFrom() const
{
    return viewTo() - m_span;
}

void PropertyChart::zoom(double factor, qint64 around)
{
    const qint64 from = viewFrom();
    const qint64 to = viewTo();
    const qint64 span = std::clamp(qint64(double(m_span) * factor), kMinSpan, kMaxSpan);
    if (m_following) { // the right edge stays at now
        m_span = span;
    } else {
        const double share = double(around - from) / double(std::max<qint64>(1, to - from));
        const qint64 newFrom = around - qint64(share * double(span));
        m_span = span;
        m_end = newFrom + span;
    }
    m_dirty = true;
    checkHistory();
    emit viewChanged();
}

void PropertyChart::pan(qint64 deltaMs)
{
    const qint64 end = viewTo() + deltaMs;
    if (end >= now() && !m_paused) {
        m_following = true;
    } else {
        m_following = false;
        m_end = std::min(end, now() + m_span);
    }
    m_dirty = true;
    checkHistory();
    emit viewChanged();
}

void PropertyChart::setCrosshair(std::optional<int> x)
{
    m_crosshairX = x;
    m_dirty = true;
}

int PropertyChart::leftMargin() const
{
    // Room for the value axis, or for the names of the step strips.
    int w = fontMetrics().horizontalAdvance(QStringLiteral("-00000.0")) + 10;
    for (int i = 0; i < seriesCount(); ++i)
        if (style(i) != SeriesStyle::Line)
            w = std::max(w, fontMetrics().horizontalAdvance(m_series[size_t(i)]->attribute) + 14);
    return std::min(w, 160);
}

QRect PropertyChart::plotRect() const
{
    const int legend = legendHeight();
    const int axis = fontMetrics().height() + 8;
    return rect().adjusted(leftMargin(), legend, -kRight, -axis);
}

qint64 PropertyChart::timeAt(int x) const
{
    const QRect plot = plotRect();
    const qint64 from = viewFrom();
    return from + qint64(double(x - plot.left()) * double(m_span) / double(std::max(1, plot.width())));
}

int PropertyChart::xAt(qint64 time) const
{
    const QRect plot = plotRect();
    return plot.left() + int(double(time - viewFrom()) * double(plot.width()) / double(m_span));
}

QStringList PropertyChart::crosshairLines() const
{
    QStringList lines;
    if (!m_crosshairX)
        return lines;
    const qint64 t = timeAt(*m_crosshairX);
    lines << QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    for (int i = 0; i < seriesCount(); ++i) {
        const Series &s = *m_series[size_t(i)];
        QString value = tr("no data");
        if (style(i) == SeriesStyle::Line) {
            if (auto p = s.numbers.nearest(t)) {
                value = p->min == p->max
                    ? valueText(p->last)
                    : tr("%1 (min %2, max %3)").arg(valueText(p->last), valueText(p->min), valueText(p->max));
                value += QStringLiteral("  @ ")
                    + QDateTime::fromMSecsSinceEpoch(p->time).toString(QStringLiteral("HH:mm:ss.zzz"));
            }
        } else if (auto m = s.marks.at(t)) {
            value = m->text + QStringLiteral("  @ ")
                + QDateTime::fromMSecsSinceEpoch(m->time).toString(QStringLiteral("HH:mm:ss.zzz"));
        }
        lines << seriesName(i) + QStringLiteral(": ") + value;
    }
    return lines;
}

void PropertyChart::tick()
{
    if ((m_following && !m_paused) || m_dirty)
        update();
}

void PropertyChart::checkHistory()
{
    const qint64 from = viewFrom();
    const qint64 to = viewTo();
    for (int i = 0; i < seriesCount(); ++i) {
        Series &s = *m_series[size_t(i)];
        // Ask once per stretch of time not yet asked for; live data covers
        // the rest. A small margin keeps a scrolling window from asking again.
        const qint64 covered = std::min(s.historyFrom, s.numbers.isEmpty() ? to : s.numbers.firstTime());
        if (from < covered - m_span / 100) {
            const qint64 until = std::min(covered, s.historyFrom);
            s.historyFrom = from;
            emit historyNeeded(i, from, until);
        }
    }
}

int PropertyChart::stripCount() const
{
    int n = 0;
    for (int i = 0; i < seriesCount(); ++i)
        n += style(i) != SeriesStyle::Line;
    return n;
}

std::pair<double, double> PropertyChart::valueRange(const std::vector<QList<PixelColumn>> &columns)
{
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
        const int h = linesBottom - plot.top();
        for (const Tick &t : valueTicks(lo, hi, std::max(2, h / 40))) {
            const int y = linesBottom - int((t.value - lo) / (hi - lo) * h);
            p.setPen(QPen(grid, 0, Qt::DotLine));
            p.drawLine(plot.left(), y, plot.right(), y);
            p.setPen(text);
            p.drawText(QRect(0, y - 10, leftMargin() - 6, 20), Qt::AlignRight | Qt::AlignVCenter, t.label);
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
            const qint64 end = std::min(to, std::max(s.numbers.lastTime(), marks.isEmpty() ? 0 : marks.last().time));
            const qint64 liveEnd = m_following ? to : end;
            for (qsizetype k = 0; k < marks.size(); ++k) {
                const qint64 t0 = std::max(from, marks[k].time);
                const qint64 t1 = k + 1 < marks.size() ? marks[k + 1].time : liveEnd;
                const QRect seg(QPoint(xAt(t0), strip.top()), QPoint(xAt(t1), strip.bottom()));
                p.fillRect(seg, stateColor(marks[k], s.color));
                if (seg.width() > fontMetrics().horizontalAdvance(marks[k].text) + 6) {
                    p.setPen(palette().color(QPalette::Text));
                    p.drawText(seg, Qt::AlignCenter, marks[k].text);
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
                    p.drawText(QRect(x + 3, strip.top() + 5, w + 2, strip.height() - 5), Qt::AlignLeft, m.text);
                    lastLabelRight = x + 3 + w;
                }
            }
        }
        p.restore();
        p.setPen(s.color);
        p.drawText(QRect(0, strip.top(), leftMargin() - 6, strip.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(s.attribute, Qt::ElideMiddle, leftMargin() - 10));
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

void PropertyChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoom(std::pow(1.25, -steps), timeAt(int(event->position().x())));
    event->accept();
}

void PropertyChart::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position().toPoint();
        m_dragEnd = viewTo();
        setCursor(Qt::ClosedHandCursor);
    }
}

void PropertyChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_crosshairX = pos.x();
    if (m_dragFrom) {
        const int dx = pos.x() - m_dragFrom->x();
        const qint64 delta = -qint64(double(dx) * double(m_span) / double(std::max(1, plotRect().width())));
        pan(m_dragEnd + delta - viewTo());
    }
    m_dirty = true;
}

void PropertyChart::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
    unsetCursor();
}

void PropertyChart::mouseDoubleClickEvent(QMouseEvent *)
{
    followLive();
}

void PropertyChart::leaveEvent(QEvent *)
{
    m_crosshairX.reset();
    m_dirty = true;
}

void PropertyChart::contextMenuEvent(QContextMenuEvent *event)
{
    emit activated();
    QMenu menu(this);
    for (int i = 0; i < seriesCount(); ++i) {
        QMenu *sub = menu.addMenu(seriesName(i));
        auto *group = new QActionGroup(sub);
        const std::pair<SeriesStyle, QString> styles[] = {{SeriesStyle::Line, tr("Line")},
                                                          {SeriesStyle::Steps, tr("Step strip")},
                                                          {SeriesStyle::Markers, tr("Markers")}};
        for (const auto &[st, name] : styles) {
            QAction *a = sub->addAction(name, this, [this, i, st = st] { setStyle(i, st); });
            a->setCheckable(true);
            a->setChecked(style(i) == st);
            group->addAction(a);
        }
        sub->addSeparator();
        sub->addAction(tr("Remove from chart"), this, [this, i] { removeSeries(i); });
    }
    if (seriesCount())
        menu.addSeparator();
    menu.addAction(tr("Follow live"), this, &PropertyChart::followLive)->setEnabled(!m_following);
    menu.addAction(m_paused ? tr("Resume") : tr("Pause"), this, [this] { setPaused(!m_paused); });
    menu.exec(event->globalPos());
}

QString PropertyChart::csv() const
{
    const qint64 from = viewFrom();
    const qint64 to = viewTo();
    QString out = QStringLiteral("time_ms,time,product_key,device_name,attribute,value,min,max\n");
    const auto quote = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
            s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return s;
    };
    for (const auto &s : m_series) {
        const QString head = quote(s->device.productKey) + u',' + quote(s->device.deviceName) + u','
            + quote(s->attribute) + u',';
        const auto stamp = [](qint64 t) {
            return QString::number(t) + u','
                + QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODateWithMs) + u',';
        };
        if (!s->numbers.isEmpty()) {
            for (const SeriesPoint &pt : s->numbers.points(from, to))
                out += stamp(pt.time) + head + valueText(pt.last) + u',' + valueText(pt.min) + u','
                    + valueText(pt.max) + u'\n';
        } else {
            for (const Mark &m : s->marks.visible(from, to))
                if (m.time >= from)
                    out += stamp(m.time) + head + quote(m.text) + QStringLiteral(",,\n");
        }
    }
    return out;
}

} // namespace linkscope
