#pragma once

#include "manifestjson.h"
#include "simmessage.h"
#include "statejournal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>

namespace linkscope::sim {

// The cloud's delivery rules for one consumer group (PROTOCOL §1, §3, §4):
// one active client at a time; a message the client does not accept becomes
// an offline message, re-pushed every `redeliverAfterMs` in batches and
// dropped after `retentionMs`; occasional duplicates; and the ground truth of
// what was sent and acknowledged. Thread-safe: servers on other threads call it.
class CloudQueue {
public:
    struct Options {
        qint64 redeliverAfterMs = 300'000;
        int redeliverBatch = 10;
        qint64 retentionMs = 86'400'000;
        double duplicateFraction = 0;
        quint64 seed = 1;
    };

    explicit CloudQueue(Options options);

    // Continues an earlier run: its sent messages, and what was not yet
    // acknowledged goes to the offline queue.
    void restore(const StateJournal::Loaded &state, qint64 nowMs);
    // Records every sent message and acknowledgement from now on.
    void setJournal(StateJournal *journal);

    // A new message from the devices: to the active client, or offline.
    void publish(const SimMessage &message, qint64 nowMs);

    // A client joins; it is active when no other client is.
    int attach(const QString &description);
    void detach(int session, qint64 nowMs);
    bool isActive(int session) const;

    // The next message for this session, if it is the active one.
    std::optional<SimMessage> take(int session);
    void acknowledge(int session, const QString &messageId);
    // Not accepted (released, rejected, link lost): offline for later.
    void release(int session, const QString &messageId, qint64 nowMs);

    // Redelivery and retention; call about once a second.
    void tick(qint64 nowMs);

    qsizetype pending() const; // waiting for the active client now
    bool hasActiveClient() const;
    quint64 deliveredCount() const; // deliveries handed out, redeliveries included
    // Hands out nothing more after `deliveries` until resume(): lets a fault
    // (the stall) begin at an exact point of the stream.
    void holdAfter(quint64 deliveries);
    bool isHolding() const;
    void resume();
    qsizetype offline() const; // in the offline queue
    quint64 sentCount() const;

    // Called (outside the lock) whenever there is something new to take.
    void setWakeUp(std::function<void()> wake);

    // The manifest: sent, acknowledged, malformed, countsByKind, lastValues.
    QJsonObject manifest() const;
    // Its data, quickly: the id lists are shared (manifestjson.h).
    ManifestSnapshot manifestSnapshot() const;
    // Log lines for the emulator's stderr (one-active-client changes ...).
    void setLogger(std::function<void(const QString &)> log);

private:
    struct Offline {
        QString id;
        qint64 since = 0; // first time it went offline (for retention)
    };
    void recordSent(const SimMessage &m);
    void toOffline(const QString &id, qint64 nowMs);
    void wake();
    void log(const QString &line);

    Options m_options;
    mutable QMutex m_mutex;
    std::mt19937_64 m_rng;
    StateJournal *m_journal = nullptr;
    std::function<void()> m_wake;
    std::function<void(const QString &)> m_log;

    QHash<QString, SimMessage> m_messages; // sent and not yet acknowledged or expired
    QSet<QString> m_sentIds;
    std::deque<QString> m_live; // for the active client, in order
    std::deque<Offline> m_offline; // waiting for redelivery
    qint64 m_nextRedelivery = -1; // -1: not armed yet
    std::map<int, QString> m_sessions; // attach order = who is next
    int m_active = 0;
    int m_nextSession = 1;
    quint64 m_delivered = 0;
    std::optional<quint64> m_holdAfter;
    bool m_holding = false;
    struct InFlight {
        int session = 0;
        int copies = 0; // a duplicate may be in flight beside the original
    };
    QHash<QString, InFlight> m_inflight;

    // Ground truth.
    QList<QString> m_sentOrder;
    QList<QString> m_ackOrder;
    QSet<QString> m_acked;
    QList<QString> m_malformed;
    QHash<QString, int> m_countsByKind;
    QHash<QString, QVariantMap> m_lastValues;
};

} // namespace linkscope::sim
