#pragma once

#include "core/connectionstate.h"
#include "core/messagestats.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTreeView;

namespace linkscope {

class DeviceTreeModel;
class EventLogModel;

// The main window: a dock for each view (devices, charts, timeline,
// bindings, events) around the message inspector.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QDockWidget *dock(const QString &objectName) const;
    DeviceTreeModel *deviceModel() const { return m_devices; }
    QTreeView *deviceView() const { return m_deviceView; }
    EventLogModel *eventModel() const { return m_events; }

public slots:
    void showConnectionState(linkscope::ConnectionState state, const QString &detail);
    void showStats(const linkscope::StatsSnapshot &stats);

signals:
    void demoRequested();

private:
    QWidget *makeDeviceView();
    QWidget *makeEventView();
    QDockWidget *addView(const QString &objectName, const QString &title, const QString &emptyText,
                         Qt::DockWidgetArea area);

    DeviceTreeModel *m_devices = nullptr;
    QTreeView *m_deviceView = nullptr;
    EventLogModel *m_events = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
};

} // namespace linkscope
