#pragma once

#include "core/inventory.h"
#include "core/messages.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace linkscope {

// The newest events and service replies first, one table: time, device,
// what (identifier and display name, or the reply's code and its meaning),
// type (info / alert / error, or the reply's outcome), and a value summary.
// Bounded: the oldest rows leave when more than `capacity` are held.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, DeviceColumn, WhatColumn, TypeColumn, DetailColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1,
        DeviceKeyRole,
        MessageIdRole,
        TimeRole,
        IdentifierRole,
        IsReplyRole
    };
    enum Severity { Info, Alert, Error };

    explicit EventLogModel(int capacity = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Thing models: events by their names, their values by field names and
    // labels, replies by the name of the service they answer.
    void setCatalog(CatalogPtr catalog);

public slots:
    void addEvents(const QList<linkscope::DeviceEvent> &events);
    void addReplies(const QList<linkscope::ServiceReply> &replies);
    void clear();

private:
    struct Row {
        qint64 time = 0;
        DeviceKey device;
        QString what;
        QString type;
        Severity severity = Info;
        QString detail;
        QString messageId;
        QString identifier; // event identifier, or the reply's downlink topic
        bool isReply = false;
        QString eventName; // as the push named it
        QVariantMap eventValue;
    };
    void prepend(QList<Row> rows);
    QString whatOf(const Row &row) const;
    QString detailOf(const Row &row) const;

    int m_capacity;
    QList<Row> m_rows; // newest first
    QSet<QString> m_ids; // message ids held: history and live may overlap
    CatalogPtr m_catalog;
};

} // namespace linkscope
