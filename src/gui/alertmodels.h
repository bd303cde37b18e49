#pragma once

// The Alerts dock's two tables: the alerts firing now (acknowledged or not),
// and every transition, newest first.

#include "core/alertengine.h"
#include "core/alertrule.h"

#include <QAbstractTableModel>
#include <QHash>

namespace linkscope {

enum AlertRoles { SeverityRole = Qt::UserRole + 1, DeviceRole, RuleRole, AcknowledgedRole };

QString alertSeverityText(AlertSeverity severity); // "Critical", translated
QString alertStateText(AlertState state);

class ActiveAlertModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Severity, Rule, Device, Since, Value, Detail, ColumnCount };
    struct Row {
        QString rule;
        DeviceKey device;
        AlertSeverity severity = AlertSeverity::Warning;
        qint64 since = 0;
        QVariant value;
        QString detail;
        bool acknowledged = false;
    };

    explicit ActiveAlertModel(QObject *parent = nullptr);

    // The rules' severities, for alerts restored from the history.
    void setRules(const QList<AlertRule> &rules);
    void restore(const QList<ActiveAlert> &active);
    void apply(const QList<AlertTransition> &transitions);
    void clear();
    const Row &row(int r) const { return m_rows[r]; }
    qsizetype unacknowledged() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged(qsizetype firing, qsizetype unacknowledged);

private:
    QList<Row> m_rows; // oldest first
    QHash<QString, AlertSeverity> m_severities;
};

class AlertHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, State, Severity, Rule, Device, Value, Detail, ColumnCount };
    static constexpr qsizetype MaxRows = 10'000;

    explicit AlertHistoryModel(QObject *parent = nullptr);

    // From the history store, newest first.
    void setHistory(const QList<AlertTransition> &transitions);
    void apply(const QList<AlertTransition> &transitions);
    void clear();
    const AlertTransition &transition(int r) const { return m_rows[r]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertTransition> m_rows; // newest first
};

} // namespace linkscope
