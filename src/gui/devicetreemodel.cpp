#include "devicetreemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <iterator>

namespace linkscope {

namespace {
constexpr quintptr kProductLevel = 0;

// A round status dot, drawn once per colour.
QIcon dot(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    auto it = cache.find(color.rgb());
    if (it != cache.end())
        return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(6, 6, 20, 20));
    p.end();
    return *cache.insert(color.rgb(), QIcon(pm));
}

QString relative(qint64 ms)
{
    if (ms < 0)
        return DeviceTreeModel::tr("just now");
    const qint64 s = ms / 1000;
    if (s < 5)
        return DeviceTreeModel::tr("just now");
    if (s < 60)
        return DeviceTreeModel::tr("%1 s ago").arg(s);
    if (s < 3600)
        return DeviceTreeModel::tr("%1 min ago").arg(s / 60);
    if (s < 86'400)
        return DeviceTreeModel::tr("%1 h ago").arg(s / 3600);
    return DeviceTreeModel::tr("%1 d ago").arg(s / 86'400);
}
} // namespace

DeviceTreeModel::DeviceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void DeviceTreeModel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

qint64 DeviceTreeModel::now() const
{
    return m_now();
}

QString DeviceTreeModel::onlineText(qsizetype online, qsizetype devices)
{
    return tr("%1 of %2 online").arg(online).arg(devices);
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_products.size() ? createIndex(row, column, kProductLevel) : QModelIndex();
    if (parent.internalId() != kProductLevel || parent.row() >= m_products.size())
        return {};
    if (row >= m_products[parent.row()].devices.size())
        return {};
    // A device's internal id is its product's id, which stays when a product
    // is inserted above it: Qt moves the persistent indexes of the rows an
    // insertion shifts, not those of their children, so a device's index
    // (in a filter proxy's mapping, a selection) must not name its parent by
    // row.
    return createIndex(row, column, m_products[parent.row()].id);
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kProductLevel)
        return {};
    const int row = productRowOf(child);
    return row < 0 ? QModelIndex() : createIndex(row, 0, kProductLevel);
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_products.size());
    if (parent.column() != 0 || parent.internalId() != kProductLevel)
        return 0;
    return int(m_products[parent.row()].devices.size());
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int DeviceTreeModel::deviceCount() const
{
    return int(m_where.size());
}

QModelIndex DeviceTreeModel::indexOf(const DeviceKey &device) const
{
    const auto it = m_where.constFind(device.id());
    if (it == m_where.cend())
        return {};
    return createIndex(it->second, 0, m_products[it->first].id);
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device");
    case TypeColumn:
        return tr("Type");
    case LastSeenColumn:
        return tr("Last seen");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate");
    default:
        return {};
    }
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kProductLevel) {
        const Product &p = m_products[index.row()];
        if (role == IsProductRole)
            return true;
        if (index.column() == NameColumn && role == Qt::DisplayRole) {
            const QString name = m_catalog ? m_catalog->productName(p.key) : QString();
            return name.isEmpty() ? p.key : QStringLiteral("%1 (%2)").arg(name, p.key);
        }
        if (role == Qt::ToolTipRole) {
            const QString name = m_catalog ? m_catalog->productName(p.key) : QString();
            return tr("%1\nproductKey %2\n%3")
                .arg(name.isEmpty() ? tr("(name unknown: no inventory)") : name, p.key,
                     onlineText(p.online, p.devices.size()));
        }
        if (index.column() == MessagesColumn && role == Qt::DisplayRole)
            return p.messages;
        if (index.column() == TypeColumn && role == Qt::DisplayRole)
            return onlineText(p.online, p.devices.size());
        if (role == Qt::FontRole && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const int pr = productRowOf(index);
    if (pr < 0 || index.row() >= m_products[pr].devices.size())
        return {};
    const Device &d = m_products[pr].devices[index.row()];
    const DeviceInfo *info = m_catalog ? m_catalog->device(d.key) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            QString name = d.key.deviceName;
            if (info && !info->nickname.isEmpty())
                name += QStringLiteral(" · ") + info->nickname;
            return d.alerts > 0 ? QStringLiteral("%1  (%2)").arg(name).arg(d.alerts) : name;
        }
        case TypeColumn:
            return d.deviceType;
        case LastSeenColumn:
            if (d.lastSeen)
                return relative(now() - d.lastSeen);
            // Never heard from: what the cloud API says of it.
            if (!d.online && d.apiStatus == DeviceStatus::Inactive)
                return tr("never activated");
            if (!d.online && d.apiStatus == DeviceStatus::Disabled)
                return tr("disabled");
            return {};
        case MessagesColumn:
            return d.messages;
        case RateColumn:
            return tr("%1/min").arg(d.perMinute);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        // Online green; offline grey; never activated a pale ring; disabled red.
        if (d.apiStatus == DeviceStatus::Disabled && !d.online)
            return dot(QColor(0xc6, 0x28, 0x28));
        if (d.apiStatus == DeviceStatus::Inactive && !d.online)
            return dot(QColor(0xd0, 0xd0, 0xd0));
        return dot(d.online ? QColor(0x2e, 0xa0, 0x43) : QColor(0x9a, 0x9a, 0x9a));
    case Qt::ToolTipRole: {
        QString state = d.online ? tr("online") : tr("offline");
        if (!d.online && d.apiStatus == DeviceStatus::Inactive)
            state = tr("never activated");
        else if (!d.online && d.apiStatus == DeviceStatus::Disabled)
            state = tr("disabled");
        QString text = tr("%1\nproductKey %2\niotId %3\n%4")
                           .arg(d.key.deviceName, d.key.productKey,
                                d.key.iotId.isEmpty() ? tr("unknown") : d.key.iotId, state);
        if (info && !info->nickname.isEmpty())
            text += u'\n' + tr("nickname %1").arg(info->nickname);
        if (info && !info->firmwareVersion.isEmpty())
            text += u'\n' + tr("firmware %1").arg(info->firmwareVersion);
        if (!d.lastSeen)
            text += u'\n' + tr("no message from it yet");
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= MessagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DeviceKeyRole:
        return QVariant::fromValue(d.key);
    case OnlineRole:
        return d.online;
    case ApiStatusRole:
        return int(d.apiStatus);
    case AlertsRole:
        return d.alerts;
    case IsProductRole:
        return false;
    default:
        return {};
    }
}

