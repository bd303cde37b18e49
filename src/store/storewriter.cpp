#include "storewriter.h"

#include "core/messagejson.h"
#include "rollups.h"
#include "valuecodec.h"

#include <QHash>

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace linkscope::store {

namespace {

struct DeviceRow {
    qint64 id = 0;
    qint64 onlineSince = 0;
};

struct DeviceUpdate {
    qint64 lastSeen = 0;
    qint64 newMessages = 0;
    QString iotId;
    QString deviceType;
};

struct AttributeRow {
    qint64 id = 0;
    qint64 lastTime = std::numeric_limits<qint64>::min();
};

// Failure inside a batch: rolled back by the caller.
struct BatchError {
    QString reason;
};

[[noreturn]] void failQuery(const QSqlQuery &q, const char *what)
{
    throw BatchError {QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text())};
}

// A null QByteArray binds as SQL NULL; an empty payload is still a payload.
QByteArray blob(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArrayLiteral("") : bytes;
}

// A null QString binds as SQL NULL; the text columns want an empty string.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void run(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        failQuery(q, what);
}

} // namespace

struct StoreWriter::Private {
    QSqlDatabase db;
    QHash<QString, DeviceRow> devices; // "pk/dn" -> row
    QHash<QPair<qint64, QString>, AttributeRow> attributes;
    QSet<QString> products;

    // One batch's state.
    QSet<QString> newIds; // inserted by this batch
    QSet<QString> seenIds; // looked at by this batch
    QStringList batchIds;
    QHash<qint64, DeviceUpdate> updates;
    RollupBatch rollups;

    QSqlQuery insertMessage {db}, findDevice {db}, insertDevice {db}, updateDevice {db}, insertProduct {db},
        findAttribute {db}, insertAttribute {db}, updateAttribute {db}, insertSample {db}, insertEvent {db},
        insertReply {db}, insertStatus {db}, updateOnline {db}, insertBinding {db}, deleteBinding {db},
        insertBindingHistory {db}, insertOther {db}, insertReject {db}, insertRaw {db}, upsertRollup {db};

    explicit Private(QSqlDatabase database) : db(std::move(database)) { }

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
          "INSERT INTO events(device_id, time, identifier, name, type, value, message_id) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)");
        p(insertReply,
          "INSERT INTO replies(device_id, time, request_id, code, message, downlink_topic, data, "
          "message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
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
            }
            it = devices.insert(id, row);
        }
        DeviceUpdate &u = updates[it->id];
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
            newIds.insert(meta.messageId);
            if (deviceId)
                ++updates[*deviceId].newMessages;
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
        return *attributes.insert(key, row);
    }

    void flushDevices()
    {
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

    template<typename Batch, typename Fn> Result<QStringList> write(const Batch &batch, Fn &&writeOne)
    {
        newIds.clear();
        seenIds.clear();
        batchIds.clear();
        updates.clear();
        rollups.clear();
        if (!db.transaction())
            return Error {QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text())};
        try {
            for (const auto &item : batch)
                writeOne(item);
            if (const QString error = rollups.write(upsertRollup); !error.isEmpty())
                throw BatchError {error};
            flushDevices();
        } catch (const BatchError &e) {
            db.rollback();
            // Cached rows may be ones the rollback just removed.
            devices.clear();
            attributes.clear();
            products.clear();
            return Error {e.reason};
        }
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            devices.clear();
            attributes.clear();
            products.clear();
            return Error {QStringLiteral("the commit failed: %1").arg(why)};
        }
        return batchIds;
    }
};

StoreWriter::StoreWriter(QSqlDatabase db) : d(std::make_unique<Private>(std::move(db)))
{
    d->prepare();
}

StoreWriter::~StoreWriter() = default;

const QSet<QString> &StoreWriter::freshIds() const
{
    return d->newIds;
}

void StoreWriter::clearCaches()
{
    d->devices.clear();
    d->attributes.clear();
    d->products.clear();
}

