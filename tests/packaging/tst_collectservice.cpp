// packaging/linkscope-collect@.service, run as systemd runs it: ExecStart
// with its specifiers filled in (%i, %d, %S), the AppSecret handed over as a
// LoadCredential= file, the history in its StateDirectory=, a minimal
// environment; and stopped as systemd stops it: KillSignal=, then SIGKILL
// once TimeoutStopSec= has passed. The collector must exit with a success
// status, having acknowledged what it stored and stored what it
// acknowledged; and the exit statuses that the unit refuses to restart on
// must be those the program gives for problems a restart cannot mend.

#include "common/historycheck.h"
#include "common/simprocess.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

const QString kUnit = QStringLiteral(LINKSCOPE_TEST_DATA "/../../packaging/linkscope-collect@.service");

// A unit file's [Service] settings; a key given twice keeps every value.
QMultiHash<QString, QString> serviceSettings(const QString &path, QString *error)
{
    QMultiHash<QString, QString> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QString section;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.endsWith(u'\\'))
            *error = QStringLiteral("continued lines are not read by this test: ") + line;
        if (line.startsWith(u'[')) {
            section = line;
            continue;
        }
        if (section == u"[Service]")
            out.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return out;
}

int signalNamed(const QString &name)
{
    static const QHash<QString, int> known {{"SIGTERM", SIGTERM},
                                            {"SIGINT", SIGINT},
                                            {"SIGHUP", SIGHUP},
                                            {"SIGQUIT", SIGQUIT},
                                            {"SIGKILL", SIGKILL}};
    return known.value(name, 0);
}

} // namespace

