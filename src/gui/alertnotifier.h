#pragma once

#include "core/alertengine.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

namespace linkscope {

// Desktop notifications for alerts that fire, through the freedesktop
// notification service on the session bus (org.freedesktop.Notifications),
// or a tray icon's message where there is none. Bursts are grouped: what
// fires within `groupWindowMs` is one notification ("12 devices went
// offline"), and notifications come at most every `minIntervalMs`, the rest
// waiting for the next. Clicking one shows its (first) device.
class AlertNotifier : public QObject {
    Q_OBJECT

public:
    struct Options {
        int groupWindowMs = 1000;
        int minIntervalMs = 5000;
    };
    explicit AlertNotifier(Options options, QObject *parent = nullptr);
    explicit AlertNotifier(QObject *parent = nullptr) : AlertNotifier(Options {}, parent) { }

    // The bus to notify on (default: the session bus).
    void setConnection(const QDBusConnection &connection);
    // Where to show messages when the bus has no notification service.
    void setTrayIcon(QSystemTrayIcon *tray);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // The texts a burst becomes (summary, body): one alert, one rule's
    // devices, or several rules.
    static QPair<QString, QString> texts(const QList<AlertTransition> &firing);

public slots:
    void notify(const QList<linkscope::AlertTransition> &transitions);

signals:
    void deviceActivated(const linkscope::DeviceKey &device);
    // A notification went out (the bus's or the tray's), with its texts.
    void shown(const QString &summary, const QString &body);

private slots:
    void onActionInvoked(uint id, const QString &action);

private:
    void flush();
    void send(const QString &summary, const QString &body, int urgency, const DeviceKey &first);

    Options m_options;
    QDBusConnection m_bus;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    QList<AlertTransition> m_pending;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastSentMs = 0; // on m_clock
    QHash<uint, DeviceKey> m_devices; // notification id -> the device it shows
    DeviceKey m_trayDevice;
};

} // namespace linkscope
