#pragma once

#include <QMainWindow>

class QDockWidget;

namespace linkscope {

// The main window: a dock for each view (devices, charts, timeline,
// bindings, events) around the message inspector.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QDockWidget *dock(const QString &objectName) const;

private:
    QDockWidget *addView(const QString &objectName, const QString &title, const QString &emptyText,
                         Qt::DockWidgetArea area);
};

} // namespace linkscope
