#include "retention.h"

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
    {"messages", "received_at"},
};

} // namespace

qint64 usedBytes(QSqlDatabase &db)
{
    return (scalar(db, QStringLiteral("PRAGMA page_count"))
            - scalar(db, QStringLiteral("PRAGMA freelist_count")))
        * scalar(db, QStringLiteral("PRAGMA page_size"));
}

Result<RetentionStep> retentionStep(QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs)
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
    // Samples by attribute, through the (attribute_id, time) index.
    QList<qint64> attributes;
    if (q.exec(QStringLiteral("SELECT id FROM attributes"))) {
        while (q.next())
            attributes.append(q.value(0).toLongLong());
    }
    q.prepare(
        QStringLiteral("DELETE FROM samples WHERE rowid IN (SELECT rowid FROM samples WHERE attribute_id = ? "
                       "AND time < ? LIMIT ?)"));
    for (qint64 a : attributes) {
        if (budget <= 0)
            break;
        q.addBindValue(a);
        q.addBindValue(cutoff);
        q.addBindValue(budget);
        if (!q.exec()) {
            db.rollback();
            return Error {QStringLiteral("retention failed: %1").arg(q.lastError().text())};
        }
        budget -= q.numRowsAffected();
        step.deleted += q.numRowsAffected();
    }
    // Rollups are few; they go with the samples they summarise.
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM sample_rollups WHERE start < ?"));
    q.addBindValue(cutoff);
    q.exec();
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
    step.more = budget <= 0;
    // Free pages go back to the file system once a backlog is worked off.
    if (step.deleted > 0 && !step.more)
        q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    return step;
}

} // namespace linkscope::store
