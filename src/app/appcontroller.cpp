#include "appcontroller.h"

#include "cloudapi/cloudapiclient.h"
#include "core/privatefiles.h"

#include "gui/alertnotifier.h"
#include "gui/chartspanel.h"
#include "gui/eventlogmodel.h"
#include "gui/mainwindow.h"
#include "pipeline/viewfeed.h"
#include "session/cloudapihost.h"
#include "session/demosession.h"
#include "session/pipelinehost.h"
#include "store/freshhistory.h"
#include "store/historystore.h"
#include "transport/subscriber.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>

namespace linkscope {

namespace {
constexpr qint64 kStatusHistoryMs = 24 * 3'600'000LL;
}

AppController::AppController(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_notifier(new AlertNotifier(this))
{
    connect(m_notifier, &AlertNotifier::deviceActivated, window, &MainWindow::showDevice);
    connect(window, &MainWindow::alertRulesEdited, this, &AppController::saveRules);
    connect(window, &MainWindow::recordRequested, this, [this](const QString &path) {
        if (!m_host || (m_replay && !path.isEmpty()))
            return;
        store::HistoryStore *store = m_host->store();
        QMetaObject::invokeMethod(store, [store, path] { store->record(path); });
    });
    connect(&m_refreshTimer, &QTimer::timeout, this, &AppController::refreshInventory);
    m_seekTimer.setSingleShot(true);
    m_seekTimer.setInterval(250);
    connect(&m_seekTimer, &QTimer::timeout, this, [this] { seekReplay(m_seekTo); });
    connect(window, &MainWindow::refreshInventoryRequested, this, &AppController::refreshInventory);
    connect(window, &MainWindow::valuesWanted, this, [this](const DeviceKey &device) {
        if (!m_api)
            return;
        cloudapi::CloudApiClient *client = m_api->client();
        const quint64 id = m_nextRequest++;
        QMetaObject::invokeMethod(client, [client, id, device] { client->fetchProperties(id, {device}); });
    });
}

AppController::~AppController()
{
    stop();
}

QString AppController::profileFolderName(const QString &profileName)
{
    // One folder per name and one name per folder: letters of any script
    // stay as they are ("生产" and "测试" are two folders), and what a file
    // name cannot hold or could take the path elsewhere (/ \ : % control
    // characters, a leading dot) is written as %XX of its UTF-8 bytes.
    // "%" itself is escaped, so the mapping is reversible and never collides.
    QString out;
    const QByteArray utf8 = profileName.toUtf8();
    for (qsizetype i = 0; i < profileName.size(); ++i) {
        const QChar c = profileName.at(i);
        const bool unsafe = c == u'/' || c == u'\\' || c == u':' || c == u'%' || c.unicode() < 0x20
            || c.unicode() == 0x7f || (i == 0 && c == u'.');
        if (!unsafe) {
            out += c;
            continue;
        }
        for (const char b : QString(c).toUtf8())
            out += QStringLiteral("%%1").arg(uchar(b), 2, 16, QLatin1Char('0')).toUpper();
    }
    if (out.isEmpty())
        out = QStringLiteral("%00");
    // File systems take 255 bytes: a very long name keeps its start and a hash of the whole.
    if (out.toUtf8().size() > 200) {
        QString head;
        for (const QChar c : std::as_const(out)) {
            if ((head + c).toUtf8().size() > 150)
                break;
            head += c;
        }
        out = head + u'~'
            + QString::fromLatin1(
                  QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex().left(16));
    }
    return out;
}

QString AppController::storePathFor(const QString &profileName)
{
    const QDir root(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    const QString folder = root.filePath(QStringLiteral("profiles/") + profileFolderName(profileName));
    makePrivateDirs(folder);
    return QDir(folder).filePath(QStringLiteral("history.sqlite"));
}

QString AppController::demoDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

Result<bool> AppController::startDemo(const DemoOptions &options)
{
    const PushProtocol protocol = options.protocol;
    stop();
    m_window->clearViews();
    const QString dir = demoDir();
    makePrivateDirs(dir);
    m_demo = std::make_unique<DemoSession>(dir);
    auto profile = m_demo->start(options);
    if (!profile) {
        m_demo.reset();
        return Error {profile.error()};
    }
    // A fresh history for each demo (its fleet sends the same messages every
    // time), but for what its alerts did: that is history the user may look for.
    const QString store = QDir(dir).filePath(QStringLiteral("demo-history.sqlite"));
    if (auto fresh = store::startOverKeepingAlerts(store); !fresh)
        qWarning().noquote() << fresh.error();
    auto started = startSession(*profile, store);
    if (!started) {
        m_demo->stop();
        m_demo.reset();
        return started;
    }
    m_window->setWindowTitle(protocol == PushProtocol::Http2 ? tr("LinkScope — demo over HTTP/2")
                                                             : tr("LinkScope — demo"));
    return started;
}

Result<bool> AppController::startProfile(const SubscriberProfile &profile, const QString &storePath)
{
    stop(); // another profile's session, or the demo and its emulator, end first
    m_window->clearViews();
    return startSession(profile, storePath);
}

Result<bool> AppController::startSession(const SubscriberProfile &profile, const QString &storePath)
{
    PipelineHost::Options options;
    options.storePath = storePath;
    options.viewFeed = true;
    options.alertRules = loadRules(rulesPathFor(storePath));
    options.alertMonitor = true;
    m_host = std::make_unique<PipelineHost>(profile, options);
    wire(); // before the start: the subscriber's first words reach the window
    auto started = m_host->start();
    if (!started) {
        m_host.reset();
        m_window->showConnectionState(ConnectionState::Failed, started.error());
        return started;
    }
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    wireAlerts();
    loadHistory();
    startApi(profile);
    m_window->showWelcome(false);
    m_window->setConnected(true);
    m_window->setWindowTitle(tr("LinkScope — %1").arg(profile.appKey));
    return true;
}

void AppController::wire()
{
    using H = store::HistoryStore;
    using F = transport::ViewFeed;
    MainWindow *w = m_window;
    H *store = m_host->store();
    F *feed = m_host->viewFeed();
    // The views get the feed's updates, a few a second, never every message;
    // the next comes only once this one is applied (back-pressure). The host
    // is the context: an update still queued when the session ends is
    // dropped with it, and only this session's feed hears what was applied.
    connect(feed, &F::updated, m_host.get(), [w, feed](const ViewUpdate &u) {
        w->applyViewUpdate(u);
        feed->applied(u.sequence);
    });
    connect(
        w, &MainWindow::chartedSeriesChanged, feed,
        [feed](const QList<ChartedSeries> &series) { feed->setCharted(series); }, Qt::DirectConnection);
    feed->setCharted(w->chartsPanel()->chartedSeries());
    connect(m_host.get(), &PipelineHost::stateChanged, w, &MainWindow::showConnectionState);
    connect(m_host.get(), &PipelineHost::statsUpdated, w, &MainWindow::showStats);

    // Questions to the store (its thread) and its answers.
    connect(w, &MainWindow::historyRequested, store, &H::requestSamples);
    connect(w, &MainWindow::bindingsRequested, store, &H::requestBindings);
    connect(w, &MainWindow::exportDeviceRequested, store,
            [store](const DeviceKey &d, const QString &path) { store->exportDeviceJsonl(0, path, d); });
    connect(store, &H::samplesLoaded, w->chartsPanel(), &ChartsPanel::showHistory);
    connect(store, &H::bindingsLoaded, w, &MainWindow::showBindings);
    connect(store, &H::exportFinished, w,
            [w](quint64, bool, const QString &message) { w->statusBar()->showMessage(message, 10'000); });
    connect(store, &H::queryFailed, w, [w](quint64, const QString &reason) {
        w->statusBar()->showMessage(tr("History: %1").arg(reason), 10'000);
    });
    connect(store, &H::writeFailed, w, [w](const QString &reason, const QStringList &) {
        w->statusBar()->showMessage(tr("Storing failed, nothing acknowledged: %1").arg(reason), 30'000);
    });
    connect(m_host.get(), &PipelineHost::storageChanged, w, &MainWindow::showStorageProblem);
    // File > Record…: the store copies what it stores.
    connect(store, &H::recordingChanged, w, &MainWindow::showRecording);
}

void AppController::loadHistory()
{
    using H = store::HistoryStore;
    MainWindow *w = m_window;
    H *store = m_host->store();
    // The host is the context: answers still queued when the session ends
    // go with it, never to the next session's window (nor to a store gone).
    PipelineHost *context = m_host.get();
    // Devices seen before are in the tree before the first message; then
    // their last day of status, and the newest events and replies.
    connect(store, &H::devicesLoaded, context, [this, w, store](quint64, const QList<DeviceSummary> &list) {
        w->setDevices(list);
        if (list.isEmpty())
            return;
        QList<DeviceKey> keys;
        for (const DeviceSummary &d : list)
            keys << d.device;
        m_statusRequest = m_nextRequest++;
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        QMetaObject::invokeMethod(
            store, [=, id = m_statusRequest] { store->requestStatus(id, keys, to - kStatusHistoryMs, to); });
    });
    connect(store, &H::statusLoaded, context, [this, w](quint64 id, const QList<StatusInterval> &intervals) {
        if (id == m_statusRequest)
            w->setStatusHistory(intervals);
    });
    // What the cloud API said last time: names and every device before it answers (or without a network).
    connect(store, &H::inventoryLoaded, context, [this, w](quint64, const Inventory &cached) {
        if (m_liveInventory || cached.isEmpty())
            return;
        // Names, models and every device; not the statuses of another day.
        Inventory names = cached;
        for (DeviceInfo &d : names.devices)
            d.status = DeviceStatus::Unknown;
        w->setInventory(names);
    });
    connect(store, &H::eventsLoaded, context,
            [w](quint64, const QList<DeviceEvent> &rows, qint64) { w->eventModel()->addEvents(rows); });
    connect(store, &H::repliesLoaded, context,
            [w](quint64, const QList<ServiceReply> &rows, qint64) { w->eventModel()->addReplies(rows); });
    LogQuery q;
    q.limit = 500;
    q.to = m_startedAt;
    q.countTotal = false; // the newest 500 of a long history, without counting it all
    const quint64 devices = m_nextRequest++, events = m_nextRequest++, replies = m_nextRequest++;
    const quint64 inventory = m_nextRequest++;
    QMetaObject::invokeMethod(store, [=] {
        store->requestInventory(inventory);
        store->requestDevices(devices);
        store->requestEvents(events, q);
        store->requestReplies(replies, q);
    });
}

void AppController::startApi(const SubscriberProfile &profile)
{
    MainWindow *w = m_window;
    if (const QString problem = CloudApiHost::problemOf(profile); !problem.isEmpty()) {
        w->showApiState(MainWindow::ApiState::Off, problem);
        return;
    }
    m_api = std::make_unique<CloudApiHost>(CloudApiHost::optionsFor(profile));
    using C = cloudapi::CloudApiClient;
    C *client = m_api->client();
    CloudApiHost *context = m_api.get(); // answers still queued when the session ends go with it
    connect(client, &C::inventoryLoaded, context, [this, w](quint64 id, const Inventory &fetched) {
        if (id != m_inventoryRequest)
            return;
        m_liveInventory = true;
        // A product whose thing model could not be fetched this time keeps the one known.
        Inventory inventory = fetched;
        if (const CatalogPtr known = w->catalog()) {
            QSet<QString> modelled;
            for (const ThingModel &m : std::as_const(inventory.thingModels))
                modelled.insert(m.productKey);
            for (const ProductInfo &p : std::as_const(inventory.products))
                if (!modelled.contains(p.productKey))
                    if (const ThingModel *m = known->thingModel(p.productKey))
                        inventory.thingModels.append(*m);
        }
        w->setInventory(inventory);
        m_inventoryText = tr("%n device(s)", nullptr, int(inventory.devices.size())) + QStringLiteral(", ")
            + tr("%n product(s)", nullptr, int(inventory.products.size()));
        w->showApiState(MainWindow::ApiState::Ready, m_inventoryText);
        if (m_host) {
            store::HistoryStore *store = m_host->store();
            QMetaObject::invokeMethod(store, [store, inventory] { store->storeInventory(inventory); });
        }
    });
    connect(client, &C::inventoryFailed, context, [this, w](quint64 id, const cloudapi::ApiError &e) {
        if (id == m_inventoryRequest)
            w->showApiState(stateOf(e), e.message);
    });
    connect(client, &C::valuesLoaded, context,
            [w](quint64, const QList<DeviceSnapshot> &snapshots) { w->applySnapshots(snapshots); });
    connect(client, &C::failed, context, [w](quint64, const cloudapi::ApiError &e) {
        w->statusBar()->showMessage(tr("Cloud API: %1").arg(e.message), 15'000);
    });
    connect(client, &C::reachabilityChanged, context,
            [this, w](bool reachable, const cloudapi::ApiError &why) {
                if (!reachable)
                    w->showApiState(stateOf(why), why.message);
                else if (!m_inventoryText.isEmpty()) // working again: say what it last gave
                    w->showApiState(MainWindow::ApiState::Ready, m_inventoryText);
            });
    fetchInventory(true);
    if (profile.inventoryRefreshMinutes > 0)
        m_refreshTimer.start(profile.inventoryRefreshMinutes * 60'000);
}

MainWindow::ApiState AppController::stateOf(const cloudapi::ApiError &e)
{
    if (e.refusesCredentials())
        return MainWindow::ApiState::Refused;
    if (e.kind == cloudapi::ApiError::Kind::Throttled)
        return MainWindow::ApiState::Throttled;
    return MainWindow::ApiState::Unreachable;
}

void AppController::fetchInventory(bool withValues)
{
    if (!m_api)
        return;
    m_inventoryRequest = m_nextRequest++;
    m_window->showApiState(MainWindow::ApiState::Working, QString());
    cloudapi::CloudApiClient *client = m_api->client();
    QMetaObject::invokeMethod(
        client, [client, id = m_inventoryRequest, withValues] { client->fetchInventory(id, withValues); });
}

void AppController::refreshInventory()
{
    // Values come with the push; a refresh asks for what exists and its status.
    fetchInventory(false);
}

void AppController::stop()
{
    // Nothing in here runs an event loop, so no click can come back in
    // while stopping; the guard covers a stop called from a slot of the
    // session being stopped.
    if (m_stopping)
        return;
    m_stopping = true;
    m_refreshTimer.stop();
    if (m_api)
        m_api->stop();
    m_api.reset();
    m_liveInventory = false;
    m_inventoryText.clear();
    if (m_host)
        m_host->stop();
    m_host.reset();
    m_replay = nullptr;
    m_replayProgress = {};
    m_seekTimer.stop();
    m_replayDir.reset(); // a replay's history goes with it
    m_notify = true;
    m_window->setReplaying(false);
    m_window->setClock({});
    m_window->showRecording(QString(), QString()); // the store's close ended it
    if (m_demo)
        m_demo->stop();
    m_demo.reset();
    m_stopping = false;
    m_window->showConnectionState(ConnectionState::Stopped, QString());
    m_window->setConnected(false);
    m_window->setWindowTitle(tr("LinkScope"));
}

} // namespace linkscope