Result<QStringList> StoreWriter::writeProperties(const QList<PropertyReport> &batch)
{
    return d->write(batch, [this](const PropertyReport &r) {
        DeviceRow &dev = d->device(r.device, r.deviceType, r.meta.receivedAt);
        if (!d->admit(r.meta, MessageKind::Property, dev.id))
            return;
        AttributeRow &attr = d->attribute(dev.id, r.attribute);
        const auto number = valueAsNumber(r.value);
        const bool isText = !number || r.value.typeId() == QMetaType::QString;
        d->insertSample.addBindValue(attr.id);
        d->insertSample.addBindValue(r.time);
        d->insertSample.addBindValue(number ? QVariant(*number) : QVariant());
        d->insertSample.addBindValue(isText ? QVariant(QString::fromUtf8(valueToJson(r.value))) : QVariant());
        d->insertSample.addBindValue(text(r.meta.messageId));
        run(d->insertSample, "adding a sample");
        if (number)
            d->rollups.add(attr.id, r.time, *number);
        if (r.time >= attr.lastTime) { // a late message must not replace a newer value
            attr.lastTime = r.time;
            d->updateAttribute.addBindValue(r.time);
            d->updateAttribute.addBindValue(QString::fromUtf8(valueToJson(r.value)));
            d->updateAttribute.addBindValue(attr.id);
            run(d->updateAttribute, "updating a last value");
        }
    });
}

Result<QStringList> StoreWriter::writeEvents(const QList<DeviceEvent> &batch)
{
    return d->write(batch, [this](const DeviceEvent &e) {
        const DeviceRow &dev = d->device(e.device, e.deviceType, e.meta.receivedAt);
        if (!d->admit(e.meta, MessageKind::Event, dev.id))
            return;
        d->insertEvent.addBindValue(dev.id);
        d->insertEvent.addBindValue(e.time);
        d->insertEvent.addBindValue(text(e.identifier));
        d->insertEvent.addBindValue(text(e.name));
        d->insertEvent.addBindValue(int(e.type));
        d->insertEvent.addBindValue(QString::fromUtf8(valueToJson(e.value)));
        d->insertEvent.addBindValue(text(e.meta.messageId));
        run(d->insertEvent, "adding an event");
    });
}

Result<QStringList> StoreWriter::writeReplies(const QList<ServiceReply> &batch)
{
    return d->write(batch, [this](const ServiceReply &r) {
        const DeviceRow &dev = d->device(r.device, {}, r.meta.receivedAt);
        if (!d->admit(r.meta, MessageKind::ServiceReply, dev.id))
            return;
        d->insertReply.addBindValue(dev.id);
        d->insertReply.addBindValue(r.gmtCreate);
        d->insertReply.addBindValue(text(r.requestId));
        d->insertReply.addBindValue(r.code);
        d->insertReply.addBindValue(text(r.message));
        d->insertReply.addBindValue(text(r.downlinkTopic));
        d->insertReply.addBindValue(QString::fromUtf8(valueToJson(r.data)));
        d->insertReply.addBindValue(text(r.meta.messageId));
        run(d->insertReply, "adding a reply");
    });
}

Result<QStringList> StoreWriter::writeStatuses(const QList<StatusChange> &batch)
{
    return d->write(batch, [this](const StatusChange &s) {
        DeviceRow &dev = d->device(s.device, s.deviceType, s.meta.receivedAt);
        if (!d->admit(s.meta, MessageKind::Status, dev.id))
            return;
        d->insertStatus.addBindValue(dev.id);
        d->insertStatus.addBindValue(s.time);
        d->insertStatus.addBindValue(s.online ? 1 : 0);
        d->insertStatus.addBindValue(text(s.meta.messageId));
        run(d->insertStatus, "adding a status change");
        if (s.time >= dev.onlineSince) { // a late message is history, not the current state
            dev.onlineSince = s.time;
            d->updateOnline.addBindValue(s.online ? 1 : 0);
            d->updateOnline.addBindValue(s.time);
            d->updateOnline.addBindValue(dev.id);
            run(d->updateOnline, "updating the online state");
        }
    });
}

