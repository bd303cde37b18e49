#pragma once

#include "core/history.h"
#include "core/inventory.h"
#include "core/messages.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <unordered_map>

namespace linkscope {

// The properties of the selected device with their last value and time,
// each with a checkbox that charts it; rows drag onto a chart. Keeps the
// last values of every device, so switching devices shows them at once.
// Lookups are O(1); a device keeps at most MaxAttributes properties (names
// are the device's choice).
class PropertyListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TimeColumn, ColumnCount };
    enum Role { AttributeRole = Qt::UserRole + 1, ValueRole }; // ValueRole: the raw last value
    static constexpr qsizetype MaxAttributes = 2000;

    explicit PropertyListModel(QObject *parent = nullptr);

    // Whether a property is on a chart (the charts panel answers).
    void setChartedCheck(std::function<bool(const DeviceKey &, const QString &)> check);
    void setCurrentDevice(const DeviceKey &device);
    // Thing models: properties shown by name, values as labels or with units.
    void setCatalog(CatalogPtr catalog);
    // Whether any value of the device is known (pushed, stored or fetched).
    bool hasValues(const DeviceKey &device) const;
    DeviceKey currentDevice() const { return m_device; }
    QStringList attributes() const; // of the current device, in row order
    QStringList attributesOf(const DeviceKey &device) const; // of any device, in first-seen order

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

public slots:
    void setDevices(const QList<linkscope::DeviceSummary> &devices);
    void addProperties(const QList<linkscope::PropertyReport> &reports);
    // Current values from the cloud API: kept unless a newer one is known.
    void addSnapshots(const QList<linkscope::DeviceSnapshot> &snapshots);
    // The charts changed: the checkboxes follow.
    void refreshChecks();
    void clear();

signals:
    void chartToggled(const linkscope::DeviceKey &device, const QString &attribute, bool on);

private:
    struct Entry {
        QString attribute;
        QVariant value;
        qint64 time = 0;
    };
    // One device's properties in first-seen order, found by name in O(1).
    struct DeviceValues {
        QList<Entry> rows;
        QHash<QString, qsizetype> rowOf;
    };
    // The row of `attribute`, made when new (-1 when the device is at its limit).
    static qsizetype rowFor(DeviceValues &values, const QString &attribute);
    const DeviceValues *current() const;

    std::unordered_map<QString, DeviceValues> m_values; // device id -> values (stable addresses)
    DeviceValues *m_current = nullptr; // m_values' entry of m_device, or none
    DeviceKey m_device;
    CatalogPtr m_catalog;
    std::function<bool(const DeviceKey &, const QString &)> m_charted;
    const TslProperty *tslOf(const QString &attribute) const;
};

} // namespace linkscope
