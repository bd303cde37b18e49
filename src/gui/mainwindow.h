#pragma once

#include "core/alertengine.h"
#include "core/alertrule.h"
#include "core/connectionstate.h"
#include "core/history.h"
#include "core/inventory.h"
#include "core/messages.h"
#include "core/messagestats.h"
#include "core/viewupdate.h"

#include <QMainWindow>

#include <functional>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace linkscope {

class ActiveAlertModel;
class AlertHistoryModel;
class AlertsPanel;
class BindingsPanel;
class ChartsPanel;
class DevicePanel;
class DeviceTreeModel;
class EventLogModel;
class EventsPanel;
class InspectorWidget;
class MessageLogModel;
class PropertyListModel;
class ReplayBar;
class StatusTimelineModel;
class StatusTimelineView;

// The main window: docks for devices, charts, timeline, bindings and events
// around the message inspector. It takes the subscriber's batches through
// its add* slots and hands each to the views that show it; it asks for
// history through signals, answered by the show* slots.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The cloud API's state: off (why: no Project ID …), working, ready, or
    // unreachable, refusing the credentials or throttling, and why.
    enum class ApiState { Off, Working, Ready, Unreachable, Refused, Throttled };

    explicit MainWindow(QWidget *parent = nullptr);

    QDockWidget *dock(const QString &objectName) const;
    DeviceTreeModel *deviceModel() const { return m_devices; }
    QTreeView *deviceView() const;
    DevicePanel *devicePanel() const { return m_devicePanel; }
    PropertyListModel *propertyModel() const { return m_properties; }
    EventLogModel *eventModel() const { return m_events; }
    EventsPanel *eventsPanel() const { return m_eventsPanel; }
    StatusTimelineModel *timelineModel() const { return m_timeline; }
    StatusTimelineView *timelineView() const { return m_timelineView; }
    MessageLogModel *messageModel() const { return m_messages; }
    MessageLogModel *rejectModel() const { return m_rejects; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    BindingsPanel *bindingsPanel() const { return m_bindings; }
    InspectorWidget *inspector() const { return m_inspector; }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    ActiveAlertModel *activeAlerts() const { return m_activeAlerts; }
    AlertHistoryModel *alertHistory() const { return m_alertHistory; }
    QAction *alertsAction() const { return m_alertsAction; }
    // Replay and record (mainwindowreplay.cpp).
    ReplayBar *replayBar() const { return m_replayBar; }
    QAction *recordAction() const { return m_recordAction; }
    QString recordingText() const; // what the status bar says of a recording (empty: none)
    QList<AlertRule> alertRules() const { return m_alertRules; }
    bool isWelcomeShown() const;
    QString connectionText() const;
    QString apiText() const; // what the status bar says of the cloud API
    QString storageText() const; // what it says of the history when storing fails (empty: it works)
    CatalogPtr catalog() const { return m_catalog; }
    QAction *refreshInventoryAction() const { return m_refreshInventory; }
    QString statsText() const;
    // When the newest message the views show arrived (ms epoch).
    qint64 newestShownAt() const { return m_newestShown; }

public slots:
    void showConnectionState(linkscope::ConnectionState state, const QString &detail);
    // The history cannot store (why), or (empty) stores again.
    void showStorageProblem(const QString &problem);
    void showStats(const linkscope::StatsSnapshot &stats);
    void showWelcome(bool shown);
    // A session runs (Disconnect is possible) or not.
    void setConnected(bool connected);
    void showBindings(quint64 requestId, const linkscope::DeviceBindings &bindings);
    // Forget what the views show (a new profile or demo starts).
    void clearViews();

    void setDevices(const QList<linkscope::DeviceSummary> &devices);
    void setStatusHistory(const QList<linkscope::StatusInterval> &intervals);
    // A few times a second from the view feed: everything the views show.
    void applyViewUpdate(const linkscope::ViewUpdate &update);
    // What the cloud API says exists (or the cache of it): every device,
    // names, units and labels for every view.
    void setInventory(const linkscope::Inventory &inventory);
    // Current values from the cloud API, before (or beside) the push's.
    void applySnapshots(const QList<linkscope::DeviceSnapshot> &snapshots);
    void showApiState(linkscope::MainWindow::ApiState state, const QString &detail);
    // Alerts (mainwindowalerts.cpp): the profile's rules, the alerts firing
    // at the start (from the history), their history, and what happens now.
    void setAlertRules(const QList<linkscope::AlertRule> &rules);
    void restoreAlerts(const QList<linkscope::ActiveAlert> &active);
    void setAlertHistory(const QList<linkscope::AlertTransition> &transitions);
    void applyAlertTransitions(const QList<linkscope::AlertTransition> &transitions);
    // Alerts > Rules…: the rule editor; accepted rules go out by alertRulesEdited().
    void editAlertRules();
    // Selects a device in the tree and shows the Devices dock (a notification's click).
    void showDevice(const linkscope::DeviceKey &device);
    // The views' present (ms epoch): a replay's capture time; none: the wall clock.
    void setClock(std::function<qint64()> now);
    // A replay runs (its bar shows, recording is off) or not.
    void setReplaying(bool replaying);
    // Recording to `path` (empty: not), and why one stopped or could not start.
    void showRecording(const QString &path, const QString &problem);
    // File > Open capture… and File > Record… without their dialogs.
    void openCapture(const QString &path);
    void record(const QString &path);

signals:
    void demoRequested();
    void settingsRequested();
    void disconnectRequested();
    void bindingsRequested(quint64 requestId, const linkscope::DeviceKey &device);
    void historyRequested(quint64 requestId, const linkscope::SampleQuery &query);
    void exportDeviceRequested(const linkscope::DeviceKey &device, const QString &path);
    // The charts show other series now: all their values are wanted.
    void chartedSeriesChanged(const QList<linkscope::ChartedSeries> &series);
    // An update is applied: the feed may send the next.
    void viewUpdateApplied(quint64 sequence);
    // View > Refresh inventory.
    void refreshInventoryRequested();
    // A device was selected whose values nobody has told yet.
    void valuesWanted(const linkscope::DeviceKey &device);
    void alertAcknowledged(const QString &rule, const linkscope::DeviceKey &device);
    void alertRulesEdited(const QList<linkscope::AlertRule> &rules);
    // File > Open capture…: replay this capture (docs/FORMATS.md).
    void captureOpenRequested(const QString &path);
    // File > Record…: copy the live stream to this capture (empty: stop).
    void recordRequested(const QString &path);

private:
    void makeActions();
    QWidget *makeWelcome();
    QWidget *makeTimeline();
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *widget,
                         Qt::DockWidgetArea area);
    void onDeviceSelected(const DeviceKey &device);
    void autoChart();
    void exportDevice(const DeviceKey &device);
    void makeAlerts();
    void makeReplay(QMenu *file);
    void clearAlerts();
    void updateAlertBadge(qsizetype firing, qsizetype unacknowledged);

    DeviceTreeModel *m_devices = nullptr;
    PropertyListModel *m_properties = nullptr;
    EventLogModel *m_events = nullptr;
    StatusTimelineModel *m_timeline = nullptr;
    MessageLogModel *m_messages = nullptr;
    MessageLogModel *m_rejects = nullptr;
    DevicePanel *m_devicePanel = nullptr;
    ChartsPanel *m_charts = nullptr;
    StatusTimelineView *m_timelineView = nullptr;
    BindingsPanel *m_bindings = nullptr;
    EventsPanel *m_eventsPanel = nullptr;
    InspectorWidget *m_inspector = nullptr;
    ActiveAlertModel *m_activeAlerts = nullptr;
    AlertHistoryModel *m_alertHistory = nullptr;
    AlertsPanel *m_alertsPanel = nullptr;
    QAction *m_alertsAction = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QAction *m_openCapture = nullptr;
    QAction *m_recordAction = nullptr;
    QLabel *m_recordLabel = nullptr;
    QString m_recording; // the file being recorded to
    bool m_connected = false;
    bool m_replaying = false;
    QList<AlertRule> m_alertRules;
    QStackedWidget *m_center = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_apiLabel = nullptr;
    QLabel *m_storageLabel = nullptr;
    QAction *m_refreshInventory = nullptr;
    CatalogPtr m_catalog;
    QAction *m_disconnect = nullptr;
    quint64 m_bindingsRequest = 0;
    quint64 m_nextRequest = 1;
    bool m_autoChart = true; // until the user picks what to chart
    qint64 m_newestShown = 0;
    quint64 m_merged = 0; // updates the views never saw one by one (the feed's count)
    StatsSnapshot m_lastStats;
    void showStatsText();
};

} // namespace linkscope
