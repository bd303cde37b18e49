#include "inventorycache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace linkscope::store {

namespace {

Error failure(const QString &what, const QSqlQuery &q)
{
    return Error {QStringLiteral("cannot %1: %2").arg(what, q.lastError().text())};
}

// Text for a NOT NULL column: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<bool> saveInventory(QSqlDatabase &db, const Inventory &inv)
{
    if (!db.transaction())
        return Error {QStringLiteral("cannot save the inventory: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    const auto rollback = [&](const QString &what) -> Result<bool> {
        const Error e = failure(what, q);
        db.rollback();
        return e;
    };
    if (!q.exec(QStringLiteral("DELETE FROM api_products"))
        || !q.exec(QStringLiteral("DELETE FROM api_devices")))
        return rollback(QStringLiteral("replace the cached inventory"));
    q.prepare(
        QStringLiteral("INSERT INTO api_products (product_key, name, node_type, data_format, gmt_modified)"
                       " VALUES (?, ?, ?, ?, ?)"));
    for (const ProductInfo &p : inv.products) {
        q.addBindValue(text(p.productKey));
        q.addBindValue(text(p.name));
        q.addBindValue(text(p.nodeType));
        q.addBindValue(text(p.dataFormat));
        q.addBindValue(p.gmtModified);
        if (!q.exec())
            return rollback(QStringLiteral("cache product %1").arg(p.productKey));
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO api_devices (product_key, device_name, iot_id, nickname,"
                             " status, status_time, firmware, active_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DeviceInfo &d : inv.devices) {
        q.addBindValue(text(d.device.productKey));
        q.addBindValue(text(d.device.deviceName));
        q.addBindValue(text(d.device.iotId));
        q.addBindValue(text(d.nickname));
        q.addBindValue(int(d.status));
        q.addBindValue(d.statusTime);
        q.addBindValue(text(d.firmwareVersion));
        q.addBindValue(d.activeTime);
        if (!q.exec())
            return rollback(QStringLiteral("cache device %1").arg(d.device.id()));
    }
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO thing_models (product_key, tsl, fetched_at) VALUES (?, ?, ?)"));
    for (const ThingModel &m : inv.thingModels) {
        q.addBindValue(text(m.productKey));
        q.addBindValue(QString::fromUtf8(m.json));
        q.addBindValue(inv.fetchedAt);
        if (!q.exec())
            return rollback(QStringLiteral("cache the thing model of %1").arg(m.productKey));
    }
    // Models of products the project no longer has go with them.
    if (!q.exec(QStringLiteral(
            "DELETE FROM thing_models WHERE product_key NOT IN (SELECT product_key FROM api_products)")))
        return rollback(QStringLiteral("drop old thing models"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO api_meta (key, value) VALUES ('fetched_at', ?)"));
    q.addBindValue(inv.fetchedAt);
    if (!q.exec())
        return rollback(QStringLiteral("note when the inventory was fetched"));
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error {QStringLiteral("cannot save the inventory: %1").arg(why)};
    }
    return true;
}

Result<Inventory> loadInventory(QSqlDatabase &db)
{
    Inventory inv;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT product_key, name, node_type, data_format, gmt_modified FROM api_products"
                           " ORDER BY product_key")))
        return failure(QStringLiteral("read the cached products"), q);
    while (q.next())
        inv.products.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toLongLong()});
    if (!q.exec(
            QStringLiteral("SELECT product_key, device_name, iot_id, nickname, status, status_time, firmware,"
                           " active_time FROM api_devices ORDER BY product_key, device_name")))
        return failure(QStringLiteral("read the cached devices"), q);
    while (q.next()) {
        DeviceInfo d;
        d.device = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        d.nickname = q.value(3).toString();
        d.status = deviceStatusFromCode(q.value(4).toInt());
        d.statusTime = q.value(5).toLongLong();
        d.firmwareVersion = q.value(6).toString();
        d.activeTime = q.value(7).toLongLong();
        inv.devices.append(d);
    }
    if (!q.exec(QStringLiteral("SELECT product_key, tsl FROM thing_models ORDER BY product_key")))
        return failure(QStringLiteral("read the cached thing models"), q);
    while (q.next()) {
        auto m = parseThingModel(q.value(1).toString().toUtf8());
        if (!m)
            continue; // a model this LinkScope cannot read is fetched again, not shown half
        ThingModel model = std::move(m).value();
        model.productKey = q.value(0).toString();
        inv.thingModels.append(std::move(model));
    }
    if (!q.exec(QStringLiteral("SELECT value FROM api_meta WHERE key = 'fetched_at'")))
        return failure(QStringLiteral("read when the inventory was fetched"), q);
    if (q.next())
        inv.fetchedAt = q.value(0).toLongLong();
    return inv;
}

} // namespace linkscope::store
