#include "pipelinehost.h"

#include "alertmonitor.h"

#include "pipeline/messagepipeline.h"
#include "pipeline/viewfeed.h"
#include "store/historystore.h"
#include "store/intakewriter.h"
#include "transport/subscriber.h"

#include <QDeadlineTimer>

namespace linkscope {

PipelineHost::PipelineHost(const SubscriberProfile &profile, Options options, QObject *parent)
    : PipelineHost(transport::makeSubscriber(profile), std::move(options), parent)
{
}

PipelineHost::PipelineHost(std::unique_ptr<transport::Subscriber> subscriber, Options options,
                           QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    store::HistoryStore::Options o;
    o.jsonlMirror = m_options.jsonlPath;
    o.retentionIntervalMs = m_options.retentionIntervalMs;
    if (m_options.maxHistoryBytes >= 0)
        o.retention.maxBytes = m_options.maxHistoryBytes;
    if (m_options.cacheKiB >= 0)
        o.cacheKiB = m_options.cacheKiB;
    o.commitOnFlush = true; // the subscriber's flushed() commits: flushes queued meanwhile go together
    m_subscriber = subscriber.release();
    if (m_options.intakeLog && m_options.storePath != u":memory:") {
        o.intakeDir = m_options.storePath + QStringLiteral(".intake");
        o.maxClockSkewMs = m_subscriber->pipeline()->maxClockSkew();
        m_intake = new store::IntakeWriter(o.intakeDir, {});
        m_intakeThread.setObjectName(QStringLiteral("intake"));
        m_subscriber->pipeline()->setIntakeBatches(true);
    }
    m_store = new store::HistoryStore(m_options.storePath, o);
    if (m_options.viewFeed) {
        m_feed = new transport::ViewFeed;
        if (auto clock = m_subscriber->clock())
            m_feed->setNow(clock); // a replay's rates are the capture's
    }
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_subscriberThread.setObjectName(QStringLiteral("subscriber"));
    if (!m_options.alertRules.isEmpty() || m_options.alertMonitor) {
        m_alerts = new AlertMonitor(m_options.alertRules);
        m_alertThread.setObjectName(QStringLiteral("alerts"));
    }
    // With the intake log and neither alerts nor a window, nothing takes the decoded kinds.
    if (m_intake && !m_alerts && !m_feed)
        m_subscriber->pipeline()->setKindBatches(false);
    wire();
}

PipelineHost::~PipelineHost()
{
    stop();
    // Never started, or started and stopped: all are ours to delete here.
    delete m_feed;
    delete m_alerts;
    delete m_subscriber;
    delete m_intake;
    delete m_store;
}

void PipelineHost::setProblem(QString *which, const QString &problem)
{
    const QString before = m_intakeProblem.isEmpty() ? m_storeProblem : m_intakeProblem;
    *which = problem;
    const QString now = m_intakeProblem.isEmpty() ? m_storeProblem : m_intakeProblem;
    if (now != before)
        emit storageChanged(now);
}

void PipelineHost::wireIntake()
{
    using S = transport::Subscriber;
    using H = store::HistoryStore;
    using I = store::IntakeWriter;
    connect(m_subscriber->pipeline(), &transport::MessagePipeline::intakeFlushed, m_intake, &I::append);
    connect(m_subscriber, &S::flushed, m_intake, &I::writeSoon);
    // Acknowledged to the cloud once in the log, on disk.
    connect(m_intake, &I::logged, m_subscriber, &S::acknowledge);
    connect(m_intake, &I::appended, m_store, &H::intakeAppended);
    connect(m_store, &H::intakeStored, m_intake, &I::indexed);
    // While the tables cannot be written, the log takes nothing more either.
    connect(m_store, &H::storageChanged, m_intake, &I::setStoreProblem);
    connect(m_store, &H::storageChanged, this, [this](const QString &p) { setProblem(&m_storeProblem, p); });
    connect(m_intake, &I::storageChanged, this,
            [this](const QString &p) { setProblem(&m_intakeProblem, p); });
}

void PipelineHost::wire()
{
    using S = transport::Subscriber;
    using H = store::HistoryStore;
    if (m_intake) {
        wireIntake();
    } else {
        connect(m_subscriber, &S::propertiesReported, m_store, &H::storeProperties);
        connect(m_subscriber, &S::eventsReceived, m_store, &H::storeEvents);
        connect(m_subscriber, &S::serviceRepliesReceived, m_store, &H::storeReplies);
        connect(m_subscriber, &S::statusesChanged, m_store, &H::storeStatuses);
        connect(m_subscriber, &S::bindingsChanged, m_store, &H::storeBindings);
        connect(m_subscriber, &S::otherReceived, m_store, &H::storeOther);
        connect(m_subscriber, &S::rejected, m_store, &H::storeRejects);
        connect(m_subscriber, &S::flushed, m_store, &H::commitSoon);
        // Acknowledged to the cloud only once committed.
        connect(m_store, &H::persisted, m_subscriber, &S::acknowledge);
        connect(m_store, &H::writeFailed, m_subscriber,
                [s = m_subscriber](const QString &, const QStringList &ids) { s->notStored(ids); });
        connect(m_store, &H::storageChanged, this, &PipelineHost::storageChanged);
    }
    connect(m_subscriber, &S::connectionStateChanged, this, [this](ConnectionState s, const QString &detail) {
        m_state = s;
        m_stateDetail = detail;
        emit stateChanged(s, detail);
    });
    connect(m_subscriber, &S::statsUpdated, this, &PipelineHost::statsUpdated);
    if (m_alerts) {
        // Queued: the rules run on their own thread, never on the subscriber's.
        using A = AlertMonitor;
        connect(m_subscriber, &S::propertiesReported, m_alerts, &A::addProperties);
        connect(m_subscriber, &S::eventsReceived, m_alerts, &A::addEvents);
        connect(m_subscriber, &S::serviceRepliesReceived, m_alerts, &A::addReplies);
        connect(m_subscriber, &S::statusesChanged, m_alerts, &A::addStatuses);
        connect(m_subscriber, &S::bindingsChanged, m_alerts, &A::addBindings);
        connect(m_subscriber, &S::otherReceived, m_alerts, &A::addOther);
        connect(m_subscriber, &S::clockAdvanced, m_alerts, &A::advanceTo);
        connect(m_alerts, &A::transitions, m_store, &H::storeAlerts);
    }
    if (!m_feed)
        return;
    // The window's share, coalesced on the subscriber's thread (direct: same thread).
    using F = transport::ViewFeed;
    connect(m_subscriber, &S::propertiesReported, m_feed, &F::addProperties, Qt::DirectConnection);
    connect(m_subscriber, &S::eventsReceived, m_feed, &F::addEvents, Qt::DirectConnection);
    connect(m_subscriber, &S::serviceRepliesReceived, m_feed, &F::addReplies, Qt::DirectConnection);
    connect(m_subscriber, &S::statusesChanged, m_feed, &F::addStatuses, Qt::DirectConnection);
    connect(m_subscriber, &S::bindingsChanged, m_feed, &F::addBindings, Qt::DirectConnection);
    connect(m_subscriber, &S::otherReceived, m_feed, &F::addOther, Qt::DirectConnection);
    connect(m_subscriber, &S::rejected, m_feed, &F::addRejects, Qt::DirectConnection);
}

quint64 PipelineHost::stored() const
{
    return m_store->storedCount();
}

quint64 PipelineHost::durable() const
{
    return m_intake ? m_intake->lastSeq() - m_intakeStart : stored();
}

quint64 PipelineHost::unindexed() const
{
    if (!m_intake)
        return 0;
    const quint64 logged = m_intake->lastSeq(), indexed = m_store->intakeIndexed();
    return logged > indexed ? logged - indexed : 0;
}

qint64 PipelineHost::newestReceivedAt() const
{
    return m_subscriber->pipeline()->newestReceivedAt();
}

Result<bool> PipelineHost::start()
{
    if (m_running || m_stopping)
        return Error {tr("the session has already run")};
    m_store->moveToThread(&m_storeThread);
    m_storeThread.start();
    Result<bool> opened = Error {QString()};
    QList<ActiveAlert> active;
    QMetaObject::invokeMethod(
        m_store,
        [&] {
            opened = m_store->openNow();
            if (opened && m_alerts)
                if (auto a = m_store->activeAlerts())
                    active = *a;
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        // Back to this thread, so the destructor deletes it; no thread is left running.
        QMetaObject::invokeMethod(
            m_store, [this] { m_store->moveToThread(thread()); }, Qt::BlockingQueuedConnection);
        m_storeThread.quit();
        m_storeThread.wait();
        m_stopping = true; // a host runs once
        return opened;
    }
    if (m_intake) {
        if (auto logged = startIntake(); !logged) {
            QMetaObject::invokeMethod(
                m_store,
                [this] {
                    m_store->close();
                    m_store->moveToThread(thread());
                },
                Qt::BlockingQueuedConnection);
            m_storeThread.quit();
            m_storeThread.wait();
            m_stopping = true;
            return logged;
        }
    }
    m_subscriber->moveToThread(&m_subscriberThread);
    if (m_feed)
        m_feed->moveToThread(&m_subscriberThread);
    m_subscriberThread.start();
    if (m_alerts) {
        m_alerts->restore(active); // firing before the restart: firing on, not again
        m_alerts->moveToThread(&m_alertThread);
        m_alertThread.start();
        QMetaObject::invokeMethod(m_alerts, &AlertMonitor::start, Qt::QueuedConnection);
    }
    m_running = true;
    QMetaObject::invokeMethod(m_subscriber, &transport::Subscriber::start, Qt::QueuedConnection);
    return true;
}

Result<bool> PipelineHost::startIntake()
{
    const quint64 indexed = m_store->intakeIndexed();
    m_intake->moveToThread(&m_intakeThread);
    m_intakeThread.start();
    Result<quint64> opened = Error {QString()};
    QMetaObject::invokeMethod(
        m_intake, [&] { opened = m_intake->openNow(indexed); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        QMetaObject::invokeMethod(
            m_intake,
            [this] {
                m_intake->close();
                m_intake->moveToThread(thread());
            },
            Qt::BlockingQueuedConnection);
        m_intakeThread.quit();
        m_intakeThread.wait();
        return Error {opened.error()};
    }
    m_intakeStart = *opened;
    // The tables are built behind the log, from where they stopped.
    QMetaObject::invokeMethod(
        m_store, [st = m_store, last = *opened] { st->intakeAppended(last); }, Qt::QueuedConnection);
    return true;
}

void PipelineHost::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    transport::Subscriber *sub = m_subscriber;
    store::HistoryStore *st = m_store;
    // Each step is a blocking call into a thread's queue, behind what that
    // queue already holds; this thread spins no event loop, so no click or
    // signal of ours can come back in here meanwhile.
    // 1. No more messages come in; what the pipeline batched goes to the store.
    transport::ViewFeed *feed = m_feed;
    QMetaObject::invokeMethod(
        sub,
        [sub, feed] {
            if (feed)
                feed->stop(); // the window needs nothing more
            sub->stopReceiving();
        },
        Qt::BlockingQueuedConnection);
    // 2. The store commits what it was given (for 0.7 s at most: past
    //    that a backlog is left for the cloud to deliver again); its
    //    persisted() is queued for the subscriber. The commit is called
    //    here: the one the last flush posted is queued behind this call.
    //    With the intake log, what the pipeline gave the log is appended
    //    first (acknowledged then), and the tables are built from the log
    //    for up to 3 s; the rest waits in the log for whoever opens the
    //    history next (nothing is lost either way).
    if (m_intake) {
        store::IntakeWriter *in = m_intake;
        QMetaObject::invokeMethod(
            in, [in] { in->writeNow(); }, Qt::BlockingQueuedConnection);
    }
    const QDeadlineTimer deadline(m_intake ? 3000 : 700);
    st->writeUntil(deadline);
    QMetaObject::invokeMethod(
        st,
        [st, deadline] {
            st->commit();
            st->indexIntakeUntil(deadline);
        },
        Qt::BlockingQueuedConnection);
    // 3. The subscriber acknowledges those, then closes behind them, and
    //    comes back to this thread with its children.
    QMetaObject::invokeMethod(
        sub,
        [this, sub, feed] {
            sub->stop();
            sub->moveToThread(thread());
            if (feed)
                feed->moveToThread(thread());
        },
        Qt::BlockingQueuedConnection);
    m_subscriberThread.quit();
    m_subscriberThread.wait();
    // 4. The rules see what was queued for them, say their last (queued for
    //    the store, ahead of its close), and come back.
    if (m_alerts) {
        AlertMonitor *alerts = m_alerts;
        QMetaObject::invokeMethod(
            alerts,
            [this, alerts] {
                alerts->stop();
                alerts->moveToThread(thread());
            },
            Qt::BlockingQueuedConnection);
        m_alertThread.quit();
        m_alertThread.wait();
    }
    if (m_intake) {
        store::IntakeWriter *in = m_intake;
        QMetaObject::invokeMethod(
            in,
            [this, in] {
                in->close();
                in->moveToThread(thread());
            },
            Qt::BlockingQueuedConnection);
        m_intakeThread.quit();
        m_intakeThread.wait();
    }
    // 5. The store writes what the rules said last and closes its files.
    QMetaObject::invokeMethod(
        st,
        [this, st] {
            st->close();
            st->moveToThread(thread());
        },
        Qt::BlockingQueuedConnection);
    m_storeThread.quit();
    m_storeThread.wait();
    m_running = false;
}

} // namespace linkscope
