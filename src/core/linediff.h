#pragma once

#include <QList>
#include <QStringList>

namespace linkscope {

// One line of a line-by-line comparison of two texts.
struct DiffLine {
    enum Op : quint8 { Same, Removed, Added };
    Op op = Same;
    QString text;
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The shortest edit from `before` to `after`, as a list of kept, removed and
// added lines (removals before additions where lines were replaced). Texts
// beyond `maxLines` lines each are compared as a whole: every line of
// `before` removed, every line of `after` added.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after, int maxLines = 4000);

} // namespace linkscope
