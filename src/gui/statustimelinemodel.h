#pragma once

#include "core/history.h"
#include "core/messages.h"

#include <QAbstractListModel>
#include <QHash>

#include <functional>

namespace linkscope {

// One row per device with its online/offline intervals, built from the
// store's status history and then from live status changes. A device that
// changed state often within the flapping window is marked as flapping.
class StatusTimelineModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { DeviceKeyRole = Qt::UserRole + 1, FlappingRole, ChangeCountRole, OnlineRole };

    explicit StatusTimelineModel(QObject *parent = nullptr);

    void setNow(std::function<qint64()> now);
    qint64 now() const;
    // Flapping: at least `changes` changes within `windowMs` before now.
    void setFlapping(int changes, qint64 windowMs);
    qint64 flappingWindow() const { return m_flapWindow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The intervals of a row, oldest first; the last one runs to now if open.
    QList<StatusInterval> intervals(int row) const;
    bool isFlapping(int row) const;
    // The first change held over all rows (0: none); kept with the rows, so views may ask per pixel.
    qint64 earliestTime() const { return m_earliest; }
    int rowOf(const DeviceKey &device) const;

public slots:
    void setIntervals(const QList<linkscope::StatusInterval> &intervals);
    void addStatuses(const QList<linkscope::StatusChange> &changes);
    // Flapping marks age with time.
    void refresh();
    void clear();

private:
    struct Change {
        qint64 time = 0;
        bool online = false;
    };
    struct Row {
        DeviceKey device;
        QList<Change> changes; // time order; bounded
        bool flapping = false;
    };
    int ensureRow(const DeviceKey &device, QList<int> *inserted);
    bool computeFlapping(const Row &row) const;
    void updateEarliest();

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    std::function<qint64()> m_now;
    qint64 m_earliest = 0;
    int m_flapChanges = 6;
    qint64 m_flapWindow = 10 * 60'000;
};

} // namespace linkscope
