#pragma once

#include "core/messages.h"
#include "core/viewupdate.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace linkscope {

// The newest messages of every kind, newest first, with their raw bytes:
// what the message inspector lists. A bounded ring: a batch of k rows costs
// O(k) however full it is, and the oldest rows leave first.
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
    // Rows as the view feed sends them (core/viewupdate.h's logRows() makes them).
    void addRows(const QList<linkscope::MessageLogRow> &rows);
    void clear();

private:
    using Row = MessageLogRow;
    void prepend(QList<Row> rows);
    const Row &at(int row) const { return m_ring[size_t((m_head - 1 - row + 2 * m_capacity) % m_capacity)]; }

    qsizetype m_capacity;
    std::vector<Row> m_ring; // m_capacity slots; the newest row just before m_head
    qsizetype m_head = 0;
    qsizetype m_size = 0;
};

} // namespace linkscope
