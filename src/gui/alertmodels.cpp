#include "alertmodels.h"

#include "core/valuecodec.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace linkscope {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QString();
    return v.typeId() == QMetaType::QString ? v.toString() : QString::fromUtf8(valueToJson(v));
}

QColor severityColor(AlertSeverity s)
{
    switch (s) {
    case AlertSeverity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case AlertSeverity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case AlertSeverity::Info:
        break;
    }
    return QColor(0x1e, 0x6f, 0xc0);
}

QString deviceText(const DeviceKey &d)
{
    return d.id();
}

} // namespace

QString alertSeverityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return ActiveAlertModel::tr("Info");
    case AlertSeverity::Warning:
        return ActiveAlertModel::tr("Warning");
    case AlertSeverity::Critical:
        return ActiveAlertModel::tr("Critical");
    }
    return QString();
}

QString alertStateText(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return ActiveAlertModel::tr("Fired");
    case AlertState::Cleared:
        return ActiveAlertModel::tr("Cleared");
    case AlertState::Acknowledged:
        return ActiveAlertModel::tr("Acknowledged");
    }
    return QString();
}

ActiveAlertModel::ActiveAlertModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ActiveAlertModel::setRules(const QList<AlertRule> &rules)
{
    m_severities.clear();
    for (const AlertRule &r : rules)
        m_severities.insert(r.name, r.severity);
}

void ActiveAlertModel::restore(const QList<ActiveAlert> &active)
{
    beginResetModel();
    m_rows.clear();
    for (const ActiveAlert &a : active)
        m_rows << Row {a.rule,        a.device, m_severities.value(a.rule, AlertSeverity::Warning),
                       a.firedAt,     a.value,  QString(),
                       a.acknowledged};
    endResetModel();
    emit countsChanged(m_rows.size(), unacknowledged());
}

namespace {
QString alertKey(const QString &rule, const DeviceKey &device)
{
    return rule + u'\n' + device.productKey + u'\n' + device.deviceName;
}
} // namespace

// One batch at a time, in time order: thousands of devices going quiet at
// once cost one pass, one insertion and few removals, not a search per alert.
void ActiveAlertModel::apply(const QList<AlertTransition> &transitions)
{
    if (transitions.isEmpty())
        return;
    QHash<QString, qsizetype> at; // the rows there are now
    at.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        at.insert(alertKey(m_rows[i].rule, m_rows[i].device), i);
    QList<Row> added;
    QHash<QString, qsizetype> addedAt;
    QList<bool> addedLive;
    QList<qsizetype> removed;
    QSet<qsizetype> removedSet;
    qsizetype firstAck = m_rows.size(), lastAck = -1;
    for (const AlertTransition &t : transitions) {
        const QString key = alertKey(t.rule, t.device);
        const auto there = at.constFind(key);
        const bool present = there != at.cend() && !removedSet.contains(*there);
        const auto fresh = addedAt.constFind(key);
        switch (t.state) {
        case AlertState::Firing:
            if (present || fresh != addedAt.cend())
                break;
            addedAt.insert(key, added.size());
            added << Row {t.rule, t.device, t.severity, t.time, t.value, t.detail, false};
            addedLive << true;
            break;
        case AlertState::Acknowledged:
            if (fresh != addedAt.cend()) {
                added[*fresh].acknowledged = true;
            } else if (present) {
                m_rows[*there].acknowledged = true;
                firstAck = std::min(firstAck, *there);
                lastAck = std::max(lastAck, *there);
            }
            break;
        case AlertState::Cleared:
            if (fresh != addedAt.cend()) {
                addedLive[*fresh] = false;
                addedAt.erase(fresh);
            } else if (present) {
                removed << *there;
                removedSet.insert(*there);
            }
            break;
        }
    }
    QList<Row> adding;
    for (qsizetype i = 0; i < added.size(); ++i)
        if (addedLive[i])
            adding << added[i];
    if (lastAck >= 0)
        emit dataChanged(index(int(firstAck), 0), index(int(lastAck), ColumnCount - 1));
    if (removed.size() > 64) {
        // Many at once: one reset instead of a removal each.
        beginResetModel();
        QList<Row> kept;
        kept.reserve(m_rows.size() - removed.size() + adding.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (!removedSet.contains(i))
                kept << std::move(m_rows[i]);
        kept += adding;
        m_rows = std::move(kept);
        endResetModel();
    } else {
        std::sort(removed.begin(), removed.end(), std::greater<>());
        for (qsizetype k = 0; k < removed.size();) {
            // A run of neighbours goes in one removal.
            qsizetype last = removed[k], first = last;
            while (++k < removed.size() && removed[k] == first - 1)
                first = removed[k];
            beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        if (!adding.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + adding.size()) - 1);
            m_rows += adding;
            endInsertRows();
        }
    }
    if (lastAck >= 0 || !removed.isEmpty() || !adding.isEmpty())
        emit countsChanged(m_rows.size(), unacknowledged());
}

void ActiveAlertModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countsChanged(0, 0);
}

qsizetype ActiveAlertModel::unacknowledged() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.acknowledged; });
}

int ActiveAlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActiveAlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveAlertModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return r.acknowledged ? tr("%1 (acknowledged)").arg(alertSeverityText(r.severity))
                                  : alertSeverityText(r.severity);
        case Rule:
            return r.rule;
        case Device:
            return deviceText(r.device);
        case Since:
            return timeText(r.since);
        case Value:
            return valueText(r.value);
        case Detail:
            return r.detail;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.acknowledged)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return index.column() == Severity ? QBrush(severityColor(r.severity)) : QVariant();
    case Qt::FontRole:
        if (index.column() == Severity && !r.acknowledged) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SeverityRole:
        return int(r.severity);
    case DeviceRole:
        return QVariant::fromValue(r.device);
    case RuleRole:
        return r.rule;
    case AcknowledgedRole:
        return r.acknowledged;
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
    }
    return {};
}

QVariant ActiveAlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Device:
        return tr("Device");
    case Since:
        return tr("Since");
    case Value:
        return tr("Value");
    case Detail:
        return tr("Detail");
    }
    return {};
}

AlertHistoryModel::AlertHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AlertHistoryModel::setHistory(const QList<AlertTransition> &transitions)
{
    beginResetModel();
    m_rows = transitions.mid(0, MaxRows);
    endResetModel();
}

void AlertHistoryModel::apply(const QList<AlertTransition> &transitions)
{
    if (transitions.isEmpty())
        return;
    beginInsertRows({}, 0, int(transitions.size()) - 1);
    for (const AlertTransition &t : transitions)
        m_rows.prepend(t); // the newest ends up first
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        beginRemoveRows({}, int(MaxRows), int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

void AlertHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AlertTransition &t = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return timeText(t.time);
        case State:
            return alertStateText(t.state);
        case Severity:
            return alertSeverityText(t.severity);
        case Rule:
            return t.rule;
        case Device:
            return deviceText(t.device);
        case Value:
            return valueText(t.value);
        case Detail:
            return t.detail;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity || (index.column() == State && t.state == AlertState::Firing))
            return QBrush(severityColor(t.severity));
        return {};
    case SeverityRole:
        return int(t.severity);
    case DeviceRole:
        return QVariant::fromValue(t.device);
    case RuleRole:
        return t.rule;
    case AcknowledgedRole:
        return t.state == AlertState::Acknowledged;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case State:
        return tr("State");
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Device:
        return tr("Device");
    case Value:
        return tr("Value");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace linkscope
