#pragma once

#include "core/devicekey.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace linkscope {

class DeviceTreeModel;
class PropertyListModel;

// The Devices dock: the product → device tree with its filter box and
// context menu, and below it the selected device's properties to chart.
class DevicePanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int FilterDelayMs = 120; // after the last key, the tree filters

    DevicePanel(DeviceTreeModel *devices, PropertyListModel *properties, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QTableView *propertyView() const { return m_properties; }
    DeviceKey currentDevice() const;
    bool selectDevice(const DeviceKey &device);
    // Selects the first device in the tree's order (false when there is none).
    bool selectFirstDevice();

signals:
    void deviceSelected(const linkscope::DeviceKey &device);
    void openInInspector(const linkscope::DeviceKey &device);
    void exportRequested(const linkscope::DeviceKey &device);

private:
    void showMenu(const QPoint &pos);

    DeviceTreeModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_properties = nullptr;
    DeviceKey m_keep; // the selected device while its product is laid out anew
    bool m_restoring = false; // putting m_keep back after a re-layout
};

} // namespace linkscope
