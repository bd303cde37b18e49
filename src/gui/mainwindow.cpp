#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "devicetreemodel.h"
#include "eventlogmodel.h"

#include <QTableView>

namespace linkscope {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("LinkScope"));
    resize(1280, 800);
    setDockNestingEnabled(true);

    auto *center = new QLabel(tr("Message inspector: select a message to see its payload."), this);
    center->setAlignment(Qt::AlignCenter);
    center->setObjectName(QStringLiteral("inspectorPlaceholder"));
    setCentralWidget(center);

    addView(QStringLiteral("devicesDock"), tr("Devices"), tr("No devices yet."), Qt::LeftDockWidgetArea)
        ->setWidget(makeDeviceView());
    addView(QStringLiteral("chartsDock"), tr("Charts"), tr("Pick a property to chart it."),
            Qt::RightDockWidgetArea);
    addView(QStringLiteral("timelineDock"), tr("Timeline"), tr("No online/offline changes yet."),
            Qt::BottomDockWidgetArea);
    addView(QStringLiteral("bindingsDock"), tr("Bindings"), tr("Select a device to see its users."),
            Qt::RightDockWidgetArea);
    addView(QStringLiteral("eventsDock"), tr("Events"), tr("No events yet."), Qt::BottomDockWidgetArea)
        ->setWidget(makeEventView());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Start &demo"), this, &MainWindow::demoRequested);
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setToolTip(tr("Watch an emulated fleet on this computer, no account needed"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    m_stateLabel = new QLabel(tr("Not connected"), this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_statsLabel);

    // A balanced first layout: the tree at the left, charts and bindings at
    // the right, timeline and events along the bottom.
    splitDockWidget(dock(QStringLiteral("chartsDock")), dock(QStringLiteral("bindingsDock")), Qt::Vertical);
    splitDockWidget(dock(QStringLiteral("timelineDock")), dock(QStringLiteral("eventsDock")), Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("devicesDock")), dock(QStringLiteral("chartsDock"))}, {320, 520},
                Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("timelineDock"))}, {240}, Qt::Vertical);
}

QWidget *MainWindow::makeDeviceView()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QLineEdit(box);
    filter->setObjectName(QStringLiteral("deviceFilter"));
    filter->setPlaceholderText(tr("Filter devices"));
    filter->setClearButtonEnabled(true);
    m_devices = new DeviceTreeModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_devices);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_deviceView = new QTreeView(box);
    m_deviceView->setObjectName(QStringLiteral("deviceTree"));
    m_deviceView->setModel(proxy);
    m_deviceView->setSortingEnabled(true); // the proxy keeps names in order as devices arrive
    m_deviceView->sortByColumn(DeviceTreeModel::NameColumn, Qt::AscendingOrder);
    m_deviceView->setUniformRowHeights(true);
    m_deviceView->setAlternatingRowColors(true);
    m_deviceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_devices, &QAbstractItemModel::rowsInserted, m_deviceView, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_deviceView->expandAll(); // new products open up
    });
    layout->addWidget(filter);
    layout->addWidget(m_deviceView);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_devices, &DeviceTreeModel::refreshTimes);
    tick->start(1000);
    return box;
}

QWidget *MainWindow::makeEventView()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *search = new QLineEdit(box);
    search->setObjectName(QStringLiteral("eventSearch"));
    search->setPlaceholderText(tr("Search events and replies"));
    search->setClearButtonEnabled(true);
    m_events = new EventLogModel(5000, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_events);
    proxy->setFilterKeyColumn(-1); // every column
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *view = new QTableView(box);
    view->setObjectName(QStringLiteral("eventTable"));
    view->setModel(proxy);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(search);
    layout->addWidget(view);
    return box;
}

void MainWindow::showConnectionState(ConnectionState state, const QString &detail)
{
    QString text;
    switch (state) {
    case ConnectionState::Stopped:
        text = tr("Not connected");
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting to %1").arg(detail);
        break;
    case ConnectionState::Authenticating:
        text = tr("Authenticating");
        break;
    case ConnectionState::Subscribed:
        text = tr("Subscribed");
        break;
    case ConnectionState::Reconnecting:
        text = tr("Reconnecting %1").arg(detail);
        break;
    case ConnectionState::AuthFailed:
        text = tr("AuthFailed: %1").arg(detail);
        break;
    case ConnectionState::TlsFailed:
        text = tr("TlsFailed: %1").arg(detail);
        break;
    }
    m_stateLabel->setText(text);
}

void MainWindow::showStats(const StatsSnapshot &s)
{
    const double p50 = s.latency.percentile(50);
    m_statsLabel->setText(tr("%1 msg/s · latency %2 · %3 duplicates · %4 rejected")
                              .arg(s.messagesPerSecond, 0, 'f', 1)
                              .arg(p50 < 0 ? tr("n/a") : tr("%1 ms").arg(p50, 0, 'f', 0))
                              .arg(s.duplicates)
                              .arg(s.rejected));
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

QDockWidget *MainWindow::addView(const QString &objectName, const QString &title, const QString &emptyText,
                                 Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(objectName);
    auto *label = new QLabel(emptyText, d);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    d->setWidget(label);
    addDockWidget(area, d);
    return d;
}

} // namespace linkscope
