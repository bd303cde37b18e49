#include "appcontroller.h"
#include "core/messages.h"
#include "gui/bindingmodel.h"
#include "gui/bindingspanel.h"
#include "gui/chartspanel.h"
#include "gui/devicepanel.h"
#include "gui/devicetreemodel.h"
#include "gui/eventlogmodel.h"
#include "gui/eventspanel.h"
#include "gui/inspectorwidget.h"
#include "gui/mainwindow.h"
#include "gui/messagelogmodel.h"
#include "gui/propertychart.h"
#include "gui/propertylistmodel.h"
#include "gui/statustimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace linkscope;

// Demo mode for real: linkscope-sim as a child on loopback TLS, the AMQP
// subscriber, the SQLite store, the main window with every view.
class TestDemoMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // history under ~/.qttest, not the user's
        qputenv("LINKSCOPE_SIM", LINKSCOPE_BIN_DIR "/linkscope-sim");
        registerMessageTypes();
    }

    void demoFillsEveryViewAndTheChartShowsTheSelectedDevice()
    {
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        AppController app(&w);
        w.showWelcome(true);
        const QString dir = QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/welcome.png")));
        QElapsedTimer clock;
        clock.start();
        auto started = app.startDemo();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QVERIFY(!w.isWelcomeShown());

        // Every proxy the window shows, checked while live data flows through it.
        QAbstractItemModelTester treeProxy(w.deviceView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventProxy(w.eventsPanel()->table()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timeline(w.timelineModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester properties(w.propertyModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Devices in the tree.
        QTRY_VERIFY_WITH_TIMEOUT(w.deviceModel()->deviceCount() >= 10, 30'000);
        qInfo("devices in the tree after %lld ms", clock.elapsed());
        // The first device is selected by itself; its properties appear in the chart.
        QTRY_VERIFY_WITH_TIMEOUT(w.devicePanel()->currentDevice().isValid(), 10'000);
        const DeviceKey selected = w.devicePanel()->currentDevice();
        QTRY_VERIFY_WITH_TIMEOUT(w.chartsPanel()->chartedCount() > 0, 30'000);
        PropertyChart *chart = w.chartsPanel()->chart(0);
        QCOMPARE(chart->seriesDevice(0), selected);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->numbers(0).isEmpty() || !chart->marks(0).isEmpty(), 30'000);
        qInfo("chart has %s after %lld ms", qPrintable(chart->seriesName(0)), clock.elapsed());
        // The property list ticks what the chart shows.
        const int row = w.propertyModel()->attributes().indexOf(chart->seriesAttribute(0));
        QVERIFY(row >= 0);
        QCOMPARE(w.propertyModel()->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Choosing another device and ticking one of its properties charts it too.
        // (one that sends: the inventory also lists devices that never do)
        const QModelIndex product = w.deviceModel()->index(w.deviceModel()->rowCount() - 1, 0);
        DeviceKey other;
        for (int r = 0; r < w.deviceModel()->rowCount(product) && !other.isValid(); ++r) {
            const auto key = w.deviceModel()
                                 ->index(r, 0, product)
                                 .data(DeviceTreeModel::DeviceKeyRole)
                                 .value<DeviceKey>();
            if (!key.deviceName.contains(QStringLiteral("_spare")))
                other = key;
        }
        QVERIFY(w.devicePanel()->selectDevice(other));
        QTRY_VERIFY_WITH_TIMEOUT(w.propertyModel()->rowCount() > 0, 30'000);
        QVERIFY(w.propertyModel()->setData(w.propertyModel()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(w.chartsPanel()->isCharted(other, w.propertyModel()->attributes().first()));

        // Events, the timeline, bindings and the inspector fill too.
        QTRY_VERIFY_WITH_TIMEOUT(w.eventModel()->rowCount() > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.timelineModel()->rowCount() > 0, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->rowCount() > 20, 30'000);
        QVERIFY(w.devicePanel()->selectDevice(selected));
        QTRY_VERIFY_WITH_TIMEOUT(w.bindingsPanel()->summary().contains(selected.deviceName), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionText().startsWith(QStringLiteral("Subscribed")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.statsText().contains(QStringLiteral("msg/s")), 10'000);

        // Screenshots of the window and each view, for a person to look at.
        QTest::qWait(1500); // let the charts scroll a little
        const QImage whole = w.grab().toImage();
        QVERIFY(whole.save(dir + QStringLiteral("/demo-mainwindow.png")));
        QVERIFY(whole.width() >= 1000);
        for (const char *name : {"devicesDock", "chartsDock", "timelineDock", "bindingsDock", "eventsDock"}) {
            QDockWidget *d = w.dock(QString::fromLatin1(name));
            QVERIFY(d->isVisible());
            QVERIFY(d->widget()->grab().save(
                dir + QStringLiteral("/demo-%1.png").arg(QString::fromLatin1(name))));
        }
        // The chart image is not blank: its series colour is on it.
        const QImage chartImage = chart->grab().toImage();
        const QRgb series = chart->seriesColor(0).rgb();
        int hits = 0;
        for (int y = 0; y < chartImage.height(); ++y)
            for (int x = 0; x < chartImage.width(); ++x)
                hits += qAbs(qRed(chartImage.pixel(x, y)) - qRed(series)) < 24
                    && qAbs(qGreen(chartImage.pixel(x, y)) - qGreen(series)) < 24
                    && qAbs(qBlue(chartImage.pixel(x, y)) - qBlue(series)) < 24;
        QVERIFY2(hits > 30, qPrintable(QStringLiteral("only %1 pixels of the series colour").arg(hits)));

        // Dark mode: the painted views take their colours from the palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(dark);
        QTest::qWait(300);
        const QImage darkChart = chart->grab().toImage();
        QCOMPARE(darkChart.pixelColor(darkChart.width() / 2, darkChart.height() / 2).lightness() < 80, true);
        QVERIFY(w.grab().save(dir + QStringLiteral("/demo-dark.png")));
        QApplication::setPalette(light);

        // The device's history exports from the tree's context menu.
        const QString exported = dir + QStringLiteral("/demo-device.jsonl");
        QFile::remove(exported);
        emit w.exportDeviceRequested(selected, exported);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exported).size() > 0, 10'000);
        // "Open in inspector" filters the message list to the device.
        emit w.devicePanel()->openInInspector(selected);
        QTRY_VERIFY(w.findChild<QLineEdit *>(QStringLiteral("inspectorFilter"))->text() == selected.id());
        // The device's newest property post, with its diff against the one before.
        QString newest;
        for (int m = 0; m < w.messageModel()->rowCount() && newest.isEmpty(); ++m) {
            const QModelIndex i = w.messageModel()->index(m, 0);
            if (i.data(MessageLogModel::KindRole).toInt() == int(MessageKind::Property)
                && i.data(MessageLogModel::DeviceKeyRole).value<DeviceKey>().id() == selected.id()
                && w.messageModel()->previousOnTopic(m) >= 0)
                newest = i.data(MessageLogModel::MessageIdRole).toString();
        }
        QVERIFY(!newest.isEmpty());
        QVERIFY(w.inspector()->selectMessage(newest));
        QVERIFY(w.inspector()->prettyText().contains(QStringLiteral("\"items\"")));
        QVERIFY(w.inspector()->diffText().startsWith(QStringLiteral("Against message")));
        QVERIFY(w.grab().save(dir + QStringLiteral("/demo-inspector.png")));

        app.stop();
        QCOMPARE(w.connectionText(), QStringLiteral("Not connected"));
    }

    // The cloud API as a new user meets it: within 3 s of connecting, every
    // device (those that never send too) with its state, products by name,
    // nicknames, properties by name with units and labels, and the chart's
    // axis from the thing model.
    void demoShowsWhatTheCloudApiKnows()
    {
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        AppController app(&w);
        QElapsedTimer clock;
        clock.start();
        DemoOptions options;
        options.rate = 5; // slow: what is shown comes from the API, not from the push
        options.devices = 24;
        options.products = 4;
        QVERIFY(app.startDemo(options).ok());
        QTRY_VERIFY_WITH_TIMEOUT(w.apiText().contains(QStringLiteral("27 device")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.deviceModel()->deviceCount() == 27, 10'000);
        const qint64 listed = clock.elapsed();
        qInfo("every device, its state and the thing models after %lld ms (%s)", listed,
              qPrintable(w.apiText()));
        // (the time is reported, not asserted: a slow machine is no failure; see docs/PERFORMANCE.md)
        // Products by name next to their productKey; never-sent devices with their state.
        QStringList productNames;
        int neverActivated = 0, disabled = 0, nicknames = 0;
        for (int p = 0; p < w.deviceModel()->rowCount(); ++p) {
            const QModelIndex product = w.deviceModel()->index(p, 0);
            productNames << product.data().toString();
            for (int r = 0; r < w.deviceModel()->rowCount(product); ++r) {
                const QString seen
                    = w.deviceModel()->index(r, DeviceTreeModel::LastSeenColumn, product).data().toString();
                neverActivated += seen == QStringLiteral("never activated");
                disabled += seen == QStringLiteral("disabled");
                nicknames += w.deviceModel()
                                 ->index(r, 0, product)
                                 .data()
                                 .toString()
                                 .contains(QStringLiteral(" · "));
            }
        }
        QVERIFY2(
            productNames.join(u'|').contains(QRegularExpression(QStringLiteral("智能插座 \\(a1\\w+\\)"))),
            qPrintable(productNames.join(u'|')));
        QCOMPARE(neverActivated, 1);
        QCOMPARE(disabled, 1);
        QVERIFY(nicknames >= 4);

        // A plug: its properties by name, with units and labels, filled by properties/get.
        DeviceKey plug;
        for (int p = 0; p < w.deviceModel()->rowCount() && !plug.isValid(); ++p) {
            const QModelIndex product = w.deviceModel()->index(p, 0);
            if (product.data().toString().startsWith(QStringLiteral("智能插座")))
                plug = w.deviceModel()
                           ->index(1, 0, product)
                           .data(DeviceTreeModel::DeviceKeyRole)
                           .value<DeviceKey>();
        }
        QVERIFY(plug.isValid() && !plug.deviceName.contains(QStringLiteral("_spare")));
        QVERIFY(w.devicePanel()->selectDevice(plug));
        QTRY_VERIFY_WITH_TIMEOUT(w.propertyModel()->attributes().contains(QStringLiteral("RealTimePower")),
                                 10'000);
        PropertyListModel *props = w.propertyModel();
        const auto rowOf = [&](const char *attribute) {
            return int(props->attributes().indexOf(QString::fromLatin1(attribute)));
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("PowerSwitch") >= 0, 10'000);
        QCOMPARE(props->index(rowOf("RealTimePower"), 0).data().toString(), QStringLiteral("实时功率"));
        QVERIFY2(props->index(rowOf("RealTimePower"), 1).data().toString().endsWith(QStringLiteral(" W")),
                 qPrintable(props->index(rowOf("RealTimePower"), 1).data().toString()));
        const QString sw = props->index(rowOf("PowerSwitch"), 1).data().toString();
        QVERIFY2(sw == QStringLiteral("开启") || sw == QStringLiteral("关闭"), qPrintable(sw));
        QVERIFY(props->index(rowOf("PowerSwitch"), 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("raw value")));
        QVERIFY(props->index(rowOf("RealTimePower"), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("0 … 2500 W")));

        // A device that never sends (offline since before the demo began):
        // its values come from properties/get alone.
        DeviceKey spare;
        for (int p = 0; p < w.deviceModel()->rowCount() && !spare.isValid(); ++p) {
            const QModelIndex product = w.deviceModel()->index(p, 0);
            for (int r = 0; r < w.deviceModel()->rowCount(product); ++r) {
                const QModelIndex i = w.deviceModel()->index(r, 0, product);
                if (i.data(DeviceTreeModel::ApiStatusRole).toInt() == int(DeviceStatus::Offline)
                    && i.data(DeviceTreeModel::DeviceKeyRole)
                           .value<DeviceKey>()
                           .deviceName.contains(QStringLiteral("_spare")))
                    spare = i.data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
            }
        }
        QVERIFY(spare.isValid());
        QVERIFY(w.devicePanel()->selectDevice(spare));
        QTRY_VERIFY_WITH_TIMEOUT(w.propertyModel()->rowCount() >= 4, 10'000);
        QVERIFY(w.dock(QStringLiteral("devicesDock"))
                    ->widget()
                    ->grab()
                    .save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/api-quiet-device.png")));
        QVERIFY(w.devicePanel()->selectDevice(plug));

        // The chart of its power: the axis is the thing model's 0 … 2500 W.
        for (int i = 0; i < w.chartsPanel()->chartCount(); ++i)
            while (w.chartsPanel()->chart(i)->seriesCount())
                w.chartsPanel()->chart(i)->removeSeries(0);
        w.chartsPanel()->chartProperty(plug, QStringLiteral("RealTimePower"), true);
        w.chartsPanel()->chartProperty(plug, QStringLiteral("PowerSwitch"), true);
        PropertyChart *chart = w.chartsPanel()->currentChart();
        QCOMPARE(chart->seriesCount(), 2);
        QVERIFY(chart->seriesName(0).endsWith(QStringLiteral("实时功率")));
        const auto range = chart->specRange();
        QVERIFY(range);
        QCOMPARE(range->first, 0.0);
        QCOMPARE(range->second, 2500.0);
        QCOMPARE(chart->valueUnit(), QStringLiteral("W"));
        QCOMPARE(chart->style(1), SeriesStyle::Steps);
        QTest::qWait(3000); // some points and switch changes to see
        const QString dir = QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/api-mainwindow.png")));
        QVERIFY(w.dock(QStringLiteral("devicesDock"))
                    ->widget()
                    ->grab()
                    .save(dir + QStringLiteral("/api-devices.png")));
        QVERIFY(chart->grab().save(dir + QStringLiteral("/api-chart.png")));
        // View > Refresh inventory asks again.
        QVERIFY(w.refreshInventoryAction()->isEnabled());
        w.refreshInventoryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.apiText().contains(QStringLiteral("27 device")), 10'000);
        app.stop();
    }

    void theSameViewOverHttp2()
    {
        // The emulator's HTTP/2 side, the HTTP/2 subscriber, the same window.
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        AppController app(&w);
        auto started = app.startDemo(PushProtocol::Http2);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QTRY_VERIFY_WITH_TIMEOUT(w.deviceModel()->deviceCount() >= 10, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.chartsPanel()->chartedCount() > 0, 30'000);
        PropertyChart *chart = w.chartsPanel()->chart(0);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->numbers(0).isEmpty() || !chart->marks(0).isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.eventModel()->rowCount() > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->rowCount() > 20, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionText().startsWith(QStringLiteral("Subscribed")), 10'000);
        QTest::qWait(1000);
        QVERIFY(w.grab().save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/demo-http2.png")));
        app.stop();
    }

    void theHistoryIsThereAfterARestart()
    {
        // A profile's history survives: devices seen before are in the tree
        // before any message (here: the demo's store, opened again with the
        // emulator stopped).
        MainWindow w;
        AppController app(&w);
        QVERIFY(app.startDemo().ok());
        QTRY_VERIFY_WITH_TIMEOUT(w.deviceModel()->deviceCount() >= 10, 30'000);
        // The cloud API's inventory is in the window, and so queued for the
        // store: stopping commits it (on a slow machine it may come late).
        QTRY_VERIFY_WITH_TIMEOUT(w.catalog() && !w.catalog()->isEmpty(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.eventModel()->rowCount() > 0, 30'000); // and events to keep
        app.stop();
        const QString store = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                  .filePath(QStringLiteral("demo/demo-history.sqlite"));
        QVERIFY(QFile::exists(store));
        const QString kept = store + QStringLiteral(".kept");
        QFile::remove(kept);
        QVERIFY(QFile::copy(store, kept)); // the next demo starts its history afresh
        MainWindow again;
        AppController reopened(&again);
        SubscriberProfile nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = 1; // nothing listens: the view is filled from history alone
        nowhere.appKey = QStringLiteral("k");
        nowhere.appSecret = Secret::fromString(QStringLiteral("s"));
        nowhere.projectId = QStringLiteral("p");
        nowhere.apiEndpoint = QStringLiteral("https://127.0.0.1:1"); // and no cloud API either
        QVERIFY(reopened.startDemo().ok()); // a demo, then another profile: the emulator goes
        QVERIFY(reopened.isDemo());
        QVERIFY(reopened.startProfile(nowhere, kept).ok());
        QVERIFY(!reopened.isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(again.deviceModel()->deviceCount() >= 10, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(again.eventModel()->rowCount() > 0, 10'000);
        // Names and every device from the inventory the demo cached; the status bar says why no fresh one.
        QTRY_VERIFY_WITH_TIMEOUT(
            again.apiText().startsWith(QStringLiteral("Cloud API unreachable: cannot reach 127.0.0.1")),
            20'000);
        QVERIFY(again.catalog() && !again.catalog()->isEmpty());
        QVERIFY(again.deviceModel()->deviceCount() > 24); // the quiet ones too
        QVERIFY(again.deviceModel()->index(0, 0).data().toString().contains(u'('));
        reopened.stop();
    }
};

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
