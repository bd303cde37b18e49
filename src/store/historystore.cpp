#include "historystore_p.h"

#include "alertstore.h"

#include "exporter.h"
#include "inventorycache.h"

#include "core/privatefiles.h"
#include "jsonlmirror.h"
#include "schema.h"
#include "sqlthread.h"
#include "storequeries.h"
#include "storewriter.h"
#include "walcheckpointer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcStore, "linkscope.store")

namespace linkscope::store {

namespace {
std::atomic<int> g_connections {0};

// Ids of a failed batch, for the error report.
template<typename T> QStringList idsOf(const QList<T> &batch)
{
    QStringList ids;
    for (const T &item : batch) {
        if constexpr (std::is_same_v<T, DecodedMessage>) {
            if (ids.isEmpty() || ids.last() != metaOf(item).messageId)
                ids << metaOf(item).messageId;
        } else if (ids.isEmpty() || ids.last() != item.meta.messageId) {
            ids << item.meta.messageId;
        }
    }
    return ids;
}
} // namespace

HistoryStore::HistoryStore(QString path, Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->options = options;
    d->connection = QStringLiteral("linkscope-store-%1").arg(++g_connections);
    d->retentionTimer = new QTimer(this);
    connect(d->retentionTimer, &QTimer::timeout, this, &HistoryStore::runRetention);
    d->retryTimer = new QTimer(this);
    connect(d->retryTimer, &QTimer::timeout, this, &HistoryStore::retryWriting);
    d->indexTimer = new QTimer(this);
    d->indexTimer->setSingleShot(true);
    connect(d->indexTimer, &QTimer::timeout, this, &HistoryStore::indexSoon);
    d->clock.start();
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::connectionName() const
{
    return d->connection;
}

bool HistoryStore::isOpen() const
{
    return d->writer != nullptr;
}

quint64 HistoryStore::storedCount() const
{
    return d->stored.load(std::memory_order_relaxed);
}

void HistoryStore::writeUntil(QDeadlineTimer deadline)
{
    // The monotonic clock's milliseconds: a wall clock set back or forward does not move it.
    d->writeDeadline.store(deadline.deadline(), std::memory_order_relaxed);
}

namespace {
// What stands in the way of opening `path` read-write, in words (empty: nothing known).
QString accessProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return QStringLiteral("cannot open the history %1: its folder %2 does not exist")
            .arg(path, folder.absoluteFilePath());
    if (!folder.isDir())
        return QStringLiteral("cannot open the history %1: %2 is not a folder")
            .arg(path, folder.absoluteFilePath());
    if (file.exists() && !file.isWritable())
        return QStringLiteral("cannot open the history %1: the file is read-only").arg(path);
    if (!folder.isWritable())
        return QStringLiteral("cannot open the history %1: the folder %2 is read-only (the history keeps "
                              "its journal beside the file)")
            .arg(path, folder.absoluteFilePath());
    return {};
}

// SQLite's words for a file another process holds, made plain.
QString sqliteProblem(const QString &path, const QString &what, const QString &sqlite)
{
    if (sqlite.contains(u"locked", Qt::CaseInsensitive) || sqlite.contains(u"busy", Qt::CaseInsensitive))
        return QStringLiteral("cannot open the history %1: another process holds it (%2)").arg(path, sqlite);
    if (sqlite.contains(u"readonly", Qt::CaseInsensitive)
        || sqlite.contains(u"read-only", Qt::CaseInsensitive))
        return QStringLiteral("cannot open the history %1: it is read-only (%2)").arg(path, sqlite);
    if (sqlite.contains(u"not a database", Qt::CaseInsensitive))
        return QStringLiteral("cannot open the history %1: the file is not a LinkScope history (%2)")
            .arg(path, sqlite);
    return QStringLiteral("cannot open the history %1: %2: %3").arg(path, what, sqlite);
}
} // namespace

Result<bool> HistoryStore::openNow()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (isOpen())
        return true;
    auto opened = openFiles();
    if (!opened) {
        close(); // nothing half open stays behind
        return opened;
    }
    if (d->options.retentionIntervalMs > 0)
        d->retentionTimer->start(d->options.retentionIntervalMs);
    return true;
}

