#pragma once

#include <QTreeView>

namespace linkscope {

// A tree view for a model whose rows change in large ranges several times a
// second (the device tree: every device's rate and "last seen"). Qt's view
// measures the rectangle of every row in a changed range to repaint their
// union, O(rows) per change whether they are on screen or not; a change over
// more rows than the viewport shows repaints the viewport instead, which
// costs what is visible.
class LiveTreeView : public QTreeView {
    Q_OBJECT

public:
    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
};

} // namespace linkscope
