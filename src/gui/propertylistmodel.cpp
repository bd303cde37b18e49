#include "propertylistmodel.h"

#include "chartspanel.h"
#include "chartticks.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMimeData>

#include <QSet>

#include <limits>

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

void PropertyListModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const TslProperty *PropertyListModel::tslOf(const QString &attribute) const
{
    return m_catalog ? m_catalog->property(m_device.productKey, attribute) : nullptr;
}

bool PropertyListModel::hasValues(const DeviceKey &device) const
{
    const auto it = m_values.find(device.id());
    return it != m_values.end() && !it->second.rows.isEmpty();
}

void PropertyListModel::addSnapshots(const QList<DeviceSnapshot> &snapshots)
{
    QList<PropertyReport> reports;
    for (const DeviceSnapshot &s : snapshots)
        for (const LastValue &v : s.values) {
            PropertyReport r;
            r.device = s.device;
            r.attribute = v.attribute;
            r.value = v.value;
            r.time = v.time;
            reports.append(std::move(r));
        }
    addProperties(reports);
}

void PropertyListModel::setCurrentDevice(const DeviceKey &device)
{
    beginResetModel();
    m_device = device;
    const auto it = m_values.find(device.id());
    m_current = device.isValid() && it != m_values.end() ? &it->second : nullptr;
    endResetModel();
}

const PropertyListModel::DeviceValues *PropertyListModel::current() const
{
    return m_current;
}

qsizetype PropertyListModel::rowFor(DeviceValues &values, const QString &attribute)
{
    if (const auto it = values.rowOf.constFind(attribute); it != values.rowOf.cend())
        return *it;
    if (values.rows.size() >= MaxAttributes)
        return -1;
    values.rows.append({attribute, {}, std::numeric_limits<qint64>::min()});
    values.rowOf.insert(attribute, values.rows.size() - 1);
    return values.rows.size() - 1;
}

QStringList PropertyListModel::attributes() const
{
    QStringList out;
    if (current())
        for (const Entry &e : current()->rows)
            out << e.attribute;
    return out;
}

QStringList PropertyListModel::attributesOf(const DeviceKey &device) const
{
    QStringList out;
    const auto it = m_values.find(device.id());
    if (it != m_values.end())
        for (const Entry &e : it->second.rows)
            out << e.attribute;
    return out;
}

int PropertyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !current() ? 0 : int(current()->rows.size());
}

int PropertyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = current()->rows.at(index.row());
    const TslProperty *tsl = tslOf(e.attribute);
    const auto valueShown = [&] {
        return tsl && !e.value.isNull()
            ? tslValueText(tsl->dataType, e.value, [](double v) { return valueText(v); })
            : shown(e.value);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return tsl && !tsl->name.isEmpty() ? tsl->name : e.attribute;
        case ValueColumn:
            return valueShown();
        case TimeColumn:
            return e.time > 0 ? QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("HH:mm:ss"))
                              : QString();
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_charted && m_charted(m_device, e.attribute) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        // The identifier, the type and range, and the raw value beside its label.
        QString head = e.attribute;
        if (tsl) {
            head = (tsl->name.isEmpty() ? e.attribute : tsl->name + QStringLiteral(" (") + e.attribute + u')')
                + QStringLiteral("\n") + tslTypeName(tsl->dataType.type);
            const QString range = tslRangeText(tsl->dataType, [](double v) { return valueText(v); });
            if (!range.isEmpty())
                head += QStringLiteral(", ") + range;
        }
        QString value = valueShown();
        if (value != shown(e.value))
            value += QStringLiteral(" (") + tr("raw value %1").arg(shown(e.value)) + u')';
        return tr("%1\n= %2\nat %3\nTick to chart it, or drag it onto a chart.")
            .arg(head, value,
                 QDateTime::fromMSecsSinceEpoch(e.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    }
    case AttributeRole:
        return e.attribute;
    case ValueRole:
        return e.value;
    default:
        return {};
    }
}

bool PropertyListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString attribute = current()->rows.at(index.row()).attribute;
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
        DeviceValues &values = m_values[d.device.id()];
        for (const LastValue &v : d.lastValues) {
            const qsizetype row = rowFor(values, v.attribute);
            if (row >= 0 && v.time >= values.rows[row].time)
                values.rows[row] = {v.attribute, v.value, v.time};
        }
    }
    const auto it = m_values.find(m_device.id());
    m_current = m_device.isValid() && it != m_values.end() ? &it->second : nullptr;
    endResetModel();
}

void PropertyListModel::addProperties(const QList<PropertyReport> &reports)
{
    // The selected device's new properties first, as one insertion.
    if (m_device.isValid()) {
        const QString current = m_device.id();
        QStringList fresh;
        QSet<QString> seen;
        for (const PropertyReport &r : reports) {
            if (r.device.id() != current || seen.contains(r.attribute))
                continue;
            seen.insert(r.attribute);
            if (!m_current || !m_current->rowOf.contains(r.attribute))
                fresh << r.attribute;
        }
        if (!fresh.isEmpty()) {
            if (!m_current) {
                beginResetModel(); // the selected device's first values
                m_current = &m_values[current];
                endResetModel();
            }
            const qsizetype room = MaxAttributes - m_current->rows.size();
            if (fresh.size() > room)
                fresh.resize(std::max<qsizetype>(0, room));
            if (!fresh.isEmpty()) {
                const int first = int(m_current->rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                for (const QString &attribute : fresh)
                    rowFor(*m_current, attribute);
                endInsertRows();
            }
        }
    }
    int firstChanged = -1, lastChanged = -1;
    for (const PropertyReport &r : reports) {
        const bool isCurrent = m_current && m_device.isValid() && r.device.id() == m_device.id();
        DeviceValues &values = isCurrent ? *m_current : m_values[r.device.id()];
        const qsizetype row = rowFor(values, r.attribute);
        if (row < 0)
            continue; // the device is at its limit of properties
        const qint64 time = r.time ? r.time : r.meta.receivedAt;
        Entry &e = values.rows[row];
        if (time < e.time)
            continue; // an older (history) report does not replace the last value
        e.value = r.value;
        e.time = time;
        if (isCurrent) {
            firstChanged = firstChanged < 0 ? int(row) : std::min(firstChanged, int(row));
            lastChanged = std::max(lastChanged, int(row));
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
    m_current = nullptr;
    m_device = {};
    endResetModel();
}

void PropertyListModel::refreshChecks()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
}

} // namespace linkscope
