#include "mainwindow.h"

#include "bindingspanel.h"
#include "chartspanel.h"
#include "devicepanel.h"
#include "devicetreemodel.h"
#include "eventlogmodel.h"
#include "eventspanel.h"
#include "inspectorwidget.h"
#include "messagelogmodel.h"
#include "propertychart.h"
#include "propertylistmodel.h"
#include "replaybar.h"
#include "statustimelinemodel.h"
#include "statustimelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace linkscope {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("LinkScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/linkscope.svg")));
    resize(1400, 880);
    setDockNestingEnabled(true);

    m_devices = new DeviceTreeModel(this);
    m_properties = new PropertyListModel(this);
    m_events = new EventLogModel(5000, this);
    m_timeline = new StatusTimelineModel(this);
    m_messages = new MessageLogModel(20'000, this);
    m_rejects = new MessageLogModel(5000, this);

    m_inspector = new InspectorWidget(m_messages, m_rejects, this);
    m_center = new QStackedWidget(this);
    m_center->addWidget(makeWelcome());
    m_center->addWidget(m_inspector);
    setCentralWidget(m_center);

    m_devicePanel = new DevicePanel(m_devices, m_properties, this);
    m_charts = new ChartsPanel(this);
    m_bindings = new BindingsPanel(this);
    m_eventsPanel = new EventsPanel(m_events, this);
    addDock(QStringLiteral("devicesDock"), tr("Devices"), m_devicePanel, Qt::LeftDockWidgetArea);
    addDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("timelineDock"), tr("Timeline"), makeTimeline(), Qt::BottomDockWidgetArea);
    addDock(QStringLiteral("bindingsDock"), tr("Bindings"), m_bindings, Qt::RightDockWidgetArea);
    addDock(QStringLiteral("eventsDock"), tr("Events"), m_eventsPanel, Qt::BottomDockWidgetArea);
    makeAlerts();

    // The property list's checkboxes and the charts agree.
    m_properties->setChartedCheck(
        [this](const DeviceKey &d, const QString &a) { return m_charts->isCharted(d, a); });
    connect(m_properties, &PropertyListModel::chartToggled, this,
            [this](const DeviceKey &d, const QString &a, bool on) {
                m_autoChart = false;
                m_charts->chartProperty(d, a, on);
            });
    connect(m_charts, &ChartsPanel::chartedChanged, m_properties, &PropertyListModel::refreshChecks);
    connect(m_charts, &ChartsPanel::chartedChanged, this,
            [this] { emit chartedSeriesChanged(m_charts->chartedSeries()); });
    connect(m_charts, &ChartsPanel::historyRequested, this, &MainWindow::historyRequested);
    connect(m_properties, &QAbstractItemModel::rowsInserted, this, &MainWindow::autoChart);
    connect(m_properties, &QAbstractItemModel::modelReset, this, &MainWindow::autoChart);

    connect(m_devicePanel, &DevicePanel::deviceSelected, this, &MainWindow::onDeviceSelected);
    connect(m_devicePanel, &DevicePanel::openInInspector, this, [this](const DeviceKey &d) {
        showWelcome(false);
        m_inspector->setFilter(d.id());
    });
    connect(m_devicePanel, &DevicePanel::exportRequested, this, &MainWindow::exportDevice);
    connect(m_eventsPanel, &EventsPanel::messageActivated, this, [this](const QString &id) {
        showWelcome(false);
        m_inspector->selectMessage(id);
    });
    // The first device is selected by itself, so a new user sees something at once.
    const auto selectFirst = [this] {
        if (!m_devicePanel->currentDevice().isValid())
            QTimer::singleShot(0, this, [this] {
                if (!m_devicePanel->currentDevice().isValid())
                    m_devicePanel->selectFirstDevice();
            });
    };
    connect(m_devices, &QAbstractItemModel::rowsInserted, this, selectFirst);
    connect(m_devices, &QAbstractItemModel::modelReset, this, selectFirst);

    makeActions();
    m_stateLabel = new QLabel(tr("Not connected"), this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_apiLabel = new QLabel(this);
    m_apiLabel->setObjectName(QStringLiteral("apiState"));
    m_apiLabel->setTextFormat(Qt::PlainText);
    m_storageLabel = new QLabel(this);
    m_storageLabel->setObjectName(QStringLiteral("storageState"));
    m_storageLabel->setTextFormat(Qt::PlainText);
    m_storageLabel->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #c62828; padding: 0 6px; }"));
    m_storageLabel->hide();
    statusBar()->addWidget(m_storageLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_apiLabel);
    statusBar()->addPermanentWidget(m_statsLabel);

    // A balanced first layout: the tree at the left, charts and bindings at
    // the right, timeline and events along the bottom.
    splitDockWidget(dock(QStringLiteral("chartsDock")), dock(QStringLiteral("bindingsDock")), Qt::Vertical);
    splitDockWidget(dock(QStringLiteral("timelineDock")), dock(QStringLiteral("eventsDock")), Qt::Horizontal);
    tabifyDockWidget(dock(QStringLiteral("eventsDock")), dock(QStringLiteral("alertsDock")));
    dock(QStringLiteral("eventsDock"))->raise();
    resizeDocks({dock(QStringLiteral("devicesDock")), dock(QStringLiteral("chartsDock"))}, {420, 560},
                Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("chartsDock")), dock(QStringLiteral("bindingsDock"))}, {460, 200},
                Qt::Vertical);
    resizeDocks({dock(QStringLiteral("timelineDock"))}, {250}, Qt::Vertical);
}

