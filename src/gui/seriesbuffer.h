#pragma once

#include "core/history.h"

#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace linkscope {

// A point of a plotted series: a live sample (min == max == last), or a
// bucket of older data from the store (its min, max and last value).
struct SeriesPoint {
    qint64 time = 0;
    double min = 0;
    double max = 0;
    double last = 0;
    friend bool operator==(const SeriesPoint &, const SeriesPoint &) = default;
};

// What one pixel column of a chart draws: the range and the first and last
// values of the points that fall into it.
struct PixelColumn {
    int x = 0;
    double min = 0;
    double max = 0;
    double first = 0;
    double last = 0;
    int count = 0;
    friend bool operator==(const PixelColumn &, const PixelColumn &) = default;
};

// The numbers of one chart series in time order, bounded: when full, the
// oldest points leave. A chart draws it reduced to its pixel width, so the
// cost of a redraw depends on the chart's size, not on the message rate.
class SeriesBuffer {
public:
    explicit SeriesBuffer(int capacity = 50'000);

    void append(qint64 time, double value);
    // Older data from the store: buckets before the first point held are
    // put in front (the buffer's bound still holds).
    void mergeHistory(const QList<SampleBucket> &buckets);

    // Points within [from, to] mapped to `width` columns; the point just
    // before `from` is included at x = -1 so a line enters from the edge.
    QList<PixelColumn> reduce(qint64 from, qint64 to, int width) const;
    std::optional<SeriesPoint> nearest(qint64 time) const;
    // The lowest and highest value within [from, to].
    std::optional<std::pair<double, double>> range(qint64 from, qint64 to) const;
    QList<SeriesPoint> points(qint64 from, qint64 to) const;

    bool isEmpty() const { return m_points.empty(); }
    int size() const { return int(m_points.size()); }
    int capacity() const { return m_capacity; }
    qint64 firstTime() const { return m_points.empty() ? 0 : m_points.front().time; }
    qint64 lastTime() const { return m_points.empty() ? 0 : m_points.back().time; }
    // The earliest time the store was asked about (history is loaded once per range).
    qint64 historyFrom() const { return m_historyFrom; }
    void setHistoryFrom(qint64 time) { m_historyFrom = time; }

private:
    std::deque<SeriesPoint>::const_iterator lowerBound(qint64 time) const;

    std::deque<SeriesPoint> m_points;
    int m_capacity;
    qint64 m_historyFrom = 0;
};

// Discrete values of one series (booleans, enums, text): a mark per report,
// or per change for step strips. Bounded like SeriesBuffer.
struct Mark {
    qint64 time = 0;
    QString text;
    double value = 0;
    friend bool operator==(const Mark &, const Mark &) = default;
};

class MarkBuffer {
public:
    explicit MarkBuffer(int capacity = 20'000);
    // changesOnly: a mark with the same text as the last one is not kept.
    void append(qint64 time, const QString &text, double value, bool changesOnly);
    void mergeHistory(const QList<SampleBucket> &buckets);
    // The marks within [from, to], plus the one in force at `from`.
    QList<Mark> visible(qint64 from, qint64 to) const;
    std::optional<Mark> at(qint64 time) const; // the mark in force at `time`
    bool isEmpty() const { return m_marks.empty(); }
    int size() const { return int(m_marks.size()); }
    qint64 firstTime() const { return m_marks.empty() ? 0 : m_marks.front().time; }

private:
    std::deque<Mark> m_marks;
    int m_capacity;
};

} // namespace linkscope
