#include "store/historystore.h"
#include "store/schema.h"
#include "storefixtures.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;
using namespace storefixtures;

namespace {
HistoryStoreOptions quiet()
{
    HistoryStoreOptions o;
    o.retentionIntervalMs = 0;
    return o;
}

// A file as LinkScope wrote it at schema `version`, filled by `fill`.
template<typename Fn> void writeOldFile(const QString &path, int version, Fn &&fill)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        auto migrated = migrate(db, version);
        QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
        QCOMPARE(*migrated, version);
        QSqlQuery q(db);
        fill(q);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

QStringList indexesOf(QSqlQuery &q, const QString &table)
{
    QStringList names;
    q.exec(QStringLiteral("SELECT name FROM pragma_index_list('%1')").arg(table));
    while (q.next())
        names << q.value(0).toString();
    names.sort();
    return names;
}
} // namespace

class TestSchema : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { registerMessageTypes(); }

    // A history written before the inventory existed (schema 1) gains its tables and keeps its messages.
    void migratesAVersionOneFile()
    {
        const QString path = m_dir.filePath("v1.sqlite");
        writeOldFile(path, 1, [](QSqlQuery &q) {
            QVERIFY(q.exec("INSERT INTO messages VALUES ('m1', 0, '/t', NULL, 1, 2, 'x')"));
        });
        HistoryStore store(path, quiet());
        QVERIFY(store.openNow().ok());
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("PRAGMA user_version") && q.next());
        QCOMPARE(q.value(0).toInt(), SchemaVersion);
        QVERIFY(q.exec("SELECT COUNT(*) FROM api_products") && q.next());
        QVERIFY(q.exec("SELECT message_id, generate_time FROM messages") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("m1"));
        QCOMPARE(q.value(1).toLongLong(), 1);
    }

    // Schema 2 had the message id as the messages' primary key (a random
    // TEXT index). After the migration every message, event and reply is
    // there with its row, duplicates are still found, and the id index is
    // gone for one that grows at its end.
    void migratesAVersionTwoFile()
    {
        const QString path = m_dir.filePath("v2.sqlite");
        writeOldFile(path, 2, [](QSqlQuery &q) {
            QVERIFY(q.exec("INSERT INTO devices(id, product_key, device_name, first_seen, last_seen)"
                           " VALUES (1, 'pkA', 'dev1', 1, 1)"));
            QVERIFY(q.exec("INSERT INTO messages(rowid, message_id, kind, topic, device_id, generate_time,"
                           " received_at, payload) VALUES (7, 'p1', 0, '/pkA/dev1/thing/event/property/post',"
                           " 1, 1000, 1005, '{}')"));
            QVERIFY(q.exec("INSERT INTO messages(rowid, message_id, kind, topic, device_id, generate_time,"
                           " received_at, payload) VALUES (9, 'e1', 1, '/pkA/dev1/thing/event/alarm/post',"
                           " 1, 2000, 2005, '{}')"));
            QVERIFY(q.exec("INSERT INTO events(device_id, time, identifier, name, type, value, message_id)"
                           " VALUES (1, 2000, 'alarm', 'Alarm', 1, '{}', 'e1')"));
            QVERIFY(q.exec("INSERT INTO replies(device_id, time, request_id, code, message, downlink_topic,"
                           " data, message_id) VALUES (1, 3000, 'r', 200, 'ok', '/d', '{}', 'gone')"));
        });
        HistoryStore store(path, quiet());
        auto opened = store.openNow();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("PRAGMA user_version") && q.next());
        QCOMPARE(q.value(0).toInt(), SchemaVersion);
        QVERIFY(q.exec("SELECT rowid, message_id FROM messages ORDER BY rowid"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 7);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 9);
        QCOMPARE(q.value(1).toString(), QStringLiteral("e1"));
        QVERIFY(!q.next());
        QCOMPARE(indexesOf(q, QStringLiteral("messages")),
                 (QStringList {"messages_by_device", "messages_by_received", "messages_by_time_id"}));
        // The event finds its message by row: its topic and times come with it.
        auto events = store.events({});
        QVERIFY(events.ok());
        QCOMPARE(events->rows.size(), 1);
        QCOMPARE(events->rows.first().meta.topic, QStringLiteral("/pkA/dev1/thing/event/alarm/post"));
        QCOMPARE(events->rows.first().meta.receivedAt, 2005);
        auto replies = store.replies({});
        QVERIFY(replies.ok());
        QCOMPARE(replies->rows.size(), 1); // its message was gone already: the reply stays
        // A redelivery of a stored message is a duplicate; a new one is not.
        QSignalSpy stored(&store, &HistoryStore::persisted);
        PropertyReport again = prop(QStringLiteral("p1"), QStringLiteral("Temp"), 1.0, 1000);
        again.meta.generateTime = 1000;
        store.storeProperties({again, prop(QStringLiteral("p2"), QStringLiteral("Temp"), 2.0, 4000)});
        QCOMPARE(stored.count(), 1);
        QCOMPARE(store.storedCount(), 1u);
        QVERIFY(q.exec("SELECT COUNT(*) FROM messages") && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // New events point at their message's row.
        DeviceEvent e;
        e.meta = meta(QStringLiteral("e2"), 5000, QStringLiteral("/pkA/dev1/thing/event/alarm/post"));
        e.device = dev();
        e.identifier = QStringLiteral("alarm");
        e.time = 5000;
        store.storeEvents({e});
        QVERIFY(q.exec("SELECT e.message_row = m.rowid FROM events e JOIN messages m ON m.message_id = "
                       "e.message_id WHERE e.message_id = 'e2'")
                && q.next());
        QVERIFY(q.value(0).toBool());
    }

    // Inserting a message uses the time-ordered unique index, never a scan.
    void duplicatesAreFoundThroughTheTimeOrderedKey()
    {
        HistoryStore store(QStringLiteral(":memory:"), quiet());
        QVERIFY(store.openNow().ok());
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(
            q.exec("EXPLAIN QUERY PLAN SELECT 1 FROM messages WHERE generate_time = 5 AND message_id = 'x'"));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(u"messages_by_time_id"), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
