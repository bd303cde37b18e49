// MainWindow: replay and record. File > Open capture… plays a capture
// through the pipeline (the replay bar steers it); File > Record… copies the
// live stream into one. The views take their present from the replay.

#include "mainwindow.h"

#include "chartspanel.h"
#include "devicetreemodel.h"
#include "eventspanel.h"
#include "replaybar.h"
#include "statustimelinemodel.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace linkscope {

void MainWindow::makeReplay(QMenu *file)
{
    m_openCapture = file->addAction(tr("&Open capture…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a capture to replay"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Captures (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            openCapture(path);
    });
    m_openCapture->setObjectName(QStringLiteral("openCaptureAction"));
    m_openCapture->setShortcut(QKeySequence::Open);
    m_openCapture->setToolTip(tr("Play a JSONL capture (an export, linkscope-collect --jsonl, a recording) "
                                 "into a temporary history, with your alert rules"));
    m_recordAction = file->addAction(tr("&Record…"), this, [this] {
        if (!m_recording.isEmpty()) {
            record(QString());
            return;
        }
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(
                      QStringLiteral("linkscope-%1.jsonl")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        const QString path = QFileDialog::getSaveFileName(this, tr("Record the live stream to"), suggested,
                                                          tr("Captures (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty())
            record(path);
    });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setToolTip(
        tr("Write every message from now on to a capture that File > Open capture… replays"));
    m_recordAction->setEnabled(false);

    m_replayBar = new ReplayBar(this); // on a row of its own below the main bar (makeActions)
    m_replayBar->hide();

    m_recordLabel = new QLabel(this);
    m_recordLabel->setObjectName(QStringLiteral("recordingState"));
    m_recordLabel->setTextFormat(Qt::PlainText);
    m_recordLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; padding: 0 6px; }"));
    m_recordLabel->hide();
    statusBar()->addPermanentWidget(m_recordLabel);
}

void MainWindow::openCapture(const QString &path)
{
    emit captureOpenRequested(path);
}

void MainWindow::record(const QString &path)
{
    emit recordRequested(path);
}

void MainWindow::setClock(std::function<qint64()> now)
{
    if (!now)
        now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_devices->setNow(now);
    m_timeline->setNow(now);
    m_charts->setNow(now);
    m_eventsPanel->setNow(now);
}

void MainWindow::setReplaying(bool replaying)
{
    m_replaying = replaying;
    m_replayBar->setVisible(replaying);
    m_recordAction->setEnabled((m_connected && !replaying) || !m_recording.isEmpty());
}

QString MainWindow::recordingText() const
{
    return m_recordLabel->text();
}

void MainWindow::showRecording(const QString &path, const QString &problem)
{
    m_recording = path;
    m_recordAction->setText(path.isEmpty() ? tr("&Record…") : tr("Stop &recording"));
    m_recordAction->setEnabled((m_connected && !m_replaying) || !path.isEmpty());
    if (!problem.isEmpty()) {
        m_recordLabel->setText(tr("Recording stopped: %1").arg(problem));
        m_recordLabel->setVisible(true);
        return;
    }
    m_recordLabel->setText(path.isEmpty() ? QString()
                                          : tr("● Recording to %1").arg(QFileInfo(path).fileName()));
    m_recordLabel->setToolTip(path);
    m_recordLabel->setVisible(!path.isEmpty());
}

} // namespace linkscope
