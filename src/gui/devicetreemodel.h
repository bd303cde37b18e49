#pragma once

#include "core/history.h"
#include "core/inventory.h"
#include "core/messages.h"
#include "core/viewupdate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace linkscope {

// Products and their devices: online state, type, last seen, message count
// and rate, and a badge for new alert/error events. Filled from the store at
// start, then kept current from the view feed's updates (applyDevices: the
// counts and rates come computed) or from message batches (add*). Rows stay
// in name order as they arrive, so a proxy needs no sorting; product totals
// are kept, not summed at each paint; one insert per run of new rows and one
// dataChanged per product for what changed.
class DeviceTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, LastSeenColumn, MessagesColumn, RateColumn, ColumnCount };
    enum Role { DeviceKeyRole = Qt::UserRole + 1, OnlineRole, AlertsRole, IsProductRole, ApiStatusRole };

    explicit DeviceTreeModel(QObject *parent = nullptr);

    // A product's Type cell: how many of its devices are online.
    static QString onlineText(qsizetype online, qsizetype devices);

    // The clock used for "last seen" and rates (tests set it).
    void setNow(std::function<qint64()> now);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const DeviceKey &device) const;
    int deviceCount() const;

public slots:
    void setDevices(const QList<linkscope::DeviceSummary> &devices);
    // What the cloud API says exists: every device is listed, those that
    // never sent too, with the status the API gives; products by name,
    // devices with their nicknames.
    void setCatalog(linkscope::CatalogPtr catalog);
    // Devices as the view feed sends them: what changed since its last update.
    void applyDevices(const QList<linkscope::DeviceView> &devices);
    // The user has looked at the device's events.
    void clearAlerts(const DeviceKey &device);
    void clear();

private:
    struct Device {
        DeviceKey key;
        QString deviceType;
        bool online = false;
        bool statusKnown = false; // from a status message (or history), not implied by traffic
        qint64 lastSeen = 0;
        qint64 messages = 0;
        qint64 fromHistory = 0; // messages the store counted before this session
        int perMinute = 0; // as the view feed counted it
        int alerts = 0;
        DeviceStatus apiStatus = DeviceStatus::Unknown; // as the cloud API last said
    };
    struct Product {
        QString key;
        QList<Device> devices; // in name order
        qint64 messages = 0; // kept totals
        int online = 0;
        quintptr id = 0; // its devices' internal id: stays when rows shift (never 0: products have 0)
    };

    // What one batch does to one device, applied in one go by apply().
    struct Update {
        DeviceKey key;
        QString deviceType;
        std::optional<bool> online;
        qint64 onlineTime = 0;
        qint64 lastSeen = 0;
        int alerts = 0;
        qint64 messages = 0; // this session's, as the feed counted them
        int perMinute = -1; // -1: unchanged
    };
    void apply(const QHash<QString, Update> &batch);
    qint64 now() const;

    void insertNew(const QHash<QString, Update> &batch);
    int productRowOf(const QModelIndex &device) const; // its product's row now
    void reindex(int productRow, int from = 0); // m_where of its devices from row `from` on

    QList<Product> m_products; // in productKey order
    QHash<QString, QPair<int, int>> m_where; // "pk/dn" -> (product row, device row)
    QHash<QString, int> m_productRow;
    QHash<quintptr, int> m_rowOfId; // product id -> row
    quintptr m_nextProductId = 1;
    std::function<qint64()> m_now;
    CatalogPtr m_catalog;
};

} // namespace linkscope
