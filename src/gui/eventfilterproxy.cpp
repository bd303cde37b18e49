#include "eventfilterproxy.h"

#include "core/devicekey.h"
#include "eventlogmodel.h"

namespace linkscope {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
}

void EventFilterProxy::setDevice(const QString &text)
{
    m_device = text.trimmed();
    invalidateRowsFilter();
}

void EventFilterProxy::setTypes(int flags)
{
    m_types = flags;
    invalidateRowsFilter();
}

void EventFilterProxy::setIdentifier(const QString &text)
{
    m_identifier = text.trimmed();
    invalidateRowsFilter();
}

void EventFilterProxy::setTimeRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void EventFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex i = m->index(sourceRow, 0, sourceParent);
    const bool reply = i.data(EventLogModel::IsReplyRole).toBool();
    const int flag = reply ? ReplyFlag : (1 << i.data(EventLogModel::SeverityRole).toInt());
    if (!(m_types & flag))
        return false;
    const qint64 t = i.data(EventLogModel::TimeRole).toLongLong();
    if (t < m_from || t > m_to)
        return false;
    if (!m_device.isEmpty()
        && !i.data(EventLogModel::DeviceKeyRole)
                .value<DeviceKey>()
                .id()
                .contains(m_device, Qt::CaseInsensitive))
        return false;
    if (!m_identifier.isEmpty()
        && !i.data(EventLogModel::IdentifierRole).toString().contains(m_identifier, Qt::CaseInsensitive))
        return false;
    if (!m_search.isEmpty()) {
        for (int c = 0; c < m->columnCount(sourceParent); ++c)
            if (m->index(sourceRow, c, sourceParent)
                    .data()
                    .toString()
                    .contains(m_search, Qt::CaseInsensitive))
                return true;
        return false;
    }
    return true;
}

} // namespace linkscope
