#include "alertnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QElapsedTimer>
#include <QSystemTrayIcon>

#include <algorithm>

namespace linkscope {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

QString deviceText(const DeviceKey &d)
{
    return d.deviceName.isEmpty() ? d.id() : d.deviceName;
}

} // namespace

AlertNotifier::AlertNotifier(Options options, QObject *parent)
    : QObject(parent), m_options(options), m_bus(QDBusConnection::sessionBus())
{
    qRegisterMetaType<QList<linkscope::AlertTransition>>();
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertNotifier::flush);
    setConnection(m_bus);
}

void AlertNotifier::setConnection(const QDBusConnection &connection)
{
    m_bus.disconnect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                     SLOT(onActionInvoked(uint, QString)));
    m_bus = connection;
    if (m_bus.isConnected())
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
}

void AlertNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
    if (tray)
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayDevice.isValid())
                emit deviceActivated(m_trayDevice);
        });
}

QPair<QString, QString> AlertNotifier::texts(const QList<AlertTransition> &firing)
{
    if (firing.size() == 1) {
        const AlertTransition &t = firing.first();
        return {t.rule, tr("%1 (%2): %3").arg(deviceText(t.device), t.device.productKey, t.detail)};
    }
    QStringList rules; // in the order they first fired
    QHash<QString, QList<DeviceKey>> devices;
    for (const AlertTransition &t : firing) {
        if (!devices.contains(t.rule))
            rules << t.rule;
        devices[t.rule] << t.device;
    }
    if (rules.size() == 1) {
        const QList<DeviceKey> &list = devices.value(rules.first());
        QStringList names;
        for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), 5); ++i)
            names << deviceText(list[i]);
        QString body = names.join(QStringLiteral(", "));
        if (list.size() > 5)
            body += tr(" and %n more", nullptr, int(list.size() - 5));
        return {tr("%n devices: %1", nullptr, int(list.size())).arg(rules.first()), body};
    }
    QStringList lines;
    for (const QString &rule : std::as_const(rules)) {
        const QList<DeviceKey> &list = devices.value(rule);
        lines << (list.size() == 1 ? tr("%1: %2").arg(rule, deviceText(list.first()))
                                   : tr("%1: %n devices", nullptr, int(list.size())).arg(rule));
    }
    return {tr("%n alerts", nullptr, int(firing.size())), lines.join(u'\n')};
}

void AlertNotifier::notify(const QList<AlertTransition> &transitions)
{
    if (!m_enabled)
        return;
    for (const AlertTransition &t : transitions)
        if (t.state == AlertState::Firing)
            m_pending << t;
    if (m_pending.isEmpty() || m_timer.isActive())
        return;
    // Wait a moment for the rest of a burst, and keep the pace.
    const qint64 sinceLast = m_clock.elapsed() - m_lastSentMs;
    const qint64 wait = std::max<qint64>(m_options.groupWindowMs,
                                         m_lastSentMs == 0 ? 0 : m_options.minIntervalMs - sinceLast);
    m_timer.start(int(wait));
}

void AlertNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<AlertTransition> firing = std::exchange(m_pending, {});
    const auto [summary, body] = texts(firing);
    AlertSeverity worst = AlertSeverity::Info;
    for (const AlertTransition &t : firing)
        worst = std::max(worst, t.severity);
    const int urgency = worst == AlertSeverity::Critical ? 2 : worst == AlertSeverity::Warning ? 1 : 0;
    send(summary, body, urgency, firing.first().device);
    m_lastSentMs = m_clock.elapsed();
}

void AlertNotifier::send(const QString &summary, const QString &body, int urgency, const DeviceKey &first)
{
    const bool service = m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(kService).value();
    if (!service) {
        if (m_tray && QSystemTrayIcon::supportsMessages()) {
            m_trayDevice = first;
            m_tray->showMessage(summary, body,
                                urgency == 2 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
            emit shown(summary, body);
        }
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints {{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency))},
                       {QStringLiteral("desktop-entry"), QStringLiteral("io.github.linkscope.LinkScope")},
                       {QStringLiteral("category"), QStringLiteral("device")}};
    call << QStringLiteral("LinkScope") << uint(0) << QStringLiteral("io.github.linkscope.LinkScope")
         << summary << body << QStringList {QStringLiteral("default"), tr("Show device")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, first] {
        QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError())
            return;
        if (m_devices.size() > 100)
            m_devices.clear();
        m_devices.insert(reply.value(), first);
    });
    emit shown(summary, body);
}

void AlertNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != u"default")
        return;
    const auto it = m_devices.constFind(id);
    if (it != m_devices.cend())
        emit deviceActivated(*it);
}

} // namespace linkscope
