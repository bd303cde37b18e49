#include "store/historystore.h"
#include "storefixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;
using namespace storefixtures;

namespace {
qint64 count(const HistoryStore &store, const char *table)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestRetention : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void deletesByAgeInSmallSteps()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        o.retention.maxAgeMs = 10'000;
        o.retention.rowsPerStep = 100;
        HistoryStore store(m_dir.filePath("age.sqlite"), o);
        QVERIFY(store.openNow().ok());
        QList<PropertyReport> old, fresh;
        for (int i = 0; i < 500; ++i)
            old << prop(QStringLiteral("o%1").arg(i), "Temp", i, 1000 + i); // received at ~1000
        for (int i = 0; i < 50; ++i)
            fresh << prop(QStringLiteral("f%1").arg(i), "Temp", i, 50'000 + i);
        store.storeProperties(old);
        store.storeProperties(fresh);
        store.storeEvents({eventMsg("e-old", "X", "x", EventType::Info, 1000),
                           eventMsg("e-new", "X", "x", EventType::Info, 50'000)});
        int steps = 0;
        while (true) {
            const auto step = store.retentionStepNow(55'000);
            QVERIFY2(step.ok(), qPrintable(step.error()));
            QVERIFY(step->deleted <= 100); // never more than a step's budget
            ++steps;
            if (!step->more)
                break;
            QVERIFY(steps < 100);
        }
        QVERIFY(steps >= 10); // 500 samples + 500 messages + 1 event, 100 at a time
        QCOMPARE(count(store, "samples"), 50);
        QCOMPARE(count(store, "messages"), 51);
        QCOMPARE(count(store, "events"), 1);
        // What is left is still consistent for the views.
        QCOMPARE(store.devices()->first().lastValues.first().value.toInt(), 49);
        store.storeProperties({prop("after", "Temp", 1, 56'000)}); // caches were refreshed
        QCOMPARE(count(store, "samples"), 51);
    }

    // Nothing old: nothing is deleted, nothing is written, and finding that
    // out is one step down an index, not a scan.
    void nothingOldCostsOneIndexStep()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        o.retention.maxAgeMs = 10'000;
        HistoryStore store(m_dir.filePath("young.sqlite"), o);
        QVERIFY(store.openNow().ok());
        auto empty = store.retentionStepNow(55'000);
        QVERIFY(empty.ok());
        QCOMPARE(empty->deleted, 0);
        QList<PropertyReport> fresh;
        for (int i = 0; i < 50; ++i)
            fresh << prop(QStringLiteral("y%1").arg(i), "Temp", i, 50'000 + i);
        store.storeProperties(fresh);
        {
            // Another process holds the write lock: a step that wanted to
            // write would wait for it and fail; this one needs none.
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "holder");
            other.setDatabaseName(m_dir.filePath("young.sqlite"));
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec("BEGIN IMMEDIATE"));
            for (int i = 0; i < 5; ++i) {
                auto step = store.retentionStepNow(55'000);
                QVERIFY2(step.ok(), qPrintable(step.error()));
                QCOMPARE(step->deleted, 0);
                QVERIFY(!step->more);
            }
            QVERIFY(hold.exec("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase("holder");
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QCOMPARE(count(store, "samples"), 50);
        QVERIFY(q.exec("EXPLAIN QUERY PLAN SELECT MIN(received_at) FROM messages"));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(u"messages_by_received"), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN"), qPrintable(plan));
    }

    void deletesTheOldestWhenOverSize()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        o.retention.maxAgeMs = 1000LL * 3600 * 24 * 365;
        o.retention.maxBytes = 200 * 1024;
        o.retention.rowsPerStep = 5000;
        HistoryStore store(m_dir.filePath("size.sqlite"), o);
        QVERIFY(store.openNow().ok());
        // Two hours of data, 1 sample per second, oldest hour first.
        for (int h = 0; h < 2; ++h) {
            QList<PropertyReport> batch;
            for (int i = 0; i < 3600; ++i) {
                const qint64 t = h * 3'600'000LL + i * 1000LL;
                batch << prop(QStringLiteral("h%1-%2").arg(h).arg(i), "Temp", i, t);
            }
            store.storeProperties(batch);
        }
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        const qint64 before = usedBytes(db);
        QVERIFY(before > o.retention.maxBytes);
        for (int i = 0; i < 20; ++i) {
            const auto step = store.retentionStepNow(3 * 3'600'000LL);
            QVERIFY(step.ok());
            if (!step->more)
                break;
        }
        // The oldest hour went first.
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("SELECT MIN(time) FROM samples") && q.next());
        QVERIFY2(q.value(0).toLongLong() >= 3'600'000LL - 5000, qPrintable(q.value(0).toString()));
    }

    void automaticRetentionRuns()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 20;
        o.retention.maxAgeMs = 1000;
        HistoryStore store(m_dir.filePath("auto.sqlite"), o);
        QVERIFY(store.openNow().ok());
        store.storeProperties({prop("ancient", "Temp", 1, 1000)});
        QSignalSpy deleted(&store, &HistoryStore::retentionDeleted);
        QVERIFY(deleted.wait(5000));
        QTRY_COMPARE(count(store, "samples"), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
