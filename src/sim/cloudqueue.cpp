#include "cloudqueue.h"

#include <QJsonArray>

namespace linkscope::sim {

CloudQueue::CloudQueue(Options options) : m_options(options), m_rng(options.seed ^ 0x5eedULL)
{
    m_options.redeliverBatch = qMax(1, options.redeliverBatch);
}

void CloudQueue::setJournal(StateJournal *journal)
{
    QMutexLocker lock(&m_mutex);
    m_journal = journal;
}

void CloudQueue::setWakeUp(std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_wake = std::move(wake);
}

void CloudQueue::setLogger(std::function<void(const QString &)> log)
{
    QMutexLocker lock(&m_mutex);
    m_log = std::move(log);
}

void CloudQueue::log(const QString &line)
{
    if (m_log)
        m_log(line);
}

void CloudQueue::wake()
{
    std::function<void()> w;
    {
        QMutexLocker lock(&m_mutex);
        w = m_wake;
    }
    if (w)
        w();
}

void CloudQueue::recordSent(const SimMessage &m)
{
    m_messages.insert(m.messageId, m);
    m_sentIds.insert(m.messageId);
    m_sentOrder.append(m.messageId);
    if (m.malformed)
        m_malformed.append(m.messageId);
    ++m_countsByKind[kindName(m.expectedKind)];
    if (!m.values.isEmpty()) {
        QVariantMap &last = m_lastValues[m.deviceId];
        for (auto it = m.values.begin(); it != m.values.end(); ++it)
            last.insert(it.key(), it.value());
    }
}

void CloudQueue::restore(const StateJournal::Loaded &state, qint64 nowMs)
{
    {
        QMutexLocker lock(&m_mutex);
        for (const SimMessage &m : state.sent) {
            if (!m_sentIds.contains(m.messageId))
                recordSent(m);
        }
        for (const QString &id : state.acknowledged) {
            if (!m_acked.contains(id)) {
                m_acked.insert(id);
                m_ackOrder.append(id);
                m_messages.remove(id);
            }
        }
        for (const QString &id : state.dropped)
            m_messages.remove(id);
        for (const QString &id : std::as_const(m_sentOrder)) {
            if (!m_acked.contains(id) && !state.dropped.contains(id))
                m_offline.push_back({id, nowMs});
        }
        // What the last run left unacknowledged goes out at the first redelivery.
        m_nextRedelivery = nowMs;
        if (!m_offline.empty())
            log(QStringLiteral("restored %1 sent, %2 acknowledged, %3 to redeliver")
                    .arg(m_sentOrder.size())
                    .arg(m_ackOrder.size())
                    .arg(m_offline.size()));
    }
}

void CloudQueue::publish(const SimMessage &message, qint64 nowMs)
{
    bool toClient = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_sentIds.contains(message.messageId))
            return;
        recordSent(message);
        if (m_journal)
            m_journal->recordSent(message);
        if (m_active) {
            m_live.push_back(message.messageId);
            toClient = true;
            // The cloud now and then pushes a message twice.
            if (m_options.duplicateFraction > 0
                && std::uniform_real_distribution<double>(0, 1)(m_rng) < m_options.duplicateFraction)
                m_live.push_back(message.messageId);
        } else {
            m_offline.push_back({message.messageId, nowMs});
        }
    }
    if (toClient)
        wake();
}

int CloudQueue::attach(const QString &description)
{
    QMutexLocker lock(&m_mutex);
    const int session = m_nextSession++;
    m_sessions.emplace(session, description);
    if (!m_active) {
        m_active = session;
        log(QStringLiteral("client %1 (%2) is the active consumer").arg(session).arg(description));
    } else {
        log(QStringLiteral("client %1 (%2) receives nothing: client %3 (%4) is still connected with the "
                           "same AppKey; only one client gets a project's push at a time")
                .arg(session)
                .arg(description)
                .arg(m_active)
                .arg(m_sessions[m_active]));
    }
    return session;
}

void CloudQueue::detach(int session, qint64 nowMs)
{
    bool woke = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_sessions.erase(session))
            return;
        // Delivered but not accepted: the cloud keeps them as offline messages.
        for (auto it = m_inflight.begin(); it != m_inflight.end();) {
            if (it.value().session == session) {
                m_offline.push_back({it.key(), nowMs});
                it = m_inflight.erase(it);
            } else {
                ++it;
            }
        }
        if (m_active == session) {
            // Live messages not yet handed out wait offline too.
            for (const QString &id : m_live)
                m_offline.push_back({id, nowMs});
            m_live.clear();
            m_active = m_sessions.empty() ? 0 : m_sessions.begin()->first;
            log(QStringLiteral("client %1 left").arg(session));
            if (m_active) {
                log(QStringLiteral("client %1 (%2) is now the active consumer")
                        .arg(m_active)
                        .arg(m_sessions[m_active]));
                woke = true;
            }
        }
    }
    if (woke)
        wake();
}

