#pragma once

// A session bus of the test's own: dbus-daemon on a socket in a temporary
// folder (killed with the test), and a notification server for it that
// records every Notify call, as a desktop's notification daemon would take
// them. List this header among the test's SOURCES (it has a Q_OBJECT).

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <csignal>
#include <sys/prctl.h>

class PrivateSessionBus {
public:
    ~PrivateSessionBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    // The bus's address, or empty with the reason in `error`.
    QString start(QString *error)
    {
        const QString config = m_dir.filePath("session.conf");
        QFile f(config);
        if (!m_dir.isValid() || !f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(config);
            return {};
        }
        f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir="
                + m_dir.path().toUtf8()
                + "</listen><auth>EXTERNAL</auth>"
                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        f.close();
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                        QStringLiteral("--config-file=") + config});
        if (!m_daemon.waitForStarted()) {
            *error = QStringLiteral("dbus-daemon is not installed (Debian: dbus-daemon)");
            return {};
        }
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10'000)) { }
        const QString address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        if (!address.startsWith(u"unix:"))
            *error = QStringLiteral("dbus-daemon said no address: %1").arg(address);
        return address.startsWith(u"unix:") ? address : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

struct NotifyCall {
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

// What a desktop's notification daemon does, as far as the tests need.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;

    // Serves org.freedesktop.Notifications on `bus`.
    bool serve(QDBusConnection bus)
    {
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        calls << NotifyCall {summary, body, actions, hints};
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);
};