int DeviceTreeModel::productRowOf(const QModelIndex &device) const
{
    return m_rowOfId.value(device.internalId(), -1); // -1: an index from before a clear()
}

void DeviceTreeModel::reindex(int productRow, int from)
{
    const QList<Device> &devices = m_products[productRow].devices;
    for (int i = from; i < devices.size(); ++i)
        m_where.insert(devices[i].key.id(), {productRow, i});
}

void DeviceTreeModel::insertNew(const QHash<QString, Update> &batch)
{
    // New products and new devices, each at its place in name order: one
    // insertion per run of new rows that end up next to each other.
    QHash<QString, QList<Device>> byProduct;
    for (const Update &u : batch) {
        if (m_where.contains(u.key.id()))
            continue;
        Device d;
        d.key = u.key;
        byProduct[u.key.productKey].append(d);
    }
    if (byProduct.isEmpty())
        return;
    const auto byName = [](const Device &a, const Device &b) { return a.key.deviceName < b.key.deviceName; };
    QStringList newProducts;
    for (auto it = byProduct.begin(); it != byProduct.end(); ++it) {
        std::sort(it->begin(), it->end(), byName);
        if (!m_productRow.contains(it.key()))
            newProducts << it.key();
    }
    // New products, in key order; a run of neighbours goes in with one insertion.
    std::sort(newProducts.begin(), newProducts.end());
    for (qsizetype i = 0; i < newProducts.size();) {
        const auto at = std::lower_bound(m_products.begin(), m_products.end(), newProducts[i],
                                         [](const Product &p, const QString &k) { return p.key < k; });
        const int row = int(at - m_products.begin());
        qsizetype j = i + 1;
        while (j < newProducts.size() && (row == m_products.size() || newProducts[j] < m_products[row].key))
            ++j;
        beginInsertRows({}, row, row + int(j - i) - 1);
        for (qsizetype k = i; k < j; ++k) {
            Product p {newProducts[k], std::move(byProduct[newProducts[k]]), 0, 0, m_nextProductId++};
            m_products.insert(row + int(k - i), std::move(p));
        }
        for (int r = row; r < m_products.size(); ++r) {
            m_productRow.insert(m_products[r].key, r);
            m_rowOfId.insert(m_products[r].id, r);
            reindex(r);
        }
        endInsertRows();
        byProduct.remove(newProducts[i]); // (moved from; the rest of the run too)
        for (qsizetype k = i + 1; k < j; ++k)
            byProduct.remove(newProducts[k]);
        i = j;
    }
    // New devices of products already shown, merged into their order: one
    // insertion per run of neighbours; when they scatter over many places
    // (a fleet coming up), the product's rows are laid out anew in two
    // signals rather than one per device.
    constexpr int kMaxRuns = 16;
    for (auto it = byProduct.begin(); it != byProduct.end(); ++it) {
        const int pr = m_productRow.value(it.key());
        QList<Device> &devices = m_products[pr].devices;
        const QList<Device> &fresh = *it;
        QList<QPair<int, qsizetype>> runs; // insertion row, count (rows as they are before any insertion)
        for (qsizetype i = 0; i < fresh.size();) {
            const auto at = std::lower_bound(devices.begin(), devices.end(), fresh[i], byName);
            const int row = int(at - devices.begin());
            qsizetype j = i + 1;
            while (j < fresh.size()
                   && (row == devices.size() || fresh[j].key.deviceName < devices[row].key.deviceName))
                ++j;
            runs.append({row, j - i});
            i = j;
        }
        if (runs.size() > kMaxRuns && !devices.isEmpty()) {
            QList<Device> merged;
            merged.reserve(devices.size() + fresh.size());
            std::merge(devices.begin(), devices.end(), fresh.begin(), fresh.end(), std::back_inserter(merged),
                       byName);
            beginRemoveRows(index(pr, 0), 0, int(devices.size()) - 1);
            for (const Device &d : devices) // indexOf() finds none of them while they are out
                m_where.remove(d.key.id());
            devices.clear();
            endRemoveRows();
            beginInsertRows(index(pr, 0), 0, int(merged.size()) - 1);
            devices = std::move(merged);
            reindex(pr); // indexOf() is right for whoever hears of the insertion
            endInsertRows();
        } else {
            qsizetype shift = 0, from = 0;
            for (const auto &[row, count] : runs) {
                const int at = row + int(shift);
                beginInsertRows(index(pr, 0), at, at + int(count) - 1);
                for (qsizetype k = 0; k < count; ++k)
                    devices.insert(at + int(k), fresh[from + k]);
                reindex(pr, at);
                endInsertRows();
                shift += count;
                from += count;
            }
        }
    }
}

