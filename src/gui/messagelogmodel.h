#pragma once

#include "core/messages.h"

#include <QAbstractTableModel>
#include <QList>

namespace linkscope {

// The newest messages of every kind, newest first, with their raw bytes:
// what the message inspector lists. Bounded: the oldest rows leave first.
class MessageLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, DeviceColumn, KindColumn, TopicColumn, SizeColumn, ColumnCount };
    enum Role {
        PayloadRole = Qt::UserRole + 1,
        MessageIdRole,
        TopicRole,
        DeviceKeyRole,
        KindRole,
        ReasonRole,
        ClockSkewRole // ms the device's clock was off (0: within the window)
    };

    explicit MessageLogModel(int capacity = 20'000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of the message before `row` on the same topic (same device
    // and message type), or -1.
    int previousOnTopic(int row) const;
    int rowOf(const QString &messageId) const;

public slots:
    void addProperties(const QList<linkscope::PropertyReport> &reports);
    void addEvents(const QList<linkscope::DeviceEvent> &events);
    void addReplies(const QList<linkscope::ServiceReply> &replies);
    void addStatuses(const QList<linkscope::StatusChange> &changes);
    void addBindings(const QList<linkscope::BindingChange> &changes);
    void addOther(const QList<linkscope::DecodedMessage> &messages);
    void addRejects(const QList<linkscope::Rejected> &rejects);
    void clear();

private:
    struct Row {
        MessageMeta meta;
        DeviceKey device;
        MessageKind kind = MessageKind::Raw;
        QString reason; // rejects only
    };
    void prepend(QList<Row> rows);

    int m_capacity;
    QList<Row> m_rows; // newest first
};

} // namespace linkscope