Result<bool> HistoryStore::openFiles()
{
    const bool memory = d->path == u":memory:";
    if (!memory) {
        if (const QString problem = accessProblem(d->path); !problem.isEmpty())
            return Error {problem};
        // 0600 from the start: SQLite gives its WAL and shared-memory files the same mode.
        if (!createPrivateFile(d->path))
            return Error {QStringLiteral("cannot create the history %1").arg(d->path)};
        d->lock = std::make_unique<QLockFile>(d->path + QStringLiteral(".lock"));
        // A holder that died is noticed by its pid; a live one keeps the lock however long it runs.
        d->lock->setStaleLockTime(0);
        if (!d->lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            d->lock->getLockInfo(&pid, &host, &app);
            const QString who = d->lock->error() == QLockFile::LockFailedError
                ? QStringLiteral("%1, process %2")
                      .arg(app.isEmpty() ? QStringLiteral("another program") : app)
                      .arg(pid)
                : QStringLiteral("its lock file %1.lock cannot be made").arg(d->path);
            d->lock.reset();
            return Error {QStringLiteral("cannot open the history %1: it is in use (%2)").arg(d->path, who)};
        }
    }
    // The connection belongs to the thread that opens it: this one.
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(d->path);
    if (!d->db.open())
        return Error {sqliteProblem(d->path, QStringLiteral("opening"), d->db.lastError().text())};
    QSqlQuery q(d->db);
    // Another process writing the file is waited for this long, then refused.
    q.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
    // auto_vacuum must be chosen before the first table exists.
    if (!q.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")))
        return Error {sqliteProblem(d->path, QStringLiteral("reading it"), q.lastError().text())};
    if (!memory) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
            || q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error {sqliteProblem(d->path, QStringLiteral("switching to WAL mode"),
                                        q.lastError().text().isEmpty() ? QStringLiteral("refused")
                                                                       : q.lastError().text())};
    }
    // FULL: a commit reported as persisted is on disk, even after a power cut.
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    // The pages every write touches (one insertion point per device and
    // attribute in each index) stay in memory: with SQLite's default 2 MB a
    // growing history read and wrote them again for every batch (the
    // profile in docs/PERFORMANCE.md, "End to end").
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(d->options.cacheKiB));
    auto version = migrate(d->db);
    if (!version) {
        const QString why = version.error();
        return Error {why.contains(u"schema version")
                          ? QStringLiteral("cannot open the history %1: %2").arg(d->path, why)
                          : sqliteProblem(d->path, QStringLiteral("preparing it"), why)};
    }
    if (!memory && d->options.checkpointIntervalMs > 0) {
        // Checkpoints from their own connection and thread; the writer only
        // steps in when the log has grown far (32 MiB) behind them.
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 8192"));
        if (auto c = d->checkpointer.start(d->path, d->options.checkpointIntervalMs); !c) {
            qCWarning(lcStore).noquote() << c.error() << "(the writer checkpoints instead)";
            q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        }
    }
    if (!memory) {
        // Queries and exports read the last commit on a connection of their own.
        auto reading = d->reader.start(d->path, [](QSqlDatabase &db, QObject *) {
            QSqlQuery r(db);
            r.exec(QStringLiteral("PRAGMA query_only = 1"));
            r.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
            r.exec(QStringLiteral("PRAGMA cache_size = -16384"));
        });
        if (!reading)
            qCWarning(lcStore).noquote() << reading.error() << "(queries run on the writer's connection)";
    }
    if (!d->options.jsonlMirror.isEmpty()) {
        if (auto m = d->mirror.open(d->options.jsonlMirror); !m)
            return m;
    }
    d->writer = std::make_unique<StoreWriter>(d->db);
    // The intake log: followed (a pipeline writes it), or, when a tool
    // opens the history and a log is beside it, stored now to its end.
    const QString logDir = !d->options.intakeDir.isEmpty() ? d->options.intakeDir
        : memory                                           ? QString()
                                                           : d->path + QStringLiteral(".intake");
    if (!logDir.isEmpty() && (!d->options.intakeDir.isEmpty() || QFileInfo(logDir).isDir())) {
        QSqlQuery state(d->db);
        if (!state.exec(QStringLiteral("SELECT indexed FROM intake_state WHERE id = 1")))
            return Error {sqliteProblem(d->path, QStringLiteral("reading how far its intake log is stored"),
                                        state.lastError().text())};
        const quint64 indexed = state.next() ? state.value(0).toULongLong() : 0;
        d->intakeIndexed.store(indexed, std::memory_order_relaxed);
        d->intakeTarget = indexed;
        d->intake = std::make_unique<IntakeReader>(logDir);
        if (d->options.intakeDir.isEmpty()) {
            if (auto stored = storeIntakeLog(logDir); !stored)
                return stored;
            d->intake.reset();
        }
    }
    qCInfo(lcStore).noquote() << "history opened:" << d->path << "schema" << *version;
    return true;
}

