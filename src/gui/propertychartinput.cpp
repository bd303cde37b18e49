// PropertyChart: what the mouse does (wheel zoom, drag to pan, the
// crosshair, double-click to follow live) and the context menu.

#include "propertychart.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QMenu>
#include <QWheelEvent>

#include <cmath>

namespace linkscope {

void PropertyChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoom(std::pow(1.25, -steps), timeAt(int(event->position().x())));
    event->accept();
}

void PropertyChart::mousePressEvent(QMouseEvent *event)
{
    emit activated();
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position().toPoint();
        m_dragEnd = viewTo();
        setCursor(Qt::ClosedHandCursor);
    }
}

void PropertyChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_crosshairX = pos.x();
    if (m_dragFrom) {
        const int dx = pos.x() - m_dragFrom->x();
        const qint64 delta = -qint64(double(dx) * double(m_span) / double(std::max(1, plotRect().width())));
        pan(m_dragEnd + delta - viewTo());
    }
    m_dirty = true;
}

void PropertyChart::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
    unsetCursor();
}

void PropertyChart::mouseDoubleClickEvent(QMouseEvent *)
{
    followLive();
}

void PropertyChart::leaveEvent(QEvent *)
{
    m_crosshairX.reset();
    m_dirty = true;
}

void PropertyChart::contextMenuEvent(QContextMenuEvent *event)
{
    emit activated();
    QMenu menu(this);
    for (int i = 0; i < seriesCount(); ++i) {
        QMenu *sub = menu.addMenu(seriesName(i));
        auto *group = new QActionGroup(sub);
        const std::pair<SeriesStyle, QString> styles[] = {{SeriesStyle::Line, tr("Line")},
                                                          {SeriesStyle::Steps, tr("Step strip")},
                                                          {SeriesStyle::Markers, tr("Markers")}};
        for (const auto &[st, name] : styles) {
            QAction *a = sub->addAction(name, this, [this, i, st = st] { setStyle(i, st); });
            a->setCheckable(true);
            a->setChecked(style(i) == st);
            group->addAction(a);
        }
        sub->addSeparator();
        sub->addAction(tr("Remove from chart"), this, [this, i] { removeSeries(i); });
    }
    if (seriesCount())
        menu.addSeparator();
    menu.addAction(tr("Follow live"), this, &PropertyChart::followLive)->setEnabled(!m_following);
    menu.addAction(m_paused ? tr("Resume") : tr("Pause"), this, [this] { setPaused(!m_paused); });
    menu.exec(event->globalPos());
}

} // namespace linkscope
