#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace linkscope::store {

struct RetentionPolicy {
    qint64 maxAgeMs = 30LL * 24 * 3600 * 1000; // 30 days
    qint64 maxBytes = 2LL * 1024 * 1024 * 1024; // 2 GB of used pages
    int rowsPerStep = 200; // bounds the time one step holds the write lock (docs/PERFORMANCE.md)
    int attributesPerStep = 256; // bounds the index probes of one step, however many attributes there are
};

// Where the sweep of samples goes on: samples (and their rollups) are
// deleted attribute by attribute, a bounded number of attributes a step, so
// that a step costs the rows it deletes, not the number of attributes.
struct RetentionCursor {
    qint64 nextAttribute = 0;
};

struct RetentionStep {
    qint64 deleted = 0;
    bool more = false; // call again soon: there is more to delete
};

// Age is the data's own time (a sample's or event's time, a message's
// arrival), so a chart never shows a hole inside the kept range.
// Deletes at most policy.rowsPerStep rows that are too old, or (when the
// file is over its size) the oldest, then returns freed pages to the file
// system. Small steps keep each write transaction to a few milliseconds.
// While the oldest stored message is not old, it looks at nothing else and
// writes nothing (one step down an index), however long the history.
// `cursor` carries the sweep from one step to the next.
Result<RetentionStep> retentionStep(QSqlDatabase &db, const RetentionPolicy &policy, qint64 nowMs,
                                    RetentionCursor &cursor);

// Used bytes of the database (pages in use, not free ones).
qint64 usedBytes(QSqlDatabase &db);

} // namespace linkscope::store
