// Alert notifications through a real session bus: the test starts its own
// dbus-daemon on a socket in a temporary folder and serves
// org.freedesktop.Notifications itself, recording every Notify call. A burst
// is one notification, the pace is kept, clearing notifies nothing, and a
// click shows the device.

#include "common/privatebus.h"
#include "gui/alertnotifier.h"

#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

class TestAlertNotifier : public QObject {
    Q_OBJECT

    PrivateSessionBus m_bus;
    QString m_address;

    static AlertTransition firing(const QString &rule, const QString &device, AlertSeverity severity,
                                  const QString &detail = QStringLiteral("offline for 2m"))
    {
        return AlertTransition {
            rule, severity, DeviceKey {QStringLiteral("pkA"), device, {}}, AlertState::Firing, 1000,
            {},   detail};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_address = m_bus.start(&error);
        QVERIFY2(!m_address.isEmpty(), qPrintable(error));
    }

    void burstsAreGroupedPacedAndClickable()
    {
        QDBusConnection server = QDBusConnection::connectToBus(m_address, "server");
        QVERIFY(server.isConnected());
        FakeNotifications daemon;
        QVERIFY(daemon.serve(server));

        QDBusConnection client = QDBusConnection::connectToBus(m_address, "client");
        AlertNotifier notifier({200, 1000});
        notifier.setConnection(client);
        QSignalSpy shown(&notifier, &AlertNotifier::shown);
        QSignalSpy activated(&notifier, &AlertNotifier::deviceActivated);

        // Twelve devices go offline in one moment: one notification.
        QList<AlertTransition> burst;
        for (int i = 0; i < 12; ++i)
            burst << firing("Gone", QStringLiteral("lock-%1").arg(i), AlertSeverity::Warning);
        notifier.notify(burst.mid(0, 5));
        notifier.notify(burst.mid(5));
        QTRY_COMPARE(daemon.calls.size(), 1);
        QCOMPARE(daemon.calls[0].summary, QStringLiteral("12 devices: Gone"));
        QCOMPARE(daemon.calls[0].body, QStringLiteral("lock-0, lock-1, lock-2, lock-3, lock-4 and 7 more"));
        QCOMPARE(daemon.calls[0].hints.value("urgency").toInt(), 1);
        QVERIFY(daemon.calls[0].actions.contains("default"));

        // Clearing is not news; the next firing waits for the pace (1 s), not for ever.
        AlertTransition cleared = burst.first();
        cleared.state = AlertState::Cleared;
        notifier.notify({cleared});
        notifier.notify({firing("Hot plug", "plug-1", AlertSeverity::Critical, "RealTimePower 1620 > 1500")});
        QTest::qWait(500);
        QCOMPARE(daemon.calls.size(), 1); // within the pace: held back
        QTRY_COMPARE(daemon.calls.size(), 2);
        QCOMPARE(daemon.calls[1].summary, QStringLiteral("Hot plug"));
        QCOMPARE(daemon.calls[1].body, QStringLiteral("plug-1 (pkA): RealTimePower 1620 > 1500"));
        QCOMPARE(daemon.calls[1].hints.value("urgency").toInt(), 2);
        QCOMPARE(shown.count(), 2);

        // Clicking the second notification shows its device.
        QTest::qWait(100); // the reply with its id
        emit daemon.ActionInvoked(102, "default");
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].value<DeviceKey>().deviceName, QStringLiteral("plug-1"));
        emit daemon.ActionInvoked(101, "dismissed-by-user"); // another action is not a click
        QTest::qWait(200);
        QCOMPARE(activated.count(), 1);

        server.unregisterService("org.freedesktop.Notifications");
        QDBusConnection::disconnectFromBus("server");
        QDBusConnection::disconnectFromBus("client");
    }

    void severalRulesInOneBurst()
    {
        const auto [summary, body]
            = AlertNotifier::texts({firing("Gone", "lock-1", AlertSeverity::Warning),
                                    firing("Hot plug", "plug-1", AlertSeverity::Critical),
                                    firing("Gone", "lock-2", AlertSeverity::Warning)});
        QCOMPARE(summary, QStringLiteral("3 alerts"));
        QCOMPARE(body, QStringLiteral("Gone: 2 devices\nHot plug: plug-1"));
    }

    void withoutANotificationServiceNothingIsShownOrLost()
    {
        QDBusConnection client = QDBusConnection::connectToBus(m_address, "lonely");
        QVERIFY(client.isConnected());
        AlertNotifier notifier({50, 100});
        notifier.setConnection(client);
        QSignalSpy shown(&notifier, &AlertNotifier::shown);
        notifier.notify({firing("Gone", "lock-1", AlertSeverity::Warning)});
        QTest::qWait(300);
        QCOMPARE(shown.count(), 0); // no service and no tray: the Alerts dock still has it
        QDBusConnection::disconnectFromBus("lonely");
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
