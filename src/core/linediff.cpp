#include "linediff.h"

#include <vector>

namespace linkscope {

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after, int maxLines)
{
    // Common head and tail first: pretty JSON of two messages of one topic
    // usually differs in a few lines in the middle.
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;

    QList<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({DiffLine::Same, before[i]});

    const qsizetype n = before.size() - head - tail;
    const qsizetype m = after.size() - head - tail;
    if (n > maxLines || m > maxLines) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({DiffLine::Removed, before[head + i]});
        for (qsizetype j = 0; j < m; ++j)
            out.append({DiffLine::Added, after[head + j]});
    } else {
        // Longest common subsequence over the middle (n*m cells, bounded above).
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] = before[head + i] == after[head + j]
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before[head + i] == after[head + j]) {
                out.append({DiffLine::Same, before[head + i]});
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                out.append({DiffLine::Removed, before[head + i]});
                ++i;
            } else {
                out.append({DiffLine::Added, after[head + j]});
                ++j;
            }
        }
    }
    for (qsizetype i = before.size() - tail; i < before.size(); ++i)
        out.append({DiffLine::Same, before[i]});
    return out;
}

} // namespace linkscope
