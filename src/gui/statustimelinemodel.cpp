#include "statustimelinemodel.h"

#include <QDateTime>

namespace linkscope {

namespace {
constexpr int kMaxChanges = 5000; // per device
}

StatusTimelineModel::StatusTimelineModel(QObject *parent) : QAbstractListModel(parent)
{
}

void StatusTimelineModel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

qint64 StatusTimelineModel::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void StatusTimelineModel::setFlapping(int changes, qint64 windowMs)
{
    m_flapChanges = std::max(2, changes);
    m_flapWindow = std::max<qint64>(1000, windowMs);
    refresh();
}

int StatusTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StatusTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.device.deviceName;
    case Qt::ToolTipRole:
        return r.flapping ? tr("%1: flapping, %2 changes in the last %3 min")
                                .arg(r.device.id())
                                .arg(data(index, ChangeCountRole).toInt())
                                .arg(m_flapWindow / 60'000)
                          : r.device.id();
    case DeviceKeyRole:
        return QVariant::fromValue(r.device);
    case FlappingRole:
        return r.flapping;
    case ChangeCountRole: {
        const qint64 since = now() - m_flapWindow;
        return int(std::count_if(r.changes.begin(), r.changes.end(),
                                 [&](const Change &c) { return c.time >= since; }));
    }
    case OnlineRole:
        return r.changes.isEmpty() ? QVariant() : QVariant(r.changes.last().online);
    default:
        return {};
    }
}

QList<StatusInterval> StatusTimelineModel::intervals(int row) const
{
    QList<StatusInterval> out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const Row &r = m_rows[row];
    const qint64 end = now();
    for (qsizetype i = 0; i < r.changes.size(); ++i) {
        const bool last = i + 1 == r.changes.size();
        out.append({r.device, r.changes[i].time,
                    last ? std::max(end, r.changes[i].time) : r.changes[i + 1].time, r.changes[i].online,
                    last});
    }
    return out;
}

bool StatusTimelineModel::isFlapping(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].flapping;
}

int StatusTimelineModel::rowOf(const DeviceKey &device) const
{
    return m_index.value(device.id(), -1);
}

int StatusTimelineModel::ensureRow(const DeviceKey &device, QList<int> *inserted)
{
    const QString id = device.id();
    if (auto it = m_index.constFind(id); it != m_index.constEnd())
        return *it;
    const int row = int(m_rows.size());
    m_rows.append({device, {}, false});
    m_index.insert(id, row);
    inserted->append(row);
    return row;
}

void StatusTimelineModel::setIntervals(const QList<StatusInterval> &list)
{
    // History from the store: intervals become changes at their starts.
    beginResetModel();
    QList<int> inserted;
    for (const StatusInterval &iv : list) {
        Row &r = m_rows[ensureRow(iv.device, &inserted)];
        const Change c {iv.start, iv.online};
        auto pos = std::lower_bound(r.changes.begin(), r.changes.end(), c.time,
                                    [](const Change &a, qint64 t) { return a.time < t; });
        if (pos != r.changes.end() && pos->time == c.time)
            continue;
        r.changes.insert(pos, c);
    }
    for (Row &r : m_rows)
        r.flapping = computeFlapping(r);
    updateEarliest();
    endResetModel();
}

void StatusTimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_earliest = 0;
    endResetModel();
}

void StatusTimelineModel::addStatuses(const QList<StatusChange> &changes)
{
    // New devices first, in one insertion.
    QList<DeviceKey> fresh;
    QSet<QString> freshIds;
    for (const StatusChange &c : changes)
        if (!m_index.contains(c.device.id()) && !freshIds.contains(c.device.id())) {
            fresh.append(c.device);
            freshIds.insert(c.device.id());
        }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const DeviceKey &d : fresh) {
            m_index.insert(d.id(), int(m_rows.size()));
            m_rows.append({d, {}, false});
        }
        endInsertRows();
    }
    int lo = -1, hi = -1;
    for (const StatusChange &c : changes) {
        const int row = m_index.value(c.device.id());
        Row &r = m_rows[row];
        const qint64 t = c.time ? c.time : c.meta.receivedAt;
        auto pos = std::upper_bound(r.changes.begin(), r.changes.end(), t,
                                    [](qint64 time, const Change &a) { return time < a.time; });
        // A repeated state (a re-sent message) is no change.
        if (pos != r.changes.begin() && std::prev(pos)->online == c.online)
            continue;
        r.changes.insert(pos, {t, c.online});
        while (r.changes.size() > kMaxChanges)
            r.changes.removeFirst();
        r.flapping = computeFlapping(r);
        lo = lo < 0 ? row : std::min(lo, row);
        hi = std::max(hi, row);
    }
    updateEarliest();
    if (lo >= 0)
        emit dataChanged(index(lo), index(hi));
}

void StatusTimelineModel::updateEarliest()
{
    m_earliest = 0;
    for (const Row &r : m_rows)
        if (!r.changes.isEmpty() && (m_earliest == 0 || r.changes.first().time < m_earliest))
            m_earliest = r.changes.first().time;
}

bool StatusTimelineModel::computeFlapping(const Row &row) const
{
    const qint64 since = now() - m_flapWindow;
    int n = 0;
    for (auto it = row.changes.crbegin(); it != row.changes.crend() && it->time >= since; ++it)
        ++n;
    return n >= m_flapChanges;
}

void StatusTimelineModel::refresh()
{
    int lo = -1, hi = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool f = computeFlapping(m_rows[i]);
        if (f != m_rows[i].flapping) {
            m_rows[i].flapping = f;
            lo = lo < 0 ? i : lo;
            hi = i;
        }
    }
    if (lo >= 0)
        emit dataChanged(index(lo), index(hi), {FlappingRole, Qt::ToolTipRole});
}

} // namespace linkscope
