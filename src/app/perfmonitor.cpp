#include "perfmonitor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <unistd.h>

namespace linkscope {

namespace {

// utime + stime of this thread, in clock ticks (Linux).
qint64 threadCpuTicks()
{
    QFile f(QStringLiteral("/proc/thread-self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command (in parentheses, which may hold spaces).
    const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (rest.size() < 13)
        return -1;
    return rest.at(11).toLongLong() + rest.at(12).toLongLong(); // fields 14 and 15
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1
        ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
        : 0.0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), p / 100.0 * double(v.size())))];
}

} // namespace

PerfMonitor::PerfMonitor(const QString &path, std::function<qint64()> newestReceived,
                         std::function<qint64()> newestShown, QObject *parent)
    : QObject(parent), m_file(path), m_received(std::move(newestReceived)), m_shown(std::move(newestShown))
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    m_clock.start();
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(10);
    connect(&m_tick, &QTimer::timeout, this, &PerfMonitor::tick);
    m_report.setInterval(1000);
    connect(&m_report, &QTimer::timeout, this, &PerfMonitor::report);
    m_lastTick = m_clock.elapsed();
    m_lastReport = m_lastTick;
    m_cpuTicks = threadCpuTicks();
    m_tick.start();
    m_report.start();
}

void PerfMonitor::tick()
{
    const qint64 t = m_clock.elapsed();
    m_lateness.push_back(double(std::max<qint64>(0, t - m_lastTick - 10)));
    m_lastTick = t;
}

void PerfMonitor::report()
{
    const qint64 t = m_clock.elapsed();
    const qint64 cpu = threadCpuTicks();
    const double wall = double(std::max<qint64>(1, t - m_lastReport)) / 1000.0;
    const double cpuShare = m_cpuTicks >= 0 && cpu >= 0
        ? 100.0 * double(cpu - m_cpuTicks) / double(sysconf(_SC_CLK_TCK)) / wall
        : -1.0;
    m_cpuTicks = cpu;
    m_lastReport = t;
    const qint64 received = m_received ? m_received() : 0;
    const qint64 shown = m_shown ? m_shown() : 0;
    const QJsonObject o {
        {QStringLiteral("second"), ++m_second},
        {QStringLiteral("latenessP50Ms"), percentile(m_lateness, 50)},
        {QStringLiteral("latenessP99Ms"), percentile(m_lateness, 99)},
        {QStringLiteral("latenessMaxMs"),
         m_lateness.empty() ? 0.0 : *std::max_element(m_lateness.begin(), m_lateness.end())},
        {QStringLiteral("ticks"), qint64(m_lateness.size())},
        {QStringLiteral("behindMs"),
         received > 0 && shown > 0 ? double(std::max<qint64>(0, received - shown)) : -1.0},
        {QStringLiteral("guiCpuPercent"), cpuShare},
        {QStringLiteral("rssMiB"), residentMiB()},
    };
    m_lateness.clear();
    m_file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace linkscope
