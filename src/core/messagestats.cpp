#include "messagestats.h"

#include <algorithm>

namespace linkscope {

void MessageStats::advance(qint64 nowMs) const
{
    const qint64 slotStart = nowMs - nowMs % SlotMs;
    if (m_slotStart < 0) {
        m_slotStart = slotStart;
        return;
    }
    if (slotStart <= m_slotStart)
        return; // same slot, or the clock went back: keep counting here
    const qint64 steps = std::min<qint64>((slotStart - m_slotStart) / SlotMs, Slots);
    for (qint64 i = 0; i < steps; ++i) {
        m_head = (m_head + 1) % Slots;
        m_slots[size_t(m_head)] = 0;
    }
    m_slotStart = slotStart;
}

void MessageStats::recordReceived(qint64 nowMs, quint64 count)
{
    advance(nowMs);
    m_slots[size_t(m_head)] += count;
    m_snapshot.received += count;
    if (m_firstArrival < 0)
        m_firstArrival = nowMs;
}

void MessageStats::recordDecoded(MessageKind kind)
{
    ++m_snapshot.byKind[size_t(kind)];
    if (kind == MessageKind::Rejected)
        ++m_snapshot.rejected;
}

StatsSnapshot MessageStats::snapshot(qint64 nowMs) const
{
    advance(nowMs);
    StatsSnapshot s = m_snapshot;
    quint64 total = 0;
    for (quint64 n : m_slots)
        total += n;
    if (m_firstArrival >= 0) {
        // Before a full window has passed, divide by the time actually covered.
        const qint64 span = (nowMs - m_slotStart) + (Slots - 1) * SlotMs;
        const qint64 covered = std::clamp<qint64>(nowMs - m_firstArrival, SlotMs, span);
        s.messagesPerSecond = double(total) * 1000.0 / double(covered);
    }
    return s;
}

void MessageStats::reset()
{
    *this = MessageStats();
}

} // namespace linkscope
