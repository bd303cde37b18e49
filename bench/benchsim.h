#pragma once

// Benchmarks' emulator: linkscope-sim as a child process (beside the
// benchmark's binary), its ready line read, stopped with SIGTERM so that
// its final manifest is written. It dies with the benchmark.

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <sched.h>
#include <sys/prctl.h>

class BenchSim {
public:
    QJsonObject ready;
    // The CPU the emulator runs on alone (sched_setaffinity); -1: any.
    static inline int pinnedCpu = -1;

    ~BenchSim() { stop(); }

    // False, with the reason on stderr, when it did not get ready.
    bool start(const QStringList &args, bool quiet = true)
    {
        m_process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/linkscope-sim"));
        m_process.setArguments(args);
        if (quiet)
            m_process.setStandardErrorFile(QProcess::nullDevice());
        else
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setChildProcessModifier([cpu = pinnedCpu] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (cpu >= 0) {
                cpu_set_t set;
                CPU_ZERO(&set);
                CPU_SET(cpu, &set);
                ::sched_setaffinity(0, sizeof set, &set);
            }
        });
        m_process.start();
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(30'000)) {
            std::fprintf(stderr, "the emulator did not start\n");
            return false;
        }
        ready = QJsonDocument::fromJson(m_process.readLine()).object();
        return ready.value(u"ready").toBool();
    }

    int port(const char *key) const { return ready.value(QLatin1String(key)).toInt(); }
    QString caFile() const { return ready.value(u"caFile").toString(); }

    // SIGTERM, and wait for its exit (the final manifest is written by then).
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(30'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};
