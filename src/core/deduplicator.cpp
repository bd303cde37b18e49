#include "deduplicator.h"

namespace linkscope {

Deduplicator::Deduplicator(qsizetype capacity) : m_capacity(qMax<qsizetype>(1, capacity))
{
    m_seen.reserve(m_capacity);
}

bool Deduplicator::insert(const QString &messageId)
{
    if (m_seen.contains(messageId))
        return false;
    if (m_ring.size() < size_t(m_capacity)) {
        m_ring.push_back(messageId);
    } else {
        // Evict the oldest; it may already be gone if it was remove()d.
        m_seen.remove(m_ring[m_next]);
        m_ring[m_next] = messageId;
        m_next = (m_next + 1) % m_ring.size();
    }
    m_seen.insert(messageId);
    return true;
}

void Deduplicator::remove(const QString &messageId)
{
    // The ring keeps its slot; evicting an absent id later is harmless.
    m_seen.remove(messageId);
}

void Deduplicator::clear()
{
    m_seen.clear();
    m_ring.clear();
    m_next = 0;
}

} // namespace linkscope
