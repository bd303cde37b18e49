#pragma once

#include "core/alertengine.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace linkscope {

class ActiveAlertModel;
class AlertFilterProxy;
class AlertHistoryModel;

// The Alerts dock: the alerts firing now (acknowledged ones greyed, or
// hidden) and the history of every transition, filtered by text and by
// severity. Acknowledge marks the selected alerts; double-click shows the
// device; Rules… opens the rule editor.
class AlertsPanel : public QWidget {
    Q_OBJECT

public:
    explicit AlertsPanel(ActiveAlertModel *active, AlertHistoryModel *history, QWidget *parent = nullptr);

    QTableView *activeTable() const { return m_activeTable; }
    QTableView *historyTable() const { return m_historyTable; }
    AlertFilterProxy *activeProxy() const { return m_activeProxy; }
    AlertFilterProxy *historyProxy() const { return m_historyProxy; }
    void setFilterText(const QString &text);
    void setMinimumSeverity(AlertSeverity severity);
    void showHistory(bool history);

signals:
    void acknowledgeRequested(const QString &rule, const linkscope::DeviceKey &device);
    void deviceActivated(const linkscope::DeviceKey &device);
    void rulesRequested();

private:
    void acknowledgeSelected();
    void updateTabs();

    ActiveAlertModel *m_active;
    AlertFilterProxy *m_activeProxy;
    AlertFilterProxy *m_historyProxy;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_activeTable = nullptr;
    QTableView *m_historyTable = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_showAcknowledged = nullptr;
    QPushButton *m_acknowledge = nullptr;
};

} // namespace linkscope