void MainWindow::makeActions()
{
    QAction *demo = new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Start &demo"), this);
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setToolTip(tr("Watch an emulated fleet on this computer, no account needed"));
    connect(demo, &QAction::triggered, this, &MainWindow::demoRequested);
    QAction *settings = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction *disconnectAction
        = new QAction(QIcon(QStringLiteral(":/icons/disconnect.svg")), tr("D&isconnect"), this);
    disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    connect(disconnectAction, &QAction::triggered, this, &MainWindow::disconnectRequested);
    disconnectAction->setEnabled(false);
    m_disconnect = disconnectAction;
    QAction *inspector = new QAction(QIcon(QStringLiteral(":/icons/inspector.svg")), tr("&Inspector"), this);
    connect(inspector, &QAction::triggered, this, [this] { showWelcome(false); });
    QAction *rejected = new QAction(tr("&Rejected messages"), this);
    connect(rejected, &QAction::triggered, this, [this] {
        showWelcome(false);
        m_inspector->showRejected();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(demo);
    file->addAction(settings);
    file->addAction(disconnectAction);
    file->addSeparator();
    makeReplay(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_refreshInventory = new QAction(tr("Refresh &inventory"), this);
    m_refreshInventory->setObjectName(QStringLiteral("refreshInventoryAction"));
    m_refreshInventory->setShortcut(QKeySequence::Refresh);
    m_refreshInventory->setToolTip(tr("Ask the cloud API again for every product, device and thing model"));
    m_refreshInventory->setEnabled(false);
    connect(m_refreshInventory, &QAction::triggered, this, &MainWindow::refreshInventoryRequested);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(inspector);
    view->addAction(rejected);
    view->addAction(m_refreshInventory);
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    alerts->addAction(m_alertsAction);
    alerts->addAction(tr("&Rules…"), this, &MainWindow::editAlertRules);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LinkScope"), this, [this] {
        QMessageBox::about(this, tr("About LinkScope"),
                           tr("<b>LinkScope %1</b><p>A live monitor for the Life IoT Platform's data push "
                              "(AMQP 1.0 and HTTP/2).</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(demo);
    bar->addAction(settings);
    bar->addAction(disconnectAction);
    bar->addSeparator();
    bar->addAction(inspector);
    bar->addAction(m_alertsAction);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, m_replayBar);
}

QWidget *MainWindow::makeWelcome()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h2>Welcome to LinkScope</h2>"
                                "<p>Watch your Life IoT Platform devices live: properties, online state, "
                                "users, events and every raw message.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *demo = new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Start the demo"), page);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    demo->setToolTip(tr("An emulated fleet on this computer: no account needed"));
    auto *settings
        = new QPushButton(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Connect to my project…"), page);
    settings->setObjectName(QStringLiteral("welcomeSettings"));
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(settings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    for (QPushButton *b : {demo, settings}) {
        b->setMinimumHeight(36);
        b->setMinimumWidth(260);
        layout->addWidget(b, 0, Qt::AlignHCenter);
    }
    layout->insertWidget(1, title);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::makeTimeline()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    m_timelineView = new StatusTimelineView(box);
    m_timelineView->setObjectName(QStringLiteral("statusTimeline"));
    m_timelineView->setModel(m_timeline);
    const auto tool = [box](const QString &text, const QString &tip) {
        auto *b = new QToolButton(box);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *in = tool(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"));
    QToolButton *out = tool(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"));
    QToolButton *live = tool(tr("Live"), tr("Follow the present again (double-click)"));
    connect(in, &QToolButton::clicked, m_timelineView, [this] { m_timelineView->zoom(0.5); });
    connect(out, &QToolButton::clicked, m_timelineView, [this] { m_timelineView->zoom(2.0); });
    connect(live, &QToolButton::clicked, m_timelineView, &StatusTimelineView::followLive);
    auto *hint = new QLabel(tr("Drag or Shift+wheel to scroll in time; hover a bar for its times."), box);
    hint->setEnabled(false);
    bar->addWidget(in);
    bar->addWidget(out);
    bar->addWidget(live);
    bar->addWidget(hint, 1);
    layout->addLayout(bar);
    layout->addWidget(m_timelineView);
    connect(m_timelineView, &StatusTimelineView::deviceClicked, this,
            [this](const QVariant &key) { m_devicePanel->selectDevice(key.value<DeviceKey>()); });
    auto *refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, m_timeline, &StatusTimelineModel::refresh);
    refresh->start(5000);
    return box;
}

QTreeView *MainWindow::deviceView() const
{
    return m_devicePanel->tree();
}

void MainWindow::onDeviceSelected(const DeviceKey &device)
{
    m_properties->setCurrentDevice(device);
    if (device.isValid() && m_catalog && !m_properties->hasValues(device))
        emit valuesWanted(device);
    m_bindings->showLoading(device);
    m_bindingsRequest = m_nextRequest++;
    emit bindingsRequested(m_bindingsRequest, device);
}

void MainWindow::autoChart()
{
    // Until the user picks properties, the selected device's first number
    // and first state are charted, so the charts are never empty at first.
    if (!m_autoChart || m_charts->chartedCount() > 0)
        return;
    const DeviceKey device = m_properties->currentDevice();
    QString number, state;
    const QStringList attributes = m_properties->attributes();
    for (int row = 0; row < attributes.size(); ++row) {
        const QString &a = attributes.at(row);
        // The thing model says what a property is; without one, its name suggests it.
        if (const TslProperty *p = m_catalog ? m_catalog->property(device.productKey, a) : nullptr) {
            if (p->dataType.isState() && state.isEmpty())
                state = a;
            else if (p->dataType.isNumber() && number.isEmpty())
                number = a;
            continue;
        }
        // Without one, a struct or an array is nothing to chart (a text is a state).
        const QVariant value = m_properties->index(row, 0).data(PropertyListModel::ValueRole);
        if (!isChartableValue(value))
            continue;
        if (looksLikeStateAttribute(a)) {
            if (state.isEmpty())
                state = a;
        } else if (number.isEmpty()) {
            number = a;
        }
    }
    if (number.isEmpty() && state.isEmpty())
        return;
    m_autoChart = false;
    for (const QString &a : {number, state})
        if (!a.isEmpty())
            m_charts->chartProperty(device, a, true);
}

void MainWindow::exportDevice(const DeviceKey &device)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history of %1").arg(device.deviceName),
        QStringLiteral("%1-%2.jsonl").arg(device.productKey, device.deviceName), tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        emit exportDeviceRequested(device, path);
}

void MainWindow::showBindings(quint64 requestId, const DeviceBindings &bindings)
{
    if (requestId == m_bindingsRequest)
        m_bindings->showBindings(bindings);
}

void MainWindow::showWelcome(bool shown)
{
    m_center->setCurrentIndex(shown ? 0 : 1);
}

void MainWindow::setConnected(bool connected)
{
    m_connected = connected;
    m_disconnect->setEnabled(connected);
    m_recordAction->setEnabled((connected && !m_replaying) || !m_recording.isEmpty());
}

bool MainWindow::isWelcomeShown() const
{
    return m_center->currentIndex() == 0;
}

void MainWindow::clearViews()
{
    m_devices->clear();
    m_properties->clear();
    m_events->clear();
    m_timeline->clear();
    m_messages->clear();
    m_rejects->clear();
    for (int i = 0; i < m_charts->chartCount(); ++i)
        while (m_charts->chart(i)->seriesCount())
            m_charts->chart(i)->removeSeries(0);
    m_bindings->showBindings({});
    clearAlerts();
    m_catalog.reset();
    m_properties->setCatalog({});
    m_charts->setCatalog({});
    m_events->setCatalog({});
    m_apiLabel->clear();
    m_apiLabel->setProperty("fullText", QString());
    showStorageProblem(QString());
    m_refreshInventory->setEnabled(false);
    m_autoChart = true;
    m_newestShown = 0;
    m_merged = 0;
    m_lastStats = {};
}

void MainWindow::setInventory(const Inventory &inventory)
{
    m_catalog = std::make_shared<const ThingCatalog>(inventory);
    m_devices->setCatalog(m_catalog);
    m_properties->setCatalog(m_catalog);
    m_charts->setCatalog(m_catalog);
    m_events->setCatalog(m_catalog);
}

void MainWindow::applySnapshots(const QList<DeviceSnapshot> &snapshots)
{
    m_properties->addSnapshots(snapshots);
}

void MainWindow::setDevices(const QList<DeviceSummary> &devices)
{
    m_devices->setDevices(devices);
    m_properties->setDevices(devices);
}

void MainWindow::setStatusHistory(const QList<StatusInterval> &intervals)
{
    m_timeline->setIntervals(intervals);
}

void MainWindow::applyViewUpdate(const ViewUpdate &u)
{
    // Bounded work: the feed sends a few of these a second, whatever the rate.
    if (!u.devices.isEmpty())
        m_devices->applyDevices(u.devices);
    if (!u.latestValues.isEmpty())
        m_properties->addProperties(u.latestValues);
    if (!u.chartPoints.isEmpty())
        m_charts->addProperties(u.chartPoints);
    if (!u.statuses.isEmpty())
        m_timeline->addStatuses(u.statuses);
    if (!u.events.isEmpty())
        m_events->addEvents(u.events);
    if (!u.replies.isEmpty())
        m_events->addReplies(u.replies);
    if (!u.bindings.isEmpty()) {
        // The selected device's users changed: ask the store again (it has
        // these by then: its queue holds the write before our request).
        const DeviceKey current = m_devicePanel->currentDevice();
        for (const BindingChange &c : u.bindings)
            if (c.device.id() == current.id()) {
                m_bindingsRequest = m_nextRequest++;
                emit bindingsRequested(m_bindingsRequest, current);
                break;
            }
    }
    if (!u.log.isEmpty())
        m_messages->addRows(u.log);
    if (!u.rejects.isEmpty())
        m_rejects->addRows(u.rejects);
    m_newestShown = std::max(m_newestShown, u.newestReceivedAt);
    if (u.merged != m_merged) {
        m_merged = u.merged;
        showStatsText();
    }
    emit viewUpdateApplied(u.sequence);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(objectName);
    d->setWidget(widget);
    addDockWidget(area, d);
    return d;
}

} // namespace linkscope
