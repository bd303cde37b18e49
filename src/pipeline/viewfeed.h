#pragma once

#include "core/viewupdate.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <array>
#include <atomic>
#include <functional>

namespace linkscope::transport {

// What the window gets of the stream, coalesced on the worker: the batches a
// subscriber decodes go in (a direct connection, on its thread), and a few
// times a second one ViewUpdate comes out with the latest value of each
// property, each device's counts and rate, every value of the charted
// series, and the newest events and inspector rows in bounded numbers.
//
// Back-pressure: the next update leaves only once the window applied the
// previous one (applied()); until then everything keeps merging, in bounded
// memory, and what the views never saw one by one is counted (merged).
// So the window's work per second is bounded whatever the message rate,
// and nothing queues up in its event loop.
class ViewFeed : public QObject {
    Q_OBJECT

public:
    struct Limits {
        int intervalMs = 200;
        qsizetype maxRows = 500; // events, replies, bindings, rejects, inspector rows, per update
        qsizetype maxStatuses = 2000; // per update
        qsizetype maxChartPoints = 4000; // per charted series and update
        qsizetype maxValues = 200'000; // latest values waiting (distinct properties)
        qsizetype maxDevices = 200'000; // devices counted
    };

    explicit ViewFeed(QObject *parent = nullptr);
    ViewFeed(Limits limits, QObject *parent = nullptr);

    // The window applied `sequence` (any thread): the next update may come.
    void applied(quint64 sequence);
    // The series the charts show (any thread): all their values are passed on.
    void setCharted(const QList<ChartedSeries> &series);
    // The number the window shows as "display thinned". A message counts
    // when the window was behind at the last interval's end (so up to one
    // interval after it caught up), or when its row left a bound first.
    quint64 merged() const { return m_merged.load(std::memory_order_relaxed); }
    // The clock rates decay by (ms epoch; tests set it).
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }

public slots:
    // On the feed's thread (connect the subscriber's signals directly).
    void addProperties(const QList<linkscope::PropertyReport> &reports);
    void addEvents(const QList<linkscope::DeviceEvent> &events);
    void addReplies(const QList<linkscope::ServiceReply> &replies);
    void addStatuses(const QList<linkscope::StatusChange> &changes);
    void addBindings(const QList<linkscope::BindingChange> &changes);
    void addOther(const QList<linkscope::DecodedMessage> &messages);
    void addRejects(const QList<linkscope::Rejected> &rejects);
    // Sends what is gathered now, if the window took the last update (tests; the timer does this).
    void flushNow();
    // An interval's end (the timer's): the rates of the last minute move on with the clock, then flushNow().
    void tick();
    void stop(); // no more updates (a stop is under way)

signals:
    void updated(const linkscope::ViewUpdate &update);

private:
    struct Device {
        DeviceView view;
        std::array<quint16, 60> perSecond {}; // messages per second, the last minute
        qint64 second = 0; // the second perSecond's newest slot stands for
        int minuteSum = 0;
        QString lastMessage; // the reports of one post count once
        bool dirty = false;
    };
    Device *device(const DeviceKey &key, const QString &deviceType, const MessageMeta &meta);
    void count(Device &d, const MessageMeta &meta);
    static void advance(Device &d, qint64 second);
    template<typename T> void keepNewest(QList<T> &list, T item, qsizetype max);
    void addRows(QList<MessageLogRow> rows);

    Limits m_limits;
    std::function<qint64()> m_now;
    QTimer *m_timer; // a child: it moves threads with us
    QHash<QString, Device> m_devices;
    QHash<QString, PropertyReport> m_latest; // "pk/dn\nattribute" -> newest, since the last update
    QHash<QString, QList<PropertyReport>> m_points; // charted series -> values since the last update
    QList<StatusChange> m_statuses;
    QList<DeviceEvent> m_events;
    QList<ServiceReply> m_replies;
    QList<BindingChange> m_bindings;
    QList<MessageLogRow> m_rejects;
    QList<MessageLogRow> m_log;
    qint64 m_newest = 0;
    qint64 m_lastRateSecond = 0;
    quint64 m_sequence = 0; // the last update sent
    std::atomic<quint64> m_applied {0};
    std::atomic<quint64> m_merged {0}; // messages the window never saw one by one
    qsizetype m_uncounted = 0; // the oldest rows of m_log not yet counted in m_merged
    bool m_behind = false; // the window has not taken the last update yet
    bool m_stopped = false;
    mutable QMutex m_chartedMutex;
    QSet<QString> m_charted; // "pk/dn\nattribute"
};

} // namespace linkscope::transport
