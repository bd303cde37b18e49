#include "retention.h"

#include "rollups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace linkscope::store {

namespace {

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// Tables whose rows carry a time column with an index. The messages go
// last: while an old one is left, the next step runs (the gate below).
struct Timed {
    const char *table;
    const char *column;
};
constexpr Timed kTimed[] = {
    {"events", "time"},
    {"replies", "time"},
    {"status_changes", "time"},
    {"binding_history", "time"},
    {"other_messages", "time"},
    {"rejects", "received_at"},
    {"raw_messages", "received_at"},
    {"alert_transitions", "time"}, // the alerts' history (what fires now is in active_alerts)
    {"messages", "received_at"}, // last: the next step's look at what is old starts here
};

} // namespace

qint64 usedBytes(QSqlDatabase &db)
{
    return (scalar(db, QStringLiteral("PRAGMA page_count"))
            - scalar(db, QStringLiteral("PRAGMA freelist_count")))
        * scalar(db, QStringLiteral("PRAGMA page_size"));
}

Result<RetentionStep> retentionStep(QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs,
                                    RetentionCursor &cursor)
{
    // Every row belongs to a stored message: when the oldest message (one
    // step down the received_at index) is not old, nothing is, and nothing
    // is scanned, written or committed.
    QSqlQuery gate(db);
    if (!gate.exec(QStringLiteral("SELECT MIN(received_at) FROM messages")) || !gate.next())
        return Error {
            QStringLiteral("retention cannot read the oldest message: %1").arg(gate.lastError().text())};
    if (gate.value(0).isNull())
        return RetentionStep {};
    const qint64 oldest = gate.value(0).toLongLong();
    gate.finish();
    qint64 cutoff = nowMs - policy.maxAgeMs;
    if (policy.maxBytes > 0 && usedBytes(db) > policy.maxBytes)
        cutoff = std::max(cutoff, oldest + 3600 * 1000); // over size: the oldest hour still stored goes
    if (oldest >= cutoff)
        return RetentionStep {};
    RetentionStep step;
    qint64 budget = policy.rowsPerStep;
    // A deletion lost in a power cut is simply done again: no fsync for it.
    // (The connection is the store thread's; no write batch runs meanwhile.)
    QSqlQuery sync(db);
    sync.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    struct RestoreSync {
        QSqlQuery &q;
        ~RestoreSync() { q.exec(QStringLiteral("PRAGMA synchronous = FULL")); }
    } restore {sync};
    if (!db.transaction())
        return Error {QStringLiteral("retention cannot start a transaction: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    // Samples, and the rollups that summarise them, attribute by attribute
    // through their (attribute_id, time) and (attribute_id, level, start)
    // keys, from where the last step stopped: at most attributesPerStep
    // probes and rowsPerStep rows a step.
    QList<qint64> attributes;
    q.prepare(QStringLiteral("SELECT id FROM attributes WHERE id >= ? ORDER BY id LIMIT ?"));
    q.addBindValue(cursor.nextAttribute);
    q.addBindValue(policy.attributesPerStep);
    if (q.exec()) {
        while (q.next())
            attributes.append(q.value(0).toLongLong());
    }
    bool sweptAll = attributes.size() < policy.attributesPerStep;
    QSqlQuery rollups(db);
    rollups.prepare(QStringLiteral("DELETE FROM sample_rollups WHERE attribute_id = ? AND level IN (%1, %2) "
                                   "AND start < ?")
                        .arg(RollupLevels[0])
                        .arg(RollupLevels[1]));
    q.prepare(
        QStringLiteral("DELETE FROM samples WHERE rowid IN (SELECT rowid FROM samples WHERE attribute_id = ? "
                       "AND time < ? LIMIT ?)"));
    for (qint64 a : attributes) {
        if (budget <= 0) {
            sweptAll = false;
            break;
        }
        q.addBindValue(a);
        q.addBindValue(cutoff);
        q.addBindValue(budget);
        if (!q.exec()) {
            db.rollback();
            return Error {QStringLiteral("retention failed: %1").arg(q.lastError().text())};
        }
        const qint64 n = q.numRowsAffected();
        budget -= n;
        step.deleted += n;
        if (budget <= 0) { // this attribute may have more: the next step starts with it
            cursor.nextAttribute = a;
            sweptAll = false;
            break;
        }
        rollups.addBindValue(a);
        rollups.addBindValue(cutoff);
        if (!rollups.exec()) {
            db.rollback();
            return Error {QStringLiteral("retention failed: %1").arg(rollups.lastError().text())};
        }
        cursor.nextAttribute = a + 1;
    }
    if (sweptAll)
        cursor.nextAttribute = 0; // the next sweep starts over
    q.finish();
    rollups.finish();
    // The other tables go once the samples are swept: every row carries its
    // own time, found through its table's time index.
    if (!sweptAll)
        budget = std::min<qint64>(budget, 0);
    for (const Timed &t : kTimed) {
        if (budget <= 0)
            break;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 WHERE %2 < ? LIMIT ?)")
                      .arg(QLatin1String(t.table), QLatin1String(t.column)));
        q.addBindValue(cutoff);
        q.addBindValue(budget);
        if (!q.exec()) {
            db.rollback();
            return Error {QStringLiteral("retention failed: %1").arg(q.lastError().text())};
        }
        budget -= q.numRowsAffected();
        step.deleted += q.numRowsAffected();
    }
    if (!db.commit()) {
        db.rollback();
        return Error {QStringLiteral("retention could not commit: %1").arg(db.lastError().text())};
    }
    step.more = budget <= 0 || !sweptAll;
    // Free pages go back to the file system once a backlog is worked off.
    if (step.deleted > 0 && !step.more)
        q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    return step;
}

} // namespace linkscope::store
