#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace linkscope {

class EventFilterProxy;
class EventLogModel;

// The Events dock: events and service replies with filters for device,
// type, identifier and time range, and a free-text search.
class EventsPanel : public QWidget {
    Q_OBJECT

public:
    explicit EventsPanel(EventLogModel *model, QWidget *parent = nullptr);
    // The present that "the last hour" counts back from: a replay's capture time; none: the wall clock.
    void setNow(std::function<qint64()> now);

    EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    void setDeviceFilter(const QString &text);

signals:
    // A row was double-clicked: show its message.
    void messageActivated(const QString &messageId);

private:
    void applyTimeRange();

    EventFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_device = nullptr;
    QComboBox *m_range = nullptr;
    QTimer *m_rangeTimer = nullptr;
    bool m_timed = false; // a moving time range is applied
    std::function<qint64()> m_now;
};

} // namespace linkscope
