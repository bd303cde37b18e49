// The pipeline host's lifecycle: a history that cannot be opened is refused
// in words and leaves no thread running; linkscope-collect says the same and
// exits with status 4.

#include "session/pipelinehost.h"
#include "store/historystore.h"
#include "transport/subscriber.h"

#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace linkscope;

namespace {

SubscriberProfile nowhere()
{
    SubscriberProfile p;
    p.host = "127.0.0.1";
    p.port = 1; // never reached: the history fails first
    p.appKey = "k";
    p.appSecret = Secret::fromString("s");
    return p;
}

// A file with a schema version from the future.
void writeNewerSchema(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("PRAGMA user_version = 99"));
    }
    QSqlDatabase::removeDatabase("newer");
}

} // namespace

class TestPipelineHost : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Each case's history path, and what holds it (kept open for the test).
    struct Case {
        QString path;
        std::unique_ptr<QLockFile> lock;
        std::unique_ptr<QProcess> holder;
    };

    void prepare(const QString &kind, Case &c)
    {
        c.path = m_dir.filePath(kind + "/history.sqlite");
        QDir().mkpath(m_dir.filePath(kind));
        if (kind == "missing folder") {
            c.path = m_dir.filePath("no/such/folder/history.sqlite");
        } else if (kind == "newer schema") {
            writeNewerSchema(c.path);
        } else if (kind == "in use by LinkScope") {
            c.lock = std::make_unique<QLockFile>(c.path + ".lock");
            QVERIFY(c.lock->tryLock(0));
        } else if (kind == "locked by another program") {
            // sqlite3 in another process holds an exclusive lock on the file.
            c.holder = std::make_unique<QProcess>();
            c.holder->start("/usr/bin/python3",
                            {"-c",
                             "import sqlite3,sys,time\n"
                             "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
                             "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
                             "c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n"
                             "c.execute('BEGIN EXCLUSIVE')\n"
                             "print('locked',flush=True)\n"
                             "time.sleep(60)\n",
                             c.path});
            QVERIFY(c.holder->waitForReadyRead(10000));
            QVERIFY(c.holder->readAll().contains("locked"));
        } else if (kind == "not a history") {
            QFile f(c.path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
    }

private slots:
    void initTestCase() { registerMessageTypes(); }

    void historyThatCannotOpenIsRefusedInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing folder") << "missing folder"
                                        << "does not exist";
        QTest::newRow("newer schema") << "newer schema"
                                      << "schema version 99";
        QTest::newRow("in use by LinkScope") << "in use by LinkScope"
                                             << "it is in use (tst_pipelinehost, process";
        QTest::newRow("locked by another program") << "locked by another program"
                                                   << "another process holds it";
        QTest::newRow("not a history") << "not a history"
                                       << "is not a LinkScope history";
    }

    void historyThatCannotOpenIsRefusedInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        Case c;
        prepare(kind, c);
        if (QTest::currentTestFailed())
            return;
        QString state;
        {
            PipelineHost host(nowhere(), {c.path, {}, 0});
            QObject::connect(&host, &PipelineHost::stateChanged, &host,
                             [&](ConnectionState, const QString &d) { state = d; });
            const auto started = host.start();
            QVERIFY(!started);
            QVERIFY2(started.error().contains(c.path) && started.error().contains(words),
                     qPrintable(started.error()));
            QVERIFY(!host.isRunning());
            QVERIFY(host.store()->thread() == QThread::currentThread()); // its thread is gone
            QVERIFY(!host.start()); // a host runs once
            // Destroying it here must not abort ("QThread destroyed while running").
        }
        QVERIFY(state.isEmpty()); // the subscriber never started
        if (c.holder) {
            c.holder->kill();
            c.holder->waitForFinished();
        }
    }

    void collectExitsWithStatus4InTheSameWords_data() { historyThatCannotOpenIsRefusedInWords_data(); }

    void collectExitsWithStatus4InTheSameWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        Case c;
        prepare(kind, c);
        if (QTest::currentTestFailed())
            return;
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "s");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k", "--store", c.path});
        QVERIFY(collect.waitForFinished(20000));
        QCOMPARE(collect.exitCode(), 4);
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(err.contains(words.section(u'(', 0, 0).trimmed()), qPrintable(err));
        if (c.holder) {
            c.holder->kill();
            c.holder->waitForFinished();
        }
    }

    void anAppSecretFileOthersCanReadIsRefused()
    {
        // As ssh refuses a key others can read: 0644 is refused in words, 0600 works.
        const QString secret = m_dir.filePath("appsecret");
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret\n");
        f.close();
        QVERIFY(QFile::setPermissions(secret,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("LINKSCOPE_APPSECRET");
        const QStringList args {"--endpoint",       "amqps://127.0.0.1:1",
                                "--appkey",         "k",
                                "--store",          m_dir.filePath("secret.sqlite"),
                                "--appsecret-file", secret,
                                "--duration",       "0.5"};
        QProcess open;
        open.setProcessEnvironment(env);
        open.start(LINKSCOPE_BIN_DIR "/linkscope-collect", args);
        QVERIFY(open.waitForFinished(10000));
        QCOMPARE(open.exitCode(), 1);
        const QString err = QString::fromUtf8(open.readAllStandardError());
        QVERIFY2(
            err.contains(QStringLiteral("%1 can be read by others than its owner (mode 0644)").arg(secret))
                && err.contains(u"chmod 600"),
            qPrintable(err));
        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess closed;
        closed.setProcessEnvironment(env);
        closed.start(LINKSCOPE_BIN_DIR "/linkscope-collect", args);
        QVERIFY(closed.waitForFinished(20000));
        QCOMPARE(closed.exitCode(), 0); // ran, and stopped after --duration
    }

    void readOnlyHistoryIsRefused()
    {
        // Root may write anything, so the check runs linkscope-collect as
        // the unprivileged user `nobody` when this test runs as root.
        const QString dir = m_dir.filePath("read-only");
        QDir().mkpath(dir);
        const QString path = dir + "/history.sqlite";
        {
            store::HistoryStore::Options o;
            o.retentionIntervalMs = 0;
            store::HistoryStore made(path, o);
            QVERIFY(made.openNow());
        }
        QVERIFY(QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ExeOther | QFileDevice::ExeGroup);
        QStringList command {LINKSCOPE_BIN_DIR "/linkscope-collect",
                             "--endpoint",
                             "amqps://127.0.0.1:1",
                             "--appkey",
                             "k",
                             "--store",
                             path};
        if (::geteuid() == 0)
            command = QStringList {"--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"} + command;
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "s");
        env.insert("HOME", "/nonexistent");
        collect.setProcessEnvironment(env);
        const QString program = ::geteuid() == 0 ? QStringLiteral("/usr/bin/setpriv") : command.takeFirst();
        collect.start(program, command);
        QVERIFY(collect.waitForFinished(20000));
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QCOMPARE(collect.exitCode(), 4);
        QVERIFY2(err.contains(QStringLiteral("cannot open the history %1").arg(path))
                     && err.contains(u"read-only"),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestPipelineHost)
#include "tst_pipelinehost.moc"
