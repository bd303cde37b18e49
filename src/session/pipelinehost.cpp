#include "pipelinehost.h"

#include "core/topicrouter.h"
#include "store/exporter.h"
#include "store/historystore.h"
#include "pipeline/messagepipeline.h"
#include "transport/subscriber.h"

#include <QCoreApplication>

namespace linkscope {

PipelineHost::PipelineHost(SubscriberProfile profile, QString storePath, QString jsonlPath, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_storePath(std::move(storePath)),
      m_jsonlPath(std::move(jsonlPath))
{
}

PipelineHost::~PipelineHost()
{
    stop();
}

Result<bool> PipelineHost::start()
{
    if (!m_jsonlPath.isEmpty()) {
        const bool ok = m_jsonlPath == u"-"
            ? m_jsonl.open(stdout, QIODevice::WriteOnly)
            : (m_jsonl.setFileName(m_jsonlPath), m_jsonl.open(QIODevice::WriteOnly | QIODevice::Append));
        if (!ok)
            return Error {tr("cannot write %1: %2").arg(m_jsonlPath, m_jsonl.errorString())};
    }
    m_store = new store::HistoryStore(m_storePath);
    m_store->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_store, &QObject::deleteLater);
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_storeThread.start();
    Result<bool> opened = Error {QString()};
    QMetaObject::invokeMethod(
        m_store, [&] { opened = m_store->openNow(); }, Qt::BlockingQueuedConnection);
    if (!opened)
        return Error {opened.error()};

    m_subscriber = transport::makeSubscriber(m_profile).release();
    m_subscriber->moveToThread(&m_subscriberThread);
    m_subscriberThread.setObjectName(QStringLiteral("subscriber"));
    m_subscriberThread.start();

    using S = transport::Subscriber;
    using H = store::HistoryStore;
    connect(m_subscriber, &S::propertiesReported, m_store, &H::storeProperties);
    connect(m_subscriber, &S::eventsReceived, m_store, &H::storeEvents);
    connect(m_subscriber, &S::serviceRepliesReceived, m_store, &H::storeReplies);
    connect(m_subscriber, &S::statusesChanged, m_store, &H::storeStatuses);
    connect(m_subscriber, &S::bindingsChanged, m_store, &H::storeBindings);
    connect(m_subscriber, &S::otherReceived, m_store, &H::storeOther);
    connect(m_subscriber, &S::rejected, m_store, &H::storeRejects);
    // Acknowledged to the cloud only once committed.
    connect(m_store, &H::persisted, m_subscriber, &S::acknowledge);
    connect(m_subscriber, &S::connectionStateChanged, this, &PipelineHost::stateChanged);
    connect(m_subscriber, &S::statsUpdated, this, &PipelineHost::statsUpdated);
    connect(m_store, &H::persisted, this, &PipelineHost::onPersisted);
    {
        // Remembered always (to count what is stored); lines only with --jsonl.
        connect(m_subscriber, &S::propertiesReported, this, &PipelineHost::remember<PropertyReport>);
        connect(m_subscriber, &S::eventsReceived, this, &PipelineHost::remember<DeviceEvent>);
        connect(m_subscriber, &S::serviceRepliesReceived, this, &PipelineHost::remember<ServiceReply>);
        connect(m_subscriber, &S::statusesChanged, this, &PipelineHost::remember<StatusChange>);
        connect(m_subscriber, &S::bindingsChanged, this, &PipelineHost::remember<BindingChange>);
        connect(m_subscriber, &S::rejected, this, &PipelineHost::remember<Rejected>);
        connect(m_subscriber, &S::otherReceived, this, &PipelineHost::rememberOther);
    }
    QMetaObject::invokeMethod(m_subscriber, &S::start, Qt::QueuedConnection);
    return true;
}

namespace {
DeviceKey deviceOf(const PropertyReport &r)
{
    return r.device;
}
DeviceKey deviceOf(const DeviceEvent &e)
{
    return e.device;
}
DeviceKey deviceOf(const ServiceReply &r)
{
    return r.device;
}
DeviceKey deviceOf(const StatusChange &s)
{
    return s.device;
}
DeviceKey deviceOf(const BindingChange &b)
{
    return b.device;
}
DeviceKey deviceOf(const Rejected &r)
{
    const TopicRoute route = routeTopic(r.meta.topic);
    return {route.productKey, route.deviceName, {}};
}
QString reasonOf(const Rejected &r)
{
    return r.reason;
}
MessageKind kindOfItem(const PropertyReport &)
{
    return MessageKind::Property;
}
MessageKind kindOfItem(const DeviceEvent &)
{
    return MessageKind::Event;
}
MessageKind kindOfItem(const ServiceReply &)
{
    return MessageKind::ServiceReply;
}
MessageKind kindOfItem(const StatusChange &)
{
    return MessageKind::Status;
}
MessageKind kindOfItem(const BindingChange &)
{
    return MessageKind::Binding;
}
MessageKind kindOfItem(const Rejected &)
{
    return MessageKind::Rejected;
}
template<typename T> QString reasonOf(const T &)
{
    return {};
}
} // namespace

template<typename T> void PipelineHost::remember(const QList<T> &batch)
{
    for (const T &item : batch) {
        const MessageMeta &m = item.meta;
        if (m_lines.contains(m.messageId))
            continue; // the other reports of a property post
        const DeviceKey dev = deviceOf(item);
        m_lines.insert(m.messageId,
                       store::jsonlLine(m.messageId, kindName(kindOfItem(item)), m.topic, dev.productKey,
                                        dev.deviceName, m.generateTime, m.receivedAt, m.payload,
                                        reasonOf(item)));
    }
}

void PipelineHost::rememberOther(const QList<DecodedMessage> &batch)
{
    for (const DecodedMessage &item : batch) {
        const MessageMeta &m = metaOf(item);
        if (!m_jsonl.isOpen()) {
            m_lines.insert(m.messageId, QByteArray());
            continue;
        }
        const TopicRoute route = routeTopic(m.topic);
        m_lines.insert(m.messageId,
                       store::jsonlLine(m.messageId, kindName(kindOf(item)), m.topic, route.productKey,
                                        route.deviceName, m.generateTime, m.receivedAt, m.payload));
    }
}

void PipelineHost::onPersisted(const QStringList &ids)
{
    for (const QString &id : ids) {
        const auto it = m_lines.constFind(id);
        if (it == m_lines.cend())
            continue; // a duplicate of a message stored before
        ++m_stored;
        if (m_jsonl.isOpen())
            m_jsonl.write(*it);
        m_lines.erase(it);
    }
    if (m_jsonl.isOpen())
        m_jsonl.flush();
}

void PipelineHost::stop()
{
    if (m_stopped || !m_subscriber)
        return;
    m_stopped = true;
    using S = transport::Subscriber;
    // 1. Hand what is batched to the store; 2. let the store commit it;
    // 3. let the acknowledgements reach Proton; 4. close.
    QMetaObject::invokeMethod(
        m_subscriber, [s = m_subscriber] { s->pipeline()->flush(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_store, [] {}, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_subscriber, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::processEvents(); // our own JSONL lines
    QMetaObject::invokeMethod(m_subscriber, &S::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_subscriber, [s = m_subscriber] { delete s; }, Qt::BlockingQueuedConnection);
    m_subscriber = nullptr;
    m_subscriberThread.quit();
    m_subscriberThread.wait();
    QMetaObject::invokeMethod(m_store, &store::HistoryStore::close, Qt::BlockingQueuedConnection);
    m_storeThread.quit();
    m_storeThread.wait();
    if (m_jsonl.isOpen())
        m_jsonl.flush();
}

} // namespace linkscope
