#include "messagelogmodel.h"

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

} // namespace linkscope
