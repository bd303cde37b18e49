#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace linkscope {

// `linkscope --perf-log FILE`: how the window keeps up, one JSON line a
// second (bench/bench_gui reads it; docs/PERFORMANCE.md). Measured on the
// GUI thread: how late a 10 ms timer fires (p50, p99, max over the second),
// how far the views are behind what the pipeline received, the GUI thread's
// share of a core, and the process's resident memory.
class PerfMonitor : public QObject {
    Q_OBJECT

public:
    // newestReceived / newestShown: ms epoch of the newest message the
    // pipeline received and the views show (0: none yet).
    PerfMonitor(const QString &path, std::function<qint64()> newestReceived,
                std::function<qint64()> newestShown, QObject *parent = nullptr);

    bool isOpen() const { return m_file.isOpen(); }

private:
    void tick();
    void report();

    QFile m_file;
    std::function<qint64()> m_received;
    std::function<qint64()> m_shown;
    QTimer m_tick;
    QTimer m_report;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    std::vector<double> m_lateness; // ms, this second
    qint64 m_cpuTicks = -1; // the GUI thread's utime + stime at the last report
    qint64 m_lastReport = 0;
    int m_second = 0;
};

} // namespace linkscope
