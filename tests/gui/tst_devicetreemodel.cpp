#include "catalogfixture.h"
#include "gui/devicetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceKey key(const QString &pk, const QString &dn)
{
    return {pk, dn, "iot-" + dn};
}
// A device as the view feed sends it: counts and rate are the feed's.
DeviceView seen(const DeviceKey &k, qint64 lastSeen, qint64 messages, int perMinute)
{
    DeviceView v;
    v.device = k;
    v.deviceType = "Light";
    v.lastSeen = lastSeen;
    v.messages = messages;
    v.perMinute = perMinute;
    return v;
}
} // namespace

class TestDeviceTreeModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    // The cloud API's inventory lists every device at once, with the state
    // the API gives, the product's name and the device's nickname.
    void theInventoryListsEveryDeviceByName()
    {
        DeviceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyDevices({seen(key("pk0", "lamp1"), 5, 1, 1)}); // one that spoke before the inventory came
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.setCatalog(catalogfixture::catalog());
        QCOMPARE(inserted.count(), 1); // the new product and its devices in one insertion
        QCOMPARE(m.deviceCount(), 4);
        QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("智能插座 (pk1)"));
        QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("pk0")); // no name known: the key
        QCOMPARE(m.index(1, DeviceTreeModel::TypeColumn).data().toString(), QStringLiteral("1 of 3 online"));
        const QModelIndex plug1 = m.indexOf(key("pk1", "plug001"));
        QCOMPARE(plug1.data().toString(), QStringLiteral("plug001 · 客厅插座"));
        QCOMPARE(plug1.data(DeviceTreeModel::OnlineRole).toBool(), true);
        const QModelIndex idle = m.indexOf(key("pk1", "plug-idle"));
        QCOMPARE(idle.data(DeviceTreeModel::OnlineRole).toBool(), false);
        QCOMPARE(idle.siblingAtColumn(DeviceTreeModel::LastSeenColumn).data().toString(),
                 QStringLiteral("never activated"));
        QVERIFY(idle.data(Qt::ToolTipRole).toString().contains(QStringLiteral("never activated")));
        QVERIFY(idle.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no message from it yet")));
        QCOMPARE(idle.data(DeviceTreeModel::ApiStatusRole).toInt(), int(DeviceStatus::Inactive));
        // A status message later says plug002 came online.
        DeviceView v = seen(key("pk1", "plug002"), 10, 1, 1);
        v.online = true;
        m.applyDevices({v});
        QCOMPARE(m.index(1, DeviceTreeModel::TypeColumn).data().toString(), QStringLiteral("2 of 3 online"));
        // A refresh that no longer knows a name falls back to the key.
        m.setCatalog({});
        QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("pk1"));
        QCOMPARE(m.deviceCount(), 4);
    }

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
        m.applyDevices({seen(key("pk1", "a"), now, 1, 1)});
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        // 3 new devices of a known product, 1 of a new product, an update to "a".
        m.applyDevices({seen(key("pk1", "b"), now, 1, 1), seen(key("pk1", "c"), now, 1, 1),
                        seen(key("pk1", "d"), now, 1, 1), seen(key("pk9", "x"), now, 1, 1),
                        seen(key("pk1", "a"), now, 2, 2)});
        QCOMPARE(inserted.count(), 2); // one for pk1's new devices, one for the new product
        QCOMPARE(m.rowCount(m.index(0, 0)), 4);
        QCOMPARE(changed.count(), 4); // per product: its device rows, and its totals row
        const QModelIndex a = m.indexOf(key("pk1", "a"));
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::MessagesColumn).data().toLongLong(), 2);
        QCOMPARE(m.index(0, DeviceTreeModel::MessagesColumn).data().toLongLong(), 5); // pk1's total
        QVERIFY(a.data(DeviceTreeModel::OnlineRole).toBool()); // talking, no status yet: online
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::RateColumn).data().toString(), QStringLiteral("2/min"));
        now += 30'000; // "last seen" ages at each paint
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::LastSeenColumn).data().toString(),
                 QStringLiteral("30 s ago"));
        m.applyDevices({seen(key("pk1", "a"), now - 30'000, 2, 0)}); // the feed's rate moved
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::RateColumn).data().toString(), QStringLiteral("0/min"));
        QCOMPARE(a.siblingAtColumn(DeviceTreeModel::MessagesColumn).data().toLongLong(), 2);
    }

    // A product that sorts first arrives after others: the devices below it
    // keep their identity. A selection, the current index and a filter
    // proxy's mappings hold device indexes across that insertion (the demo
    // crashed in QSortFilterProxyModel when they named their product by row).
    void aProductInsertedAboveKeepsEveryDeviceIndex()
    {
        DeviceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&m);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.applyDevices({seen(key("pk5", "lamp1"), 1, 1, 1), seen(key("pk5", "lamp2"), 1, 1, 1),
                        seen(key("pk7", "door1"), 1, 1, 1)});
        // The proxy maps every row, devices too (as a view asking for their children does).
        for (int p = 0; p < proxy.rowCount(); ++p)
            for (int d = 0; d < proxy.rowCount(proxy.index(p, 0)); ++d)
                QCOMPARE(proxy.rowCount(proxy.index(d, 0, proxy.index(p, 0))), 0);
        const QPersistentModelIndex lamp2(m.indexOf(key("pk5", "lamp2")));
        const QPersistentModelIndex door1(m.indexOf(key("pk7", "door1")));
        const QPersistentModelIndex proxyLamp2(proxy.mapFromSource(lamp2));
        m.applyDevices({seen(key("pk1", "plug1"), 2, 1, 1), seen(key("pk6", "fan1"), 2, 1, 1)});
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(lamp2.data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>(), key("pk5", "lamp2"));
        QCOMPARE(lamp2.parent().row(), 1);
        QCOMPARE(QModelIndex(lamp2), m.indexOf(key("pk5", "lamp2")));
        QCOMPARE(door1.data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>(), key("pk7", "door1"));
        QCOMPARE(proxy.mapToSource(proxyLamp2), QModelIndex(lamp2));
        // More devices under the moved products, then a filter: the proxy stays consistent.
        m.applyDevices({seen(key("pk5", "lamp0"), 3, 1, 1), seen(key("pk7", "door0"), 3, 1, 1),
                        seen(key("pk0", "hub"), 3, 1, 1)});
        QCOMPARE(proxy.mapToSource(proxyLamp2), m.indexOf(key("pk5", "lamp2")));
        proxy.setFilterFixedString(QStringLiteral("door"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    }

    void statusAndAlerts()
    {
        DeviceTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeviceView d = seen(key("pk", "d"), 10, 1, 1);
        d.online = false;
        m.applyDevices({d});
        QVERIFY(
            !m.indexOf(d.device).data(DeviceTreeModel::OnlineRole).toBool()); // the status, not the traffic
        QCOMPARE(m.index(0, DeviceTreeModel::TypeColumn).data().toString(), QStringLiteral("0 of 1 online"));
        d.online = true;
        d.newAlerts = 1;
        m.applyDevices({d});
        QVERIFY(m.indexOf(d.device).data(DeviceTreeModel::OnlineRole).toBool());
        QCOMPARE(m.index(0, DeviceTreeModel::TypeColumn).data().toString(), QStringLiteral("1 of 1 online"));
        d.online.reset(); // an update without a status keeps the last one
        d.newAlerts = 2;
        m.applyDevices({d});
        QVERIFY(m.indexOf(d.device).data(DeviceTreeModel::OnlineRole).toBool());
        QCOMPARE(m.indexOf(d.device).data(DeviceTreeModel::AlertsRole).toInt(), 3); // new ones add up
        QCOMPARE(m.indexOf(d.device).data().toString(), QStringLiteral("d  (3)"));
        m.clearAlerts(d.device);
        QCOMPARE(m.indexOf(d.device).data(DeviceTreeModel::AlertsRole).toInt(), 0);
    }
};

QTEST_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"