void DeviceTreeModel::apply(const QHash<QString, Update> &batch)
{
    insertNew(batch);
    // Then the values, and one dataChanged per product over the rows that changed.
    QHash<int, QPair<int, int>> changed; // product row -> first/last changed device row
    for (const Update &u : batch) {
        const auto [pr, dr] = m_where.value(u.key.id());
        Product &p = m_products[pr];
        Device &d = p.devices[dr];
        const bool wasOnline = d.online;
        const qint64 before = d.messages;
        if (!u.key.iotId.isEmpty())
            d.key.iotId = u.key.iotId;
        if (!u.deviceType.isEmpty())
            d.deviceType = u.deviceType;
        if (u.online) {
            d.online = *u.online;
            d.statusKnown = true;
            if (d.online && d.apiStatus != DeviceStatus::Unknown)
                d.apiStatus = DeviceStatus::Online; // it came online since the API said otherwise
        } else if (!d.statusKnown) {
            d.online = true; // it is talking, so it is online until a status says otherwise
        }
        d.lastSeen = std::max(d.lastSeen, u.lastSeen);
        d.messages = std::max(d.messages, u.messages + d.fromHistory);
        if (u.perMinute >= 0)
            d.perMinute = u.perMinute;
        d.alerts += u.alerts;
        p.messages += d.messages - before;
        p.online += (d.online ? 1 : 0) - (wasOnline ? 1 : 0);
        auto c = changed.find(pr);
        if (c == changed.end())
            changed.insert(pr, {dr, dr});
        else
            *c = {std::min(c->first, dr), std::max(c->second, dr)};
    }
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const QModelIndex parentIndex = index(it.key(), 0);
        emit dataChanged(index(it->first, 0, parentIndex), index(it->second, ColumnCount - 1, parentIndex));
        emit dataChanged(index(it.key(), 0), index(it.key(), ColumnCount - 1)); // the product's totals
    }
}

