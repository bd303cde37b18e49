#include "propertychart.h"

#include "core/csv.h"
#include "core/propertyvalue.h"

#include "chartticks.h"
#include "propertychart_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

namespace linkscope {

using chart::kRight;
using chart::kStripHeight;

namespace {
constexpr qint64 kMinSpan = 5'000;
constexpr qint64 kMaxSpan = 31LL * 86'400'000;

QColor colorFor(int i)
{
    // Distinct on light and dark backgrounds alike.
    static const QColor colors[]
        = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
           QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf),
           QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22)};
    return colors[i % int(std::size(colors))];
}

std::optional<double> numberOf(const QVariant &v)
{
    return propertyNumber(v);
}

QString textOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    if (v.typeId() == QMetaType::Double)
        return valueText(v.toDouble());
    return v.toString();
}

} // namespace

bool looksLikeStateAttribute(const QString &attribute)
{
    static const QRegularExpression re(QStringLiteral("(Switch|State|Status|Mode|Enable|Alarm|Level)$"));
    return re.match(attribute).hasMatch();
}

bool isChartableValue(const QVariant &value)
{
    return value.isValid() && value.typeId() != QMetaType::QVariantMap
        && value.typeId() != QMetaType::QVariantList;
}

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
    const TslProperty *p = tslOf(index);
    return s.device.deviceName + QStringLiteral(" · ") + (p && !p->name.isEmpty() ? p->name : s.attribute);
}

void PropertyChart::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    m_dirty = true;
}

const TslProperty *PropertyChart::tslOf(int index) const
{
    const Series &s = *m_series.at(size_t(index));
    return m_catalog ? m_catalog->property(s.device.productKey, s.attribute) : nullptr;
}

QString PropertyChart::markText(int index, const Mark &mark) const
{
    if (const TslProperty *p = tslOf(index))
        if (mark.text == valueText(mark.value) || mark.text == u"true" || mark.text == u"false")
            if (const auto label = tslLabel(p->dataType, mark.value))
                return *label;
    return mark.text;
}

QString PropertyChart::stripName(int index) const
{
    const TslProperty *p = tslOf(index);
    return p && !p->name.isEmpty() ? p->name : m_series.at(size_t(index))->attribute;
}

QString PropertyChart::valueTextOf(int index, double value) const
{
    const TslProperty *p = tslOf(index);
    if (!p)
        return valueText(value);
    return tslValueText(p->dataType, value, [](double v) { return valueText(v); });
}

std::optional<std::pair<double, double>> PropertyChart::specRange() const
{
    std::optional<std::pair<double, double>> r;
    for (int i = 0; i < seriesCount(); ++i) {
        if (style(i) != SeriesStyle::Line)
            continue;
        const TslProperty *p = tslOf(i);
        if (!p || !p->dataType.min || !p->dataType.max || *p->dataType.max <= *p->dataType.min)
            return std::nullopt;
        if (!r)
            r = std::make_pair(*p->dataType.min, *p->dataType.max);
        r->first = std::min(r->first, *p->dataType.min);
        r->second = std::max(r->second, *p->dataType.max);
    }
    return r;
}

QString PropertyChart::valueUnit() const
{
    std::optional<QString> unit;
    for (int i = 0; i < seriesCount(); ++i) {
        if (style(i) != SeriesStyle::Line)
            continue;
        const TslProperty *p = tslOf(i);
        const QString u = p ? p->dataType.unit : QString();
        if (unit && *unit != u)
            return {};
        unit = u;
    }
    return unit.value_or(QString());
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
    // The thing model knows best: states are steps, numbers lines, the rest markers.
    if (const TslProperty *p = tslOf(index)) {
        if (p->dataType.isState())
            return SeriesStyle::Steps;
        if (p->dataType.isNumber())
            return SeriesStyle::Line;
        if (p->dataType.type != TslType::Unknown)
            return SeriesStyle::Markers;
    }
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
    if (s.style == SeriesStyle::Auto && !tslOf(index)) { // decided by the first value, then kept
        if (value.typeId() == QMetaType::Bool)
            s.style = SeriesStyle::Steps;
        else if (isText)
            s.style = SeriesStyle::Markers;
    }
    if (number && !isText)
        s.numbers.append(time, *number);
    s.marks.append(time, textOf(value), number.value_or(0), !isText);
    const TslProperty *p = tslOf(index);
    s.lastText = p ? tslValueText(p->dataType, value, [](double v) { return valueText(v); }) : textOf(value);
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
            w = std::max(w, fontMetrics().horizontalAdvance(stripName(i)) + 14);
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
                    ? valueTextOf(i, p->last)
                    : tr("%1 (min %2, max %3)")
                          .arg(valueTextOf(i, p->last), valueTextOf(i, p->min), valueTextOf(i, p->max));
                value += QStringLiteral("  @ ")
                    + QDateTime::fromMSecsSinceEpoch(p->time).toString(QStringLiteral("HH:mm:ss.zzz"));
            }
        } else if (auto m = s.marks.at(t)) {
            value = markText(i, *m) + QStringLiteral("  @ ")
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

QString PropertyChart::csv() const
{
    const qint64 from = viewFrom();
    const qint64 to = viewTo();
    QString out = QStringLiteral("time_ms,time,product_key,device_name,attribute,value,min,max\n");
    const auto quote = [](const QString &s) { return csvField(s); }; // device text never runs as a formula
    for (const auto &s : m_series) {
        const QString head = quote(s->device.productKey) + u',' + quote(s->device.deviceName) + u','
            + quote(s->attribute) + u',';
        const auto stamp = [](qint64 t) {
            return QString::number(t) + u',' + QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODateWithMs)
                + u',';
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
