#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace linkscope {

// Where the delay before the next reconnect comes from.
class RetryDelays {
public:
    virtual ~RetryDelays() = default;
    virtual qint64 next() = 0;
    virtual void reset() = 0;
};

// Exponential backoff with jitter: initial, doubling, capped; each delay is
// drawn within ±jitter of the nominal one, so that many clients do not
// reconnect in step. reset() after a connection that worked.
class Backoff : public RetryDelays {
public:
    Backoff(qint64 initialMs = 1000, qint64 maxMs = 60'000, double jitter = 0.2,
            quint64 seed = std::random_device {}());
    qint64 next() override;
    void reset() override { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    qint64 m_initial;
    qint64 m_max;
    double m_jitter;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

// Delays from a fixed list (the HTTP/2 SDK's 0, 1 s, 10 s, 60 s …), the
// last one repeating, each within ±jitter; reset() after a connection that worked.
class StepBackoff : public RetryDelays {
public:
    explicit StepBackoff(QList<qint64> stepsMs = {0, 1000, 10'000, 60'000}, double jitter = 0.2,
                         quint64 seed = std::random_device {}());
    qint64 next() override;
    void reset() override { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    QList<qint64> m_steps;
    double m_jitter;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

// Keeps connection attempts under the cloud's limit (100 per minute per
// consumer group): how long to wait before the next attempt is allowed.
class ConnectRateLimit {
public:
    explicit ConnectRateLimit(int perMinute = 100) : m_perMinute(perMinute) { }
    qint64 delayFor(qint64 nowMs) const;
    void record(qint64 nowMs);

private:
    int m_perMinute;
    QList<qint64> m_attempts; // within the last minute
};

} // namespace linkscope
