#include "statustimelineview.h"

#include "chartticks.h"
#include "core/devicekey.h"
#include "statustimelinemodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace linkscope {

namespace {
const QColor kOnline(0x2e, 0xa0, 0x43);
const QColor kOffline(0xc6, 0x3b, 0x2e);
const QColor kFlap(0xe6, 0x8a, 0x00);
constexpr qint64 kMinSpan = 10'000;
constexpr qint64 kMaxSpan = 31LL * 86'400'000;

QString stamp(qint64 t)
{
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

StatusTimelineView::StatusTimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_rowHeight = fontMetrics().height() + 8;
    verticalScrollBar()->setSingleStep(m_rowHeight);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_following)
            viewport()->update();
    });
    m_timer.start(1000);
}

void StatusTimelineView::setModel(StatusTimelineModel *model)
{
    m_model = model;
    const auto changed = [this] {
        updateScrollBars();
        viewport()->update();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    changed();
}

void StatusTimelineView::setSpan(qint64 ms)
{
    const qint64 to = viewTo();
    m_span = std::clamp(ms, kMinSpan, kMaxSpan);
    if (!m_following)
        m_end = to;
    viewport()->update();
}

qint64 StatusTimelineView::viewTo() const
{
    if (!m_following)
        return m_end;
    return m_model ? m_model->now() : QDateTime::currentMSecsSinceEpoch();
}

qint64 StatusTimelineView::effectiveSpan() const
{
    if (!m_fit || !m_following || !m_model || m_model->earliestTime() == 0)
        return m_span;
    const qint64 seen = viewTo() - m_model->earliestTime();
    return std::clamp(seen + seen / 20, std::min<qint64>(10'000, m_span), m_span);
}

void StatusTimelineView::followLive()
{
    m_following = true;
    viewport()->update();
}

void StatusTimelineView::zoom(double factor)
{
    const qint64 shown = effectiveSpan();
    m_fit = false;
    setSpan(qint64(double(shown) * factor));
}

void StatusTimelineView::pan(qint64 deltaMs)
{
    const qint64 nowMs = m_model ? m_model->now() : QDateTime::currentMSecsSinceEpoch();
    const qint64 end = viewTo() + deltaMs;
    if (m_fit) {
        m_span = effectiveSpan();
        m_fit = false;
    }
    if (end >= nowMs) {
        m_following = true;
    } else {
        m_following = false;
        m_end = end;
    }
    viewport()->update();
}

int StatusTimelineView::labelWidth() const
{
    return std::clamp(viewport()->width() / 4, 110, 190);
}

int StatusTimelineView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int StatusTimelineView::xAt(qint64 time) const
{
    const int left = labelWidth();
    const int w = std::max(1, viewport()->width() - left - 4);
    return left + int(double(time - viewFrom()) * double(w) / double(effectiveSpan()));
}

qint64 StatusTimelineView::timeAt(int x) const
{
    const int left = labelWidth();
    const int w = std::max(1, viewport()->width() - left - 4);
    return viewFrom() + qint64(double(x - left) * double(effectiveSpan()) / double(w));
}

int StatusTimelineView::rowAt(int y) const
{
    if (!m_model || y < headerHeight())
        return -1;
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

void StatusTimelineView::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, std::max(0, rows * m_rowHeight - visible));
}

void StatusTimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void StatusTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const int left = labelWidth();
    const int header = headerHeight();
    const int right = viewport()->width() - 4;
    const qint64 from = viewFrom();
    const qint64 to = viewTo();

    // Time axis along the top, grid lines down through the rows.
    const QList<Tick> ticks = timeTicks(from, to, right - left);
    for (const Tick &t : ticks) {
        const int x = xAt(qint64(t.value));
        p.setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
        p.drawLine(x, header, x, viewport()->height());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - 60, 0, 120, header), Qt::AlignCenter, t.label);
    }
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No online/offline changes yet."));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    const int first = scroll / m_rowHeight;
    const int last = std::min(m_model->rowCount() - 1, (scroll + viewport()->height()) / m_rowHeight);
    p.setClipRect(QRect(0, header, viewport()->width(), viewport()->height() - header));
    for (int row = first; row <= last; ++row) {
        const int y = header + row * m_rowHeight - scroll;
        const bool flapping = m_model->isFlapping(row);
        const QRect rowRect(0, y, viewport()->width(), m_rowHeight);
        if (flapping) {
            QColor tint = kFlap;
            tint.setAlpha(45);
            p.fillRect(rowRect, tint);
        } else if (row % 2) {
            p.fillRect(rowRect, pal.color(QPalette::AlternateBase));
        }
        const QString name = m_model->data(m_model->index(row), Qt::DisplayRole).toString();
        QFont f = font();
        f.setBold(flapping);
        p.setFont(f);
        p.setPen(flapping ? kFlap : pal.color(QPalette::Text));
        p.drawText(QRect(6, y, left - 10, m_rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(flapping ? QStringLiteral("⚠ ") + name : name, Qt::ElideMiddle,
                                            left - 12));
        p.setFont(font());
        p.save();
        p.setClipRect(QRect(left, y, right - left, m_rowHeight));
        for (const StatusInterval &iv : m_model->intervals(row)) {
            if (iv.end < from || iv.start > to)
                continue;
            const int x0 = std::max(left, xAt(iv.start));
            const int x1 = std::min(right, std::max(xAt(iv.end), x0 + 1));
            QColor c = iv.online ? kOnline : kOffline;
            if (!iv.online)
                c.setAlpha(170);
            p.fillRect(QRect(x0, y + 3, x1 - x0, m_rowHeight - 6), c);
            if (flapping && iv.start >= from) {
                p.setPen(kFlap);
                p.drawLine(xAt(iv.start), y, xAt(iv.start), y + m_rowHeight);
            }
        }
        p.restore();
    }
    if (!m_following) {
        p.setClipping(false);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(viewport()->rect().adjusted(0, 0, -6, 0), Qt::AlignTop | Qt::AlignRight,
                   tr("Not live: double-click to follow"));
    }
}

