#include "gui/devicetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceKey key(const QString &pk, const QString &dn)
{
    return {pk, dn, "iot-" + dn};
}
MessageMeta meta(const QString &id, qint64 at)
{
    MessageMeta m;
    m.messageId = id;
    m.receivedAt = at;
    return m;
}
PropertyReport prop(const QString &id, const DeviceKey &k, qint64 at)
{
    PropertyReport r;
    r.meta = meta(id, at);
    r.device = k;
    r.deviceType = "Light";
    r.attribute = "Brightness";
    r.value = 1;
    return r;
}
} // namespace

class TestDeviceTreeModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    void historyFillsTheTree()
    {
        DeviceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        DeviceSummary a {key("pk1", "lamp1"), "Light", 1, 1000, true, 1000, 42, {}};
        DeviceSummary b {key("pk1", "lamp2"), "Light", 1, 2000, false, 2000, 7, {}};
        DeviceSummary c {key("pk2", "door1"), "SmartDoor", 1, 3000, true, 3000, 3, {}};
        m.setDevices({a, b, c});
        QCOMPARE(inserted.count(), 1); // products and their devices in one insert
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.deviceCount(), 3);
        const QModelIndex lamp2 = m.indexOf(b.device);
        QCOMPARE(lamp2.data().toString(), QStringLiteral("lamp2"));
        QCOMPARE(lamp2.siblingAtColumn(DeviceTreeModel::MessagesColumn).data().toLongLong(), 7);
        QCOMPARE(lamp2.data(DeviceTreeModel::OnlineRole).toBool(), false);
        QCOMPARE(m.index(0, DeviceTreeModel::TypeColumn).data().toString(), QStringLiteral("1 of 2 online"));
        QCOMPARE(m.index(0, DeviceTreeModel::MessagesColumn).data().toLongLong(), 49);
        QCOMPARE(lamp2.data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>(), b.device);
    }

    void liveBatchesInsertOncePerProductAndChangeOnce()
    {
        qint64 now = 100'000;
        DeviceTreeModel m;
        m.setNow([&] { return now; });
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addProperties({prop("m1", key("pk1", "a"), now)});
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        // 3 new devices of a known product, 1 of a new product, updates to "a".
        QList<PropertyReport> batch {prop("m2", key("pk1", "b"), now), prop("m3", key("pk1", "c"), now),
                                     prop("m4", key("pk1", "d"), now), prop("m5", key("pk9", "x"), now),
                                     prop("m6", key("pk1", "a"), now), prop("m6", key("pk1", "a"), now)};
        m.addProperties(batch);
        QCOMPARE(inserted.count(), 2); // one for pk1's new devices, one for the new product
        QCOMPARE(m.rowCount(m.index(0, 0)), 4);
        QCOMPARE(changed.count(), 4); // per product: its device rows, and its totals row
        const QModelIndex a = m.indexOf(key("pk1", "a"));
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::MessagesColumn).data().toLongLong(), 2); // m6 counts once
        QVERIFY(a.data(DeviceTreeModel::OnlineRole).toBool()); // talking, no status yet: online
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::RateColumn).data().toString(), QStringLiteral("2/min"));
        now += 30'000;
        m.refreshTimes();
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::LastSeenColumn).data().toString(),
                 QStringLiteral("30 s ago"));
        now += 60'000;
        m.refreshTimes();
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::RateColumn).data().toString(), QStringLiteral("0/min"));
    }

    void statusAndAlerts()
    {
        DeviceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StatusChange on;
        on.meta = meta("s1", 10);
        on.device = key("pk", "d");
        on.online = true;
        on.time = 10;
        StatusChange offLate = on; // arrives later in the batch but is older
        offLate.meta = meta("s0", 11);
        offLate.online = false;
        offLate.time = 5;
        m.addStatuses({on, offLate});
        QVERIFY(m.indexOf(on.device).data(DeviceTreeModel::OnlineRole).toBool());
        DeviceEvent info, alert;
        info.meta = meta("e1", 12);
        info.device = on.device;
        alert = info;
        alert.meta = meta("e2", 13);
        alert.type = EventType::Alert;
        m.addEvents({info, alert});
        QCOMPARE(m.indexOf(on.device).data(DeviceTreeModel::AlertsRole).toInt(), 1);
        QCOMPARE(m.indexOf(on.device).data().toString(), QStringLiteral("d  (1)"));
        m.clearAlerts(on.device);
        QCOMPARE(m.indexOf(on.device).data(DeviceTreeModel::AlertsRole).toInt(), 0);
    }
};

QTEST_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"
