#include "alertmonitor.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace linkscope {

AlertMonitor::AlertMonitor(QList<AlertRule> rules, QObject *parent)
    : QObject(parent), m_engine(std::move(rules)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }), m_timer(new QTimer(this))
{
    qRegisterMetaType<QList<linkscope::AlertTransition>>();
    qRegisterMetaType<QList<linkscope::ActiveAlert>>();
    qRegisterMetaType<QList<linkscope::AlertRule>>();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AlertMonitor::tick);
}

void AlertMonitor::start()
{
    if (!m_driven)
        m_timer->start();
}

void AlertMonitor::stop()
{
    m_timer->stop();
    publish();
}

void AlertMonitor::addProperties(const QList<PropertyReport> &reports)
{
    m_engine.onProperties(reports);
    publish();
}

void AlertMonitor::addEvents(const QList<DeviceEvent> &events)
{
    m_engine.onEvents(events);
    publish();
}

void AlertMonitor::addReplies(const QList<ServiceReply> &replies)
{
    m_engine.onReplies(replies);
    publish();
}

void AlertMonitor::addStatuses(const QList<StatusChange> &changes)
{
    m_engine.onStatuses(changes);
    publish();
}

void AlertMonitor::addBindings(const QList<BindingChange> &changes)
{
    for (const BindingChange &b : changes)
        m_engine.onMessage(b.device, b.meta.topic, b.meta.receivedAt);
    publish();
}

void AlertMonitor::addOther(const QList<DecodedMessage> &messages)
{
    for (const DecodedMessage &m : messages) {
        const MessageMeta &meta = metaOf(m);
        std::visit(
            [&](const auto &x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, TopologyChange>)
                    m_engine.onMessage(x.gateway, meta.topic, meta.receivedAt);
                else if constexpr (!std::is_same_v<T, Rejected> && !std::is_same_v<T, PropertyPost>)
                    m_engine.onMessage(x.device, meta.topic, meta.receivedAt);
            },
            m);
    }
    publish();
}

void AlertMonitor::setRules(const QList<AlertRule> &rules)
{
    m_engine.setRules(rules, m_clock());
    publish();
}

void AlertMonitor::restore(const QList<ActiveAlert> &active)
{
    m_engine.restore(active, m_clock());
}

void AlertMonitor::acknowledge(const QString &rule, const DeviceKey &device)
{
    m_engine.acknowledge(rule, device, m_clock());
    publish();
}

void AlertMonitor::tick()
{
    // A second behind the clock: a batch on its way (up to 50 ms in the
    // pipeline, then the queue) is seen before silence is declared.
    m_engine.tick(m_clock() - kWatermarkMs);
    publish();
}

void AlertMonitor::advanceTo(qint64 ms)
{
    if (!m_driven) {
        m_driven = true;
        m_timer->stop();
        m_clock = [this] { return m_drivenAt; };
    }
    m_drivenAt = std::max(m_drivenAt, ms);
    m_engine.tick(m_drivenAt);
    publish();
}

void AlertMonitor::publish()
{
    QList<AlertTransition> out = m_engine.takeTransitions();
    if (!out.isEmpty())
        emit transitions(out);
}

} // namespace linkscope
