#pragma once

#include "core/alertengine.h"
#include "core/alertrule.h"
#include "core/connectionstate.h"
#include "core/messagestats.h"
#include "core/result.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace linkscope::store {
class HistoryStore;
class IntakeWriter;
} // namespace linkscope::store
namespace linkscope::transport {
class Subscriber;
class ViewFeed;
} // namespace linkscope::transport

namespace linkscope {

// The pipeline of the app and of linkscope-collect: a subscriber, the
// intake log's writer and the history store, each on its own thread, wired
// so that a delivery is acknowledged only once its message is on disk (in the
// intake log, or without one after the history's commit). All exist from construction on, so
// a caller connects its views to subscriber(), store() and this object's
// signals first and calls start() after: nothing the subscriber says in its
// first moment is lost. Every path out of start() and stop() leaves no
// thread running.
class AlertMonitor;

class PipelineHost : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString storePath;
        // Also write every newly stored message as a JSON line here ("-": stdout).
        QString jsonlPath;
        int retentionIntervalMs = 1000;
        // The history's size cap in bytes: -1 the store's default, 0 none.
        qint64 maxHistoryBytes = -1;
        // The writer's page cache in KiB; -1: the store's default.
        int cacheKiB = -1;
        // A window watches: coalesce what it shows (viewFeed()). Without one
        // (linkscope-collect) nothing is spent on it.
        bool viewFeed = false;
        // Alert rules to evaluate on a thread of their own (alerts()); none: no such thread.
        QList<AlertRule> alertRules = {};
        // Run the rules' thread even with no rule yet (the app: rules come and go).
        bool alertMonitor = false;
        // Acknowledge once a message is in the intake log (the folder
        // storePath + ".intake", store/intakelog.h), and build the history's
        // tables from it behind (after a burst: HistoryStoreOptions::
        // intakeWaitAbove): a burst is taken at the speed of appending, not
        // of indexing. Off: once committed to the tables.
        bool intakeLog = true;
    };

    PipelineHost(const SubscriberProfile &profile, Options options, QObject *parent = nullptr);
    // With a subscriber of the caller's making (tests: scaled timers).
    PipelineHost(std::unique_ptr<transport::Subscriber> subscriber, Options options,
                 QObject *parent = nullptr);
    ~PipelineHost() override;

    // Opens the history on its thread, then starts the subscriber. When the
    // history cannot be opened, says why and stops its thread again.
    Result<bool> start();
    // Acknowledges what is on disk, leaves the rest for the cloud to
    // deliver again, closes, and joins every thread. Safe to call twice,
    // and from a slot of any signal: it runs no event loop of its own.
    void stop();
    bool isRunning() const { return m_running; }

    // Messages stored for the first time (any thread).
    quint64 stored() const;
    // Messages on disk since start(), hence acknowledged or about to be: in
    // the intake log, or (without one) stored() (any thread).
    quint64 durable() const;
    // Messages in the intake log the history's tables do not hold yet (any thread).
    quint64 unindexed() const;
    // When the newest message arrived (ms epoch; any thread).
    qint64 newestReceivedAt() const;
    // The subscriber's latest state and its words.
    ConnectionState state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }
    // Its decoded kinds (propertiesReported() …) are emitted only when
    // something here takes them: without the intake log, or with alerts or
    // a view feed. Otherwise its state, statistics and flushes only.
    transport::Subscriber *subscriber() const { return m_subscriber; }
    // What a window shows, coalesced on the subscriber's thread (connect to its updated()).
    transport::ViewFeed *viewFeed() const { return m_feed; }
    store::HistoryStore *store() const { return m_store; }
    // The rules at work, when Options::alertRules named any (connect to its transitions()).
    AlertMonitor *alerts() const { return m_alerts; }

signals:
    void stateChanged(linkscope::ConnectionState state, const QString &detail);
    void statsUpdated(const linkscope::StatsSnapshot &stats);
    // The history cannot store (a full disk: the reason), or (empty) stores
    // again. Meanwhile nothing is acknowledged and the cloud holds the rest.
    void storageChanged(const QString &problem);

private:
    void wire();
    void wireIntake();
    Result<bool> startIntake();
    void setProblem(QString *which, const QString &problem);

    Options m_options;
    QThread m_storeThread;
    QThread m_subscriberThread;
    QThread m_alertThread;
    QThread m_intakeThread;
    store::IntakeWriter *m_intake = nullptr;
    quint64 m_intakeStart = 0; // the log's last record at start()
    QString m_storeProblem, m_intakeProblem;
    AlertMonitor *m_alerts = nullptr;
    store::HistoryStore *m_store = nullptr;
    transport::Subscriber *m_subscriber = nullptr;
    transport::ViewFeed *m_feed = nullptr;
    ConnectionState m_state = ConnectionState::Stopped;
    QString m_stateDetail;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace linkscope
