#include "devicetreemodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace linkscope {

namespace {
constexpr quintptr kProductLevel = 0;
constexpr qint64 kRateWindowMs = 60'000;

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
    // A device's internal id is its product's row + 1.
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kProductLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kProductLevel);
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
    return createIndex(it->second, 0, quintptr(it->first) + 1);
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
        if (index.column() == NameColumn && role == Qt::DisplayRole)
            return p.key;
        if (index.column() == MessagesColumn && role == Qt::DisplayRole) {
            qint64 n = 0;
            for (const Device &d : p.devices)
                n += d.messages;
            return n;
        }
        if (index.column() == TypeColumn && role == Qt::DisplayRole) {
            int online = 0;
            for (const Device &d : p.devices)
                online += d.online ? 1 : 0;
            return tr("%1 of %2 online").arg(online).arg(p.devices.size());
        }
        if (role == Qt::FontRole && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const Device &d = m_products[int(index.internalId() - 1)].devices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.alerts > 0 ? QStringLiteral("%1  (%2)").arg(d.key.deviceName).arg(d.alerts)
                                : d.key.deviceName;
        case TypeColumn:
            return d.deviceType;
        case LastSeenColumn:
            return d.lastSeen ? relative(now() - d.lastSeen) : QString();
        case MessagesColumn:
            return d.messages;
        case RateColumn:
            return tr("%1/min").arg(d.recent.size());
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return dot(d.online ? QColor(0x2e, 0xa0, 0x43) : QColor(0x9a, 0x9a, 0x9a));
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nproductKey %2\niotId %3\n%4")
            .arg(d.key.deviceName, d.key.productKey, d.key.iotId.isEmpty() ? tr("unknown") : d.key.iotId,
                 d.online ? tr("online") : tr("offline"));
    case Qt::TextAlignmentRole:
        return index.column() >= MessagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DeviceKeyRole:
        return QVariant::fromValue(d.key);
    case OnlineRole:
        return d.online;
    case AlertsRole:
        return d.alerts;
    case IsProductRole:
        return false;
    default:
        return {};
    }
}

DeviceTreeModel::Update &DeviceTreeModel::update(QHash<QString, Update> &batch, const DeviceKey &key,
                                                 const QString &deviceType, const MessageMeta &meta)
{
    Update &u = batch[key.id()];
    if (u.key.productKey.isEmpty())
        u.key = key;
    if (!key.iotId.isEmpty())
        u.key.iotId = key.iotId;
    if (!deviceType.isEmpty())
        u.deviceType = deviceType;
    u.lastSeen = std::max(u.lastSeen, meta.receivedAt);
    u.messageIds.insert(meta.messageId);
    return u;
}

