// AppController: alerts. The profile's rules file beside its history, the
// alert thread's transitions to the window, the history store and the
// desktop's notifications, and the window's acknowledgements and rule edits
// back to the rules.

#include "appcontroller.h"

#include "core/privatefiles.h"
#include "gui/alertnotifier.h"
#include "gui/mainwindow.h"
#include "session/alertmonitor.h"
#include "session/pipelinehost.h"
#include "store/historystore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStatusBar>

namespace linkscope {

namespace {
constexpr qint64 kAlertHistoryMs = 30 * 24 * 3'600'000LL;
constexpr int kAlertHistoryRows = 5'000;
} // namespace

QString AppController::rulesPathFor(const QString &storePath)
{
    return QFileInfo(storePath).dir().filePath(QStringLiteral("alert-rules.json"));
}

QList<AlertRule> AppController::loadRules(const QString &rulesPath)
{
    m_rulesPath = rulesPath;
    m_rulesUnreadable = false;
    QFile f(m_rulesPath);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        m_window->statusBar()->showMessage(
            tr("Cannot read the alert rules %1: %2").arg(m_rulesPath, f.errorString()), 30'000);
        return {};
    }
    auto rules = parseAlertRules(f.readAll());
    if (!rules) {
        // Kept for the user to mend; no rule runs meanwhile, and a save from
        // the editor first puts the unreadable file aside.
        m_rulesUnreadable = true;
        m_window->statusBar()->showMessage(
            tr("The alert rules %1 were not loaded: %2").arg(m_rulesPath, rules.error()), 60'000);
        return {};
    }
    return *rules;
}

void AppController::saveRules(const QList<AlertRule> &rules)
{
    if (m_host && m_host->alerts())
        QMetaObject::invokeMethod(m_host->alerts(), [a = m_host->alerts(), rules] { a->setRules(rules); });
    if (m_rulesPath.isEmpty())
        return;
    if (m_rulesUnreadable) {
        const QString aside = m_rulesPath + QStringLiteral(".unreadable");
        QFile::remove(aside);
        QFile::rename(m_rulesPath, aside);
        m_rulesUnreadable = false;
        m_window->statusBar()->showMessage(tr("The unreadable alert rules were kept as %1").arg(aside),
                                           30'000);
    }
    QSaveFile f(m_rulesPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(alertRulesToJson(rules)) < 0 || !f.commit())
        m_window->statusBar()->showMessage(
            tr("Cannot save the alert rules to %1: %2").arg(m_rulesPath, f.errorString()), 30'000);
}

void AppController::wireAlerts()
{
    AlertMonitor *alerts = m_host->alerts();
    store::HistoryStore *store = m_host->store();
    MainWindow *w = m_window;
    if (!alerts)
        return;
    w->setAlertRules(alerts->rules());
    // Connected before the snapshot of what is firing: a transition in
    // between is applied twice at worst (harmless), never missed.
    connect(alerts, &AlertMonitor::transitions, m_host.get(),
            [w, n = m_notifier, notify = m_notify](const QList<AlertTransition> &ts) {
                w->applyAlertTransitions(ts);
                if (notify)
                    n->notify(ts);
            });
    QList<ActiveAlert> active;
    QMetaObject::invokeMethod(
        alerts, [&active, alerts] { active = alerts->active(); }, Qt::BlockingQueuedConnection);
    w->restoreAlerts(active);
    connect(w, &MainWindow::alertAcknowledged, alerts, &AlertMonitor::acknowledge);
    const quint64 request = m_nextRequest++;
    connect(store, &store::HistoryStore::alertHistoryLoaded, w,
            [w, request](quint64 id, const QList<AlertTransition> &ts) {
                if (id == request)
                    w->setAlertHistory(ts);
            });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(store, [store, request, now] {
        store->requestAlertHistory(request, now - kAlertHistoryMs, now, kAlertHistoryRows);
    });
}

} // namespace linkscope