void HistoryStore::open()
{
    auto r = openNow();
    if (!r)
        qCWarning(lcStore).noquote() << r.error();
    emit opened(r.ok(), r.error());
}

void HistoryStore::close()
{
    d->retentionTimer->stop();
    d->waiting.clear(); // never acknowledged: the cloud delivers them again
    d->intakeWaiting = 0; // (the intake log keeps its own: built at the next start)
    if (!d->alertsWaiting.isEmpty())
        writeWaiting(); // the alerts' last words: nobody delivers them again
    d->alertsWaiting.clear();
    d->retryTimer->stop();
    d->indexTimer->stop();
    d->problem.clear();
    d->reader.stop(); // (after the query or export under way)
    d->checkpointer.stop(); // first: the writer, closing last, folds the log into the file
    d->writer.reset();
    d->intake.reset();
    d->mirror.close();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connection);
    }
    d->lock.reset();
}

template<typename T>
void HistoryStore::enqueue(const QList<T> &batch, Result<QStringList> (StoreWriter::*write)(const QList<T> &))
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (batch.isEmpty() || QDeadlineTimer::current().deadline() > d->writeDeadline.load())
        return;
    if (!d->writer) {
        emit writeFailed(QStringLiteral("the history store is not open"), idsOf(batch));
        return;
    }
    d->waiting.push_back(Private::waitingFor(batch, write));
    // While the storage fails, the retry timer writes: not every batch that comes.
    if (!d->options.commitOnFlush && d->problem.isEmpty())
        writeWaiting();
}

void HistoryStore::record(const QString &path)
{
    if (path.isEmpty()) {
        d->mirror.close();
        emit recordingChanged(QString(), QString());
        return;
    }
    if (auto opened = d->mirror.open(path, JsonlMirror::Mode::Truncate); !opened) {
        emit recordingChanged(QString(), opened.error());
        return;
    }
    qCInfo(lcStore).noquote() << "recording to" << path;
    emit recordingChanged(path, QString());
}

void HistoryStore::commit()
{
    if (d->problem.isEmpty())
        writeWaiting();
}

void HistoryStore::commitSoon()
{
    // Behind every batch already queued for us: they join this commit.
    d->commitPosted.post(this, [this] { commit(); });
}

// Everything waiting, in one transaction, then persisted() for all of it.
void HistoryStore::storeAlerts(const QList<AlertTransition> &transitions)
{
    d->alertsWaiting += transitions;
    // Waiting batches take them along at their commit; alone, they go now.
    if (d->waiting.empty() && d->problem.isEmpty())
        writeWaiting();
}

