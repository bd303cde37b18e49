#pragma once

// Test helper: runs linkscope-sim as a child process on free loopback ports
// and reads its ready line. Stops it (SIGTERM, then SIGKILL) when destroyed.

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

class SimProcess {
public:
    QJsonObject ready;
    QByteArray readyLine;
    QProcess process;

    ~SimProcess() { stop(); }

    static QString binary() { return QStringLiteral(LINKSCOPE_BIN_DIR "/linkscope-sim"); }

    // Starts the emulator; false (with the reason in `error`) when it did not get ready.
    bool start(const QStringList &args, QString *error = nullptr, int timeoutMs = 20000)
    {
        process.setProgram(binary());
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        // Should the test crash or be killed by its watchdog, the emulator goes with it.
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        process.start();
        if (!process.waitForStarted(timeoutMs)) {
            if (error)
                *error = process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (!process.canReadLine() && t.elapsed() < timeoutMs) {
            if (process.state() == QProcess::NotRunning)
                break;
            process.waitForReadyRead(100);
        }
        if (!process.canReadLine()) {
            if (error)
                *error = QStringLiteral("no ready line; stderr: ")
                    + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        readyLine = process.readLine().trimmed();
        ready = QJsonDocument::fromJson(readyLine).object();
        return ready.value(u"ready").toBool();
    }

    int amqpPort() const { return ready.value(u"amqpPort").toInt(); }
    int http2Port() const { return ready.value(u"http2Port").toInt(); }
    QString caFile() const { return ready.value(u"caFile").toString(); }

    // SIGTERM and wait; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 10000)
    {
        if (process.state() == QProcess::NotRunning)
            return process.exitCode();
        ::kill(pid_t(process.processId()), SIGTERM);
        if (process.waitForFinished(timeoutMs))
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        process.kill();
        process.waitForFinished();
        return -1;
    }

    void crash()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
    }

    QString log()
    {
        m_log += QString::fromUtf8(process.readAllStandardError());
        return m_log;
    }

private:
    QString m_log;
};
