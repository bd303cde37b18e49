// HistoryStore: its reading side. Queries and exports run on the reader's
// connection and thread (or, for a history in memory, on the writer's), and
// answer on the store's thread.

#include "historystore_p.h"

#include "alertstore.h"
#include "exporter.h"
#include "inventorycache.h"
#include "storequeries.h"

#include <QSaveFile>

namespace linkscope::store {

Result<QList<DeviceSummary>> HistoryStore::devices()
{
    return isOpen() ? queryDevices(d->db) : Result<QList<DeviceSummary>>(notOpen());
}
Result<QList<SampleBucket>> HistoryStore::samples(const SampleQuery &query)
{
    return isOpen() ? querySamples(d->db, query) : Result<QList<SampleBucket>>(notOpen());
}
Result<QList<StatusInterval>> HistoryStore::status(const QList<DeviceKey> &devices, qint64 from, qint64 to)
{
    return isOpen() ? queryStatus(d->db, devices, from, to) : Result<QList<StatusInterval>>(notOpen());
}
Result<DeviceBindings> HistoryStore::bindings(const DeviceKey &device)
{
    return isOpen() ? queryBindings(d->db, device) : Result<DeviceBindings>(notOpen());
}
Result<Page<DeviceEvent>> HistoryStore::events(const LogQuery &query)
{
    return isOpen() ? queryEvents(d->db, query) : Result<Page<DeviceEvent>>(notOpen());
}
Result<Page<ServiceReply>> HistoryStore::replies(const LogQuery &query)
{
    return isOpen() ? queryReplies(d->db, query) : Result<Page<ServiceReply>>(notOpen());
}

Result<QList<ActiveAlert>> HistoryStore::activeAlerts()
{
    return isOpen() ? readActiveAlerts(d->db) : Result<QList<ActiveAlert>>(notOpen());
}
Result<QList<AlertTransition>> HistoryStore::alertHistory(qint64 from, qint64 to, int limit)
{
    return isOpen() ? readAlertHistory(d->db, from, to, limit) : Result<QList<AlertTransition>>(notOpen());
}
void HistoryStore::requestAlertHistory(quint64 id, qint64 from, qint64 to, int limit)
{
    read(id, [this, id, from, to, limit](QSqlDatabase &db) {
        auto r = readAlertHistory(db, from, to, limit);
        answer([=, this] { r ? emit alertHistoryLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}

Result<bool> HistoryStore::saveInventory(const Inventory &inv)
{
    return isOpen() ? store::saveInventory(d->db, inv) : Result<bool>(notOpen());
}
Result<Inventory> HistoryStore::inventory()
{
    return isOpen() ? loadInventory(d->db) : Result<Inventory>(notOpen());
}
void HistoryStore::requestInventory(quint64 id)
{
    read(id, [this, id](QSqlDatabase &db) {
        auto r = loadInventory(db);
        answer([=, this] { r ? emit inventoryLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::storeInventory(const Inventory &inv)
{
    // A cache: a failure costs a refetch at the next start, never a message.
    if (auto r = saveInventory(inv); !r)
        qCWarning(lcStore).noquote() << r.error();
}

bool HistoryStore::read(quint64 requestId, std::function<void(QSqlDatabase &)> job)
{
    if (!isOpen()) {
        emit queryFailed(requestId, notOpen().message);
        return false;
    }
    if (d->reader.isRunning())
        d->reader.post(std::move(job));
    else
        job(d->db); // a history in memory has no second connection
    return true;
}

void HistoryStore::answer(std::function<void()> fn)
{
    // From the reader's thread, queued to the store's: the store's signals come from its thread.
    QMetaObject::invokeMethod(this, std::move(fn));
}

void HistoryStore::requestDevices(quint64 id)
{
    read(id, [this, id](QSqlDatabase &db) {
        auto r = queryDevices(db);
        answer([=, this] { r ? emit devicesLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::requestSamples(quint64 id, const SampleQuery &query)
{
    read(id, [this, id, query](QSqlDatabase &db) {
        auto r = querySamples(db, query);
        answer([=, this] { r ? emit samplesLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::requestStatus(quint64 id, const QList<DeviceKey> &devices, qint64 from, qint64 to)
{
    read(id, [=, this](QSqlDatabase &db) {
        auto r = queryStatus(db, devices, from, to);
        answer([=, this] { r ? emit statusLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::requestBindings(quint64 id, const DeviceKey &device)
{
    read(id, [=, this](QSqlDatabase &db) {
        auto r = queryBindings(db, device);
        answer([=, this] { r ? emit bindingsLoaded(id, *r) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::requestEvents(quint64 id, const LogQuery &query)
{
    read(id, [=, this](QSqlDatabase &db) {
        auto r = queryEvents(db, query);
        answer([=, this] { r ? emit eventsLoaded(id, r->rows, r->total) : emit queryFailed(id, r.error()); });
    });
}
void HistoryStore::requestReplies(quint64 id, const LogQuery &query)
{
    read(id, [=, this](QSqlDatabase &db) {
        auto r = queryReplies(db, query);
        answer(
            [=, this] { r ? emit repliesLoaded(id, r->rows, r->total) : emit queryFailed(id, r.error()); });
    });
}

namespace {
// Writes through a QSaveFile: a failed export leaves no half file behind.
template<typename Fn> Result<qint64> toFile(const QString &path, Fn &&fn)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("cannot write %1: %2").arg(path, f.errorString())};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // before it has a name
    auto n = fn(f);
    if (!n) {
        f.cancelWriting();
        return n;
    }
    if (!f.commit())
        return Error {QStringLiteral("cannot write %1: %2").arg(path, f.errorString())};
    return n;
}

QString exported(qint64 n, const QString &path)
{
    return QStringLiteral("%1 rows written to %2").arg(n).arg(path);
}
} // namespace

Result<qint64> HistoryStore::exportJsonlTo(const QString &path, qint64 from, qint64 to,
                                           const DeviceKey &device)
{
    if (!isOpen())
        return notOpen();
    return toFile(path, [&](QIODevice &out) { return store::exportJsonl(d->db, from, to, out, device); });
}

Result<qint64> HistoryStore::exportJsonlTo(QIODevice &out, qint64 from, qint64 to, const DeviceKey &device)
{
    if (!isOpen())
        return notOpen();
    return store::exportJsonl(d->db, from, to, out, device);
}

// An export on the reader's connection: however long it takes, no write
// waits for it; the store's thread hears how it ended.
template<typename Fn> void HistoryStore::exportTo(quint64 id, const QString &path, Fn &&write)
{
    auto job = [this, id, path, write = std::forward<Fn>(write)](QSqlDatabase &db) {
        auto n = toFile(path, [&](QIODevice &out) { return write(db, out); });
        answer([=, this] { emit exportFinished(id, n.ok(), n ? exported(*n, path) : n.error()); });
    };
    if (!isOpen())
        emit exportFinished(id, false, notOpen().message);
    else if (d->reader.isRunning())
        d->reader.post(std::move(job));
    else
        job(d->db);
}

void HistoryStore::exportDeviceJsonl(quint64 id, const QString &path, const DeviceKey &device)
{
    exportTo(id, path, [device](QSqlDatabase &db, QIODevice &out) {
        return store::exportJsonl(db, 0, std::numeric_limits<qint64>::max(), out, device);
    });
}

void HistoryStore::exportJsonl(quint64 id, const QString &path, qint64 from, qint64 to)
{
    exportTo(id, path,
             [from, to](QSqlDatabase &db, QIODevice &out) { return store::exportJsonl(db, from, to, out); });
}

void HistoryStore::exportPropertyCsv(quint64 id, const QString &path, const SampleQuery &range)
{
    exportTo(id, path,
             [range](QSqlDatabase &db, QIODevice &out) { return store::exportPropertyCsv(db, range, out); });
}

void HistoryStore::exportEvents(quint64 id, const QString &path, const LogQuery &query, bool json)
{
    exportTo(id, path, [query, json](QSqlDatabase &db, QIODevice &out) {
        return store::exportEvents(db, query, json ? ExportFormat::Json : ExportFormat::Csv, out);
    });
}

void HistoryStore::exportReplies(quint64 id, const QString &path, const LogQuery &query, bool json)
{
    exportTo(id, path, [query, json](QSqlDatabase &db, QIODevice &out) {
        return store::exportReplies(db, query, json ? ExportFormat::Json : ExportFormat::Csv, out);
    });
}

} // namespace linkscope::store
