#include "seriesbuffer.h"

#include <algorithm>
#include <cmath>

namespace linkscope {

SeriesBuffer::SeriesBuffer(int capacity) : m_capacity(std::max(capacity, 2))
{
}

void SeriesBuffer::append(qint64 time, double value)
{
    if (!std::isfinite(value))
        return;
    const SeriesPoint p {time, value, value, value};
    if (m_points.empty() || time >= m_points.back().time) {
        m_points.push_back(p);
    } else { // a late report (history post, clock skew): keep time order
        auto it = std::upper_bound(m_points.begin(), m_points.end(), time,
                                   [](qint64 t, const SeriesPoint &q) { return t < q.time; });
        m_points.insert(it, p);
    }
    while (int(m_points.size()) > m_capacity)
        m_points.pop_front();
}

void SeriesBuffer::mergeHistory(const QList<SampleBucket> &buckets)
{
    const qint64 first = m_points.empty() ? std::numeric_limits<qint64>::max() : m_points.front().time;
    std::deque<SeriesPoint> older;
    for (const SampleBucket &b : buckets) {
        const qint64 t = b.lastTime ? b.lastTime : b.start;
        if (b.count > 0 && t < first)
            older.push_back({t, b.min, b.max, b.last});
    }
    std::sort(older.begin(), older.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    // Live points win over history when the bound is reached.
    const int room = std::max(0, m_capacity - int(m_points.size()));
    while (int(older.size()) > room)
        older.pop_front();
    m_points.insert(m_points.begin(), older.begin(), older.end());
}

std::deque<SeriesPoint>::const_iterator SeriesBuffer::lowerBound(qint64 time) const
{
    return std::lower_bound(m_points.begin(), m_points.end(), time,
                            [](const SeriesPoint &p, qint64 t) { return p.time < t; });
}

QList<PixelColumn> SeriesBuffer::reduce(qint64 from, qint64 to, int width) const
{
    QList<PixelColumn> out;
    if (width <= 0 || to <= from || m_points.empty())
        return out;
    auto it = lowerBound(from);
    if (it != m_points.begin()) {
        const SeriesPoint &p = *std::prev(it);
        out.append({-1, p.min, p.max, p.last, p.last, 1});
    }
    const double scale = double(width) / double(to - from);
    for (; it != m_points.end() && it->time <= to; ++it) {
        const int x = std::min(width - 1, int(double(it->time - from) * scale));
        if (!out.isEmpty() && out.last().x == x) {
            PixelColumn &c = out.last();
            c.min = std::min(c.min, it->min);
            c.max = std::max(c.max, it->max);
            c.last = it->last;
            ++c.count;
        } else {
            out.append({x, it->min, it->max, it->last, it->last, 1});
        }
    }
    return out;
}

std::optional<SeriesPoint> SeriesBuffer::nearest(qint64 time) const
{
    if (m_points.empty())
        return std::nullopt;
    auto it = lowerBound(time);
    if (it == m_points.end())
        return m_points.back();
    if (it == m_points.begin())
        return *it;
    auto before = std::prev(it);
    return (time - before->time) <= (it->time - time) ? *before : *it;
}

std::optional<std::pair<double, double>> SeriesBuffer::range(qint64 from, qint64 to) const
{
    std::optional<std::pair<double, double>> r;
    auto it = lowerBound(from);
    if (it != m_points.begin())
        --it; // the line entering from the left edge counts too
    for (; it != m_points.end() && it->time <= to; ++it) {
        if (!r)
            r = std::make_pair(it->min, it->max);
        r->first = std::min(r->first, it->min);
        r->second = std::max(r->second, it->max);
    }
    return r;
}

QList<SeriesPoint> SeriesBuffer::points(qint64 from, qint64 to) const
{
    QList<SeriesPoint> out;
    for (auto it = lowerBound(from); it != m_points.end() && it->time <= to; ++it)
        out.append(*it);
    return out;
}

MarkBuffer::MarkBuffer(int capacity) : m_capacity(std::max(capacity, 2))
{
}

void MarkBuffer::append(qint64 time, const QString &text, double value, bool changesOnly)
{
    if (changesOnly && !m_marks.empty() && m_marks.back().text == text && time >= m_marks.back().time)
        return;
    const Mark mark {time, text, value};
    if (m_marks.empty() || time >= m_marks.back().time) {
        m_marks.push_back(mark);
    } else {
        auto it = std::upper_bound(m_marks.begin(), m_marks.end(), time,
                                   [](qint64 t, const Mark &m) { return t < m.time; });
        m_marks.insert(it, mark);
    }
    while (int(m_marks.size()) > m_capacity)
        m_marks.pop_front();
}

void MarkBuffer::mergeHistory(const QList<SampleBucket> &buckets)
{
    const qint64 first = m_marks.empty() ? std::numeric_limits<qint64>::max() : m_marks.front().time;
    std::deque<Mark> older;
    for (const SampleBucket &b : buckets) {
        const qint64 t = b.lastTime ? b.lastTime : b.start;
        if (b.count > 0 && t < first)
            older.push_back({t, QString::number(b.last), b.last});
    }
    std::sort(older.begin(), older.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    const int room = std::max(0, m_capacity - int(m_marks.size()));
    while (int(older.size()) > room)
        older.pop_front();
    m_marks.insert(m_marks.begin(), older.begin(), older.end());
}

QList<Mark> MarkBuffer::visible(qint64 from, qint64 to) const
{
    QList<Mark> out;
    auto it = std::lower_bound(m_marks.begin(), m_marks.end(), from,
                               [](const Mark &m, qint64 t) { return m.time < t; });
    if (it != m_marks.begin())
        out.append(*std::prev(it));
    for (; it != m_marks.end() && it->time <= to; ++it)
        out.append(*it);
    return out;
}

std::optional<Mark> MarkBuffer::at(qint64 time) const
{
    auto it = std::upper_bound(m_marks.begin(), m_marks.end(), time,
                               [](qint64 t, const Mark &m) { return t < m.time; });
    if (it == m_marks.begin())
        return std::nullopt;
    return *std::prev(it);
}

} // namespace linkscope