void DeviceTreeModel::apply(const QHash<QString, Update> &batch)
{
    const qint64 t = now();
    // New products, and new devices of known products, each inserted in one go.
    QList<Product> newProducts;
    QHash<QString, int> newProductIndex;
    QHash<int, QList<Device>> newDevices;
    QHash<int, QPair<int, int>> changed; // product row -> first/last changed device row
    for (const Update &u : batch) {
        if (m_where.contains(u.key.id()))
            continue;
        Device d;
        d.key = u.key;
        const auto known = m_productRow.constFind(u.key.productKey);
        if (known != m_productRow.cend()) {
            newDevices[*known].append(d);
        } else {
            auto it = newProductIndex.constFind(u.key.productKey);
            if (it == newProductIndex.cend()) {
                it = newProductIndex.insert(u.key.productKey, int(newProducts.size()));
                newProducts.append(Product {u.key.productKey, {}});
            }
            newProducts[*it].devices.append(d);
        }
    }
    // A batch's new rows in name order (rows already shown never move).
    auto byName = [](const Device &a, const Device &b) { return a.key.deviceName < b.key.deviceName; };
    for (auto &list : newDevices)
        std::sort(list.begin(), list.end(), byName);
    for (Product &p : newProducts)
        std::sort(p.devices.begin(), p.devices.end(), byName);
    std::sort(newProducts.begin(), newProducts.end(),
              [](const Product &a, const Product &b) { return a.key < b.key; });
    for (auto it = newDevices.begin(); it != newDevices.end(); ++it) {
        Product &p = m_products[it.key()];
        const int first = int(p.devices.size());
        beginInsertRows(index(it.key(), 0), first, first + int(it->size()) - 1);
        for (const Device &d : *it) {
            m_where.insert(d.key.id(), {it.key(), int(p.devices.size())});
            p.devices.append(d);
        }
        endInsertRows();
    }
    if (!newProducts.isEmpty()) {
        const int first = int(m_products.size());
        beginInsertRows({}, first, first + int(newProducts.size()) - 1);
        for (Product &p : newProducts) {
            const int row = int(m_products.size());
            m_productRow.insert(p.key, row);
            for (int i = 0; i < p.devices.size(); ++i)
                m_where.insert(p.devices[i].key.id(), {row, i});
            m_products.append(std::move(p));
        }
        endInsertRows();
    }
    // Then the values, and one dataChanged per product over the rows that changed.
    for (const Update &u : batch) {
        const auto [pr, dr] = m_where.value(u.key.id());
        Device &d = m_products[pr].devices[dr];
        if (!u.key.iotId.isEmpty())
            d.key.iotId = u.key.iotId;
        if (!u.deviceType.isEmpty())
            d.deviceType = u.deviceType;
        if (u.online) {
            d.online = *u.online;
            d.statusKnown = true;
        } else if (!d.statusKnown) {
            d.online = true; // it is talking, so it is online until a status says otherwise
        }
        d.lastSeen = std::max(d.lastSeen, u.lastSeen);
        d.messages += u.messageIds.size();
        for (qsizetype i = 0; i < u.messageIds.size(); ++i)
            d.recent.append(t);
        d.alerts += u.alerts;
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

void DeviceTreeModel::clear()
{
    beginResetModel();
    m_products.clear();
    m_where.clear();
    m_productRow.clear();
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
    // Totals from history, once.
    for (const DeviceSummary &s : devices) {
        const auto [pr, dr] = m_where.value(s.device.id());
        m_products[pr].devices[dr].messages = std::max(m_products[pr].devices[dr].messages, s.messageCount);
    }
    for (int pr = 0; pr < m_products.size(); ++pr) {
        const int n = int(m_products[pr].devices.size());
        emit dataChanged(index(0, 0, index(pr, 0)), index(n - 1, ColumnCount - 1, index(pr, 0)));
        emit dataChanged(index(pr, 0), index(pr, ColumnCount - 1));
    }
}

void DeviceTreeModel::addProperties(const QList<PropertyReport> &reports)
{
    QHash<QString, Update> batch;
    for (const PropertyReport &r : reports)
        update(batch, r.device, r.deviceType, r.meta);
    apply(batch);
}

void DeviceTreeModel::addStatuses(const QList<StatusChange> &changes)
{
    QHash<QString, Update> batch;
    for (const StatusChange &s : changes) {
        Update &u = update(batch, s.device, s.deviceType, s.meta);
        if (!u.online || s.time >= u.onlineTime) {
            u.online = s.online;
            u.onlineTime = s.time;
        }
    }
    apply(batch);
}

void DeviceTreeModel::addEvents(const QList<DeviceEvent> &events)
{
    QHash<QString, Update> batch;
    for (const DeviceEvent &e : events) {
        Update &u = update(batch, e.device, e.deviceType, e.meta);
        if (e.type != EventType::Info)
            ++u.alerts;
    }
    apply(batch);
}

void DeviceTreeModel::addReplies(const QList<ServiceReply> &replies)
{
    QHash<QString, Update> batch;
    for (const ServiceReply &r : replies)
        update(batch, r.device, {}, r.meta);
    apply(batch);
}

void DeviceTreeModel::addBindings(const QList<BindingChange> &changes)
{
    QHash<QString, Update> batch;
    for (const BindingChange &b : changes)
        update(batch, b.device, {}, b.meta);
    apply(batch);
}

void DeviceTreeModel::refreshTimes()
{
    const qint64 t = now();
    for (Product &p : m_products) {
        for (Device &d : p.devices) {
            while (!d.recent.isEmpty() && t - d.recent.first() > kRateWindowMs)
                d.recent.removeFirst();
        }
    }
    // One signal per product over the two time-dependent columns.
    for (int pr = 0; pr < m_products.size(); ++pr) {
        const int n = int(m_products[pr].devices.size());
        if (n > 0)
            emit dataChanged(index(0, LastSeenColumn, index(pr, 0)), index(n - 1, RateColumn, index(pr, 0)),
                             {Qt::DisplayRole});
    }
}

void DeviceTreeModel::clearAlerts(const DeviceKey &device)
{
    const QModelIndex i = indexOf(device);
    if (!i.isValid())
        return;
    m_products[int(i.internalId() - 1)].devices[i.row()].alerts = 0;
    emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
}

} // namespace linkscope