void HistoryStore::writeWaiting()
{
    if (!d->writer || (d->waiting.empty() && d->alertsWaiting.isEmpty()))
        return;
    if (QDeadlineTimer::current().deadline() > d->writeDeadline.load()) {
        d->waiting.clear(); // a stop is past its time: left for the cloud to deliver again
        d->intakeWaiting = 0; // (or in the intake log, for the next start)
        if (d->alertsWaiting.isEmpty())
            return;
    }
    const bool hadBatches = !d->waiting.empty();
    StoreWriter &writer = *d->writer;
    if (auto begun = writer.beginGroup(); !begun)
        return storageFailed(begun.error());
    for (Private::Waiting &w : d->waiting) {
        auto written = w.write(writer);
        if (!written)
            return storageFailed(written.error());
        w.ids = *written;
        w.fresh = writer.freshIds();
    }
    if (!d->alertsWaiting.isEmpty())
        if (auto written = writeAlertTransitions(d->db, d->alertsWaiting); !written)
            return storageFailed(written.error());
    if (d->intakeWaiting > 0) {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral("UPDATE intake_state SET indexed = ? WHERE id = 1"));
        q.addBindValue(d->intakeWaiting);
        if (!q.exec())
            return storageFailed(QStringLiteral("recording how far the intake log is stored failed: %1")
                                     .arg(q.lastError().text()));
    }
    if (auto committed = writer.commitGroup(); !committed)
        return storageFailed(committed.error());
    QStringList ids;
    quint64 fresh = 0;
    for (Private::Waiting &w : d->waiting) {
        ids += w.ids;
        fresh += quint64(w.fresh.size());
        w.mirror(d->mirror, w.fresh);
    }
    if (const QString problem = d->mirror.problem(); !problem.isEmpty()) {
        // The history has them; the copy stops rather than go on with a gap.
        const QString path = d->mirror.path();
        qCWarning(lcStore).noquote() << "stopped writing" << path << "-" << problem;
        d->mirror.close();
        emit recordingChanged(QString(), tr("could not write %1: %2").arg(path, problem));
    }
    d->waiting.clear();
    d->alertsWaiting.clear();
    d->stored.fetch_add(fresh, std::memory_order_relaxed);
    if (!d->problem.isEmpty()) {
        d->problem.clear();
        d->retryTimer->stop();
        qCInfo(lcStore) << "storing again";
        emit storageChanged(QString());
        indexSoon(); // the intake log's records waited too
    }
    if (hadBatches)
        emit persisted(ids);
    if (d->intakeWaiting > 0)
        intakeCommitted();
}

void HistoryStore::storageFailed(const QString &reason)
{
    d->writer->rollbackGroup(); // nothing of it stays: all of it is written again
    if (reason != d->problem) {
        d->problem = reason;
        qCWarning(lcStore).noquote() << "cannot store:" << reason << "(nothing is acknowledged until it can)";
        emit storageChanged(reason);
    }
    if (!d->retryTimer->isActive())
        d->retryTimer->start(std::max(1, d->options.retryIntervalMs));
}

QString HistoryStore::storageProblem() const
{
    return d->problem;
}

qsizetype HistoryStore::waitingBatches() const
{
    return qsizetype(d->waiting.size());
}

Result<qint64> HistoryStore::limitPages(qint64 pages)
{
    if (!isOpen())
        return Error {QStringLiteral("the history store is not open")};
    QSqlQuery q(d->db);
    const qint64 cap = pages > 0 ? pages : 0xfffffffeLL; // SQLite's largest
    if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(cap)) || !q.next())
        return Error {QStringLiteral("cannot set the page limit: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

#define LINKSCOPE_STORE_WRITE(method, type, call)                                                            \
    void HistoryStore::method(const QList<type> &batch)                                                      \
    {                                                                                                        \
        enqueue(batch, &StoreWriter::call);                                                                  \
    }

LINKSCOPE_STORE_WRITE(storeProperties, PropertyReport, writeProperties)
LINKSCOPE_STORE_WRITE(storeEvents, DeviceEvent, writeEvents)
LINKSCOPE_STORE_WRITE(storeReplies, ServiceReply, writeReplies)
LINKSCOPE_STORE_WRITE(storeStatuses, StatusChange, writeStatuses)
LINKSCOPE_STORE_WRITE(storeBindings, BindingChange, writeBindings)
LINKSCOPE_STORE_WRITE(storeOther, DecodedMessage, writeOther)
LINKSCOPE_STORE_WRITE(storeRejects, Rejected, writeRejects)
#undef LINKSCOPE_STORE_WRITE

Result<RetentionStep> HistoryStore::retentionStepNow(qint64 nowMs)
{
    if (!isOpen())
        return notOpen();
    auto step = retentionStep(d->db, d->options.retention, nowMs, d->retentionCursor);
    if (step && step->deleted > 0)
        d->writer->clearCaches();
    return step;
}

void HistoryStore::runRetention()
{
    auto step = retentionStepNow(QDateTime::currentMSecsSinceEpoch());
    if (!step) {
        qCWarning(lcStore).noquote() << step.error();
        return;
    }
    if (step->deleted > 0)
        emit retentionDeleted(step->deleted);
    // Catch up quickly while there is a backlog, yet between writes.
    if (step->more)
        QTimer::singleShot(0, this, &HistoryStore::runRetention);
}

} // namespace linkscope::store
