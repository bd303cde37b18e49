#pragma once

#include "manifestjson.h"

#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace linkscope::sim {

// Writes the emulator's manifest file (docs/SIMULATOR.md). The copies
// rewritten while the stream runs are built and written on a thread of
// their own, one at a time: at a million ids a rewrite takes a tenth of a
// second or more, and on the emulator's main thread it held back the
// generation of new messages, more the longer the stream ran (the last
// tenths of a long run slowed for the emulator's own bookkeeping). Each is
// written to "<path>.part" and renamed into place, not synced: a reader
// never sees half a file, and a crash leaves the previous whole one. The
// final one waits for a rewrite in flight (which must not replace it
// after), and is synced to disk before writeFinal() returns.
class ManifestWriter {
public:
    explicit ManifestWriter(QString path);
    ~ManifestWriter(); // waits for a rewrite in flight
    ManifestWriter(const ManifestWriter &) = delete;
    ManifestWriter &operator=(const ManifestWriter &) = delete;

    // A rewrite is in flight.
    bool busy() const { return m_busy.load(std::memory_order_acquire); }
    // Starts a rewrite of this snapshot on the writer's thread; false (and
    // nothing done) while another is in flight.
    bool writeRunning(ManifestSnapshot snapshot);
    // The manifest with "final": true, synced. An empty string, or what failed.
    QString writeFinal(const ManifestSnapshot &snapshot);
    // Called on the writer's thread after a rewrite is written and before it
    // is renamed into place (tests hold a rewrite there).
    void setBeforeRename(std::function<void()> hook) { m_beforeRename = std::move(hook); }
    // How long the last rewrite took, building its text included (ms).
    qint64 lastCostMs() const { return m_lastCostMs.load(std::memory_order_relaxed); }

private:
    void join();

    QString m_path;
    std::function<void()> m_beforeRename;
    std::thread m_thread;
    std::atomic<bool> m_busy {false};
    std::atomic<qint64> m_lastCostMs {0};
};

} // namespace linkscope::sim
