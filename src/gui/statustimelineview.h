#pragma once

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace linkscope {

class StatusTimelineModel;

// The online-status timeline painted from a StatusTimelineModel: a row per
// device, green bars online, red bars offline, flapping rows marked. The time
// window follows the present until the user zooms (Ctrl+wheel, +/-) or pans
// (drag, Shift+wheel); the tooltip gives exact times and durations.
class StatusTimelineView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit StatusTimelineView(QWidget *parent = nullptr);

    void setModel(StatusTimelineModel *model);
    StatusTimelineModel *model() const { return m_model; }

    void setSpan(qint64 ms);
    qint64 span() const { return m_span; }
    qint64 viewTo() const;
    // While following and not zoomed by hand, the window starts at the first
    // known change (at least a minute, at most the span): bars show from the start.
    qint64 viewFrom() const { return viewTo() - effectiveSpan(); }
    qint64 effectiveSpan() const;
    bool isFollowing() const { return m_following; }
    void followLive();
    void zoom(double factor);
    void pan(qint64 deltaMs);

    // The text the tooltip shows at a viewport position (empty: none).
    QString toolTipAt(const QPoint &pos) const;
    int rowAt(int y) const;
    int rowHeight() const { return m_rowHeight; }

signals:
    void deviceClicked(const QVariant &deviceKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();
    int labelWidth() const;
    int headerHeight() const;
    int xAt(qint64 time) const;
    qint64 timeAt(int x) const;

    QPointer<StatusTimelineModel> m_model;
    QTimer m_timer;
    qint64 m_span = 3'600'000;
    qint64 m_end = 0;
    bool m_following = true;
    bool m_fit = true; // until the user zooms or pans
    int m_rowHeight = 20;
    std::optional<QPoint> m_dragFrom;
    qint64 m_dragEnd = 0;
};

} // namespace linkscope
