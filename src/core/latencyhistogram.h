#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace linkscope {

// Latency from a message's creation (gmtCreate) to its receipt, in buckets of
// a 1-2-5 series from 1 ms to 1 h. Negative latencies (the device's clock is
// ahead of ours) are counted apart, since they say nothing about delay.
class LatencyHistogram {
public:
    static constexpr int BucketCount = 23; // the last bucket is "over 1 h"
    // Upper bound (exclusive) of each bucket in ms; the last is unbounded.
    static qint64 upperBound(int bucket);

    void add(qint64 latencyMs);
    void merge(const LatencyHistogram &other);
    void clear();

    quint64 count() const { return m_count; } // non-negative samples
    quint64 negative() const { return m_negative; } // clock-skew samples
    qint64 max() const { return m_max; }
    quint64 bucket(int i) const { return m_buckets[size_t(i)]; }

    // Estimated percentile (0..100) in ms, interpolated within its bucket;
    // -1 when there are no samples.
    double percentile(double p) const;

    friend bool operator==(const LatencyHistogram &, const LatencyHistogram &) = default;

private:
    std::array<quint64, BucketCount> m_buckets {};
    quint64 m_count = 0;
    quint64 m_negative = 0;
    qint64 m_max = 0;
};

} // namespace linkscope
