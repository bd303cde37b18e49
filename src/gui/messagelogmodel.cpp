#include "messagelogmodel.h"

#include "core/topicrouter.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

namespace linkscope {

MessageLogModel::MessageLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
    m_ring.resize(size_t(m_capacity));
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_size);
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.meta.receivedAt).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DeviceColumn:
            return r.device.isValid() ? r.device.id() : QString();
        case KindColumn:
            return r.kind == MessageKind::Rejected ? tr("rejected: %1").arg(r.reason) : kindName(r.kind);
        case TopicColumn:
            return r.meta.topic;
        case SizeColumn:
            return tr("%1 B").arg(r.meta.payload.size());
        }
        return {};
    case Qt::ForegroundRole:
        if (r.kind == MessageKind::Rejected)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::ToolTipRole:
        return r.kind == MessageKind::Rejected ? tr("Rejected: %1").arg(r.reason)
                                               : tr("message %1").arg(r.meta.messageId);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PayloadRole:
        return r.meta.payload;
    case ClockSkewRole:
        return r.meta.clockSkewMs;
    case MessageIdRole:
        return r.meta.messageId;
    case TopicRole:
        return r.meta.topic;
    case DeviceKeyRole:
        return QVariant::fromValue(r.device);
    case KindRole:
        return int(r.kind);
    case ReasonRole:
        return r.reason;
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case DeviceColumn:
        return tr("Device");
    case KindColumn:
        return tr("Kind");
    case TopicColumn:
        return tr("Topic");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

int MessageLogModel::previousOnTopic(int row) const
{
    if (row < 0 || row >= m_size)
        return -1;
    const QString &topic = at(row).meta.topic;
    for (int i = row + 1; i < m_size; ++i)
        if (at(i).meta.topic == topic && at(i).kind != MessageKind::Rejected)
            return i;
    return -1;
}

int MessageLogModel::rowOf(const QString &messageId) const
{
    for (int i = 0; i < m_size; ++i)
        if (at(i).meta.messageId == messageId)
            return i;
    return -1;
}

void MessageLogModel::prepend(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.meta.receivedAt > b.meta.receivedAt; });
    if (rows.size() > m_capacity)
        rows.resize(m_capacity);
    const qsizetype n = rows.size();
    // The oldest rows at the bottom leave first: their slots are written over next.
    if (const qsizetype overflow = m_size + n - m_capacity; overflow > 0) {
        beginRemoveRows({}, int(m_size - overflow), int(m_size - 1));
        m_size -= overflow;
        endRemoveRows();
    }
    beginInsertRows({}, 0, int(n) - 1);
    for (qsizetype i = n - 1; i >= 0; --i) { // oldest of the batch first: the newest ends at row 0
        m_ring[size_t(m_head)] = std::move(rows[i]);
        m_head = (m_head + 1) % m_capacity;
    }
    m_size += n;
    endInsertRows();
}

void MessageLogModel::clear()
{
    beginResetModel();
    m_ring.assign(size_t(m_capacity), Row {});
    m_head = 0;
    m_size = 0;
    endResetModel();
}

void MessageLogModel::addRows(const QList<MessageLogRow> &rows)
{
    prepend(rows);
}

void MessageLogModel::addProperties(const QList<PropertyReport> &reports)
{
    // The reports of one post share its message: one row each message.
    QList<Row> rows;
    QSet<QString> seen;
    for (const PropertyReport &r : reports)
        if (!seen.contains(r.meta.messageId)) {
            seen.insert(r.meta.messageId);
            rows.append({r.meta, r.device, MessageKind::Property, {}});
        }
    prepend(std::move(rows));
}

void MessageLogModel::addEvents(const QList<DeviceEvent> &events)
{
    QList<Row> rows;
    for (const DeviceEvent &e : events)
        rows.append({e.meta, e.device, MessageKind::Event, {}});
    prepend(std::move(rows));
}

void MessageLogModel::addReplies(const QList<ServiceReply> &replies)
{
    QList<Row> rows;
    for (const ServiceReply &r : replies)
        rows.append({r.meta, r.device, MessageKind::ServiceReply, {}});
    prepend(std::move(rows));
}

void MessageLogModel::addStatuses(const QList<StatusChange> &changes)
{
    QList<Row> rows;
    for (const StatusChange &c : changes)
        rows.append({c.meta, c.device, MessageKind::Status, {}});
    prepend(std::move(rows));
}

void MessageLogModel::addBindings(const QList<BindingChange> &changes)
{
    QList<Row> rows;
    for (const BindingChange &c : changes)
        rows.append({c.meta, c.device, MessageKind::Binding, {}});
    prepend(std::move(rows));
}

void MessageLogModel::addOther(const QList<DecodedMessage> &messages)
{
    QList<Row> rows;
    for (const DecodedMessage &m : messages) {
        const MessageMeta &meta = metaOf(m);
        const TopicRoute route = routeTopic(meta.topic);
        Row row {meta, DeviceKey {route.productKey, route.deviceName, {}}, kindOf(m), {}};
        if (const auto *raw = std::get_if<RawMessage>(&m); raw && row.meta.payload.isEmpty())
            row.meta.payload = raw->payload;
        rows.append(row);
    }
    prepend(std::move(rows));
}

void MessageLogModel::addRejects(const QList<Rejected> &rejects)
{
    QList<Row> rows;
    for (const Rejected &r : rejects) {
        const TopicRoute route = routeTopic(r.meta.topic);
        Row row {r.meta, DeviceKey {route.productKey, route.deviceName, {}}, MessageKind::Rejected, r.reason};
        if (row.meta.payload.isEmpty())
            row.meta.payload = r.payload;
        rows.append(row);
    }
    prepend(std::move(rows));
}

} // namespace linkscope
