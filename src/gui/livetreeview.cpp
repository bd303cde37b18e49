#include "livetreeview.h"

#include <QAccessible>

#include <algorithm>

namespace linkscope {

void LiveTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    // Row heights are uniform here and the rows have no editors, so nothing
    // but a repaint follows from a change of their values.
    // A row is at least a line of text high: at most this many are on screen.
    const int visibleRows = viewport()->height() / std::max(1, fontMetrics().height()) + 1;
    // With a screen reader on, the base class also tells it what changed.
    if (!QAccessible::isActive() && uniformRowHeights() && topLeft.parent() == bottomRight.parent()
        && bottomRight.row() - topLeft.row() >= visibleRows) {
        viewport()->update();
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace linkscope
