#include "demosession.h"

#include "core/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <csignal>
#include <sys/prctl.h>

namespace linkscope {

DemoSession::DemoSession(QString stateDir, QObject *parent) : QObject(parent), m_stateDir(std::move(stateDir))
{
}

DemoSession::~DemoSession()
{
    stop();
}

QString DemoSession::emulatorPath()
{
    // Beside the executable; LINKSCOPE_SIM names another (tests run from elsewhere).
    const QString override = qEnvironmentVariable("LINKSCOPE_SIM");
    if (!override.isEmpty())
        return override;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("linkscope-sim"));
}

Result<SubscriberProfile> DemoSession::start(const DemoOptions &options, int timeoutMs)
{
    const PushProtocol protocol = options.protocol;
    if (!QFile::exists(emulatorPath()))
        return Error {tr("the emulator %1 is missing").arg(emulatorPath())};
    makePrivateDirs(m_stateDir);
    // Credentials for this run only: nothing to configure, nothing to leak.
    const QString appKey = QStringLiteral("demo%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    const QString secret = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString projectId
        = QStringLiteral("demo%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    const int quiet
        = options.quietDevices >= 0 ? options.quietDevices : std::clamp(options.devices / 50, 3, 200);
    m_process.setProgram(emulatorPath());
    // The secret through the environment, not argv: a command line is every local user's to read.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LINKSCOPE_SIM_APPSECRET"), secret);
    m_process.setProcessEnvironment(env);
    m_process.setArguments({QStringLiteral("--appkey"), appKey, QStringLiteral("--cert-dir"),
                            QDir(m_stateDir).filePath(QStringLiteral("certs")), QStringLiteral("--devices"),
                            QString::number(std::max(1, options.devices)), QStringLiteral("--products"),
                            QString::number(std::max(1, options.products)), QStringLiteral("--rate"),
                            QString::number(std::max(0.0, options.rate)), QStringLiteral("--redeliver-after"),
                            QStringLiteral("5"), QStringLiteral("--project-id"), projectId,
                            QStringLiteral("--quiet-devices"), QString::number(quiet)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Should this process die without stopping it, the emulator goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.setStandardErrorFile(QDir(m_stateDir).filePath(QStringLiteral("emulator.log")));
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return Error {tr("the emulator did not start: %1").arg(m_process.errorString())};
    QElapsedTimer t;
    t.start();
    while (!m_process.canReadLine() && t.elapsed() < timeoutMs && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(100);
    const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
    if (!ready.value(u"ready").toBool())
        return Error {tr("the emulator did not get ready (see %1)")
                          .arg(QDir(m_stateDir).filePath(QStringLiteral("emulator.log")))};
    SubscriberProfile p;
    p.protocol = protocol;
    p.host = QStringLiteral("127.0.0.1");
    p.port = quint16(ready.value(protocol == PushProtocol::Http2 ? u"http2Port" : u"amqpPort").toInt());
    p.caFile = ready.value(u"caFile").toString();
    p.appKey = appKey;
    p.appSecret = Secret::fromString(secret);
    p.clientId = defaultClientId();
    // The emulator's API gateway too, so that the demo has names, units and labels.
    p.projectId = ready.value(u"projectId").toString();
    p.apiEndpoint = QStringLiteral("https://127.0.0.1:%1").arg(ready.value(u"apiPort").toInt());
    return p;
}

void DemoSession::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // A demo's emulator keeps nothing worth waiting for: a quit stays prompt
    // (1 s; LINKSCOPE_SIM_STOP_MS sets another bound, for tests that read
    // the manifest it writes at exit on a slow machine).
    bool set = false;
    const int graceMs = qEnvironmentVariableIntValue("LINKSCOPE_SIM_STOP_MS", &set);
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(set && graceMs > 0 ? graceMs : 1000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace linkscope
