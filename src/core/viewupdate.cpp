#include "viewupdate.h"

#include "topicrouter.h"

namespace linkscope {

namespace {

template<typename T> QList<MessageLogRow> rowsOf(const QList<T> &items, MessageKind kind)
{
    QList<MessageLogRow> rows;
    rows.reserve(items.size());
    for (const T &item : items)
        rows.append({item.meta, item.device, kind, {}});
    return rows;
}

} // namespace

QList<MessageLogRow> logRows(const QList<PropertyReport> &reports)
{
    QList<MessageLogRow> rows;
    for (const PropertyReport &r : reports)
        if (rows.isEmpty() || rows.last().meta.messageId != r.meta.messageId) // the reports of one post
            rows.append({r.meta, r.device, MessageKind::Property, {}});
    return rows;
}

QList<MessageLogRow> logRows(const QList<DeviceEvent> &events)
{
    return rowsOf(events, MessageKind::Event);
}

QList<MessageLogRow> logRows(const QList<ServiceReply> &replies)
{
    return rowsOf(replies, MessageKind::ServiceReply);
}

QList<MessageLogRow> logRows(const QList<StatusChange> &changes)
{
    return rowsOf(changes, MessageKind::Status);
}

QList<MessageLogRow> logRows(const QList<BindingChange> &changes)
{
    return rowsOf(changes, MessageKind::Binding);
}

QList<MessageLogRow> logRows(const QList<DecodedMessage> &messages)
{
    QList<MessageLogRow> rows;
    rows.reserve(messages.size());
    for (const DecodedMessage &m : messages) {
        MessageLogRow row {metaOf(m), {}, kindOf(m), {}};
        row.device = deviceOfTopic(row.meta.topic);
        if (const auto *raw = std::get_if<RawMessage>(&m); raw && row.meta.payload.isEmpty())
            row.meta.payload = raw->payload;
        rows.append(std::move(row));
    }
    return rows;
}

QList<MessageLogRow> logRows(const QList<Rejected> &rejects)
{
    QList<MessageLogRow> rows;
    rows.reserve(rejects.size());
    for (const Rejected &r : rejects) {
        MessageLogRow row {r.meta, deviceOfTopic(r.meta.topic), MessageKind::Rejected, r.reason};
        if (row.meta.payload.isEmpty()) // the bytes that could not be decoded, for inspection
            row.meta.payload = r.payload;
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace linkscope
