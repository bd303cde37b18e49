// The issue's own test of alerts, as a new user would do it: in the demo, a
// rule "plug RealTimePower above 1500 W" fires as a desktop notification
// (a notification server of the test's own on a private session bus) and in
// the Alerts dock; it is acknowledged there, it clears, and after a restart
// of the demo its firing, acknowledgement and clearing are in the history.

#include "appcontroller.h"
#include "common/privatebus.h"
#include "core/messages.h"
#include "gui/alertmodels.h"
#include "gui/alertnotifier.h"
#include "gui/alertspanel.h"
#include "gui/mainwindow.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace linkscope;

class TestDemoAlerts : public QObject {
    Q_OBJECT

    PrivateSessionBus m_bus;
    QString m_address;

    static bool hasTransition(const AlertHistoryModel *m, const DeviceKey &device, AlertState state)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->transition(r).rule == u"Hot plug" && m->transition(r).device.id() == device.id()
                && m->transition(r).state == state)
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINKSCOPE_SIM", LINKSCOPE_BIN_DIR "/linkscope-sim");
        registerMessageTypes();
        QString error;
        m_address = m_bus.start(&error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
    }

    void aPlugRuleFiresIsAcknowledgedClearsAndIsRemembered()
    {
        QDBusConnection server = QDBusConnection::connectToBus(m_address, "notifications");
        FakeNotifications desktop;
        QVERIFY(desktop.serve(server));
        // The rule, where the rule editor saves the demo's rules. (2 s
        // rather than the 10 s: the demo's loads at this pace last a
        // few seconds.)
        QDir().mkpath(AppController::demoDir());
        QFile::remove(QDir(AppController::demoDir()).filePath("demo-history.sqlite"));
        {
            QFile f(QDir(AppController::demoDir()).filePath("alert-rules.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"rules\":[{\"name\":\"Hot "
                    "plug\",\"kind\":\"property-above\",\"property\":\"RealTimePower\","
                    "\"threshold\":1500,\"for\":\"2s\",\"hysteresis\":50,\"severity\":\"critical\"}]}");
        }
        DemoOptions demo;
        demo.rate = 60; // the plugs report often enough for a load within a minute, which lasts seconds
        DeviceKey device;
        {
            MainWindow w;
            w.resize(1400, 880);
            w.show();
            AppController app(&w);
            app.notifier()->setConnection(QDBusConnection::connectToBus(m_address, "app"));
            auto started = app.startDemo(demo);
            QVERIFY2(started.ok(), qPrintable(started.error()));
            QCOMPARE(w.alertRules().size(), 1);

            // It fires: in the dock, on the badge, on the desktop. It is
            // acknowledged in the dock, as a user does; a load that ends
            // before the click is simply followed by the next one.
            AlertsPanel *panel = w.alertsPanel();
            QTableView *table = panel->activeTable();
            QDeadlineTimer deadline(180'000);
            bool acknowledged = false;
            while (!acknowledged && !deadline.hasExpired()) {
                QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0 || deadline.hasExpired(), 180'000);
                if (table->model()->rowCount() == 0)
                    break;
                device = table->model()->index(0, 0).data(DeviceRole).value<DeviceKey>();
                QCOMPARE(table->model()->index(0, 0).data(RuleRole).toString(), QStringLiteral("Hot plug"));
                QVERIFY(w.alertsAction()->text().startsWith(u"Alerts ("));
                table->selectRow(0);
                panel->findChild<QPushButton *>("acknowledgeAlert")->click();
                QTRY_VERIFY_WITH_TIMEOUT(hasTransition(w.alertHistory(), device, AlertState::Acknowledged)
                                             || hasTransition(w.alertHistory(), device, AlertState::Cleared),
                                         10'000);
                acknowledged = hasTransition(w.alertHistory(), device, AlertState::Acknowledged);
            }
            QVERIFY2(acknowledged, "no alert stayed long enough to be acknowledged");
            QTRY_VERIFY_WITH_TIMEOUT(!desktop.calls.isEmpty(), 10'000);
            QVERIFY2(desktop.calls.first().summary.contains(u"Hot plug"),
                     qPrintable(desktop.calls.first().summary));
            QCOMPARE(desktop.calls.first().hints.value("urgency").toInt(), 2); // critical

            // It clears when the load ends.
            QTRY_VERIFY_WITH_TIMEOUT(hasTransition(w.alertHistory(), device, AlertState::Cleared), 120'000);
            app.stop();
        }
        // Restarted: the demo's messages start over, its alerts' history does not.
        MainWindow w;
        AppController app(&w);
        auto started = app.startDemo(demo);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        for (const AlertState state : {AlertState::Firing, AlertState::Acknowledged, AlertState::Cleared})
            QTRY_VERIFY_WITH_TIMEOUT(hasTransition(w.alertHistory(), device, state), 10'000);
        app.stop();
    }
};

QTEST_MAIN(TestDemoAlerts)
#include "tst_demoalerts.moc"
