#include "alertoutputs.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QProcess>
#include <QTimer>

#include <cstdio>

namespace linkscope {

namespace {

QByteArray line(const AlertTransition &t)
{
    return QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

Result<bool> AlertJsonlWriter::open(const QString &path)
{
    const bool ok = path == u"-"
        ? m_file.open(stdout, QIODevice::WriteOnly)
        : (m_file.setFileName(path), m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text));
    if (!ok)
        return Error {QStringLiteral("cannot write alerts to %1: %2").arg(path, m_file.errorString())};
    return true;
}

void AlertJsonlWriter::write(const QList<AlertTransition> &transitions)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    for (const AlertTransition &t : transitions)
        m_file.write(line(t));
    m_file.flush();
}

Result<QStringList> AlertCommand::parseCommandLine(const QString &command)
{
    const QStringList parts = QProcess::splitCommand(command);
    if (parts.isEmpty())
        return Error {QStringLiteral("--on-alert needs a command")};
    return parts;
}

AlertCommand::AlertCommand(QStringList program, Options options, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_options(options)
{
}

AlertCommand::~AlertCommand()
{
    for (QProcess *p : std::as_const(m_running)) {
        p->disconnect(this);
        p->kill();
        p->waitForFinished(1000);
        delete p;
    }
}

void AlertCommand::run(const QList<AlertTransition> &transitions)
{
    for (const AlertTransition &t : transitions) {
        if (m_queue.size() >= m_options.maxQueued) {
            m_queue.dequeue();
            if (m_dropped++ == 0)
                emit problem(tr("alert commands cannot keep up: the oldest waiting are dropped"));
        }
        m_queue.enqueue(line(t));
    }
    startNext();
}

void AlertCommand::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < m_options.parallel) {
        const QByteArray input = m_queue.dequeue();
        auto *p = new QProcess(this);
        p->setProgram(m_program.first());
        p->setArguments(m_program.mid(1));
        p->setProcessChannelMode(QProcess::ForwardedChannels);
        auto *timer = new QTimer(p);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, p, [this, p] {
            emit problem(
                tr("%1 took over %2 ms and was stopped").arg(m_program.first()).arg(m_options.timeoutMs));
            p->kill();
        });
        connect(p, &QProcess::finished, this, [this, p, timer](int code, QProcess::ExitStatus status) {
            timer->stop();
            if (status == QProcess::NormalExit && code == 0) {
                ++m_succeeded;
            } else {
                ++m_failed;
                if (status == QProcess::NormalExit)
                    emit problem(tr("%1 exited with status %2").arg(m_program.first()).arg(code));
            }
            m_running.removeOne(p);
            p->deleteLater();
            startNext();
        });
        connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            ++m_failed;
            emit problem(tr("cannot run %1: %2").arg(m_program.first(), p->errorString()));
            m_running.removeOne(p);
            p->deleteLater();
            startNext();
        });
        m_running << p;
        p->start(QIODevice::ReadWrite);
        timer->start(m_options.timeoutMs);
        p->write(input);
        p->closeWriteChannel();
    }
}

void AlertCommand::finish(int ms)
{
    const QDeadlineTimer deadline(ms);
    while ((!m_running.isEmpty() || !m_queue.isEmpty()) && !deadline.hasExpired()) {
        if (m_running.isEmpty()) {
            startNext();
            continue;
        }
        m_running.first()->waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

} // namespace linkscope
