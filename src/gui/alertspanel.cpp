#include "alertspanel.h"

#include "alertmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace linkscope {

// Rows at or above a severity, whose rule or device contains the text, and
// (for the active table) acknowledged ones only when asked.
class AlertFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString &text, int minimumSeverity, bool acknowledged)
    {
        m_text = text;
        m_minimum = minimumSeverity;
        m_acknowledged = acknowledged;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (i.data(SeverityRole).toInt() < m_minimum)
            return false;
        if (!m_acknowledged && i.data(AcknowledgedRole).toBool())
            return false;
        if (m_text.isEmpty())
            return true;
        return i.data(RuleRole).toString().contains(m_text, Qt::CaseInsensitive)
            || i.data(DeviceRole).value<DeviceKey>().id().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    int m_minimum = 0;
    bool m_acknowledged = true;
};

namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return t;
}

} // namespace

AlertsPanel::AlertsPanel(ActiveAlertModel *active, AlertHistoryModel *history, QWidget *parent)
    : QWidget(parent), m_active(active), m_activeProxy(new AlertFilterProxy(this)),
      m_historyProxy(new AlertFilterProxy(this))
{
    m_activeProxy->setSourceModel(active);
    m_historyProxy->setSourceModel(history);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("alertFilter"));
    m_filter->setPlaceholderText(tr("Rule or device"));
    m_filter->setClearButtonEnabled(true);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("alertSeverity"));
    m_severity->addItem(tr("All severities"), int(AlertSeverity::Info));
    m_severity->addItem(tr("Warning and critical"), int(AlertSeverity::Warning));
    m_severity->addItem(tr("Critical only"), int(AlertSeverity::Critical));
    m_showAcknowledged = new QCheckBox(tr("Acknowledged"), this);
    m_showAcknowledged->setObjectName(QStringLiteral("showAcknowledged"));
    m_showAcknowledged->setToolTip(tr("Also list the active alerts someone has acknowledged"));
    m_showAcknowledged->setChecked(true);
    m_acknowledge = new QPushButton(tr("Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_acknowledge->setToolTip(tr("Mark the selected alerts as seen: they stay until their condition clears"));
    m_acknowledge->setEnabled(false);
    auto *rules = new QPushButton(tr("Rules…"), this);
    rules->setObjectName(QStringLiteral("editRules"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_showAcknowledged);
    bar->addWidget(m_acknowledge);
    bar->addWidget(rules);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_activeTable = table(m_activeProxy, m_tabs, QStringLiteral("activeAlerts"));
    m_historyTable = table(m_historyProxy, m_tabs, QStringLiteral("alertHistory"));
    m_tabs->addTab(m_activeTable, QString());
    m_tabs->addTab(m_historyTable, tr("History"));
    layout->addWidget(m_tabs, 1);
    m_activeTable->setColumnWidth(ActiveAlertModel::Severity, 150);
    m_activeTable->setColumnWidth(ActiveAlertModel::Rule, 140);
    m_activeTable->setColumnWidth(ActiveAlertModel::Device, 200);
    m_activeTable->setColumnWidth(ActiveAlertModel::Since, 150);
    m_historyTable->setColumnWidth(AlertHistoryModel::Time, 150);
    m_historyTable->setColumnWidth(AlertHistoryModel::Rule, 140);
    m_historyTable->setColumnWidth(AlertHistoryModel::Device, 200);

    const auto refilter = [this] {
        const int minimum = m_severity->currentData().toInt();
        m_activeProxy->set(m_filter->text(), minimum, m_showAcknowledged->isChecked());
        m_historyProxy->set(m_filter->text(), minimum, true);
        updateTabs();
    };
    connect(m_filter, &QLineEdit::textChanged, this, refilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, refilter);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(rules, &QPushButton::clicked, this, &AlertsPanel::rulesRequested);
    connect(m_activeTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_acknowledge->setEnabled(m_activeTable->selectionModel()->hasSelection()); });
    for (QTableView *t : {m_activeTable, m_historyTable})
        connect(t, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
            emit deviceActivated(i.data(DeviceRole).value<DeviceKey>());
        });
    connect(active, &ActiveAlertModel::countsChanged, this, &AlertsPanel::updateTabs);
    updateTabs();
}

void AlertsPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void AlertsPanel::setMinimumSeverity(AlertSeverity severity)
{
    m_severity->setCurrentIndex(m_severity->findData(int(severity)));
}

void AlertsPanel::showHistory(bool history)
{
    m_tabs->setCurrentIndex(history ? 1 : 0);
}

void AlertsPanel::acknowledgeSelected()
{
    for (const QModelIndex &i : m_activeTable->selectionModel()->selectedRows())
        if (!i.data(AcknowledgedRole).toBool())
            emit acknowledgeRequested(i.data(RuleRole).toString(), i.data(DeviceRole).value<DeviceKey>());
}

void AlertsPanel::updateTabs()
{
    m_tabs->setTabText(0, tr("Active (%1)").arg(m_active->rowCount()));
}

} // namespace linkscope
