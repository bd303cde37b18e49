#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

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

    addView(QStringLiteral("devicesDock"), tr("Devices"), tr("No devices yet."), Qt::LeftDockWidgetArea);
    addView(QStringLiteral("chartsDock"), tr("Charts"), tr("Pick a property to chart it."),
            Qt::RightDockWidgetArea);
    addView(QStringLiteral("timelineDock"), tr("Timeline"), tr("No online/offline changes yet."),
            Qt::BottomDockWidgetArea);
    addView(QStringLiteral("bindingsDock"), tr("Bindings"), tr("Select a device to see its users."),
            Qt::RightDockWidgetArea);
    addView(QStringLiteral("eventsDock"), tr("Events"), tr("No events yet."), Qt::BottomDockWidgetArea);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());

    statusBar()->showMessage(tr("Not connected"));

    // A balanced first layout: the tree at the left, charts and bindings at
    // the right, timeline and events along the bottom.
    splitDockWidget(dock(QStringLiteral("chartsDock")), dock(QStringLiteral("bindingsDock")), Qt::Vertical);
    splitDockWidget(dock(QStringLiteral("timelineDock")), dock(QStringLiteral("eventsDock")), Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("devicesDock")), dock(QStringLiteral("chartsDock"))}, {320, 520},
                Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("timelineDock"))}, {240}, Qt::Vertical);
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
