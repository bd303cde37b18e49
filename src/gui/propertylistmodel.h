#pragma once

#include "core/history.h"
#include "core/messages.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace linkscope {

// The properties of the selected device with their last value and time,
// each with a checkbox that charts it; rows drag onto a chart. Keeps the
// last values of every device, so switching devices shows them at once.
class PropertyListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, TimeColumn, ColumnCount };
    enum Role { AttributeRole = Qt::UserRole + 1 };

    explicit PropertyListModel(QObject *parent = nullptr);

    // Whether a property is on a chart (the charts panel answers).
    void setChartedCheck(std::function<bool(const DeviceKey &, const QString &)> check);
    void setCurrentDevice(const DeviceKey &device);
    DeviceKey currentDevice() const { return m_device; }
    QStringList attributes() const; // of the current device, in row order

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
    QHash<QString, QList<Entry>> m_values; // device id -> attributes in first-seen order
    DeviceKey m_device;
    std::function<bool(const DeviceKey &, const QString &)> m_charted;
};

} // namespace linkscope
