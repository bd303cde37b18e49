#include "appcontroller.h"

#include "gui/devicetreemodel.h"
#include "gui/eventlogmodel.h"
#include "gui/mainwindow.h"
#include "host/demosession.h"
#include "host/pipelinehost.h"
#include "store/historystore.h"
#include "transport/amqpsubscriber.h"

#include <QDir>
#include <QStandardPaths>

namespace linkscope {

AppController::AppController(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
}

AppController::~AppController()
{
    stop();
}

Result<bool> AppController::startDemo()
{
    stop();
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("demo"));
    m_demo = std::make_unique<DemoSession>(dir);
    auto profile = m_demo->start();
    if (!profile)
        return Error {profile.error()};
    // A fresh history for each demo: its devices are new every time.
    const QString store = QDir(dir).filePath(QStringLiteral("demo-history.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(store + suffix);
    return startProfile(*profile, store);
}

Result<bool> AppController::startProfile(const SubscriberProfile &profile, const QString &storePath)
{
    m_host = std::make_unique<PipelineHost>(profile, storePath, QString());
    auto started = m_host->start();
    if (!started)
        return started;
    wire();
    return true;
}

void AppController::wire()
{
    using S = transport::AmqpSubscriber;
    using H = store::HistoryStore;
    DeviceTreeModel *devices = m_window->deviceModel();
    S *sub = m_host->subscriber();
    H *store = m_host->store();
    connect(sub, &S::propertiesReported, devices, &DeviceTreeModel::addProperties);
    connect(sub, &S::statusesChanged, devices, &DeviceTreeModel::addStatuses);
    connect(sub, &S::eventsReceived, devices, &DeviceTreeModel::addEvents);
    connect(sub, &S::serviceRepliesReceived, devices, &DeviceTreeModel::addReplies);
    connect(sub, &S::bindingsChanged, devices, &DeviceTreeModel::addBindings);
    connect(sub, &S::eventsReceived, m_window->eventModel(), &EventLogModel::addEvents);
    connect(sub, &S::serviceRepliesReceived, m_window->eventModel(), &EventLogModel::addReplies);
    connect(sub, &S::connectionStateChanged, m_window, &MainWindow::showConnectionState);
    connect(sub, &S::statsUpdated, m_window, &MainWindow::showStats);
    // Devices seen before are in the tree before the first message.
    connect(store, &H::devicesLoaded, devices,
            [devices](quint64, const QList<DeviceSummary> &list) { devices->setDevices(list); });
    QMetaObject::invokeMethod(
        store, [store] { store->requestDevices(1); }, Qt::QueuedConnection);
}

void AppController::stop()
{
    if (m_host)
        m_host->stop();
    m_host.reset();
    if (m_demo)
        m_demo->stop();
    m_demo.reset();
}

} // namespace linkscope
