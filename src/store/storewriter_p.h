#pragma once

// Private to src/store: the state of one StoreWriter, shared by its
// transaction machinery (storewriter.cpp) and its per-kind writes
// (storewriterkinds.cpp).

#include "storewriter.h"
#include "storewriterrows_p.h"

#include <QHash>

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace linkscope::store {

using namespace detail;

struct StoreWriter::Private {
    QSqlDatabase db;
    QHash<QString, DeviceRow> devices; // "pk/dn" -> row
    QHash<QPair<qint64, QString>, AttributeRow> attributes;
    QSet<QString> products;
    qint64 cachedBytes = 0; // of the names in the caches

    // One batch's state.
    QSet<QString> newIds; // inserted by this batch
    QSet<QString> seenIds; // looked at by this batch
    QStringList batchIds;
    qint64 messageRow = 0; // the messages row admit() inserted last
    // The open transaction's.
    Accumulated acc;
    bool grouped = false; // a group's transaction is open: batches are savepoints in it
    QSqlQuery savepoint {db};

    QSqlQuery insertMessage {db}, findDevice {db}, insertDevice {db}, updateDevice {db}, insertProduct {db},
        findAttribute {db}, insertAttribute {db}, updateAttribute {db}, insertSample {db}, insertEvent {db},
        insertReply {db}, insertStatus {db}, updateOnline {db}, insertBinding {db}, deleteBinding {db},
        insertBindingHistory {db}, insertOther {db}, insertReject {db}, insertRaw {db}, upsertRollup {db};

    Private(QSqlDatabase database, StoreWriter::CacheLimits cacheLimits)
        : db(std::move(database)), limits(cacheLimits)
    {
    }
    StoreWriter::CacheLimits limits;

    void prepare()
    {
        auto p = [](QSqlQuery &q, const char *sql) {
            if (!q.prepare(QString::fromLatin1(sql)))
                failQuery(q, sql);
        };
        p(insertMessage,
          "INSERT OR IGNORE INTO messages(message_id, kind, topic, device_id, generate_time, "
          "received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
        p(findDevice, "SELECT id, online_since FROM devices WHERE product_key = ? AND device_name = ?");
        p(insertDevice,
          "INSERT INTO devices(product_key, device_name, iot_id, device_type, first_seen, last_seen) "
          "VALUES (?, ?, ?, ?, ?, ?)");
        p(updateDevice,
          "UPDATE devices SET last_seen = max(last_seen, ?), message_count = message_count + ?, "
          "iot_id = CASE WHEN ? <> '' THEN ? ELSE iot_id END, "
          "device_type = CASE WHEN ? <> '' THEN ? ELSE device_type END WHERE id = ?");
        p(insertProduct,
          "INSERT INTO products(product_key, first_seen, last_seen) VALUES (?, ?, ?) "
          "ON CONFLICT(product_key) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)");
        p(findAttribute, "SELECT id, last_time FROM attributes WHERE device_id = ? AND name = ?");
        p(insertAttribute, "INSERT INTO attributes(device_id, name) VALUES (?, ?)");
        p(updateAttribute, "UPDATE attributes SET last_time = ?, last_value = ? WHERE id = ?");
        p(insertSample,
          "INSERT INTO samples(attribute_id, time, num, text, message_id) VALUES (?, ?, ?, ?, ?)");
        p(insertEvent,
          "INSERT INTO events(device_id, time, identifier, name, type, value, message_id, message_row) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        p(insertReply,
          "INSERT INTO replies(device_id, time, request_id, code, message, downlink_topic, data, "
          "message_id, message_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        p(insertStatus,
          "INSERT INTO status_changes(device_id, time, online, message_id) VALUES (?, ?, ?, ?)");
        p(updateOnline, "UPDATE devices SET online = ?, online_since = ? WHERE id = ?");
        p(insertBinding,
          "INSERT OR REPLACE INTO bindings(device_id, identity_id, scope_id, tenant_id, owned, since) "
          "VALUES (?, ?, ?, ?, ?, ?)");
        p(deleteBinding, "DELETE FROM bindings WHERE device_id = ? AND identity_id = ?");
        p(insertBindingHistory,
          "INSERT INTO binding_history(device_id, time, bind, identity_id, scope_id, tenant_id, "
          "owned, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        p(insertOther,
          "INSERT INTO other_messages(device_id, kind, time, decoded, message_id) VALUES (?, ?, ?, ?, ?)");
        p(insertReject,
          "INSERT INTO rejects(received_at, topic, message_id, expected_kind, reason, payload) "
          "VALUES (?, ?, ?, ?, ?, ?)");
        p(insertRaw, "INSERT INTO raw_messages(received_at, topic, message_id, payload) VALUES (?, ?, ?, ?)");
        p(upsertRollup, RollupBatch::upsertSql());
    }

    DeviceRow &device(const DeviceKey &key, const QString &deviceType, qint64 seen)
    {
        const QString id = key.id();
        auto it = devices.find(id);
        if (it == devices.end()) {
            findDevice.addBindValue(text(key.productKey));
            findDevice.addBindValue(text(key.deviceName));
            run(findDevice, "finding a device");
            DeviceRow row;
            if (findDevice.next()) {
                row.id = findDevice.value(0).toLongLong();
                row.onlineSince = findDevice.value(1).toLongLong();
            } else {
                insertDevice.addBindValue(text(key.productKey));
                insertDevice.addBindValue(text(key.deviceName));
                insertDevice.addBindValue(text(key.iotId));
                insertDevice.addBindValue(text(deviceType));
                insertDevice.addBindValue(seen);
                insertDevice.addBindValue(seen);
                run(insertDevice, "adding a device");
                row.id = insertDevice.lastInsertId().toLongLong();
            }
            findDevice.finish();
            if (!products.contains(key.productKey)) {
                insertProduct.addBindValue(text(key.productKey));
                insertProduct.addBindValue(seen);
                insertProduct.addBindValue(seen);
                run(insertProduct, "adding a product");
                products.insert(key.productKey);
                cachedBytes += key.productKey.size() * 2;
            }
            it = devices.insert(id, row);
            cachedBytes += id.size() * 2 + 64;
        }
        DeviceUpdate &u = acc.updates[it->id];
        u.lastSeen = std::max(u.lastSeen, seen);
        if (!key.iotId.isEmpty())
            u.iotId = key.iotId;
        if (!deviceType.isEmpty())
            u.deviceType = deviceType;
        return *it;
    }

    // Records the message once; true when its rows are to be written: the
    // first time it is seen, and for a property post also its further reports.
    bool admit(const MessageMeta &meta, MessageKind kind, std::optional<qint64> deviceId)
    {
        if (seenIds.contains(meta.messageId))
            return kind == MessageKind::Property && newIds.contains(meta.messageId);
        seenIds.insert(meta.messageId);
        batchIds.append(meta.messageId);
        insertMessage.addBindValue(text(meta.messageId));
        insertMessage.addBindValue(int(kind));
        insertMessage.addBindValue(text(meta.topic));
        insertMessage.addBindValue(deviceId ? QVariant(*deviceId) : QVariant());
        insertMessage.addBindValue(meta.generateTime);
        insertMessage.addBindValue(meta.receivedAt);
        insertMessage.addBindValue(blob(meta.payload));
        run(insertMessage, "recording a message");
        const bool fresh = insertMessage.numRowsAffected() > 0;
        if (fresh) {
            messageRow = insertMessage.lastInsertId().toLongLong();
            newIds.insert(meta.messageId);
            if (deviceId)
                ++acc.updates[*deviceId].newMessages;
        }
        return fresh;
    }

    AttributeRow &attribute(qint64 deviceId, const QString &name)
    {
        const auto key = qMakePair(deviceId, name);
        auto it = attributes.find(key);
        if (it != attributes.end())
            return *it;
        AttributeRow row;
        findAttribute.addBindValue(deviceId);
        findAttribute.addBindValue(text(name));
        run(findAttribute, "finding an attribute");
        if (findAttribute.next()) {
            row.id = findAttribute.value(0).toLongLong();
            row.lastTime = findAttribute.value(1).toLongLong();
        } else {
            insertAttribute.addBindValue(deviceId);
            insertAttribute.addBindValue(text(name));
            run(insertAttribute, "adding an attribute");
            row.id = insertAttribute.lastInsertId().toLongLong();
        }
        findAttribute.finish();
        cachedBytes += name.size() * 2 + 64;
        return *attributes.insert(key, row);
    }

    // A newer value than the attribute's last one becomes it (once per transaction in the file).
    void offerLastValue(AttributeRow &attr, qint64 time, const QVariant &value)
    {
        if (time < attr.lastTime) // a late message must not replace a newer value
            return;
        if (const auto pending = acc.lastValues.constFind(attr.id);
            pending != acc.lastValues.cend() && time < pending->time) // (the cache was forgotten meanwhile)
            return;
        attr.lastTime = time;
        acc.lastValues.insert(attr.id, {time, QString::fromUtf8(valueToJson(value))});
    }

    // The accumulated rows, as the transaction ends.
    void writeAccumulated()
    {
        if (const QString error = acc.rollups.write(upsertRollup); !error.isEmpty())
            throw BatchError {error};
        for (auto it = acc.lastValues.cbegin(); it != acc.lastValues.cend(); ++it) {
            updateAttribute.addBindValue(it->time);
            updateAttribute.addBindValue(it->json);
            updateAttribute.addBindValue(it.key());
            run(updateAttribute, "updating a last value");
        }
        const auto &updates = acc.updates;
        for (auto it = updates.begin(); it != updates.end(); ++it) {
            updateDevice.addBindValue(it->lastSeen);
            updateDevice.addBindValue(it->newMessages);
            updateDevice.addBindValue(it->iotId);
            updateDevice.addBindValue(it->iotId);
            updateDevice.addBindValue(it->deviceType);
            updateDevice.addBindValue(it->deviceType);
            updateDevice.addBindValue(it.key());
            run(updateDevice, "updating a device");
        }
    }

    void forgetCaches()
    {
        devices.clear();
        attributes.clear();
        products.clear();
        cachedBytes = 0;
    }

    // The caches hold names a peer chooses: past a cost limit they start over.
    void boundCaches()
    {
        if (cachedBytes > limits.maxBytes
            || devices.size() + attributes.size() + products.size() > limits.maxRows)
            forgetCaches();
    }

    bool exec(const char *sql) { return savepoint.exec(QString::fromLatin1(sql)); }

    // A group: one transaction for the batches until commitGroup().
    Result<bool> beginGroup()
    {
        if (grouped)
            return true;
        acc.clear();
        boundCaches();
        if (!db.transaction())
            return Error {QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text())};
        grouped = true;
        return true;
    }

    Result<bool> commitGroup()
    {
        if (!grouped)
            return true;
        grouped = false;
        try {
            writeAccumulated();
        } catch (const BatchError &e) {
            db.rollback();
            forgetCaches();
            return Error {e.reason};
        }
        return commit();
    }

    void rollbackGroup()
    {
        if (!grouped)
            return;
        grouped = false;
        db.rollback();
        forgetCaches(); // cached rows may be ones the rollback just removed
    }

    Result<bool> commit()
    {
        if (db.commit())
            return true;
        const QString why = db.lastError().text();
        db.rollback();
        forgetCaches();
        return Error {QStringLiteral("the commit failed: %1").arg(why)};
    }

    // `items` all written, or (on an error) none of them: in a transaction
    // of their own, or in a group as a savepoint of the group's.
    template<typename Items, typename Fn> Result<QStringList> tryWrite(const Items &items, Fn &writeOne)
    {
        newIds.clear();
        seenIds.clear();
        batchIds.clear();
        Accumulated before;
        if (grouped) {
            before = acc;
            if (!exec("SAVEPOINT batch"))
                return Error {
                    QStringLiteral("cannot start a savepoint: %1").arg(savepoint.lastError().text())};
        } else {
            acc.clear();
            boundCaches();
            if (!db.transaction())
                return Error {QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text())};
        }
        try {
            for (const auto &item : items)
                writeOne(item);
            if (!grouped)
                writeAccumulated();
        } catch (const BatchError &e) {
            if (grouped) {
                // After some failures SQLite has rolled the whole transaction
                // back already: then there is no savepoint to go back to, and
                // nothing of the group may be written on as if there were.
                if (!exec("ROLLBACK TO batch") || !exec("RELEASE batch")) {
                    forgetCaches();
                    return Error {QStringLiteral("%1 (the transaction was rolled back whole: %2)")
                                      .arg(e.reason, savepoint.lastError().text())};
                }
                acc = std::move(before);
            } else {
                db.rollback();
            }
            forgetCaches(); // cached rows may be ones the rollback just removed
            return Error {e.reason};
        }
        if (grouped) {
            if (!exec("RELEASE batch"))
                return Error {QStringLiteral("cannot end a savepoint: %1").arg(savepoint.lastError().text())};
            return batchIds;
        }
        if (auto c = commit(); !c)
            return Error {c.error()};
        return batchIds;
    }

    // A failed message, kept for inspection with the database's reason.
    Result<bool> keepAsRejected(const MessageMeta &meta, MessageKind expected, const QString &why)
    {
        Rejected r;
        r.meta = meta;
        r.expectedKind = expected;
        r.reason = QStringLiteral("could not be stored: %1").arg(why);
        r.payload = meta.payload;
        auto writeReject = [this](const Rejected &x) { rejectOne(x); };
        const QList<Rejected> one {r};
        auto kept = tryWrite(one, writeReject);
        return kept ? Result<bool>(true) : Result<bool>(Error {kept.error()});
    }

    void rejectOne(const Rejected &r)
    {
        if (!admit(r.meta, MessageKind::Rejected, std::nullopt))
            return;
        insertReject.addBindValue(r.meta.receivedAt);
        insertReject.addBindValue(text(r.meta.topic));
        insertReject.addBindValue(text(r.meta.messageId));
        insertReject.addBindValue(int(r.expectedKind));
        insertReject.addBindValue(text(r.reason));
        insertReject.addBindValue(blob(r.payload));
        run(insertReject, "adding a reject");
    }

    // The whole batch in one transaction; when that fails for one message's
    // sake (a bad value, a constraint), each message in its own transaction
    // instead, so the others are stored and only that one is kept as
    // rejected, with the database's reason. A failure of the storage itself
    // (disk full, I/O, read-only) is not retried message by message: it
    // would fail alike, and the whole batch is reported not stored.
    template<typename Batch, typename Fn> Result<QStringList> write(const Batch &batch, Fn &&writeOne)
    {
        auto all = tryWrite(batch, writeOne);
        if (all || isStorageFailure(all.error()))
            return all;
        QHash<QString, QList<qsizetype>> byMessage;
        QStringList order;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QString &id = metaOfItem(batch[i]).messageId;
            auto &rows = byMessage[id];
            if (rows.isEmpty())
                order << id;
            rows << i;
        }
        QStringList ids;
        QSet<QString> fresh;
        for (const QString &id : order) {
            Batch one;
            for (qsizetype i : byMessage.value(id))
                one << batch[i];
            auto stored = tryWrite(one, writeOne);
            if (!stored) {
                if (isStorageFailure(stored.error()))
                    return stored;
                auto kept
                    = keepAsRejected(metaOfItem(one.first()), expectedKindOf(one.first()), stored.error());
                if (!kept)
                    return Error {kept.error()};
            }
            ids << id;
            fresh.unite(newIds);
        }
        newIds = fresh;
        return ids;
    }
};

} // namespace linkscope::store
