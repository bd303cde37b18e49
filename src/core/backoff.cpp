#include "backoff.h"

#include <algorithm>
#include <cmath>

namespace linkscope {

Backoff::Backoff(qint64 initialMs, qint64 maxMs, double jitter, quint64 seed)
    : m_initial(initialMs), m_max(maxMs), m_jitter(jitter), m_rng(seed)
{
}

qint64 Backoff::next()
{
    const double nominal
        = std::min(double(m_max), double(m_initial) * std::pow(2.0, std::min(m_attempt, 30)));
    ++m_attempt;
    std::uniform_real_distribution<double> spread(1.0 - m_jitter, 1.0 + m_jitter);
    return std::min<qint64>(m_max, qint64(nominal * spread(m_rng)));
}

StepBackoff::StepBackoff(QList<qint64> stepsMs, double jitter, quint64 seed)
    : m_steps(stepsMs.isEmpty() ? QList<qint64> {0} : std::move(stepsMs)), m_jitter(jitter), m_rng(seed)
{
}

qint64 StepBackoff::next()
{
    const qint64 nominal = m_steps[std::min<qsizetype>(m_attempt, m_steps.size() - 1)];
    ++m_attempt;
    std::uniform_real_distribution<double> spread(1.0 - m_jitter, 1.0 + m_jitter);
    return qint64(double(nominal) * spread(m_rng));
}

qint64 ConnectRateLimit::delayFor(qint64 nowMs) const
{
    int recent = 0;
    qint64 oldest = nowMs;
    for (qint64 t : m_attempts) {
        if (nowMs - t < 60'000) {
            ++recent;
            oldest = std::min(oldest, t);
        }
    }
    return recent < m_perMinute ? 0 : oldest + 60'000 - nowMs;
}

void ConnectRateLimit::record(qint64 nowMs)
{
    m_attempts.erase(
        std::remove_if(m_attempts.begin(), m_attempts.end(), [&](qint64 t) { return nowMs - t >= 60'000; }),
        m_attempts.end());
    m_attempts.append(nowMs);
}

} // namespace linkscope
