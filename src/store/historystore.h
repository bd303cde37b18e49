#pragma once

#include "core/alertengine.h"
#include "core/history.h"
#include "core/inventory.h"
#include "core/messages.h"
#include "core/result.h"
#include "retention.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QIODevice;
class QSqlDatabase;

namespace linkscope::store {

class StoreWriter;

struct HistoryStoreOptions {
    RetentionPolicy retention;
    int retentionIntervalMs = 1000; // 0: no automatic retention
    // SQLite's page cache for the writer (KiB): the indexes' working set.
    // 32 MiB: with group commits as fast as 64 MiB at a million messages,
    // and tens of MiB less resident (docs/PERFORMANCE.md).
    int cacheKiB = 32 * 1024;
    // Also write every newly stored message as a JSON line here ("-": stdout).
    QString jsonlMirror;
    // Batches wait for commit() (the pipeline's end of a flush, through
    // commitSoon()) and are written then, all kinds in one transaction: one
    // fsync per commit, for every flush that waited.
    // Without it each batch is committed as it comes.
    bool commitOnFlush = false;
    // While the storage fails (a full disk), what waits is tried again this often.
    int retryIntervalMs = 1000;
    // The write-ahead log is copied back into the file this often from a
    // thread of its own (0: by the writer, as SQLite does by default).
    int checkpointIntervalMs = 200;
    // Build the tables from the intake log in this folder (intakelog.h)
    // rather than from batches given: what the log holds past the last
    // stored record is decoded again and written, one group at a time,
    // behind the log's writer (intakeAppended()). Empty: no intake log
    // followed; but a log left beside the file (path + ".intake") is
    // stored to its end as the history opens, so that a tool reading the
    // history sees every message that was acknowledged.
    QString intakeDir;
    // The pipeline's clock check, for messages decoded again from the log.
    qint64 maxClockSkewMs = 10 * 60'000;
    // While the intake log grows faster than this (messages a second over
    // the last one), the tables wait, unless they are `intakeUrgentBacklog`
    // or more behind: a burst is not slowed by them, and they catch up
    // after it (0: they never wait). The cloud's sustained rate is 1,000 a
    // second, far below it.
    int intakeWaitAbove = 5000;
    quint64 intakeUrgentBacklog = 1'000'000;
};

// LinkScope's history in SQLite. It lives on a thread of its own and opens
// its own named connection there (WAL, synchronous=FULL: a commit survives a
// crash and a power cut). Its tables are built from the intake log
// (Options::intakeDir, intakelog.h), which holds every message durably before
// it is acknowledged; or, without one, from per-kind batches given, committed
// each (or, with commitOnFlush, together at commit()), and then persisted()
// names every message in them: only then may a subscriber acknowledge them.
// When the storage fails (a full disk, an I/O error) what waits is kept,
// storageChanged() says why (the intake log then takes nothing more either),
// and it is written again until that works. Queries answer by one signal
// carrying the caller's request id, so stale answers can be dropped.
class HistoryStore : public QObject {
    Q_OBJECT

public:
    using Options = HistoryStoreOptions;

