#pragma once

#include "core/capturefile.h"
#include "core/result.h"
#include "core/subscriberprofile.h"
#include "gui/mainwindow.h"
#include "session/demosession.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace linkscope {

class AlertNotifier;
class CloudApiHost;
namespace cloudapi {
struct ApiError;
}
class PipelineHost;
namespace transport {
class ReplaySubscriber;
}

// Connects a running pipeline (subscriber + store) to the main window, and
// runs demo mode: the only GUI-side code that knows the concrete classes.
class AppController : public QObject {
    Q_OBJECT

public:
    explicit AppController(MainWindow *window, QObject *parent = nullptr);
    ~AppController() override;

    // Demo mode: the emulator as a child process, a fresh history.
    Result<bool> startDemo(const DemoOptions &options = {});
    Result<bool> startDemo(PushProtocol protocol) { return startDemo(DemoOptions {protocol}); }
    // A profile's session with its history at `storePath`.
    Result<bool> startProfile(const SubscriberProfile &profile, const QString &storePath);
    // The history file of a named profile, in a folder of its own (made 0700).
    static QString storePathFor(const QString &profileName);
    // The name of that folder: distinct for distinct profile names.
    static QString profileFolderName(const QString &profileName);
    // A profile's alert rules live beside its history (docs/FORMATS.md).
    static QString rulesPathFor(const QString &storePath);
    // The demo's folder (its history and rules).
    static QString demoDir();
    // The rules file of the session running or last run (empty: none yet).
    QString rulesPath() const { return m_rulesPath; }

    // File > Open capture… (appcontrollerreplay.cpp): the capture plays
    // through the pipeline into a temporary history of its own, deleted when
    // the replay ends, with the rules of `rulesPath` (edits are saved there).
    struct ReplayStart {
        double speed = 1; // 0: as fast as possible
        bool paused = false;
        qint64 startAt = 0; // capture time to play up to at once first
    };
    Result<bool> openCapture(const QString &capturePath, const QString &rulesPath, const ReplayStart &start);
    bool isReplaying() const { return m_replay != nullptr; }
    AlertNotifier *notifier() const { return m_notifier; }
    bool isRunning() const { return m_host != nullptr; }
    bool isDemo() const { return m_demo != nullptr; }
    PipelineHost *host() const { return m_host.get(); }
    CloudApiHost *api() const { return m_api.get(); }

public slots:
    void stop();
    // Asks the cloud API for the inventory again (View > Refresh inventory, the timer).
    void refreshInventory();

private:
    Result<bool> startSession(const SubscriberProfile &profile, const QString &storePath);
    void wire();
    // appcontrolleralerts.cpp: the rules file, the alert thread and the window's alerts.
    QList<AlertRule> loadRules(const QString &rulesPath);
    void saveRules(const QList<AlertRule> &rules);
    void wireAlerts();
    void loadHistory();
    void startApi(const SubscriberProfile &profile);
    void wireReplay();
    void seekReplay(qint64 captureMs);
    void fetchInventory(bool withValues);
    static MainWindow::ApiState stateOf(const cloudapi::ApiError &error);

    MainWindow *m_window;
    AlertNotifier *m_notifier = nullptr;
    QString m_rulesPath;
    transport::ReplaySubscriber *m_replay = nullptr; // the running replay's, on the host's thread
    std::unique_ptr<QTemporaryDir> m_replayDir;
    QString m_capturePath;
    ReplayProgress m_replayProgress; // the replay's last word on where it is
    QTimer m_seekTimer; // a drag or a held key asks many times: the last one counts
    qint64 m_seekTo = 0;
    bool m_notify = true; // a replay's alerts show in the dock, not on the desktop
    bool m_rulesUnreadable = false; // the rules file did not parse: put it aside before saving over it
    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<PipelineHost> m_host;
    std::unique_ptr<CloudApiHost> m_api;
    QTimer m_refreshTimer;
    quint64 m_inventoryRequest = 0;
    bool m_liveInventory = false; // the API answered: the cache no longer matters
    QString m_inventoryText; // what the status bar says of the last inventory
    quint64 m_nextRequest = 1'000'000; // apart from the window's own request ids
    quint64 m_statusRequest = 0;
    qint64 m_startedAt = 0;
    bool m_stopping = false;
};

} // namespace linkscope
