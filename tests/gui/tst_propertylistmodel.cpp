#include "catalogfixture.h"
#include "gui/chartspanel.h"
#include "gui/propertylistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
const DeviceKey kLamp {QStringLiteral("pk"), QStringLiteral("lamp1"), {}};
const DeviceKey kPlug {QStringLiteral("pk"), QStringLiteral("plug1"), {}};

PropertyReport report(const DeviceKey &d, const QString &attribute, const QVariant &value, qint64 t)
{
    PropertyReport r;
    r.meta.messageId = QStringLiteral("m%1").arg(t);
    r.device = d;
    r.attribute = attribute;
    r.value = value;
    r.time = t;
    return r;
}
} // namespace

class TestPropertyListModel : public QObject {
    Q_OBJECT

private slots:
    // With a thing model: names, units, labels; the raw value in the tooltip;
    // a value from the cloud API never replaces a newer one from the push.
    void showsNamesUnitsAndLabels()
    {
        PropertyListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DeviceKey plug {"pk1", "plug001", "iot-plug001"};
        m.setCatalog(catalogfixture::catalog());
        m.setCurrentDevice(plug);
        DeviceSnapshot snapshot {plug,
                                 {{"PowerSwitch", qint64(1), 1000},
                                  {"RealTimePower", 1200.5, 1000},
                                  {"Mode", qint64(0), 1000},
                                  {"Unknown", "x", 1000}}};
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.addSnapshots({snapshot});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m.rowCount(), 4);
        const auto row = [&](const char *a) { return int(m.attributes().indexOf(QString::fromLatin1(a))); };
        QCOMPARE(m.index(row("PowerSwitch"), 0).data().toString(), QStringLiteral("电源开关"));
        QCOMPARE(m.index(row("PowerSwitch"), 1).data().toString(), QStringLiteral("开启"));
        QVERIFY(m.index(row("PowerSwitch"), 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("raw value 1")));
        QCOMPARE(m.index(row("RealTimePower"), 1).data().toString(), QStringLiteral("1200.5 W"));
        QVERIFY(m.index(row("RealTimePower"), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("RealTimePower")));
        QVERIFY(m.index(row("RealTimePower"), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("0 … 2500 W")));
        QCOMPARE(m.index(row("Mode"), 1).data().toString(), QStringLiteral("自动"));
        QCOMPARE(m.index(row("Unknown"), 0).data().toString(),
                 QStringLiteral("Unknown")); // not in the model: as it came
        QCOMPARE(m.index(row("Mode"), 0).data(PropertyListModel::AttributeRole).toString(),
                 QStringLiteral("Mode"));
        // The push said Mode = 1 later; an older snapshot does not undo it.
        PropertyReport r;
        r.device = plug;
        r.attribute = "Mode";
        r.value = qint64(1);
        r.time = 5000;
        m.addProperties({r});
        m.addSnapshots({DeviceSnapshot {plug, {{"Mode", qint64(0), 2000}}}});
        QCOMPARE(m.index(row("Mode"), 1).data().toString(), QStringLiteral("手动"));
        QVERIFY(m.hasValues(plug));
        QVERIFY(!m.hasValues({"pk1", "plug002", {}}));
        // Without the thing model, the identifiers and raw values again.
        m.setCatalog({});
        QCOMPARE(m.index(row("PowerSwitch"), 1).data().toString(), QStringLiteral("1"));
    }

    void showsTheCurrentDevicesLastValues()
    {
        PropertyListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        DeviceSummary s;
        s.device = kLamp;
        s.lastValues = {{QStringLiteral("Brightness"), 40, 1000}, {QStringLiteral("PowerSwitch"), 1, 1000}};
        m.setDevices({s});
        QCOMPARE(m.rowCount(), 0); // no device chosen yet
        m.setCurrentDevice(kLamp);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, PropertyListModel::ValueColumn).data().toString(), QStringLiteral("40"));

        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.addProperties({report(kLamp, QStringLiteral("Brightness"), 55, 2000),
                         report(kLamp, QStringLiteral("ColorTemperature"), 4000.5, 2000),
                         report(kPlug, QStringLiteral("Power"), 3, 2000),
                         report(kLamp, QStringLiteral("PowerSwitch"), 0, 500)}); // older: kept out
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, PropertyListModel::ValueColumn).data().toString(), QStringLiteral("55"));
        QCOMPARE(m.index(1, PropertyListModel::ValueColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(m.index(2, PropertyListModel::ValueColumn).data().toString(), QStringLiteral("4000.5"));
        m.setCurrentDevice(kPlug); // other devices' values were kept meanwhile
        QCOMPARE(m.attributes(), QStringList {QStringLiteral("Power")});
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void aDeviceKeepsABoundedNumberOfProperties()
    {
        // Names are the device's choice: past the limit new ones are not
        // kept, and the known ones still update.
        PropertyListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCurrentDevice(kLamp);
        QList<PropertyReport> flood;
        for (int i = 0; i < 3000; ++i)
            flood << report(kLamp, QStringLiteral("P%1").arg(i), i, 1000 + i);
        m.addProperties(flood);
        QCOMPARE(m.rowCount(), int(PropertyListModel::MaxAttributes));
        m.addProperties({report(kLamp, "P7", 77, 99'999)});
        QCOMPARE(m.data(m.index(7, PropertyListModel::ValueColumn)).toString(), QString("77"));
        QCOMPARE(m.attributes().indexOf("P7"), 7);
        m.addProperties({report(kPlug, "Other", 1, 5)}); // another device: not shown, kept
        QCOMPARE(m.rowCount(), int(PropertyListModel::MaxAttributes));
        m.setCurrentDevice(kPlug);
        QCOMPARE(m.rowCount(), 1);
    }

    void checkboxesChartAndFollowTheCharts()
    {
        PropertyListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSet<QString> charted;
        m.setChartedCheck([&](const DeviceKey &, const QString &a) { return charted.contains(a); });
        m.setCurrentDevice(kLamp);
        m.addProperties({report(kLamp, QStringLiteral("Brightness"), 55, 2000)});
        const QModelIndex name = m.index(0, PropertyListModel::NameColumn);
        QVERIFY(m.flags(name) & Qt::ItemIsUserCheckable);
        QVERIFY(m.flags(name) & Qt::ItemIsDragEnabled);
        QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QSignalSpy toggled(&m, &PropertyListModel::chartToggled);
        QVERIFY(m.setData(name, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled[0][0].value<DeviceKey>(), kLamp);
        QCOMPARE(toggled[0][2].toBool(), true);
        charted.insert(QStringLiteral("Brightness"));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.refreshChecks();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!m.setData(m.index(0, PropertyListModel::ValueColumn), Qt::Checked, Qt::CheckStateRole));

        std::unique_ptr<QMimeData> mime(m.mimeData({name}));
        QVERIFY(mime);
        QCOMPARE(mime->data(QString::fromLatin1(ChartsPanel::PropertyMimeType)),
                 ChartsPanel::encodeProperty(kLamp, QStringLiteral("Brightness")));
    }
};

QTEST_MAIN(TestPropertyListModel)
#include "tst_propertylistmodel.moc"
