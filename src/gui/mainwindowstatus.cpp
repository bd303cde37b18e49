// MainWindow: the status bar (the connection, the cloud API, the message
// statistics).

#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLocale>

namespace linkscope {

void MainWindow::showApiState(ApiState state, const QString &detail)
{
    QString text;
    QString tip = detail;
    switch (state) {
    case ApiState::Off:
        text = tr("Cloud API off: %1").arg(detail);
        break;
    case ApiState::Working:
        text = tr("Cloud API: fetching the inventory…");
        break;
    case ApiState::Ready:
        text = detail.isEmpty() ? tr("Cloud API: ready") : tr("Cloud API: %1").arg(detail);
        break;
    case ApiState::Unreachable:
        text = tr("Cloud API unreachable: %1").arg(detail);
        break;
    case ApiState::Refused:
        text = tr("Cloud API refused the credentials: %1").arg(detail);
        break;
    case ApiState::Throttled:
        text = tr("Cloud API throttled: %1").arg(detail);
        break;
    }
    // The words stay readable in the status bar; the whole reason is in the tooltip.
    m_apiLabel->setToolTip(tip);
    m_apiLabel->setText(fontMetrics().elidedText(text, Qt::ElideRight, 520));
    m_apiLabel->setProperty("fullText", text);
    m_refreshInventory->setEnabled(state != ApiState::Off && state != ApiState::Working);
}

QString MainWindow::apiText() const
{
    return m_apiLabel->property("fullText").toString();
}

void MainWindow::showConnectionState(ConnectionState state, const QString &detail)
{
    QString text;
    switch (state) {
    case ConnectionState::Stopped:
        text = tr("Not connected");
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting to %1").arg(detail);
        break;
    case ConnectionState::Authenticating:
        text = tr("Authenticating");
        break;
    case ConnectionState::Subscribed:
        text = detail.isEmpty() ? tr("Subscribed") : tr("Subscribed to %1").arg(detail);
        break;
    case ConnectionState::Reconnecting:
        text = tr("Reconnecting %1").arg(detail);
        break;
    case ConnectionState::AuthFailed:
        text = tr("AuthFailed: %1").arg(detail);
        break;
    case ConnectionState::TlsFailed:
        text = tr("TlsFailed: %1").arg(detail);
        break;
    case ConnectionState::Failed:
        text = tr("Failed: %1").arg(detail);
        break;
    case ConnectionState::Replaying:
        text = detail;
        break;
    }
    m_stateLabel->setText(text);
}

void MainWindow::showStorageProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_storageLabel->clear();
        m_storageLabel->setProperty("fullText", QString());
        m_storageLabel->setToolTip(QString());
        m_storageLabel->hide();
        return;
    }
    const QString text = tr("Cannot store: %1").arg(problem);
    m_storageLabel->setText(fontMetrics().elidedText(text, Qt::ElideRight, 420));
    m_storageLabel->setProperty("fullText", text);
    m_storageLabel->setToolTip(
        tr("%1\nNothing is acknowledged meanwhile: the cloud keeps the messages, and storing resumes "
           "by itself once it works again (free some disk space).")
            .arg(text));
    m_storageLabel->show();
}

QString MainWindow::storageText() const
{
    return m_storageLabel->property("fullText").toString();
}

QString MainWindow::connectionText() const
{
    return m_stateLabel->text();
}

QString MainWindow::statsText() const
{
    return m_statsLabel->text();
}

void MainWindow::showStats(const StatsSnapshot &s)
{
    m_lastStats = s;
    showStatsText();
}

void MainWindow::showStatsText()
{
    const StatsSnapshot &s = m_lastStats;
    const double p50 = s.latency.percentile(50);
    QString text = tr("%1 msg/s · latency %2 · %3 duplicates · %4 rejected")
                       .arg(s.messagesPerSecond, 0, 'f', 1)
                       .arg(p50 < 0 ? tr("n/a") : tr("%1 ms").arg(p50, 0, 'f', 0))
                       .arg(s.duplicates)
                       .arg(s.rejected);
    if (m_merged > 0) // the store has every message; the views showed the latest of these
        text += tr(" · display thinned: %1 updates merged").arg(QLocale().toString(m_merged));
    m_statsLabel->setText(text);
}

} // namespace linkscope