    // `path` is a file, or ":memory:" for a private in-memory database.
    explicit HistoryStore(QString path, Options options = {}, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Synchronous API, on the store's thread (tests and tools call it directly).
    // Opening says exactly why it cannot: a missing folder, a read-only file
    // or folder, a file another process holds, a newer schema version.
    Result<bool> openNow();
    bool isOpen() const;
    // Messages stored for the first time since this store was made (any thread).
    quint64 storedCount() const;
    // A stop is under way (any thread): writes still queued once `deadline`
    // has passed are dropped unwritten and unacknowledged, for the cloud to
    // deliver again, so a quit never waits minutes behind a backlog.
    void writeUntil(QDeadlineTimer deadline);
    Result<QList<DeviceSummary>> devices();
    Result<QList<SampleBucket>> samples(const SampleQuery &query);
    Result<QList<StatusInterval>> status(const QList<DeviceKey> &devices, qint64 from, qint64 to);
    Result<DeviceBindings> bindings(const DeviceKey &device);
    Result<Page<DeviceEvent>> events(const LogQuery &query);
    Result<Page<ServiceReply>> replies(const LogQuery &query);
    Result<qint64> exportJsonlTo(const QString &path, qint64 from, qint64 to, const DeviceKey &device = {});
    // The same into an open device (standard output, a pipe).
    Result<qint64> exportJsonlTo(QIODevice &out, qint64 from, qint64 to, const DeviceKey &device = {});
    Result<RetentionStep> retentionStepNow(qint64 nowMs);
    // Why the storage fails now, or empty (store thread).
    QString storageProblem() const;
    // Batches received and not yet stored (store thread).
    qsizetype waitingBatches() const;
    // With an intake log: the last of its records the tables hold (any thread).
    quint64 intakeIndexed() const;
    // One step of building the tables from the intake log: true when it
    // stored records (store thread).
    bool indexIntakeStep();
    // Steps until the tables hold the whole log, the storage fails, or
    // `deadline` passes (a stop: the rest is built at the next start),
    // whatever the stream's rate.
    void indexIntakeUntil(QDeadlineTimer deadline);
    // The log grows faster than Options::intakeWaitAbove now (store thread).
    bool intakeBusy() const;
    // Tests: the clock (ms) the log's rate is measured on; none: a steady clock.
    void setIntakeClock(std::function<qint64()> msNow);
    // Caps the file at `pages` pages on the writer's connection (SQLite's
    // max_page_count; it cannot go below the file's size), as a full disk
    // would; 0 lifts the cap. The cap in effect, or why not.
    Result<qint64> limitPages(qint64 pages);
    // The cloud API's inventory (products, devices, thing models), cached.
    Result<bool> saveInventory(const Inventory &inventory);
    Result<Inventory> inventory();
    // Alerts (issue 17): those firing now, and transitions newest first.
    Result<QList<ActiveAlert>> activeAlerts();
    Result<QList<AlertTransition>> alertHistory(qint64 from, qint64 to, int limit);
    QString connectionName() const;

public slots:
    void open();
    void close();

    void storeProperties(const QList<linkscope::PropertyReport> &batch);
    void storeEvents(const QList<linkscope::DeviceEvent> &batch);
    void storeReplies(const QList<linkscope::ServiceReply> &batch);
    void storeStatuses(const QList<linkscope::StatusChange> &batch);
    void storeBindings(const QList<linkscope::BindingChange> &batch);
    void storeOther(const QList<linkscope::DecodedMessage> &batch);
    void storeRejects(const QList<linkscope::Rejected> &batch);
    // The end of a pipeline flush: what came since is written in one
    // transaction (with commitOnFlush; otherwise there is nothing waiting).
    void commit();
    // commit() once the store's queue holds nothing older: flushes that
    // came while a commit ran go together in the next one (group commit),
    // so a busy store writes fewer, larger transactions.
    void commitSoon();
    // The intake log holds records up to `lastSeq`: the tables follow.
    void intakeAppended(quint64 lastSeq);
    // Alert transitions: written with the next commit (or at once when
    // nothing waits), kept and tried again while the storage fails.
    void storeAlerts(const QList<linkscope::AlertTransition> &transitions);
    void requestAlertHistory(quint64 requestId, qint64 from, qint64 to, int limit);

    void requestDevices(quint64 requestId);
    void requestInventory(quint64 requestId);
    void storeInventory(const linkscope::Inventory &inventory);
    void requestSamples(quint64 requestId, const linkscope::SampleQuery &query);
    void requestStatus(quint64 requestId, const QList<linkscope::DeviceKey> &devices, qint64 from, qint64 to);
    void requestBindings(quint64 requestId, const linkscope::DeviceKey &device);
    void requestEvents(quint64 requestId, const linkscope::LogQuery &query);
    void requestReplies(quint64 requestId, const linkscope::LogQuery &query);

    // File > Record…: from now on every newly stored message is also a JSON
    // line of `path` (docs/FORMATS.md, a capture that File > Open capture…
    // replays), written after its commit; the file starts empty. An empty
    // path stops. recordingChanged() says what came of it.
    void record(const QString &path);

    void exportJsonl(quint64 requestId, const QString &path, qint64 from, qint64 to);
    // Every stored message of one device (JSONL, as exportJsonl).
    void exportDeviceJsonl(quint64 requestId, const QString &path, const linkscope::DeviceKey &device);
    void exportPropertyCsv(quint64 requestId, const QString &path, const linkscope::SampleQuery &range);
    void exportEvents(quint64 requestId, const QString &path, const linkscope::LogQuery &query, bool json);
    void exportReplies(quint64 requestId, const QString &path, const linkscope::LogQuery &query, bool json);

signals:
    void opened(bool ok, const QString &error);
    // The only signal a subscriber may acknowledge on (without an intake log).
    void persisted(const QStringList &messageIds);
    // The tables hold the intake log up to `seq` (its writer's backlog shrank).
    void intakeStored(quint64 seq);
    // Only while the store is not open; a storage that fails keeps the batches (storageChanged).
    void writeFailed(const QString &reason, const QStringList &messageIds);
    // The storage failed, with the reason, or (empty) it stores again.
    void storageChanged(const QString &problem);

    void devicesLoaded(quint64 requestId, const QList<linkscope::DeviceSummary> &devices);
    void inventoryLoaded(quint64 requestId, const linkscope::Inventory &inventory);
    void samplesLoaded(quint64 requestId, const QList<linkscope::SampleBucket> &buckets);
    void statusLoaded(quint64 requestId, const QList<linkscope::StatusInterval> &intervals);
    void bindingsLoaded(quint64 requestId, const linkscope::DeviceBindings &bindings);
    void eventsLoaded(quint64 requestId, const QList<linkscope::DeviceEvent> &rows, qint64 total);
    void repliesLoaded(quint64 requestId, const QList<linkscope::ServiceReply> &rows, qint64 total);
    void queryFailed(quint64 requestId, const QString &reason);
    void exportFinished(quint64 requestId, bool ok, const QString &message);
    void retentionDeleted(qint64 rows);
    void alertHistoryLoaded(quint64 requestId, const QList<linkscope::AlertTransition> &transitions);
    // Recording to `path` now (empty: not recording); `problem` says why it
    // could not start or had to stop (a full disk), else it is empty.
    void recordingChanged(const QString &path, const QString &problem);

private:
    Result<bool> openFiles();
    template<typename T>
    void enqueue(const QList<T> &batch, Result<QStringList> (StoreWriter::*write)(const QList<T> &));
    void writeWaiting();
    // Runs `job` with the reader's connection (or the writer's, in memory); false when not open.
    bool read(quint64 requestId, std::function<void(QSqlDatabase &)> job);
    void answer(std::function<void()> fn); // on the store's thread
    template<typename Fn> void exportTo(quint64 id, const QString &path, Fn &&write);
    void storageFailed(const QString &reason);
    void retryWriting();
    bool indexIntake(bool retrying, bool anyRate = false);
    Result<bool> storeIntakeLog(const QString &dir);
    void indexSoon();
    void intakeCommitted();
    void runRetention();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::store
