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
        const auto alert = [](qint64 at, AlertState state) {
            return AlertTransition {"Hot", AlertSeverity::Warning, DeviceKey {"pk", "dn", {}}, state, at, 1,
                                    "d"};
        };
        store.storeAlerts({alert(1000, AlertState::Firing), alert(2000, AlertState::Cleared),
                           alert(50'000, AlertState::Firing)});
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
        QCOMPARE(count(store, "alert_transitions"), 1); // the alerts' history ages with the rest
        QCOMPARE(store.activeAlerts()->size(), 1); // and what fires now stays
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

    // Many attributes: a step probes at most attributesPerStep of them, a
    // sweep reaches every one, and old samples and rollups go while recent
    // ones stay. (It used to probe every attribute at every step and scan
    // all rollups: a month-long history at its size cap spent its writer's
    // time there.)
    void aStepProbesABoundedNumberOfAttributes()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        o.retention.maxAgeMs = 60'000;
        o.retention.rowsPerStep = 1000;
        o.retention.attributesPerStep = 16;
        HistoryStore store(m_dir.filePath("sweep.sqlite"), o);
        QVERIFY(store.openNow().ok());
        QList<PropertyReport> batch;
        int n = 0;
        for (int d = 0; d < 100; ++d) {
            for (const char *attr : {"Temp", "Humidity"}) {
                for (int i = 0; i < 3; ++i) // old: the first minute
                    batch << prop(QStringLiteral("m%1").arg(n++), attr, i, 1000 + i * 10'000,
                                  dev(QStringLiteral("d%1").arg(d)));
                batch << prop(QStringLiteral("m%1").arg(n++), attr, 9, 600'000,
                              dev(QStringLiteral("d%1").arg(d)));
            }
        }
        store.storeProperties(batch);
        QCOMPARE(count(store, "samples"), 800);
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        const auto perAttribute = [&] {
            QHash<qint64, qint64> out;
            QSqlQuery q(db);
            q.exec("SELECT attribute_id, COUNT(*) FROM samples GROUP BY attribute_id");
            while (q.next())
                out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            return out;
        };
        const auto scalar = [&](const char *sql) {
            QSqlQuery q(db);
            return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(scalar("SELECT COUNT(*) FROM sample_rollups WHERE start < 60000"), 400); // minute and hour
        int steps = 0;
        while (true) {
            const QHash<qint64, qint64> before = perAttribute();
            const auto step = store.retentionStepNow(660'000); // cutoff 600,000: the first ten minutes
            QVERIFY2(step.ok(), qPrintable(step.error()));
            const QHash<qint64, qint64> after = perAttribute();
            int touched = 0;
            for (auto it = before.begin(); it != before.end(); ++it)
                touched += after.value(it.key()) != it.value() ? 1 : 0;
            QVERIFY2(touched <= 16, qPrintable(QString::number(touched)));
            ++steps;
            if (!step->more)
                break;
            QVERIFY(steps < 100);
        }
        QVERIFY2(steps >= 200 / 16, qPrintable(QString::number(steps)));
        QCOMPARE(count(store, "samples"), 200);
        QCOMPARE(scalar("SELECT MIN(time) FROM samples"), 600'000);
        QCOMPARE(count(store, "messages"), 200);
        // The old minute's rollups went with their samples; the hour that
        // still holds recent samples starts before the cutoff and went too,
        // as before. The recent minute's rollups stay, one per attribute.
        QCOMPARE(scalar("SELECT COUNT(*) FROM sample_rollups WHERE start < 600000"), 0);
        QCOMPARE(scalar("SELECT COUNT(*) FROM sample_rollups WHERE level = 60000"), 200);
        // A second sweep finds nothing.
        const auto again = store.retentionStepNow(660'000);
        QVERIFY(again.ok());
        QCOMPARE(again->deleted, 0);
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
