// Alerts in the history: transitions and the alerts firing now are kept in
// step, read back after a reopen, and survive the demo's fresh start while
// its messages do not.

#include "store/freshhistory.h"
#include "store/historystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;

namespace {

AlertTransition t(const QString &rule, const QString &device, AlertState state, qint64 time,
                  const QVariant &value)
{
    return AlertTransition {
        rule, AlertSeverity::Critical, DeviceKey {"pk", device, {}}, state, time, value, "detail"};
}

PropertyReport report(const QString &id)
{
    PropertyReport p;
    p.meta.messageId = id;
    p.meta.topic = "/pk/plug-1/thing/event/property/post";
    p.meta.receivedAt = p.meta.generateTime = 1000;
    p.meta.payload = "{}";
    p.device = DeviceKey {"pk", "plug-1", {}};
    p.attribute = "P";
    p.value = 1.0;
    p.time = 1000;
    return p;
}

} // namespace

class TestAlertStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void transitionsAndActiveAlertsStayInStep()
    {
        const QString path = m_dir.filePath("a.sqlite");
        {
            HistoryStore store(path);
            QVERIFY(store.openNow());
            store.storeAlerts({t("Hot", "plug-1", AlertState::Firing, 1000, 1620.5),
                               t("Hot", "plug-2", AlertState::Firing, 1100, 1700),
                               t("Gone", "lock-1", AlertState::Firing, 1200, false)});
            store.storeAlerts({t("Hot", "plug-1", AlertState::Acknowledged, 1300, 1620.5),
                               t("Hot", "plug-2", AlertState::Cleared, 1400, 1400)});
            store.close();
        }
        HistoryStore store(path);
        QVERIFY(store.openNow());
        const auto active = store.activeAlerts();
        QVERIFY2(active, qPrintable(active.error()));
        QCOMPARE(active->size(), 2);
        QCOMPARE(active->at(0).rule, QStringLiteral("Hot"));
        QCOMPARE(active->at(0).device.deviceName, QStringLiteral("plug-1"));
        QCOMPARE(active->at(0).firedAt, 1000);
        QCOMPARE(active->at(0).value.toDouble(), 1620.5);
        QVERIFY(active->at(0).acknowledged);
        QCOMPARE(active->at(1).rule, QStringLiteral("Gone"));
        QCOMPARE(active->at(1).value, QVariant(false));
        QVERIFY(!active->at(1).acknowledged);

        const auto history = store.alertHistory(0, 10'000, 100);
        QVERIFY(history);
        QCOMPARE(history->size(), 5);
        QCOMPARE(history->first().state, AlertState::Cleared); // newest first
        QCOMPARE(history->first().device.deviceName, QStringLiteral("plug-2"));
        QCOMPARE(history->last().time, 1000);
        QCOMPARE(history->last().detail, QStringLiteral("detail"));
        QCOMPARE(store.alertHistory(1150, 1350, 100)->size(), 2);
        QCOMPARE(store.alertHistory(0, 10'000, 1)->size(), 1);
    }

    void alertsWaitForTheCommitOfTheBatchesBeforeThem()
    {
        HistoryStore::Options o;
        o.commitOnFlush = true;
        HistoryStore store(m_dir.filePath("b.sqlite"), o);
        QVERIFY(store.openNow());
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        store.storeProperties({report("m1")});
        store.storeAlerts({t("Hot", "plug-1", AlertState::Firing, 1000, 2)});
        QCOMPARE(store.alertHistory(0, 10'000, 10)->size(), 0); // waiting with the batch
        store.commit();
        QCOMPARE(persisted.count(), 1);
        QCOMPARE(store.alertHistory(0, 10'000, 10)->size(), 1);
        store.storeAlerts({t("Hot", "plug-1", AlertState::Cleared, 2000, 1)}); // nothing waits: at once
        QCOMPARE(store.alertHistory(0, 10'000, 10)->size(), 2);
        QCOMPARE(persisted.count(), 1); // alerts alone acknowledge nothing
    }

    void anAlertWithoutADeviceHoldsUpNoMessage()
    {
        // Null strings bind as SQL NULL; the columns are NOT NULL. Had that
        // failed, the batch beside it would wait for ever, unacknowledged.
        HistoryStore::Options o;
        o.commitOnFlush = true;
        HistoryStore store(m_dir.filePath("nulls.sqlite"), o);
        QVERIFY(store.openNow());
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        QSignalSpy problems(&store, &HistoryStore::storageChanged);
        store.storeProperties({report("n1")});
        store.storeAlerts({AlertTransition {"Quiet", AlertSeverity::Info, DeviceKey {}, AlertState::Firing,
                                            1000, QVariant(), QString()}});
        store.commit();
        QCOMPARE(problems.count(), 0);
        QCOMPARE(persisted.count(), 1);
        QCOMPARE(store.alertHistory(0, 10'000, 10)->size(), 1);
    }

    void aCloseWritesTheAlertsStillWaiting()
    {
        const QString path = m_dir.filePath("c.sqlite");
        {
            HistoryStore::Options o;
            o.commitOnFlush = true;
            HistoryStore store(path, o);
            QVERIFY(store.openNow());
            QSignalSpy persisted(&store, &HistoryStore::persisted);
            store.storeProperties({report("m1")});
            store.storeAlerts({t("Hot", "plug-1", AlertState::Firing, 1000, 2)});
            store.close(); // no commit: the batch is left for the cloud, the alert is not
            QCOMPARE(persisted.count(), 0);
        }
        HistoryStore store(path);
        QVERIFY(store.openNow());
        QVERIFY(store.devices()->isEmpty());
        QCOMPARE(store.alertHistory(0, 10'000, 10)->size(), 1);
        QCOMPARE(store.activeAlerts()->size(), 1);
    }

    void aFreshStartKeepsTheAlertsOnly()
    {
        const QString path = m_dir.filePath("demo.sqlite");
        QVERIFY(startOverKeepingAlerts(path)); // no file yet: nothing to do
        QVERIFY(!QFile::exists(path));
        {
            HistoryStore store(path);
            QVERIFY(store.openNow());
            store.storeProperties({report("m1"), report("m2")});
            store.storeAlerts({t("Hot", "plug-1", AlertState::Firing, 1000, 1620.5),
                               t("Gone", "lock-1", AlertState::Firing, 1100, false),
                               t("Gone", "lock-1", AlertState::Cleared, 1200, true)});
            QCOMPARE(store.storedCount(), 2u);
            store.close();
        }
        QVERIFY(startOverKeepingAlerts(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        HistoryStore store(path);
        QVERIFY(store.openNow());
        QVERIFY(store.devices()->isEmpty()); // the messages and what came of them are gone
        QCOMPARE(store.alertHistory(0, 10'000, 100)->size(), 3);
        QCOMPARE(store.activeAlerts()->size(), 1);
        QCOMPARE(store.activeAlerts()->first().rule, QStringLiteral("Hot"));
        // The same messages again are new to it.
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        store.storeProperties({report("m1")});
        QCOMPARE(store.storedCount(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
