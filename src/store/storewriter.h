#pragma once

#include "core/messages.h"
#include "core/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace linkscope::store {

// Writes one batch of one kind in one transaction (or a group's). Returns the ids of every
// message in the batch (duplicates included: they are safe too), or why the
// batch was not written (then nothing of it was).
// The caches of device, product and attribute rows hold names a peer
// chooses: past these they start over.
struct StoreCacheLimits {
    qsizetype maxRows = 500'000;
    qint64 maxBytes = 64 * 1024 * 1024;
};

class StoreWriter {
public:
    using CacheLimits = StoreCacheLimits;
    explicit StoreWriter(QSqlDatabase db, CacheLimits limits = {});
    ~StoreWriter();

    Result<QStringList> writeProperties(const QList<PropertyReport> &batch);
    Result<QStringList> writeEvents(const QList<DeviceEvent> &batch);
    Result<QStringList> writeReplies(const QList<ServiceReply> &batch);
    Result<QStringList> writeStatuses(const QList<StatusChange> &batch);
    Result<QStringList> writeBindings(const QList<BindingChange> &batch);
    Result<QStringList> writeOther(const QList<DecodedMessage> &batch); // lifecycle, topology, OTA, raw
    Result<QStringList> writeRejects(const QList<Rejected> &batch);

    // A group: the writes until commitGroup() share one transaction, so one
    // commit (one fsync) covers a whole pipeline flush. Each write in it
    // still stands alone: one that fails leaves the group as it was before
    // it (a savepoint), and the others stay. rollbackGroup() drops them all.
    Result<bool> beginGroup();
    Result<bool> commitGroup();
    void rollbackGroup();
    bool inGroup() const;

    // The messages the last successful write stored for the first time (in
    // a group: will have, once it commits).
    const QSet<QString> &freshIds() const;

    // Forget cached ids (after retention deleted rows).
    void clearCaches();
    qsizetype cachedRows() const; // devices, attributes and products held

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::store
