#pragma once

// What a benchmark reads of its own process: RSS, CPU time, the allocator
// it runs on, and the CPU it is pinned to (Linux).

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <dlfcn.h>
#include <malloc.h>
#include <sched.h>
#include <sys/resource.h>

namespace benchprocess {

// VmRSS or VmHWM of this process, MiB.
inline double procStatusMiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// jemalloc's control entry when this program runs on it
// (cmake/LinkScopeAllocator.cmake), found at run time: no header needed.
using Mallctl = int (*)(const char *, void *, size_t *, void *, size_t);
inline Mallctl jemallocCtl()
{
    return reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
}

// Which allocator ran, with the settings that matter for the RSS figures.
inline QString allocatorName()
{
    const Mallctl ctl = jemallocCtl();
    if (!ctl)
        return QStringLiteral("glibc");
    const char *version = nullptr, *percpu = nullptr;
    ssize_t dirtyMs = 0;
    size_t n = sizeof version;
    ctl("version", &version, &n, nullptr, 0);
    n = sizeof percpu;
    ctl("opt.percpu_arena", &percpu, &n, nullptr, 0);
    n = sizeof dirtyMs;
    ctl("opt.dirty_decay_ms", &dirtyMs, &n, nullptr, 0);
    return QStringLiteral("jemalloc %1 (percpu_arena:%2, dirty_decay_ms:%3)")
        .arg(QString::fromLatin1(version ? version : "?"), QString::fromLatin1(percpu ? percpu : "?"))
        .arg(qint64(dirtyMs));
}

// Starts VmHWM over from the RSS now (Linux: "5" into clear_refs), so that
// a peak is the pipeline's, not that of the preload or of reading a manifest.
// What those phases freed goes back to the system first: an allocator keeps
// freed memory resident, and linkscope-collect has no such phases before it.
inline void resetPeakRss()
{
    if (const Mallctl ctl = jemallocCtl())
        ctl("arena.4096.purge", nullptr, nullptr, nullptr, 0); // 4096: MALLCTL_ARENAS_ALL
#if defined(__GLIBC__)
    else
        malloc_trim(0);
#endif
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// CPU time this process has used, all its threads, in µs.
inline qint64 processCpuUs()
{
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return (qint64(u.ru_utime.tv_sec) + qint64(u.ru_stime.tv_sec)) * 1'000'000 + u.ru_utime.tv_usec
        + u.ru_stime.tv_usec;
}

// Every thread of this process, and those it starts later, on `cpu` only;
// false when the system refused (no such CPU, or not one of ours).
inline bool pinThisProcess(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    const QStringList tasks
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    bool all = !tasks.isEmpty();
    for (const QString &tid : tasks)
        all = ::sched_setaffinity(pid_t(tid.toInt()), sizeof set, &set) == 0 && all;
    return all;
}

// Whether `cpu` is one this process may run on (and so may pin a child to).
inline bool mayRunOn(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    return ::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_ISSET(cpu, &set);
}

} // namespace benchprocess
