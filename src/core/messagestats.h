#pragma once

#include "latencyhistogram.h"
#include "messagekind.h"

#include <QMetaType>

#include <array>

namespace linkscope {

// A copy of the counters at one moment, small enough to send in a signal.
struct StatsSnapshot {
    quint64 received = 0; // messages that arrived, duplicates included
    quint64 duplicates = 0; // arrived again after being seen
    quint64 rejected = 0; // could not be decoded
    std::array<quint64, MessageKindCount> byKind {}; // decoded (and rejected) per kind
    double messagesPerSecond = 0; // over the last few seconds
    LatencyHistogram latency; // device (gmtCreate) -> receipt
    LatencyHistogram storeLatency; // receipt -> stored, and so acknowledged

    quint64 decoded(MessageKind kind) const { return byKind[size_t(kind)]; }
    friend bool operator==(const StatsSnapshot &, const StatsSnapshot &) = default;
};

// Counts what a subscriber sees. Time comes in as an argument (ms), so the
// caller owns the clock and tests can drive it.
class MessageStats {
public:
    static constexpr qint64 RateWindowMs = 5000;

    void recordReceived(qint64 nowMs, quint64 count = 1);
    void recordDuplicate(quint64 count = 1) { m_snapshot.duplicates += count; }
    void recordDecoded(MessageKind kind);
    void recordLatency(qint64 latencyMs) { m_snapshot.latency.add(latencyMs); }
    void recordStoreLatency(qint64 latencyMs) { m_snapshot.storeLatency.add(latencyMs); }

    StatsSnapshot snapshot(qint64 nowMs) const;
    void reset();

private:
    static constexpr qint64 SlotMs = 100;
    static constexpr int Slots = int(RateWindowMs / SlotMs);

    void advance(qint64 nowMs) const;

    StatsSnapshot m_snapshot;
    // Arrivals per 100 ms slot over the rate window, as a ring.
    mutable std::array<quint64, Slots> m_slots {};
    mutable qint64 m_slotStart = -1; // start time of the newest slot
    mutable int m_head = 0;
    qint64 m_firstArrival = -1;
};

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::StatsSnapshot)
