// MainWindow: its alerts. The Alerts dock (tabbed with Events), the
// toolbar's badge, the rule editor, and showing a device on request.

#include "mainwindow.h"

#include "alertmodels.h"
#include "alertspanel.h"
#include "devicepanel.h"
#include "ruleeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QPainter>
#include <QPainterPath>
#include <QStatusBar>

namespace linkscope {

namespace {

// A warning sign, with the number of unacknowledged alerts on a red disc.
QIcon badgeIcon(qsizetype firing, qsizetype unacknowledged)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(28, 6);
    triangle.lineTo(54, 54);
    triangle.lineTo(2, 54);
    triangle.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(firing > 0 ? QColor(0xe0, 0x8a, 0x00) : QColor(0x9e, 0x9e, 0x9e));
    p.drawPath(triangle);
    p.setPen(QPen(Qt::white, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(28, 22, 28, 38);
    p.drawPoint(28, 47);
    if (unacknowledged > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(QRectF(30, 0, 34, 34));
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(unacknowledged > 99 ? 14 : 20);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(30, 0, 34, 34), Qt::AlignCenter,
                   unacknowledged > 99 ? QStringLiteral("99+") : QString::number(unacknowledged));
    }
    return QIcon(pixmap);
}

} // namespace

void MainWindow::makeAlerts()
{
    m_activeAlerts = new ActiveAlertModel(this);
    m_alertHistory = new AlertHistoryModel(this);
    m_alertsPanel = new AlertsPanel(m_activeAlerts, m_alertHistory, this);
    // A tab beside Events (laid out with the other docks in the constructor).
    QDockWidget *alerts
        = addDock(QStringLiteral("alertsDock"), tr("Alerts"), m_alertsPanel, Qt::BottomDockWidgetArea);

    m_alertsAction = new QAction(tr("Alerts"), this);
    m_alertsAction->setObjectName(QStringLiteral("alertsAction"));
    m_alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_alertsAction, &QAction::triggered, this, [alerts] {
        alerts->show();
        alerts->raise();
    });
    updateAlertBadge(0, 0);
    connect(m_activeAlerts, &ActiveAlertModel::countsChanged, this, &MainWindow::updateAlertBadge);
    connect(m_alertsPanel, &AlertsPanel::acknowledgeRequested, this, &MainWindow::alertAcknowledged);
    connect(m_alertsPanel, &AlertsPanel::rulesRequested, this, &MainWindow::editAlertRules);
    connect(m_alertsPanel, &AlertsPanel::deviceActivated, this, &MainWindow::showDevice);
}

void MainWindow::updateAlertBadge(qsizetype firing, qsizetype unacknowledged)
{
    m_alertsAction->setIcon(badgeIcon(firing, unacknowledged));
    m_alertsAction->setText(firing > 0 ? tr("Alerts (%1)").arg(firing) : tr("Alerts"));
    m_alertsAction->setToolTip(
        firing == 0 ? tr("No alert is firing")
                    : tr("%n alerts firing, %1 not acknowledged", nullptr, int(firing)).arg(unacknowledged));
}

void MainWindow::clearAlerts()
{
    m_activeAlerts->clear();
    m_alertHistory->clear();
}

void MainWindow::setAlertRules(const QList<AlertRule> &rules)
{
    m_alertRules = rules;
    m_activeAlerts->setRules(rules);
}

void MainWindow::restoreAlerts(const QList<ActiveAlert> &active)
{
    m_activeAlerts->restore(active);
}

void MainWindow::setAlertHistory(const QList<AlertTransition> &transitions)
{
    m_alertHistory->setHistory(transitions);
}

void MainWindow::applyAlertTransitions(const QList<AlertTransition> &transitions)
{
    m_activeAlerts->apply(transitions);
    m_alertHistory->apply(transitions);
}

void MainWindow::editAlertRules()
{
    QList<ThingModel> models;
    if (m_catalog)
        models = m_catalog->inventory().thingModels;
    RuleEditorDialog dialog(m_alertRules, models, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setAlertRules(dialog.rules());
    emit alertRulesEdited(m_alertRules);
    statusBar()->showMessage(tr("%n alert rules in effect", nullptr, int(m_alertRules.size())), 5000);
}

void MainWindow::showDevice(const DeviceKey &device)
{
    if (!device.isValid())
        return;
    if (QDockWidget *d = dock(QStringLiteral("devicesDock"))) {
        d->show();
        d->raise();
    }
    m_devicePanel->selectDevice(device);
    activateWindow();
    raise();
}

} // namespace linkscope
