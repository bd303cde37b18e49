#pragma once

#include "core/history.h"

#include <QAbstractTableModel>

namespace linkscope {

// The users of one device: who owns it or was shared it now (Current), or
// every bind and unbind with its time, newest first (History).
class BindingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Mode { Current, History };
    enum Column { RoleColumn, IdentityColumn, TenantColumn, ScopeColumn, TimeColumn, ActionColumn };

    explicit BindingModel(Mode mode, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    DeviceKey device() const { return m_device; }

public slots:
    void setBindings(const linkscope::DeviceBindings &bindings);
    void clear();

private:
    Mode m_mode;
    DeviceKey m_device;
    QList<BindingRecord> m_rows;
};

} // namespace linkscope
