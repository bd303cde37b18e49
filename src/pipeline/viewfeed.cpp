#include "viewfeed.h"

#include <QDateTime>
#include <QMutexLocker>

namespace linkscope::transport {

namespace {

QString seriesKey(const DeviceKey &device, const QString &attribute)
{
    return device.id() + u'\n' + attribute;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ViewFeed::ViewFeed(QObject *parent) : ViewFeed(Limits {}, parent)
{
}

ViewFeed::ViewFeed(Limits limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_limits.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ViewFeed::tick);
    m_timer->start();
}

void ViewFeed::applied(quint64 sequence)
{
    quint64 known = m_applied.load(std::memory_order_relaxed);
    while (sequence > known && !m_applied.compare_exchange_weak(known, sequence, std::memory_order_relaxed)) {
    }
}

void ViewFeed::setCharted(const QList<ChartedSeries> &series)
{
    QSet<QString> keys;
    for (const ChartedSeries &s : series)
        keys.insert(seriesKey(s.device, s.attribute));
    QMutexLocker lock(&m_chartedMutex);
    m_charted = std::move(keys);
}

void ViewFeed::advance(Device &d, qint64 second)
{
    if (second <= d.second)
        return;
    const qint64 gap = std::min<qint64>(second - d.second, qint64(d.perSecond.size()));
    for (qint64 i = 1; i <= gap; ++i) {
        quint16 &slot = d.perSecond[size_t((d.second + i) % qint64(d.perSecond.size()))];
        d.minuteSum -= slot;
        slot = 0;
    }
    d.second = second;
}

ViewFeed::Device *ViewFeed::device(const DeviceKey &key, const QString &deviceType, const MessageMeta &meta)
{
    if (!key.isValid())
        return nullptr;
    auto it = m_devices.find(key.id());
    if (it == m_devices.end()) {
        if (m_devices.size() >= m_limits.maxDevices)
            return nullptr; // names are the peer's choice: counted no further
        it = m_devices.insert(key.id(), Device {});
        it->view.device = key;
        it->second = meta.receivedAt / 1000;
    }
    Device &d = *it;
    if (!key.iotId.isEmpty())
        d.view.device.iotId = key.iotId;
    if (!deviceType.isEmpty())
        d.view.deviceType = deviceType;
    count(d, meta);
    return &d;
}

void ViewFeed::count(Device &d, const MessageMeta &meta)
{
    d.dirty = true;
    d.view.lastSeen = std::max(d.view.lastSeen, meta.receivedAt);
    m_newest = std::max(m_newest, meta.receivedAt);
    if (meta.messageId == d.lastMessage)
        return; // another report of the same post
    d.lastMessage = meta.messageId;
    ++d.view.messages;
    const qint64 second = meta.receivedAt / 1000;
    advance(d, second);
    if (second > d.second - qint64(d.perSecond.size())) {
        quint16 &slot = d.perSecond[size_t(second % qint64(d.perSecond.size()))];
        if (slot < 0xffff) {
            ++slot;
            ++d.minuteSum;
        }
    }
    d.view.perMinute = d.minuteSum;
}

template<typename T> void ViewFeed::keepNewest(QList<T> &list, T item, qsizetype max)
{
    list.append(std::move(item));
    if (list.size() > max) // the oldest leave the view; the store has them all
        list.removeFirst();
}

void ViewFeed::addRows(QList<MessageLogRow> rows)
{
    // Each message has one row here, and every other list keeps at least as
    // many: a message never shown one by one is one that arrived while the
    // window was behind or whose row left before an update took it. Each
    // counts once: rows [0, m_uncounted) were not counted on arrival.
    for (MessageLogRow &r : rows) {
        if (m_behind)
            m_merged.fetch_add(1, std::memory_order_relaxed);
        else
            ++m_uncounted;
        m_log.append(std::move(r));
        if (m_log.size() > m_limits.maxRows) {
            m_log.removeFirst();
            if (m_uncounted > 0) {
                --m_uncounted;
                m_merged.fetch_add(1, std::memory_order_relaxed);
            }
        }
    }
}

void ViewFeed::addProperties(const QList<PropertyReport> &reports)
{
    QSet<QString> charted;
    {
        QMutexLocker lock(&m_chartedMutex);
        charted = m_charted;
    }
    addRows(logRows(reports));
    for (const PropertyReport &r : reports) {
        device(r.device, r.deviceType, r.meta);
        const QString key = seriesKey(r.device, r.attribute);
        auto it = m_latest.find(key);
        if (it == m_latest.end()) {
            if (m_latest.size() < m_limits.maxValues)
                m_latest.insert(key, r);
        } else if (r.time >= it->time) {
            *it = r; // the newest value wins; an older one does not replace it
        }
        if (charted.contains(key)) {
            QList<PropertyReport> &points = m_points[key];
            keepNewest(points, r, m_limits.maxChartPoints);
        }
    }
}

void ViewFeed::addEvents(const QList<DeviceEvent> &events)
{
    addRows(logRows(events));
    for (const DeviceEvent &e : events) {
        if (Device *d = device(e.device, e.deviceType, e.meta); d && e.type != EventType::Info)
            ++d->view.newAlerts;
        keepNewest(m_events, e, m_limits.maxRows);
    }
}

void ViewFeed::addReplies(const QList<ServiceReply> &replies)
{
    addRows(logRows(replies));
    for (const ServiceReply &r : replies) {
        device(r.device, {}, r.meta);
        keepNewest(m_replies, r, m_limits.maxRows);
    }
}

void ViewFeed::addStatuses(const QList<StatusChange> &changes)
{
    addRows(logRows(changes));
    for (const StatusChange &s : changes) {
        if (Device *d = device(s.device, s.deviceType, s.meta); d && s.time >= d->view.onlineSince) {
            d->view.online = s.online;
            d->view.onlineSince = s.time;
        }
        keepNewest(m_statuses, s, m_limits.maxStatuses);
    }
}

void ViewFeed::addBindings(const QList<BindingChange> &changes)
{
    addRows(logRows(changes));
    for (const BindingChange &b : changes) {
        device(b.device, {}, b.meta);
        keepNewest(m_bindings, b, m_limits.maxRows);
    }
}

void ViewFeed::addOther(const QList<DecodedMessage> &messages)
{
    QList<MessageLogRow> rows = logRows(messages);
    for (const MessageLogRow &r : rows)
        device(r.device, {}, r.meta);
    addRows(std::move(rows));
}

void ViewFeed::addRejects(const QList<Rejected> &rejects)
{
    // Their rows once, for both of the inspector's lists.
    const QList<MessageLogRow> rows = logRows(rejects);
    for (const MessageLogRow &r : rows) {
        m_newest = std::max(m_newest, r.meta.receivedAt);
        keepNewest(m_rejects, r, m_limits.maxRows);
    }
    addRows(rows);
}

void ViewFeed::tick()
{
    // Rates move with time: once a second, devices whose last minute changed say so.
    const qint64 second = (m_now ? m_now() : nowMs()) / 1000;
    if (second != m_lastRateSecond) {
        m_lastRateSecond = second;
        for (Device &d : m_devices) {
            if (d.minuteSum == 0)
                continue;
            advance(d, second);
            if (d.minuteSum != d.view.perMinute) {
                d.view.perMinute = d.minuteSum;
                d.dirty = true;
            }
        }
    }
    flushNow();
}

void ViewFeed::flushNow()
{
    if (m_stopped)
        return;
    if (m_applied.load(std::memory_order_relaxed) < m_sequence) {
        m_behind = true; // the window is still at the last one: keep merging
        return;
    }
    m_behind = false;
    ViewUpdate u;
    for (Device &d : m_devices) {
        if (!d.dirty)
            continue;
        d.dirty = false;
        u.devices.append(d.view);
        d.view.newAlerts = 0;
    }
    u.latestValues.reserve(m_latest.size());
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        u.latestValues.append(*it);
    m_latest.clear();
    for (auto it = m_points.begin(); it != m_points.end(); ++it)
        u.chartPoints.append(*it);
    m_points.clear();
    u.statuses = std::exchange(m_statuses, {});
    u.events = std::exchange(m_events, {});
    u.replies = std::exchange(m_replies, {});
    u.bindings = std::exchange(m_bindings, {});
    u.rejects = std::exchange(m_rejects, {});
    u.log = std::exchange(m_log, {});
    m_uncounted = 0;
    if (u.isEmpty())
        return;
    u.sequence = ++m_sequence;
    u.newestReceivedAt = m_newest;
    u.merged = m_merged.load(std::memory_order_relaxed);
    emit updated(u);
}

void ViewFeed::stop()
{
    m_stopped = true;
    m_timer->stop();
}

} // namespace linkscope::transport
