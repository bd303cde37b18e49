#include "latencyhistogram.h"

#include <algorithm>

namespace linkscope {

namespace {
// 1-2-5 series up to one hour; the bucket after the last bound is open.
constexpr std::array<qint64, LatencyHistogram::BucketCount - 1> kBounds = {
    1,    2,     5,     10,    20,     50,     100,    200,     500,     1000,    2000,
    5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000, 2000000, 3000000, 3600000,
};
} // namespace

qint64 LatencyHistogram::upperBound(int bucket)
{
    if (bucket >= 0 && bucket < int(kBounds.size()))
        return kBounds[size_t(bucket)];
    return std::numeric_limits<qint64>::max();
}

void LatencyHistogram::add(qint64 latencyMs)
{
    if (latencyMs < 0) {
        ++m_negative;
        return;
    }
    const auto it = std::upper_bound(kBounds.begin(), kBounds.end(), latencyMs);
    ++m_buckets[size_t(it - kBounds.begin())];
    ++m_count;
    m_max = std::max(m_max, latencyMs);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
    m_negative += other.m_negative;
    m_max = std::max(m_max, other.m_max);
}

void LatencyHistogram::clear()
{
    *this = LatencyHistogram();
}

double LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return -1;
    const double target = std::clamp(p, 0.0, 100.0) / 100.0 * double(m_count);
    double seen = 0;
    for (int i = 0; i < BucketCount; ++i) {
        const double n = double(m_buckets[size_t(i)]);
        if (n > 0 && seen + n >= target) {
            const double lo = i == 0 ? 0.0 : double(upperBound(i - 1));
            const double hi = std::min(double(upperBound(i)), double(m_max));
            const double fraction = (target - seen) / n;
            return std::min(lo + fraction * std::max(0.0, hi - lo), double(m_max));
        }
        seen += n;
    }
    return double(m_max);
}

} // namespace linkscope