class TestCollectService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QMultiHash<QString, QString> m_unit;

    struct Instance {
        QString etc, credentials, stateRoot, stateDir, history;
        QStringList argv;
    };

    // The instance `name` laid out as systemd lays it out: /etc files in a
    // temporary /etc, the credential copied (0400) into its own directory,
    // the state directory made, ExecStart's specifiers filled in.
    Instance instance(const QString &name, const QString &conf, const QByteArray &secret)
    {
        Instance in;
        const QString base = m_dir.filePath(name);
        in.etc = base + "/etc";
        in.credentials = base + "/credentials";
        in.stateRoot = base + "/state";
        QDir().mkpath(in.etc + "/linkscope/collect");
        QDir().mkpath(in.credentials);
        const auto mapPath = [&](QString p) {
            p.replace("%i", name);
            if (p.startsWith("/etc/"))
                p = in.etc + p.mid(4);
            return p;
        };
        QFile c(in.etc + "/linkscope/collect/" + name + ".conf");
        if (!c.open(QIODevice::WriteOnly))
            return in;
        c.write(conf.toUtf8());
        c.close();
        // LoadCredential=NAME:PATH: systemd copies PATH to $CREDENTIALS_DIRECTORY/NAME, readable by the
        // service only.
        for (const QString &credential : m_unit.values("LoadCredential")) {
            const QString source = mapPath(credential.section(u':', 1));
            QFile s(source);
            if (!s.open(QIODevice::WriteOnly))
                return in;
            s.write(secret);
            s.close();
            QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            const QString copy = in.credentials + "/" + credential.section(u':', 0, 0);
            QFile::copy(source, copy);
            QFile::setPermissions(copy, QFileDevice::ReadOwner);
        }
        // StateDirectory=: made before the start, private.
        const QString stateDirectory = m_unit.value("StateDirectory");
        in.stateDir = in.stateRoot + "/" + QString(stateDirectory).replace("%i", name);
        QDir().mkpath(in.stateDir);
        QFile::setPermissions(in.stateDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (QString word : m_unit.value("ExecStart").split(u' ', Qt::SkipEmptyParts)) {
            word.replace("%d", in.credentials).replace("%S", in.stateRoot);
            word = mapPath(word);
            if (word == "/usr/bin/linkscope-collect")
                word = LINKSCOPE_BIN_DIR "/linkscope-collect";
            in.argv << word;
        }
        for (const QString &arg : in.argv) {
            if (arg.endsWith("history.db"))
                in.history = arg;
        }
        return in;
    }

    // A service's environment: systemd's few variables, nothing of the test's.
    static QProcessEnvironment serviceEnvironment(const Instance &in)
    {
        QProcessEnvironment env;
        env.insert("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.insert("LANG", "C.UTF-8");
        env.insert("CREDENTIALS_DIRECTORY", in.credentials);
        env.insert("STATE_DIRECTORY", in.stateDir);
        const QByteArray asan = qgetenv("ASAN_OPTIONS"), ubsan = qgetenv("UBSAN_OPTIONS");
        if (!asan.isEmpty())
            env.insert("ASAN_OPTIONS", QString::fromUtf8(asan));
        if (!ubsan.isEmpty())
            env.insert("UBSAN_OPTIONS", QString::fromUtf8(ubsan));
        return env;
    }

    QStringList simArgs() const
    {
        return {"--appkey", "testKey", "--appsecret", "testSecret", "--cert-dir", m_dir.filePath("certs")};
    }

    static QString conf(const SimProcess &sim)
    {
        return QStringLiteral(
                   "# written by tst_collectservice\nendpoint = amqps://127.0.0.1:%1\nappkey = testKey\n"
                   "ca = %2\ncredit = 200\n")
            .arg(sim.amqpPort())
            .arg(sim.caFile());
    }

    QSet<int> noRestartStatuses() const
    {
        QSet<int> out;
        for (const QString &s : m_unit.value("RestartPreventExitStatus").split(u' ', Qt::SkipEmptyParts))
            out.insert(s.toInt());
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_unit = serviceSettings(kUnit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString exec = m_unit.value("ExecStart");
        QVERIFY2(exec.startsWith("/usr/bin/linkscope-collect "), qPrintable(exec));
        QVERIFY2(!exec.contains(u'"') && !exec.contains(u'$'),
                 "this test reads ExecStart without quoting or variables");
        // Every specifier of ExecStart is one this test fills in as systemd does.
        QString rest = exec;
        rest.remove("%i").remove("%d").remove("%S");
        QVERIFY2(!rest.contains(u'%'), qPrintable("a specifier this test does not know: " + exec));
        QVERIFY2(!exec.contains("testSecret") && exec.contains("--appsecret-file %d/"),
                 "the AppSecret comes from the credential, not the command line");
        QCOMPARE(m_unit.value("Restart"), QString("on-failure"));
    }

    void aStopAsSystemdDoesItLosesNothing()
    {
        const QString manifest = m_dir.filePath("stop-manifest.json");
        SimProcess sim;
        QString error;
        // Paced, so that the stop comes mid-stream on any machine.
        QVERIFY2(sim.start(simArgs()
                               + QStringList {"--devices", "200", "--rate", "2000", "--count", "40000",
                                              "--manifest", manifest},
                           &error),
                 qPrintable(error));
        const Instance in = instance("stop", conf(sim), "testSecret\n");
        QVERIFY2(!in.history.isEmpty() && in.history.startsWith(in.stateDir), qPrintable(in.argv.join(u' ')));

        QProcess collect;
        collect.setProcessEnvironment(serviceEnvironment(in));
        collect.setProgram(in.argv.first());
        collect.setArguments(in.argv.mid(1));
        collect.start();
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(storedIds(in.history).size() > 2000,
                                  qPrintable(QString::fromUtf8(collect.readAllStandardError())), 60000);

        // systemctl stop: KillSignal= to the service, SIGKILL after TimeoutStopSec=.
        const int signal = signalNamed(m_unit.value("KillSignal", "SIGTERM"));
        QVERIFY(signal != 0);
        const int timeoutMs = m_unit.value("TimeoutStopSec", "90").toInt() * 1000;
        QVERIFY(timeoutMs > 0);
        ::kill(pid_t(collect.processId()), signal);
        const bool stoppedInTime = collect.waitForFinished(timeoutMs);
        if (!stoppedInTime) {
            collect.kill();
            collect.waitForFinished();
        }
        const QString log = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(stoppedInTime, qPrintable("systemd would have killed it; log:\n" + log));
        QCOMPARE(collect.exitStatus(), QProcess::NormalExit);
        QVERIFY2(collect.exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains("stopped;"), qPrintable(log));
        QVERIFY2(!log.contains("testSecret"), "the AppSecret is never logged");

        const QHash<QString, int> stored = storedIds(in.history);
        QVERIFY(stored.size() > 2000);
        QVERIFY2(stored.size() < 40000, "it stopped mid-stream");
        // Everything stored was acknowledged before it exited (the emulator,
        // which writes its manifest every second, has only to read them) ...
        QTRY_COMPARE_WITH_TIMEOUT(storedButNotAcknowledged(stored, manifest), 0, 15000);
        QCOMPARE(sim.stop(), 0);
        // ... and nothing acknowledged is missing from the history.
        const QStringList acked = strings(readManifest(manifest).value("acknowledged"));
        QVERIFY(!acked.isEmpty());
        for (const QString &id : acked)
            QVERIFY2(stored.contains(id), qPrintable("acknowledged but not stored: " + id));
    }

    void problemsARestartCannotMendAreNotRestarted()
    {
        const QSet<int> noRestart = noRestartStatuses();
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--devices", "2", "--rate", "1"}, &error),
                 qPrintable(error));

        // A mistake in the .conf: a usage error, refused with its line.
        {
            const Instance in = instance("badconf", conf(sim) + "regoin = cn-shanghai\n", "testSecret\n");
            QProcess collect;
            collect.setProcessEnvironment(serviceEnvironment(in));
            collect.start(in.argv.first(), in.argv.mid(1));
            QVERIFY(collect.waitForFinished(60000));
            const QString log = QString::fromUtf8(collect.readAllStandardError());
            QCOMPARE(collect.exitCode(), 2);
            QVERIFY2(log.contains("badconf.conf:6") && log.contains("regoin"), qPrintable(log));
            QVERIFY(noRestart.contains(2));
        }
        // A wrong AppSecret in the credential: refused by the cloud, status 3.
        {
            const Instance in = instance("badsecret", conf(sim), "notTheSecret\n");
            QProcess collect;
            collect.setProcessEnvironment(serviceEnvironment(in));
            collect.start(in.argv.first(), in.argv.mid(1));
            QVERIFY(collect.waitForFinished(120000));
            const QString log = QString::fromUtf8(collect.readAllStandardError());
            QCOMPARE(collect.exitCode(), 3);
            QVERIFY2(!log.contains("notTheSecret"), "the AppSecret is never logged");
            QVERIFY(noRestart.contains(3));
        }
        // A crash is restarted (on-failure); an ordinary error (1) is too.
        QVERIFY(!noRestart.contains(1));
        QVERIFY(!noRestart.contains(0));
    }
};

QTEST_GUILESS_MAIN(TestCollectService)
#include "tst_collectservice.moc"
