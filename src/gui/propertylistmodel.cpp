#include "propertylistmodel.h"

#include "chartspanel.h"
#include "chartticks.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMimeData>

namespace linkscope {

namespace {
QString shown(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
    if (v.typeId() == QMetaType::Double)
        return valueText(v.toDouble());
    if (v.isNull())
        return QStringLiteral("null");
    return v.toString();
}
} // namespace

PropertyListModel::PropertyListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PropertyListModel::setChartedCheck(std::function<bool(const DeviceKey &, const QString &)> check)
{
    m_charted = std::move(check);
}

void PropertyListModel::setCurrentDevice(const DeviceKey &device)
{
    beginResetModel();
    m_device = device;
    endResetModel();
}

QStringList PropertyListModel::attributes() const
{
    QStringList out;
    for (const Entry &e : m_values.value(m_device.id()))
        out << e.attribute;
    return out;
}

int PropertyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_device.isValid() ? 0 : int(m_values.value(m_device.id()).size());
}

int PropertyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_values.value(m_device.id()).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.attribute;
        case ValueColumn:
            return shown(e.value);
        case TimeColumn:
            return e.time ? QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("HH:mm:ss"))
                          : QString();
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_charted && m_charted(m_device, e.attribute) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return tr("%1 = %2\nat %3\nTick to chart it, or drag it onto a chart.")
            .arg(e.attribute, shown(e.value),
                 QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    case AttributeRole:
        return e.attribute;
    default:
        return {};
    }
}

bool PropertyListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString attribute = m_values.value(m_device.id()).at(index.row()).attribute;
    emit chartToggled(m_device, attribute, value.toInt() == Qt::Checked);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags PropertyListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PropertyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Property");
    case ValueColumn:
        return tr("Value");
    case TimeColumn:
        return tr("Updated");
    }
    return {};
}

QStringList PropertyListModel::mimeTypes() const
{
    return {QString::fromLatin1(ChartsPanel::PropertyMimeType)};
}

QMimeData *PropertyListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    const QString attribute = data(indexes.first().siblingAtColumn(NameColumn), AttributeRole).toString();
    mime->setData(QString::fromLatin1(ChartsPanel::PropertyMimeType),
                  ChartsPanel::encodeProperty(m_device, attribute));
    mime->setText(m_device.id() + u' ' + attribute);
    return mime;
}

void PropertyListModel::setDevices(const QList<DeviceSummary> &devices)
{
    beginResetModel();
    for (const DeviceSummary &d : devices) {
        QList<Entry> &list = m_values[d.device.id()];
        for (const LastValue &v : d.lastValues) {
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const Entry &e) { return e.attribute == v.attribute; });
            if (it == list.end())
                list.append({v.attribute, v.value, v.time});
            else if (v.time >= it->time)
                *it = {v.attribute, v.value, v.time};
        }
    }
    endResetModel();
}

void PropertyListModel::addProperties(const QList<PropertyReport> &reports)
{
    const QString current = m_device.id();
    int firstChanged = -1, lastChanged = -1;
    for (const PropertyReport &r : reports) {
        const QString id = r.device.id();
        QList<Entry> &list = m_values[id];
        const qint64 time = r.time ? r.time : r.meta.receivedAt;
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const Entry &e) { return e.attribute == r.attribute; });
        if (it != list.end()) {
            if (time < it->time)
                continue; // an older (history) report does not replace the last value
            it->value = r.value;
            it->time = time;
            if (id == current && m_device.isValid()) {
                const int row = int(it - list.begin());
                firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
                lastChanged = std::max(lastChanged, row);
            }
        } else if (id == current && m_device.isValid()) {
            const int row = int(list.size());
            beginInsertRows({}, row, row);
            list.append({r.attribute, r.value, time});
            endInsertRows();
        } else {
            list.append({r.attribute, r.value, time});
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, ValueColumn), index(lastChanged, TimeColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void PropertyListModel::clear()
{
    beginResetModel();
    m_values.clear();
    m_device = {};
    endResetModel();
}

void PropertyListModel::refreshChecks()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
}

} // namespace linkscope
