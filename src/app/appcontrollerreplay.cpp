// AppController: replay. A capture plays through a pipeline of its own into
// a temporary history, with the rules of the profile in use, and the window
// in the capture's time. Going back starts over: what was stored stays
// stored, so a fresh history plays up to the new place at once.

#include "appcontroller.h"

#include "core/privatefiles.h"
#include "gui/mainwindow.h"
#include "gui/replaybar.h"
#include "session/pipelinehost.h"
#include "store/replaydirs.h"
#include "transport/replaysubscriber.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace linkscope {

Result<bool> AppController::openCapture(const QString &capturePath, const QString &rulesPath,
                                        const ReplayStart &start)
{
    stop();
    m_window->clearViews();
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    makePrivateDirs(cache);
    // What a replay that never ended (a crash, a kill) left behind.
    for (const QString &dir : store::removeStaleReplayDirs(cache))
        qInfo().noquote() << "removed the temporary history of an earlier replay:" << dir;
    m_replayDir = std::make_unique<QTemporaryDir>(QDir(cache).filePath(QStringLiteral("replay-XXXXXX")));
    if (!m_replayDir->isValid()) {
        const QString why
            = tr("cannot make a temporary history in %1: %2").arg(cache, m_replayDir->errorString());
        m_replayDir.reset();
        return Error {why};
    }
    transport::ReplaySubscriber::Options o;
    o.path = capturePath;
    o.speed = start.speed;
    o.paused = start.paused;
    o.startAt = start.startAt;
    auto subscriber = std::make_unique<transport::ReplaySubscriber>(o);
    transport::ReplaySubscriber *replay = subscriber.get();
    const std::function<qint64()> clock = replay->clock();

    PipelineHost::Options options;
    options.storePath = m_replayDir->filePath(QStringLiteral("history.sqlite"));
    options.viewFeed = true;
    options.alertRules = loadRules(rulesPath);
    options.alertMonitor = true;
    options.retentionIntervalMs = 0; // a capture of last month stays, whatever the profile keeps
    options.maxHistoryBytes = 0;
    m_host = std::make_unique<PipelineHost>(std::move(subscriber), options);
    m_replay = replay;
    m_capturePath = capturePath;
    m_notify = false;
    m_window->setClock(clock);
    wire();
    wireReplay();
    m_window->replayBar()->reset(start.speed, start.paused);
    m_window->setReplaying(true);
    auto started = m_host->start();
    if (!started) {
        stop();
        m_window->showConnectionState(ConnectionState::Failed, started.error());
        return started;
    }
    wireAlerts();
    m_window->showWelcome(false);
    m_window->setConnected(true);
    m_window->setWindowTitle(tr("LinkScope — replay of %1").arg(QFileInfo(capturePath).fileName()));
    return true;
}

void AppController::wireReplay()
{
    transport::ReplaySubscriber *replay = m_replay;
    ReplayBar *bar = m_window->replayBar();
    PipelineHost *context = m_host.get(); // the bar's wishes reach this replay only
    connect(replay, &transport::ReplaySubscriber::progressed, context, [this, bar](const ReplayProgress &p) {
        m_replayProgress = p;
        bar->showProgress(p);
    });
    connect(bar, &ReplayBar::pausedChanged, context, [replay](bool paused) {
        QMetaObject::invokeMethod(replay, [replay, paused] { replay->setPaused(paused); });
    });
    connect(bar, &ReplayBar::speedChanged, context, [replay](double speed) {
        QMetaObject::invokeMethod(replay, [replay, speed] { replay->setSpeed(speed); });
    });
    connect(bar, &ReplayBar::seekRequested, context, [this](qint64 ms) {
        // Later, from the controller's timer: the host may be replaced, and
        // only the last of a quick series of moves is worth a start over.
        m_seekTo = ms;
        m_seekTimer.start();
    });
}

void AppController::seekReplay(qint64 captureMs)
{
    if (!m_replay || !m_host)
        return;
    transport::ReplaySubscriber *replay = m_replay;
    const ReplayProgress progress = m_replayProgress;
    if (captureMs > progress.position) {
        QMetaObject::invokeMethod(replay, [replay, captureMs] { replay->seek(captureMs); });
        return;
    }
    // Back: start over in a fresh history and play up to there at once.
    ReplayStart start;
    start.speed = progress.speed;
    start.paused = progress.paused;
    start.startAt = captureMs;
    const QString capture = m_capturePath, rules = m_rulesPath;
    if (auto r = openCapture(capture, rules, start); !r)
        m_window->showConnectionState(ConnectionState::Failed, r.error());
}

} // namespace linkscope
