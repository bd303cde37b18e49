#include "deduplicator.h"

namespace linkscope {

Deduplicator::Deduplicator(qsizetype capacity, qint64 maxBytes)
    : m_capacity(qMax<qsizetype>(1, capacity)), m_maxBytes(qMax<qint64>(1024, maxBytes))
{
}

bool Deduplicator::insert(const QString &messageId)
{
    const qsizetype before = m_seen.size();
    m_seen.insert(messageId); // one lookup: a repeat leaves the size as it was
    if (m_seen.size() == before)
        return false;
    m_order.push_back(messageId);
    m_bytes += cost(messageId);
    // Evict the oldest; one may already be gone if it was remove()d.
    while (!m_order.empty() && (qsizetype(m_order.size()) > m_capacity || m_bytes > m_maxBytes)) {
        m_seen.remove(m_order.front());
        m_bytes -= cost(m_order.front());
        m_order.pop_front();
    }
    return true;
}

void Deduplicator::remove(const QString &messageId)
{
    // Its place in the order stays until evicted; evicting an absent id is harmless.
    m_seen.remove(messageId);
}

void Deduplicator::clear()
{
    m_seen.clear();
    m_order.clear();
    m_bytes = 0;
}

} // namespace linkscope
