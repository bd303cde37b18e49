#pragma once

#include "core/result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace linkscope::store {

// Copies a history's write-ahead log back into its file (SQLite's PASSIVE
// checkpoint, which waits for no one) from a connection and a thread of its
// own, so the writer, which then checkpoints only past a far limit, spends
// its time writing: checkpoints were a quarter of the store thread's time
// in the profile (docs/PERFORMANCE.md, "End to end").
class WalCheckpointer {
public:
    WalCheckpointer();
    ~WalCheckpointer(); // stops

    // Opens its connection to `path` (a WAL database) on its thread, and
    // checkpoints every `intervalMs` from then on.
    Result<bool> start(const QString &path, int intervalMs);
    // Closes its connection and ends its thread.
    void stop();
    bool isRunning() const;
    // Checkpoints that ran (any thread).
    quint64 checkpoints() const { return m_checkpoints.load(std::memory_order_relaxed); }

private:
    struct Private;
    std::unique_ptr<Private> d;
    std::atomic<quint64> m_checkpoints {0};
};

} // namespace linkscope::store