QString StatusTimelineView::toolTipAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || !m_model)
        return {};
    const QString name
        = m_model->data(m_model->index(row), StatusTimelineModel::DeviceKeyRole).value<DeviceKey>().id();
    if (pos.x() < labelWidth())
        return m_model->data(m_model->index(row), Qt::ToolTipRole).toString();
    const qint64 t = timeAt(pos.x());
    for (const StatusInterval &iv : m_model->intervals(row)) {
        if (t >= iv.start && t < iv.end) {
            QString text = tr("%1: %2\nfrom %3\nto %4\nfor %5")
                               .arg(name, iv.online ? tr("online") : tr("offline"), stamp(iv.start),
                                    iv.open ? tr("now") : stamp(iv.end), durationText(iv.end - iv.start));
            if (m_model->isFlapping(row))
                text += u'\n'
                    + tr("Flapping: %1 changes in the last %2 min")
                          .arg(m_model->data(m_model->index(row), StatusTimelineModel::ChangeCountRole)
                                   .toInt())
                          .arg(m_model->flappingWindow() / 60'000);
            return text;
        }
    }
    return tr("%1: no status known at %2").arg(name, stamp(t));
}

bool StatusTimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void StatusTimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        zoom(std::pow(1.25, -steps));
    } else if (event->modifiers() & Qt::ShiftModifier) {
        pan(-qint64(steps * double(effectiveSpan()) / 10));
    } else {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    event->accept();
}

void StatusTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint().y());
        if (row >= 0 && event->position().x() < labelWidth()) {
            emit deviceClicked(m_model->data(m_model->index(row), StatusTimelineModel::DeviceKeyRole));
            return;
        }
        m_dragFrom = event->position().toPoint();
        m_dragEnd = viewTo();
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
}

void StatusTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom)
        return;
    const int dx = event->position().toPoint().x() - m_dragFrom->x();
    const int w = std::max(1, viewport()->width() - labelWidth() - 4);
    pan(m_dragEnd - qint64(double(dx) * double(effectiveSpan()) / w) - viewTo());
}

void StatusTimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragFrom.reset();
    viewport()->unsetCursor();
}

void StatusTimelineView::mouseDoubleClickEvent(QMouseEvent *)
{
    followLive();
}

void StatusTimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8);
        break;
    case Qt::Key_Minus:
        zoom(1.25);
        break;
    case Qt::Key_Left:
        pan(-effectiveSpan() / 10);
        break;
    case Qt::Key_Right:
        pan(effectiveSpan() / 10);
        break;
    case Qt::Key_End:
        followLive();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace linkscope