void DeviceTreeModel::applyDevices(const QList<DeviceView> &devices)
{
    QHash<QString, Update> batch;
    batch.reserve(devices.size());
    for (const DeviceView &v : devices) {
        Update &u = batch[v.device.id()];
        u.key = v.device;
        u.deviceType = v.deviceType;
        u.online = v.online;
        u.onlineTime = v.onlineSince;
        u.lastSeen = v.lastSeen;
        u.messages = v.messages;
        u.perMinute = v.perMinute;
        u.alerts = v.newAlerts;
    }
    apply(batch);
}

void DeviceTreeModel::clear()
{
    beginResetModel();
    m_catalog.reset();
    m_products.clear();
    m_where.clear();
    m_productRow.clear();
    m_rowOfId.clear();
    endResetModel();
}

void DeviceTreeModel::setDevices(const QList<DeviceSummary> &devices)
{
    QHash<QString, Update> batch;
    for (const DeviceSummary &s : devices) {
        Update &u = batch[s.device.id()];
        u.key = s.device;
        u.deviceType = s.deviceType;
        u.online = s.online;
        u.lastSeen = s.lastSeen;
    }
    apply(batch);
    // Totals from history, once: live counts add to them.
    for (const DeviceSummary &s : devices) {
        const auto [pr, dr] = m_where.value(s.device.id());
        Device &d = m_products[pr].devices[dr];
        d.fromHistory = s.messageCount;
        if (s.messageCount > d.messages) {
            m_products[pr].messages += s.messageCount - d.messages;
            d.messages = s.messageCount;
        }
    }
    for (int pr = 0; pr < m_products.size(); ++pr) {
        const int n = int(m_products[pr].devices.size());
        emit dataChanged(index(0, 0, index(pr, 0)), index(n - 1, ColumnCount - 1, index(pr, 0)));
        emit dataChanged(index(pr, 0), index(pr, ColumnCount - 1));
    }
}

void DeviceTreeModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    if (m_catalog) {
        // Every device of the inventory, at its place, with the API's status.
        QHash<QString, Update> batch;
        const QList<DeviceInfo> &devices = m_catalog->inventory().devices;
        batch.reserve(devices.size());
        for (const DeviceInfo &info : devices) {
            Update &u = batch[info.device.id()];
            u.key = info.device;
            if (info.status != DeviceStatus::Unknown) {
                u.online = info.status == DeviceStatus::Online;
                u.onlineTime = info.statusTime;
            }
        }
        apply(batch);
        for (const DeviceInfo &info : devices) {
            const auto [pr, dr] = m_where.value(info.device.id());
            m_products[pr].devices[dr].apiStatus = info.status;
        }
    }
    // Names and nicknames on every row.
    for (int pr = 0; pr < m_products.size(); ++pr) {
        const int n = int(m_products[pr].devices.size());
        if (n > 0)
            emit dataChanged(index(0, 0, index(pr, 0)), index(n - 1, ColumnCount - 1, index(pr, 0)));
        emit dataChanged(index(pr, 0), index(pr, ColumnCount - 1));
    }
}

void DeviceTreeModel::clearAlerts(const DeviceKey &device)
{
    const QModelIndex i = indexOf(device);
    if (!i.isValid())
        return;
    m_products[productRowOf(i)].devices[i.row()].alerts = 0;
    emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
}

} // namespace linkscope