bool CloudQueue::isActive(int session) const
{
    QMutexLocker lock(&m_mutex);
    return session != 0 && m_active == session;
}

std::optional<SimMessage> CloudQueue::take(int session)
{
    QMutexLocker lock(&m_mutex);
    if (session == 0 || session != m_active)
        return std::nullopt;
    if (m_holdAfter && m_delivered >= *m_holdAfter) {
        m_holding = true;
        return std::nullopt;
    }
    while (!m_live.empty()) {
        const QString id = m_live.front();
        m_live.pop_front();
        const auto stored = m_messages.constFind(id);
        if (stored == m_messages.cend())
            continue; // acknowledged or expired meanwhile: a late duplicate is not sent
        InFlight &f = m_inflight[id];
        f.session = session;
        ++f.copies;
        ++m_delivered;
        return *stored;
    }
    return std::nullopt;
}

void CloudQueue::acknowledge(int session, const QString &messageId)
{
    Q_UNUSED(session);
    QMutexLocker lock(&m_mutex);
    m_inflight.remove(messageId);
    if (m_acked.contains(messageId) || !m_messages.contains(messageId))
        return;
    m_acked.insert(messageId);
    m_ackOrder.append(messageId);
    m_messages.remove(messageId); // safe with the client: only its id is kept
    if (m_journal)
        m_journal->recordAck(messageId);
}

void CloudQueue::release(int session, const QString &messageId, qint64 nowMs)
{
    Q_UNUSED(session);
    QMutexLocker lock(&m_mutex);
    auto it = m_inflight.find(messageId);
    if (it == m_inflight.end())
        return;
    if (--it->copies > 0)
        return; // another copy is still out there
    m_inflight.erase(it);
    if (!m_acked.contains(messageId))
        m_offline.push_back({messageId, nowMs});
}

void CloudQueue::tick(qint64 nowMs)
{
    bool woke = false;
    {
        QMutexLocker lock(&m_mutex);
        // Retention: the cloud forgets offline messages after a while.
        while (!m_offline.empty() && nowMs - m_offline.front().since > m_options.retentionMs) {
            const QString id = m_offline.front().id;
            m_offline.pop_front();
            log(QStringLiteral("message %1 expired from the offline queue").arg(id));
            m_messages.remove(id);
            if (m_journal)
                m_journal->recordDropped(id);
        }
        if (m_nextRedelivery < 0)
            m_nextRedelivery = nowMs + m_options.redeliverAfterMs;
        if (nowMs >= m_nextRedelivery) {
            m_nextRedelivery = nowMs + m_options.redeliverAfterMs;
            if (m_active) {
                int moved = 0;
                while (moved < m_options.redeliverBatch && !m_offline.empty()) {
                    const QString id = m_offline.front().id;
                    m_offline.pop_front();
                    if (m_acked.contains(id) || m_inflight.contains(id))
                        continue;
                    m_live.push_back(id);
                    ++moved;
                }
                woke = moved > 0;
            }
        }
    }
    if (woke)
        wake();
}

qsizetype CloudQueue::pending() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_live.size());
}

qsizetype CloudQueue::offline() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_offline.size());
}

void CloudQueue::holdAfter(quint64 deliveries)
{
    QMutexLocker lock(&m_mutex);
    m_holdAfter = deliveries;
}

bool CloudQueue::isHolding() const
{
    QMutexLocker lock(&m_mutex);
    return m_holding;
}

void CloudQueue::resume()
{
    {
        QMutexLocker lock(&m_mutex);
        m_holdAfter.reset();
        m_holding = false;
    }
    wake();
}

bool CloudQueue::hasActiveClient() const
{
    QMutexLocker lock(&m_mutex);
    return m_active != 0;
}

quint64 CloudQueue::deliveredCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_delivered;
}

quint64 CloudQueue::sentCount() const
{
    QMutexLocker lock(&m_mutex);
    return quint64(m_sentOrder.size());
}

ManifestSnapshot CloudQueue::manifestSnapshot() const
{
    QMutexLocker lock(&m_mutex);
    ManifestSnapshot s {m_sentOrder, m_ackOrder, m_malformed, {}, {}};
    for (auto it = m_countsByKind.begin(); it != m_countsByKind.end(); ++it)
        s.countsByKind.insert(it.key(), it.value());
    for (auto it = m_lastValues.begin(); it != m_lastValues.end(); ++it)
        s.lastValues.insert(it.key(), QJsonObject::fromVariantMap(it.value()));
    return s;
}

QJsonObject CloudQueue::manifest() const
{
    return manifestObject(manifestSnapshot());
}

} // namespace linkscope::sim