Result<QStringList> StoreWriter::writeBindings(const QList<BindingChange> &batch)
{
    return d->write(batch, [this](const BindingChange &b) {
        const DeviceRow &dev = d->device(b.device, {}, b.meta.receivedAt);
        if (!d->admit(b.meta, MessageKind::Binding, dev.id))
            return;
        for (const Identity &i : b.identities) {
            if (b.bind) {
                d->insertBinding.addBindValue(dev.id);
                d->insertBinding.addBindValue(text(i.identityId));
                d->insertBinding.addBindValue(text(i.scopeId));
                d->insertBinding.addBindValue(text(i.tenantId));
                d->insertBinding.addBindValue(i.owned ? 1 : 0);
                d->insertBinding.addBindValue(b.time);
                run(d->insertBinding, "adding a binding");
            } else {
                d->deleteBinding.addBindValue(dev.id);
                d->deleteBinding.addBindValue(text(i.identityId));
                run(d->deleteBinding, "removing a binding");
            }
            d->insertBindingHistory.addBindValue(dev.id);
            d->insertBindingHistory.addBindValue(b.time);
            d->insertBindingHistory.addBindValue(b.bind ? 1 : 0);
            d->insertBindingHistory.addBindValue(text(i.identityId));
            d->insertBindingHistory.addBindValue(text(i.scopeId));
            d->insertBindingHistory.addBindValue(text(i.tenantId));
            d->insertBindingHistory.addBindValue(i.owned ? 1 : 0);
            d->insertBindingHistory.addBindValue(text(b.meta.messageId));
            run(d->insertBindingHistory, "adding binding history");
        }
    });
}

Result<QStringList> StoreWriter::writeOther(const QList<DecodedMessage> &batch)
{
    return d->write(batch, [this](const DecodedMessage &m) {
        const MessageMeta &meta = metaOf(m);
        const MessageKind kind = kindOf(m);
        if (const auto *raw = std::get_if<RawMessage>(&m)) {
            if (!d->admit(meta, kind, std::nullopt))
                return;
            d->insertRaw.addBindValue(meta.receivedAt);
            d->insertRaw.addBindValue(text(meta.topic));
            d->insertRaw.addBindValue(text(meta.messageId));
            d->insertRaw.addBindValue(blob(raw->payload));
            run(d->insertRaw, "adding a raw message");
            return;
        }
        const QJsonObject json = toJson(m);
        const QJsonObject dev = json.value(u"device").toObject();
        const DeviceKey key {dev.value(u"productKey").toString(), dev.value(u"deviceName").toString(),
                             dev.value(u"iotId").toString()};
        std::optional<qint64> deviceId;
        if (key.isValid())
            deviceId = d->device(key, {}, meta.receivedAt).id;
        if (!d->admit(meta, kind, deviceId))
            return;
        d->insertOther.addBindValue(deviceId ? QVariant(*deviceId) : QVariant());
        d->insertOther.addBindValue(int(kind));
        d->insertOther.addBindValue(json.value(u"time").toInteger(meta.receivedAt));
        d->insertOther.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        d->insertOther.addBindValue(text(meta.messageId));
        run(d->insertOther, "adding a message");
    });
}

Result<QStringList> StoreWriter::writeRejects(const QList<Rejected> &batch)
{
    return d->write(batch, [this](const Rejected &r) {
        if (!d->admit(r.meta, MessageKind::Rejected, std::nullopt))
            return;
        d->insertReject.addBindValue(r.meta.receivedAt);
        d->insertReject.addBindValue(text(r.meta.topic));
        d->insertReject.addBindValue(text(r.meta.messageId));
        d->insertReject.addBindValue(int(r.expectedKind));
        d->insertReject.addBindValue(text(r.reason));
        d->insertReject.addBindValue(blob(r.payload));
        run(d->insertReject, "adding a reject");
    });
}

} // namespace linkscope::store
