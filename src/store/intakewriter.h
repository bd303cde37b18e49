#pragma once

#include "core/intakemessage.h"
#include "core/result.h"
#include "intakelog.h"
#include "postonce.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

namespace linkscope::store {

// The intake log's writing side, on a thread of its own: batches are
// appended and synced (several at once when they queued up while a sync
// ran), and then logged() names their messages: they may be acknowledged.
// appended() tells the history's indexer how far the log goes.
//
// It holds (appends nothing, so nothing more is acknowledged and the
// cloud's credit runs out) while the history cannot store, and while the
// history lags further behind than `maxUnindexed` messages: the log
// absorbs a burst, not a history that can never catch up.
class IntakeWriter : public QObject {
    Q_OBJECT

public:
    struct Options {
        qint64 segmentBytes = IntakeLog::DefaultSegmentBytes;
        quint64 maxUnindexed = 2'000'000;
        int retryIntervalMs = 1000;
    };

    IntakeWriter(QString dir, Options options, QObject *parent = nullptr);
    ~IntakeWriter() override;

    // On its thread: opens the log (numbering after `indexed`, what the
    // history already holds). The last sequence number, or why not.
    Result<quint64> openNow(quint64 indexed);
    // The last sequence number on disk (any thread).
    quint64 lastSeq() const { return m_lastSeq.load(std::memory_order_relaxed); }
    // Messages received and not yet appended (its thread).
    qsizetype waiting() const { return m_waiting.size(); }

public slots:
    // A flush's messages: appended at the next writeSoon() or writeNow().
    void append(const QList<linkscope::IntakeMessage> &messages);
    // writeNow() behind what the queue holds: flushes that came meanwhile go together.
    void writeSoon();
    void writeNow();
    // The history stored up to here: the backlog shrank.
    void indexed(quint64 seq);
    // The history cannot store (why), or (empty) stores again.
    void setStoreProblem(const QString &problem);
    void close();

signals:
    // On disk: these may be acknowledged.
    void logged(const QStringList &messageIds);
    // The log goes up to here now (for the indexer).
    void appended(quint64 lastSeq);
    // The log cannot be written (a full disk: why), or (empty) it can again.
    void storageChanged(const QString &problem);

private:
    bool held() const;
    bool lagging() const;
    // storageChanged() when what it says changed: the log's problem, or the history lagging too far.
    void report();

    std::unique_ptr<IntakeLog> m_log;
    Options m_options;
    QList<IntakeMessage> m_waiting;
    std::atomic<quint64> m_lastSeq {0};
    quint64 m_indexed = 0;
    QString m_storeProblem;
    QString m_problem; // the log's own
    QString m_reported; // what storageChanged() said last
    PostOnce m_writePosted;
    QTimer *m_retryTimer;
};

} // namespace linkscope::store
