#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <iterator>

namespace linkscope::store {

namespace {

// Migration N takes a database from version N-1 to N. Append, never edit.
const QStringList kMigrations[] = {
    // 1: the first schema.
    {
        // Every message once, with its original bytes: duplicates are found
        // here (across restarts too), and the inspector and exports read it.
        QStringLiteral("CREATE TABLE messages ("
                       " message_id TEXT PRIMARY KEY, kind INTEGER NOT NULL, topic TEXT NOT NULL,"
                       " device_id INTEGER, generate_time INTEGER NOT NULL, received_at INTEGER NOT NULL,"
                       " payload BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_by_received ON messages(received_at)"),
        QStringLiteral("CREATE INDEX messages_by_device_topic ON messages(device_id, topic, received_at)"),
        QStringLiteral(
            "CREATE TABLE products (product_key TEXT PRIMARY KEY, first_seen INTEGER, last_seen INTEGER)"),
        QStringLiteral("CREATE TABLE devices ("
                       " id INTEGER PRIMARY KEY, product_key TEXT NOT NULL, device_name TEXT NOT NULL,"
                       " iot_id TEXT NOT NULL DEFAULT '', device_type TEXT NOT NULL DEFAULT '',"
                       " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
                       " online INTEGER NOT NULL DEFAULT 0, online_since INTEGER NOT NULL DEFAULT 0,"
                       " message_count INTEGER NOT NULL DEFAULT 0, UNIQUE(product_key, device_name))"),
        QStringLiteral("CREATE TABLE attributes ("
                       " id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, name TEXT NOT NULL,"
                       " last_time INTEGER NOT NULL DEFAULT 0, last_value TEXT, UNIQUE(device_id, name))"),
        // num holds numbers and booleans (charts); text holds strings and JSON.
        QStringLiteral("CREATE TABLE samples ("
                       " attribute_id INTEGER NOT NULL, time INTEGER NOT NULL, num REAL, text TEXT,"
                       " message_id TEXT NOT NULL)"),
        // Covering (num included): a raw chart query reads the index alone.
        QStringLiteral("CREATE INDEX samples_by_attribute_time ON samples(attribute_id, time, num)"),
        // Per-minute and per-hour min/max/last of numeric samples, kept as
        // samples arrive, so that a chart of a long range reads a few rows.
        QStringLiteral("CREATE TABLE sample_rollups ("
                       " attribute_id INTEGER NOT NULL, level INTEGER NOT NULL, start INTEGER NOT NULL,"
                       " mn REAL NOT NULL, mx REAL NOT NULL, cnt INTEGER NOT NULL, last REAL NOT NULL,"
                       " last_time INTEGER NOT NULL, PRIMARY KEY(attribute_id, level, start)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, time INTEGER NOT NULL,"
                       " identifier TEXT NOT NULL, name TEXT NOT NULL, type INTEGER NOT NULL,"
                       " value TEXT NOT NULL, message_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX events_by_time ON events(time)"),
        QStringLiteral("CREATE INDEX events_by_device ON events(device_id, time)"),
        QStringLiteral("CREATE TABLE replies ("
                       " id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, time INTEGER NOT NULL,"
                       " request_id TEXT NOT NULL, code INTEGER NOT NULL, message TEXT NOT NULL,"
                       " downlink_topic TEXT NOT NULL, data TEXT NOT NULL, message_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX replies_by_time ON replies(time)"),
        QStringLiteral("CREATE INDEX replies_by_device ON replies(device_id, time)"),
        QStringLiteral("CREATE TABLE status_changes ("
                       " id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, time INTEGER NOT NULL,"
                       " online INTEGER NOT NULL, message_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX status_by_device_time ON status_changes(device_id, time)"),
        QStringLiteral("CREATE TABLE bindings ("
                       " device_id INTEGER NOT NULL, identity_id TEXT NOT NULL, scope_id TEXT NOT NULL,"
                       " tenant_id TEXT NOT NULL, owned INTEGER NOT NULL, since INTEGER NOT NULL,"
                       " PRIMARY KEY(device_id, identity_id))"),
        QStringLiteral("CREATE TABLE binding_history ("
                       " id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, time INTEGER NOT NULL,"
                       " bind INTEGER NOT NULL, identity_id TEXT NOT NULL, scope_id TEXT NOT NULL,"
                       " tenant_id TEXT NOT NULL, owned INTEGER NOT NULL, message_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX binding_history_by_device ON binding_history(device_id, time)"),
        // Lifecycle, topology, OTA: the decoded message as JSON.
        QStringLiteral(
            "CREATE TABLE other_messages ("
            " id INTEGER PRIMARY KEY, device_id INTEGER, kind INTEGER NOT NULL, time INTEGER NOT NULL,"
            " decoded TEXT NOT NULL, message_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX other_by_time ON other_messages(time)"),
        QStringLiteral("CREATE TABLE rejects ("
                       " id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, topic TEXT NOT NULL,"
                       " message_id TEXT NOT NULL, expected_kind INTEGER NOT NULL, reason TEXT NOT NULL,"
                       " payload BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX rejects_by_time ON rejects(received_at)"),
        QStringLiteral("CREATE TABLE raw_messages ("
                       " id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, topic TEXT NOT NULL,"
                       " message_id TEXT NOT NULL, payload BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX raw_by_time ON raw_messages(received_at)"),
    },
    // 2: what the cloud API says exists (issue 14), so that a restart
    // without a network still has names, units and every device.
    {
        QStringLiteral("CREATE TABLE api_products ("
                       " product_key TEXT PRIMARY KEY, name TEXT NOT NULL, node_type TEXT NOT NULL,"
                       " data_format TEXT NOT NULL, gmt_modified INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE api_devices ("
                       " product_key TEXT NOT NULL, device_name TEXT NOT NULL, iot_id TEXT NOT NULL,"
                       " nickname TEXT NOT NULL, status INTEGER NOT NULL, status_time INTEGER NOT NULL,"
                       " firmware TEXT NOT NULL, active_time INTEGER NOT NULL,"
                       " PRIMARY KEY(product_key, device_name)) WITHOUT ROWID"),
        // The thing model as the cloud sent it (JSON), read again at start.
        QStringLiteral(
            "CREATE TABLE thing_models ("
            " product_key TEXT PRIMARY KEY, tsl TEXT NOT NULL, fetched_at INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE api_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"),
    },
    // 3: keys that insert in order (issue 15). The message id was the
    // table's primary key: a random TEXT index that each batch wrote all
    // over, slower as the history grew. Duplicates are found through
    // (generate_time, message_id) now, which grows at its end (the cloud
    // stamps generate_time once; a redelivery carries the same); events and
    // replies point at their message by row; a device's messages are found
    // by (device_id, received_at), one insertion point per device.
    {
        QStringLiteral("ALTER TABLE events ADD COLUMN message_row INTEGER"),
        QStringLiteral("UPDATE events SET message_row ="
                       " (SELECT rowid FROM messages m WHERE m.message_id = events.message_id)"),
        QStringLiteral("ALTER TABLE replies ADD COLUMN message_row INTEGER"),
        QStringLiteral("UPDATE replies SET message_row ="
                       " (SELECT rowid FROM messages m WHERE m.message_id = replies.message_id)"),
        QStringLiteral("CREATE TABLE messages_v3 ("
                       " id INTEGER PRIMARY KEY, message_id TEXT NOT NULL, kind INTEGER NOT NULL,"
                       " topic TEXT NOT NULL, device_id INTEGER, generate_time INTEGER NOT NULL,"
                       " received_at INTEGER NOT NULL, payload BLOB NOT NULL)"),
        QStringLiteral("INSERT INTO messages_v3(id, message_id, kind, topic, device_id, generate_time,"
                       " received_at, payload) SELECT rowid, message_id, kind, topic, device_id,"
                       " generate_time, received_at, payload FROM messages ORDER BY rowid"),
        QStringLiteral("DROP TABLE messages"),
        QStringLiteral("ALTER TABLE messages_v3 RENAME TO messages"),
        QStringLiteral("CREATE UNIQUE INDEX messages_by_time_id ON messages(generate_time, message_id)"),
        QStringLiteral("CREATE INDEX messages_by_received ON messages(received_at)"),
        QStringLiteral("CREATE INDEX messages_by_device ON messages(device_id, received_at)"),
    },
    // 4: alerts (issue 17). Every transition of every alert, and the alerts
    // firing now, kept with it in the same transaction, so that a restart
    // carries them on without firing them again.
    {
        QStringLiteral("CREATE TABLE alert_transitions ("
                       " id INTEGER PRIMARY KEY, rule TEXT NOT NULL, product_key TEXT NOT NULL,"
                       " device_name TEXT NOT NULL, severity INTEGER NOT NULL, state INTEGER NOT NULL,"
                       " time INTEGER NOT NULL, value TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX alert_transitions_by_time ON alert_transitions(time)"),
        QStringLiteral("CREATE TABLE active_alerts ("
                       " rule TEXT NOT NULL, product_key TEXT NOT NULL, device_name TEXT NOT NULL,"
                       " severity INTEGER NOT NULL, fired_at INTEGER NOT NULL, value TEXT NOT NULL,"
                       " detail TEXT NOT NULL, acknowledged INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY(rule, product_key, device_name)) WITHOUT ROWID"),
    },
    // 5: the intake log (intakelog.h). How far the tables are built from
    // it, written in the transaction that builds them.
    {
        QStringLiteral("CREATE TABLE intake_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1), indexed INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO intake_state(id, indexed) VALUES (1, 0)"),
    },
};
static_assert(std::size(kMigrations) == SchemaVersion);

} // namespace

Result<int> migrate(QSqlDatabase &db, int target)
{
    Q_ASSERT(target > 0 && target <= SchemaVersion);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error {QStringLiteral("cannot read the schema version: %1").arg(q.lastError().text())};
    int version = q.value(0).toInt();
    if (version > SchemaVersion)
        return Error {QStringLiteral("the history file has schema version %1; this LinkScope knows up to %2 "
                                     "(a newer LinkScope wrote it)")
                          .arg(version)
                          .arg(SchemaVersion)};
    while (version < target) {
        if (!db.transaction())
            return Error {QStringLiteral("cannot start a migration: %1").arg(db.lastError().text())};
        for (const QString &sql : kMigrations[version]) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Error {QStringLiteral("migration to version %1 failed: %2").arg(version + 1).arg(why)};
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            db.rollback();
            return Error {QStringLiteral("migration to version %1 failed to commit").arg(version + 1)};
        }
        ++version;
    }
    return version;
}

} // namespace linkscope::store
