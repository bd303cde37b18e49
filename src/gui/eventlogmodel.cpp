#include "eventlogmodel.h"

#include <QColor>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace linkscope {

namespace {
QString summary(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const QJsonDocument doc = QJsonDocument::fromVariant(
        value.typeId() == QMetaType::QVariantMap ? value
                                                 : QVariant(QVariantMap {{QStringLiteral("data"), value}}));
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    if (text == u"{}")
        return {};
    return text.size() > 120 ? text.left(117) + QStringLiteral("…") : text;
}
QString typeText(EventType type)
{
    switch (type) {
    case EventType::Info:
        return EventLogModel::tr("info");
    case EventType::Alert:
        return EventLogModel::tr("alert");
    case EventType::Error:
        return EventLogModel::tr("error");
    }
    return {};
}

// The reply codes of Life IoT downlinks, in the user's language.
QString codeText(int code)
{
    switch (code) {
    case 200:
        return EventLogModel::tr("success");
    case 400:
        return EventLogModel::tr("request error");
    case 403:
        return EventLogModel::tr("forbidden");
    case 429:
        return EventLogModel::tr("too many requests");
    case 460:
        return EventLogModel::tr("request parameter error");
    case 9200:
        return EventLogModel::tr("device not activated");
    case 9201:
        return EventLogModel::tr("device offline");
    default:
        return EventLogModel::tr("unknown code %1").arg(code);
    }
}
} // namespace

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity))
{
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DeviceColumn:
        return tr("Device");
    case WhatColumn:
        return tr("Event or reply");
    case TypeColumn:
        return tr("Type");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

void EventLogModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WhatColumn), index(rowCount() - 1, DetailColumn));
}

QString EventLogModel::whatOf(const Row &r) const
{
    if (r.isReply || !m_catalog)
        return r.what;
    const TslEvent *e = m_catalog->event(r.device.productKey, r.identifier);
    if (!e || e->name.isEmpty())
        return r.what;
    return QStringLiteral("%1 (%2)").arg(e->name, r.identifier);
}

QString EventLogModel::detailOf(const Row &r) const
{
    if (!m_catalog)
        return r.detail;
    const ThingModel *model = m_catalog->thingModel(r.device.productKey);
    if (!model)
        return r.detail;
    if (r.isReply) {
        // "/sys/pk/dn/thing/service/Reboot" answers the service Reboot.
        const QString service = r.identifier.section(u'/', -1);
        const TslService *s = model->service(service);
        return s && !s->name.isEmpty() ? s->name + QStringLiteral(" · ") + r.detail : r.detail;
    }
    const TslEvent *e = model->event(r.identifier);
    if (!e || e->outputData.empty() || r.eventValue.isEmpty())
        return r.detail;
    TslDataType fields;
    fields.type = TslType::Struct;
    fields.members = e->outputData;
    return tslValueText(fields, r.eventValue);
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case DeviceColumn:
            return r.device.deviceName;
        case WhatColumn:
            return whatOf(r);
        case TypeColumn:
            return r.type;
        case DetailColumn:
            return detailOf(r);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TypeColumn && r.severity != Info)
            return r.severity == Error ? QColor(0xc6, 0x28, 0x28) : QColor(0xd8, 0x7a, 0x00);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 / %2\nmessage %3").arg(r.device.productKey, r.device.deviceName, r.messageId);
    case SeverityRole:
        return int(r.severity);
    case DeviceKeyRole:
        return QVariant::fromValue(r.device);
    case MessageIdRole:
        return r.messageId;
    case TimeRole:
        return r.time;
    case IdentifierRole:
        return r.identifier;
    case IsReplyRole:
        return r.isReply;
    default:
        return {};
    }
}

void EventLogModel::prepend(QList<Row> rows)
{
    rows.removeIf([this](const Row &r) { return !r.messageId.isEmpty() && m_ids.contains(r.messageId); });
    if (rows.isEmpty())
        return;
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.time > b.time; });
    if (rows.size() > m_capacity)
        rows.resize(m_capacity);
    // Rows stay newest first. Live batches are newer than all that is listed
    // and go on top in one insertion, growing the list at its front in O(1)
    // a row; an older batch (the history answered after the first live rows)
    // goes where its times belong, one insertion per run of neighbours.
    const auto newer = [](const Row &listed, qint64 time) { return listed.time > time; };
    for (qsizetype i = 0; i < rows.size();) {
        const qsizetype at
            = std::lower_bound(m_rows.cbegin(), m_rows.cend(), rows[i].time, newer) - m_rows.cbegin();
        qsizetype j = i + 1;
        while (j < rows.size() && (at == m_rows.size() || rows[j].time >= m_rows[at].time))
            ++j;
        beginInsertRows({}, int(at), int(at + j - i) - 1);
        for (qsizetype k = i; k < j; ++k)
            m_ids.insert(rows[k].messageId);
        if (at == 0) {
            for (qsizetype k = j - 1; k >= i; --k)
                m_rows.prepend(std::move(rows[k]));
        } else {
            m_rows.insert(at, j - i, Row {});
            for (qsizetype k = i; k < j; ++k)
                m_rows[at + k - i] = std::move(rows[k]);
        }
        endInsertRows();
        i = j;
    }
    // Then the oldest beyond the bound go, in one removal.
    if (const qsizetype overflow = m_rows.size() - m_capacity; overflow > 0) {
        beginRemoveRows({}, int(m_rows.size() - overflow), int(m_rows.size() - 1));
        for (qsizetype i = m_rows.size() - overflow; i < m_rows.size(); ++i)
            m_ids.remove(m_rows[i].messageId);
        m_rows.resize(m_rows.size() - overflow);
        endRemoveRows();
    }
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    endResetModel();
}

void EventLogModel::addEvents(const QList<DeviceEvent> &events)
{
    QList<Row> rows;
    rows.reserve(events.size());
    for (const DeviceEvent &e : events) {
        Row r;
        r.time = e.time;
        r.device = e.device;
        r.what = e.name.isEmpty() ? e.identifier : QStringLiteral("%1 (%2)").arg(e.name, e.identifier);
        r.type = typeText(e.type);
        r.severity = e.type == EventType::Error ? Error : (e.type == EventType::Alert ? Alert : Info);
        r.detail = summary(QVariant(e.value));
        r.messageId = e.meta.messageId;
        r.identifier = e.identifier;
        r.eventName = e.name;
        r.eventValue = e.value;
        rows.append(r);
    }
    prepend(std::move(rows));
}

void EventLogModel::addReplies(const QList<ServiceReply> &replies)
{
    QList<Row> rows;
    rows.reserve(replies.size());
    for (const ServiceReply &s : replies) {
        Row r;
        r.time = s.gmtCreate;
        r.device = s.device;
        r.what = tr("reply %1: %2").arg(s.code).arg(codeText(s.code));
        r.type = s.code == 200 ? tr("reply") : tr("failed reply");
        r.severity = s.code == 200 ? Info : Alert;
        r.detail = tr("%1 · request %2").arg(s.downlinkTopic, s.requestId);
        const QString data = summary(s.data);
        if (!data.isEmpty())
            r.detail += QStringLiteral(" · ") + data;
        r.messageId = s.meta.messageId;
        r.identifier = s.downlinkTopic;
        r.isReply = true;
        rows.append(r);
    }
    prepend(std::move(rows));
}

} // namespace linkscope
