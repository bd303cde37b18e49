#pragma once

// Where linkscope-collect sends alert transitions: JSON lines to a file or
// standard output (--alerts-jsonl), and a command per transition with the
// line on its standard input (--on-alert).

#include "core/alertengine.h"
#include "core/result.h"

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QStringList>

#include <memory>

class QProcess;

namespace linkscope {

// One JSON line per transition (AlertTransition::toJson), flushed per
// batch. Safe to call from any thread.
class AlertJsonlWriter {
public:
    // "-" is standard output.
    Result<bool> open(const QString &path);
    void write(const QList<AlertTransition> &transitions);

private:
    QMutex m_mutex;
    QFile m_file;
};

// Runs a command for each transition, the JSON line on its standard input.
// The command line is split into a program and its arguments once, up
// front (no shell); message text only ever goes to standard input. At most
// `parallel` run at once, each killed after `timeoutMs`; past `maxQueued`
// waiting the oldest are dropped and counted. Nothing here waits: the
// caller's thread only starts processes and reads their ends.
class AlertCommand : public QObject {
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 10'000;
        int parallel = 4;
        qsizetype maxQueued = 1'000;
    };
    static Result<QStringList> parseCommandLine(const QString &command);

    AlertCommand(QStringList program, Options options, QObject *parent = nullptr);
    ~AlertCommand() override;

    void run(const QList<AlertTransition> &transitions);
    // Waits up to `ms` for the running and queued commands (at exit).
    void finish(int ms);
    qint64 dropped() const { return m_dropped; }
    qint64 failed() const { return m_failed; }
    qint64 succeeded() const { return m_succeeded; }

signals:
    // A command failed: did not start, exited non-zero, or timed out.
    void problem(const QString &why);

private:
    void startNext();

    QStringList m_program;
    Options m_options;
    QQueue<QByteArray> m_queue;
    QList<QProcess *> m_running;
    qint64 m_dropped = 0;
    qint64 m_failed = 0;
    qint64 m_succeeded = 0;
};

} // namespace linkscope
