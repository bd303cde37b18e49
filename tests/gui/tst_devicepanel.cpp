#include "gui/devicepanel.h"
#include "gui/devicetreemodel.h"
#include "gui/propertylistmodel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceView seen(const QString &pk, const QString &dn)
{
    DeviceView v;
    v.device = {pk, dn, "iot-" + dn};
    v.deviceType = "Light";
    v.lastSeen = 1000;
    v.messages = 1;
    return v;
}
} // namespace

class TestDevicePanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    void aProductLaidOutAnewKeepsTheSelectionQuietly()
    {
        DeviceTreeModel devices;
        PropertyListModel properties;
        DevicePanel panel(&devices, &properties);
        panel.resize(400, 600);
        panel.show();
        QList<DeviceView> first;
        for (int i = 0; i < 30; ++i)
            first << seen("pk", QStringLiteral("dev%1").arg(i * 10, 3, 10, QChar(u'0')));
        devices.applyDevices(first);
        QVERIFY(panel.selectDevice(first[5].device));
        QSignalSpy selected(&panel, &DevicePanel::deviceSelected);
        QSignalSpy removed(&devices, &QAbstractItemModel::rowsRemoved);
        // Devices after each of the 30: more runs than the model inserts one
        // by one, so the product's rows are laid out anew.
        QList<DeviceView> scattered;
        for (int i = 0; i < 300; ++i)
            if (i % 10)
                scattered << seen("pk", QStringLiteral("dev%1").arg(i, 3, 10, QChar(u'0')));
        devices.applyDevices(scattered);
        QCOMPARE(removed.count(), 1); // the re-layout this test is about happened
        QCOMPARE(devices.deviceCount(), 300);
        QCOMPARE(panel.currentDevice(), first[5].device);
        QCOMPARE(selected.count(), 0); // the other views are not told of the same device again
        // A real change of selection still is.
        QVERIFY(panel.selectDevice(first[6].device));
        QCOMPARE(selected.count(), 1);
    }

    void theFilterWaitsForThePauseAndFindsInATenThousandDeviceFleet()
    {
        DeviceTreeModel devices;
        PropertyListModel properties;
        DevicePanel panel(&devices, &properties);
        panel.resize(400, 800);
        panel.show();
        QList<DeviceView> fleet;
        for (int i = 0; i < 10'000; ++i)
            fleet << seen(QStringLiteral("pk%1").arg(i % 4),
                          QStringLiteral("th%1").arg(i, 5, 10, QChar(u'0')));
        devices.applyDevices(fleet);
        auto *filter = panel.findChild<QLineEdit *>("deviceFilter");
        QVERIFY(filter);
        const QAbstractItemModel *shown = panel.tree()->model();
        const auto visibleDevices = [shown] {
            int n = 0;
            for (int p = 0; p < shown->rowCount(); ++p)
                n += shown->rowCount(shown->index(p, 0));
            return n;
        };
        QCOMPARE(visibleDevices(), 10'000);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel.tree()->model());
        QVERIFY(proxy);
        QTest::keyClicks(filter, "th0421"); // no event loop runs between the keys
        // Every key restarted the pause: nothing is filtered yet, then the whole word at once.
        QCOMPARE(visibleDevices(), 10'000);
        QCOMPARE(proxy->filterRegularExpression().pattern(), QString());
        QTRY_COMPARE(visibleDevices(), 10); // th04210 … th04219
        QCOMPARE(proxy->filterRegularExpression().pattern(), QStringLiteral("th0421"));
        for (int p = 0; p < shown->rowCount(); ++p)
            for (int d = 0; d < shown->rowCount(shown->index(p, 0)); ++d)
                QVERIFY(shown->index(d, 0, shown->index(p, 0)).data().toString().startsWith("th0421"));
        // How long one refilter of the whole fleet takes here (reported, not asserted).
        QElapsedTimer once;
        once.start();
        proxy->setFilterFixedString("th09");
        QCoreApplication::processEvents();
        qInfo("one refilter of 10,000 devices: %lld ms", qint64(once.elapsed()));
        QCOMPARE(visibleDevices(), 1000);
    }
};

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"
