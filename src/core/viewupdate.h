#pragma once

#include "messages.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace linkscope {

// A device as the views show it after an update: its counts and rate are
// computed on the worker, so the window does no per-message work.
struct DeviceView {
    DeviceKey device;
    QString deviceType;
    std::optional<bool> online; // known from a status message
    qint64 onlineSince = 0; // the time of that status
    qint64 lastSeen = 0; // ms epoch of its newest message
    qint64 messages = 0; // received this session
    int perMinute = 0; // messages in the last minute
    int newAlerts = 0; // alert and error events since the previous update

    friend bool operator==(const DeviceView &, const DeviceView &) = default;
};

// One row of the message inspector's list: what a message was, without its decoded body.
struct MessageLogRow {
    MessageMeta meta;
    DeviceKey device;
    MessageKind kind = MessageKind::Raw;
    QString reason; // rejects only

    friend bool operator==(const MessageLogRow &, const MessageLogRow &) = default;
};

// What the views get a few times a second instead of every message: the
// latest state, and the newest events and rows in bounded numbers. The store
// still gets every message; the window gets what a person can see.
struct ViewUpdate {
    quint64 sequence = 0;
    qint64 newestReceivedAt = 0; // the newest message this update covers
    QList<DeviceView> devices; // those that changed
    QList<PropertyReport> latestValues; // the newest value of each property that changed
    QList<PropertyReport> chartPoints; // every value of the charted series (bounded)
    QList<StatusChange> statuses; // online/offline changes (bounded)
    QList<DeviceEvent> events; // the newest (bounded)
    QList<ServiceReply> replies; // the newest (bounded)
    QList<BindingChange> bindings; // the newest (bounded)
    QList<MessageLogRow> rejects; // the newest rejects, as the inspector's Rejected tab lists them (bounded)
    QList<MessageLogRow> log; // the newest messages, for the inspector (bounded)
    // Messages the views never saw one by one, since the session started,
    // each counted once: those that came while the window was behind, and
    // those whose rows left a bound before an update took them.
    quint64 merged = 0;

    bool isEmpty() const
    {
        return devices.isEmpty() && latestValues.isEmpty() && chartPoints.isEmpty() && statuses.isEmpty()
            && events.isEmpty() && replies.isEmpty() && bindings.isEmpty() && rejects.isEmpty()
            && log.isEmpty();
    }
};

// A property a chart shows: its values all reach the window, not only the latest.
struct ChartedSeries {
    DeviceKey device;
    QString attribute;

    friend bool operator==(const ChartedSeries &, const ChartedSeries &) = default;
};

// The inspector's rows for a batch of one kind: one row a message (the
// reports of one post are one row), the device from the topic where the
// message itself names none, and the bytes of what could not be decoded.
QList<MessageLogRow> logRows(const QList<PropertyReport> &reports);
QList<MessageLogRow> logRows(const QList<DeviceEvent> &events);
QList<MessageLogRow> logRows(const QList<ServiceReply> &replies);
QList<MessageLogRow> logRows(const QList<StatusChange> &changes);
QList<MessageLogRow> logRows(const QList<BindingChange> &changes);
QList<MessageLogRow> logRows(const QList<DecodedMessage> &messages);
QList<MessageLogRow> logRows(const QList<Rejected> &rejects);

// Registered with Qt's meta-types by registerMessageTypes().

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::DeviceView)
Q_DECLARE_METATYPE(linkscope::MessageLogRow)
Q_DECLARE_METATYPE(linkscope::ViewUpdate)
Q_DECLARE_METATYPE(linkscope::ChartedSeries)
