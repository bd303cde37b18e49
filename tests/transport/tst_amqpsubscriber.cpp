// The AMQP subscriber and the history store together, against linkscope-sim
// on loopback: what the emulator's manifest says was sent must be stored,
// once, and acknowledged.

#include "common/simprocess.h"
#include "common/testcerts.h"
#include "common/tlspeer.h"
#include "pipeline/messagepipeline.h"
#include "pipelinefixture.h"
#include "profiles/profilestore.h"
#include "store/historystore.h"
#include "transport/amqpsubscriber.h"
#include "transport/tlssubscriber.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace linkscope;

class TestAmqpSubscriber : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString certs() const { return m_dir.filePath("certs"); }
    SubscriberProfile profile(const SimProcess &sim, const QString &secret = "testSecret",
                              const QString &ca = {})
    {
        SubscriberProfile p;
        p.host = "127.0.0.1";
        p.port = quint16(sim.amqpPort());
        p.caFile = ca.isEmpty() ? sim.caFile() : ca;
        p.appKey = "testKey";
        p.appSecret = Secret::fromString(secret);
        p.clientId = "tst-amqpsubscriber";
        p.credit = 200;
        return p;
    }
    QStringList simArgs() const
    {
        return {"--appkey", "testKey", "--appsecret", "testSecret", "--cert-dir", certs()};
    }

private slots:
    void initTestCase() { registerMessageTypes(); }

    void everyKindIsStoredAndAcknowledged()
    {
        const QString manifest = m_dir.filePath("all-manifest.json"), db = m_dir.filePath("all.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs()
                               + QStringList {"--devices", "30", "--rate", "0", "--count", "1500",
                                              "--malformed", "0.02", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        Pipeline p(profile(sim), db);
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 1500, 60000);
        QVERIFY(p.sawState(ConnectionState::Subscribed));
        p.stop();
        QCOMPARE(sim.stop(), 0);
        const QJsonObject man = readManifest(manifest);
        verifyStoredOnce(db, strings(man.value("sent")));
        QCOMPARE(storedIds(db).size(), 1500);
        // Kinds as the manifest counts them.
        const QHash<QString, int> byKind = storedKinds(db);
        const QJsonObject expected = man.value("countsByKind").toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(byKind.value(it.key()), it.value().toInt());
        for (const char *k : {"property", "event", "serviceReply", "status", "binding"})
            QVERIFY2(byKind.value(QLatin1String(k)) > 0, k);
    }

    void stopsCleanlyWhileMessagesFlow()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--rate", "800"}, &error), qPrintable(error));
        const QString db = m_dir.filePath("flow.sqlite");
        Pipeline p(profile(sim), db);
        QTRY_VERIFY_WITH_TIMEOUT(storedIds(db).size() > 300, 30000);
        p.stop(); // mid-stream: batches in flight, deliveries unaccepted
        QVERIFY(p.sawState(ConnectionState::Stopped));
    }

    void silentPeerIsDetectedByTheIdleTimeout()
    {
        // The emulator stops reading and writing; heartbeats stop with it.
        SimProcess sim;
        QString error;
        // The cloud's smallest idle-time-out is 30 s; the emulator allows 2 s so
        // that this test does not wait a minute. What is tested is the same.
        QVERIFY2(sim.start(simArgs()
                               + QStringList {"--rate", "50", "--stall", "60", "--stall-after", "20",
                                              "--min-idle-timeout", "2000"},
                           &error),
                 qPrintable(error));
        SubscriberProfile prof = profile(sim);
        prof.idleTimeoutMs = 4000; // Proton advertises half: 2 s
        Pipeline p(prof, m_dir.filePath("silent.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Subscribed), 10000);
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 60'000);
        QVERIFY2(detail.contains(u"idle"), qPrintable(detail));
    }

    void wrongSecretIsAuthFailed()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(), &error), qPrintable(error));
        Pipeline p(profile(sim, "wrong"), m_dir.filePath("auth.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::AuthFailed, &detail), 15000);
        QVERIFY2(detail.startsWith(u"the cloud refused the AppKey or AppSecret"), qPrintable(detail));
        QVERIFY2(detail.contains(u"retrying in"), qPrintable(detail));
    }

    void untrustedCertificateIsTlsFailed()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(), &error), qPrintable(error));
        // A CA that did not sign the emulator's certificate.
        SimProcess other;
        QVERIFY2(other.start({"--cert-dir", m_dir.filePath("other-certs")}, &error), qPrintable(error));
        Pipeline p(profile(sim, "testSecret", other.caFile()), m_dir.filePath("tls.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::TlsFailed, &detail), 15000);
        QVERIFY2(detail.startsWith(u"the server's certificate is not trusted"), qPrintable(detail));
    }

    void emulatorRestartLosesNothing()
    {
        restartLosesNothing(
            m_dir, simArgs(), [this](const SimProcess &sim) { return profile(sim); }, false);
    }

    void droppedDeliveriesAreRedeliveredAndStoredOnce()
    {
        dropsAndDuplicatesStoreOnce(m_dir, simArgs(), [this](const SimProcess &sim) { return profile(sim); });
    }

    // Past maxBytesInFlight of received, unstored bytes the credit that
    // settlements free is held back until the store catches up; it comes
    // back then, so the stream goes on and nothing is lost. With a cap of
    // one byte, credit returns only when nothing at all is held.
    void creditHeldBackPastTheByteCapComesBackAndLosesNothing()
    {
        const QString manifest = m_dir.filePath("bytecap-manifest.json"),
                      db = m_dir.filePath("bytecap.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--rate", "0", "--count", "400", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        SubscriberProfile prof = profile(sim);
        prof.credit = 50;
        transport::AmqpSubscriber::Limits limits;
        limits.maxBytesInFlight = 1;
        Pipeline p(std::make_unique<transport::AmqpSubscriber>(prof, limits), db);
        QVERIFY2(p.startError.isEmpty(), qPrintable(p.startError));
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 400, 60000);
        p.stop();
        sim.stop();
        verifyStoredOnce(db, strings(readManifest(manifest).value("sent")));
    }

    void storedMessagesAreAcknowledgedBeforeTheClose()
    {
        storedIsAcknowledgedBeforeTheClose(m_dir, simArgs(),
                                           [this](const SimProcess &sim) { return profile(sim); });
    }

    void protocolErrorsEndInAVisibleStateAndAReconnect()
    {
        // A peer that answers the AMQP header with HTTP: Proton's framing
        // error is shown in words, and the subscriber tries again.
        const QString certs = m_dir.filePath("hostile-certs");
        QString error;
        QVERIFY2(testcerts::make(certs, "IP:127.0.0.1", &error), qPrintable(error));
        TlsPeer peer;
        peer.onEncrypted
            = [](QSslSocket *s) { s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"); };
        QVERIFY(peer.listen(certs));
        SubscriberProfile prof;
        prof.host = "127.0.0.1";
        prof.port = peer.port();
        prof.caFile = certs + "/ca.pem";
        prof.appKey = "testKey";
        prof.appSecret = Secret::fromString("testSecret");
        Pipeline p(prof, m_dir.filePath("hostile.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 15000);
        QVERIFY2(detail.contains(u"AMQP error") && detail.contains(u"framing"), qPrintable(detail));
        QVERIFY(!p.sawState(ConnectionState::Subscribed));
        QTRY_VERIFY_WITH_TIMEOUT(peer.connections >= 2, 15000); // and it tried again
    }

    void exportGoesToStandardOutput()
    {
        // The README's form: to a pipe, and to a file the shell redirects to.
        const QString manifest = m_dir.filePath("stdout-manifest.json"), db = m_dir.filePath("stdout.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--rate", "0", "--count", "120", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()), "--ca",
                       sim.caFile(), "--appkey", "testKey", "--store", db, "--jsonl", "-"});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 120, 30000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 0);
        QCOMPARE(collect.readAllStandardOutput().count('\n'), 120); // --jsonl - into a pipe

        QProcess pipe;
        pipe.start(LINKSCOPE_BIN_DIR "/linkscope-collect", {"--export-jsonl", "--store", db});
        QVERIFY(pipe.waitForFinished(10000));
        QCOMPARE(pipe.exitCode(), 0);
        const QByteArray piped = pipe.readAllStandardOutput();
        QCOMPARE(piped.count('\n'), 120);
        QVERIFY(QJsonDocument::fromJson(piped.left(piped.indexOf('\n'))).isObject());

        const QString file = m_dir.filePath("redirected.jsonl");
        QProcess shell;
        shell.start("/bin/sh",
                    {"-c",
                     QStringLiteral("'%1' --export-jsonl --store '%2' > '%3'")
                         .arg(LINKSCOPE_BIN_DIR "/linkscope-collect", db, file)});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), piped);
    }

    void transfersThatCannotBeReadAreRejectedAndTheLinkGoesOn()
    {
        // Bytes that are no AMQP message, and messages over the size limit:
        // each is kept as rejected with its reason and accepted; every other
        // message around them is stored.
        const QString manifest = m_dir.filePath("transfer-manifest.json"),
                      db = m_dir.filePath("transfer.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs()
                               + QStringList {"--rate", "0", "--count", "300", "--malformed", "0.05",
                                              "--malformed-kinds", "bad-transfer,huge-transfer", "--manifest",
                                              manifest},
                           &error),
                 qPrintable(error));
        Pipeline p(profile(sim), db);
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 300, 60000);
        p.stop();
        sim.stop();
        const QJsonObject man = readManifest(manifest);
        const QStringList malformed = strings(man.value("malformed"));
        QVERIFY(!malformed.isEmpty());
        QSqlDatabase sdb = QSqlDatabase::addDatabase("QSQLITE", "transfers");
        sdb.setDatabaseName(db);
        QVERIFY(sdb.open());
        QSqlQuery q(sdb);
        QVERIFY(q.exec("SELECT reason FROM rejects"));
        int undecodable = 0, huge = 0;
        while (q.next()) {
            const QString reason = q.value(0).toString();
            undecodable += reason.startsWith(u"the AMQP message") && !reason.contains(u"limit") ? 1 : 0;
            huge += reason.contains(u"over the 4.0 MiB limit") ? 1 : 0;
        }
        QCOMPARE(undecodable + huge, int(malformed.size()));
        QVERIFY(undecodable > 0 && huge > 0);
        QVERIFY(q.exec("SELECT COUNT(*) FROM messages WHERE kind <> "
                       + QString::number(int(MessageKind::Rejected))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 300 - int(malformed.size())); // the link went on
        q.finish();
        sdb.close();
        sdb = QSqlDatabase();
        QSqlDatabase::removeDatabase("transfers");
    }

    void aValueThatIsNotANumberCostsNothing()
    {
        // The replay: 300 property posts, one of them "nan". All 300
        // are acknowledged and stored; the "nan" one as text.
        QFile capture(m_dir.filePath("nan.jsonl"));
        QVERIFY(capture.open(QIODevice::WriteOnly));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 300; ++i) {
            const QByteArray value = i == 150 ? "\"nan\"" : QByteArray::number(20 + i % 7);
            capture.write(
                QStringLiteral("{\"messageId\":\"nan-%1\",\"kind\":\"property\",\"topic\":\"/pkN/dev%2/thing/"
                               "event/property/post\",\"generateTime\":%3,\"payload\":")
                    .arg(i)
                    .arg(i % 5)
                    .arg(t0 + i)
                    .toUtf8()
                + "{\"productKey\":\"pkN\",\"deviceName\":\"dev" + QByteArray::number(i % 5)
                + "\",\"gmtCreate\":" + QByteArray::number(t0 + i) + ",\"items\":{\"Temperature\":{\"value\":"
                + value + ",\"time\":" + QByteArray::number(t0 + i) + "}}}}\n");
        }
        capture.close();
        const QString manifest = m_dir.filePath("nan-manifest.json"), db = m_dir.filePath("nan.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs()
                               + QStringList {"--rate", "0", "--replay", capture.fileName(), "--manifest",
                                              manifest},
                           &error),
                 qPrintable(error));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()), "--ca",
                       sim.caFile(), "--appkey", "testKey", "--store", db});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 300, 30000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 0);
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(!err.contains(u"not stored"), qPrintable(err));
        QCOMPARE(storedIds(db).size(), 300);
        QSqlDatabase sdb = QSqlDatabase::addDatabase("QSQLITE", "nan");
        sdb.setDatabaseName(db);
        QVERIFY(sdb.open());
        QSqlQuery q(sdb);
        QVERIFY(q.exec("SELECT num, text FROM samples WHERE message_id = 'nan-150'"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toString(), QString("\"nan\""));
        QVERIFY(q.exec("SELECT COUNT(*) FROM samples WHERE num IS NOT NULL"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 299);
        q.finish();
        sdb.close();
        sdb = QSqlDatabase();
        QSqlDatabase::removeDatabase("nan");
    }

    void aDeviceClockFarAheadFreezesNothing()
    {
        // A post stamped three days ahead must not hold a device's last value:
        // its time is the cloud's, and later values replace it.
        const QString db = m_dir.filePath("future.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(simArgs()
                          + QStringList {"--devices", "1", "--products", "1", "--rate", "0", "--count", "400",
                                         "--malformed", "0.05", "--malformed-kinds", "future-time"},
                      &error),
            qPrintable(error));
        {
            Pipeline p(profile(sim), db);
            QTRY_VERIFY_WITH_TIMEOUT(storedIds(db).size() == 400, 60000);
        }
        QSqlDatabase sdb = QSqlDatabase::addDatabase("QSQLITE", "future");
        sdb.setDatabaseName(db);
        QVERIFY(sdb.open());
        QSqlQuery q(sdb);
        const qint64 soon = QDateTime::currentMSecsSinceEpoch() + 15 * 60'000;
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM samples WHERE time > %1").arg(soon)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // no time from the future was kept
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(last_time) FROM attributes")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() < soon);
        q.finish();
        sdb.close();
        sdb = QSqlDatabase();
        QSqlDatabase::removeDatabase("future");
    }

    void caFilesThatCannotBeUsedAreRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("garbage") << QByteArray("this is not a certificate\n") << "holds no PEM certificate";
        QTest::newRow("der") << QByteArray("DER") << "is DER-encoded";
    }
    void caFilesThatCannotBeUsedAreRefusedBeforeConnecting()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        const QString path = m_dir.filePath(QStringLiteral("ca-%1.crt").arg(QTest::currentDataTag()));
        if (content == "DER") {
            // The emulator's CA, as DER.
            SimProcess sim;
            QString error;
            QVERIFY2(sim.start(simArgs(), &error), qPrintable(error));
            QFile pem(sim.caFile());
            QVERIFY(pem.open(QIODevice::ReadOnly));
            content = QSslCertificate(pem.readAll(), QSsl::Pem).toDer();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "s");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k", "--store",
                       m_dir.filePath("ca.sqlite"), "--ca", path});
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 1);
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("the CA file %1 %2").arg(path, words)), qPrintable(err));
        QVERIFY(!err.contains(u"Connecting")); // refused before any connection
        // The subscriber itself says the same, and tries nothing.
        SubscriberProfile prof;
        prof.host = "127.0.0.1";
        prof.port = 1;
        prof.caFile = path;
        prof.appKey = "k";
        prof.appSecret = Secret::fromString("s");
        Pipeline p(prof, m_dir.filePath(QStringLiteral("ca-%1.sqlite").arg(QTest::currentDataTag())));
        QString detail;
        QTRY_VERIFY(p.sawState(ConnectionState::TlsFailed, &detail));
        QVERIFY2(detail.contains(words), qPrintable(detail));
        QVERIFY(!p.sawState(ConnectionState::Connecting));
    }

    void theProfilesCaReplacesTheSystemCas()
    {
        SubscriberProfile prof;
        prof.caFile = m_dir.filePath("replace-ca.pem");
        QString error;
        QVERIFY2(testcerts::make(m_dir.filePath("replace-certs"), "IP:127.0.0.1", &error), qPrintable(error));
        QVERIFY(QFile::copy(m_dir.filePath("replace-certs/ca.pem"), prof.caFile));
        const QSslConfiguration c = transport::TlsSubscriber::tlsConfiguration(prof, "h2");
        QCOMPARE(c.caCertificates(), QSslCertificate::fromPath(prof.caFile, QSsl::Pem)); // it alone
        QCOMPARE(c.peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(QSslConfiguration::systemCaCertificates().size() > 1);
        prof.caFile.clear();
        QCOMPARE(transport::TlsSubscriber::tlsConfiguration(prof, {}).caCertificates().size(),
                 QSslConfiguration::systemCaCertificates().size());
    }

    void aFullDiskStopsAcknowledgingAndLosesNothing()
    {
        aFullDiskLosesNothing(m_dir, simArgs(), [this](const SimProcess &sim) {
            SubscriberProfile prof = profile(sim);
            prof.credit = 50;
            return transport::makeSubscriber(prof);
        });
    }

    void collectCommandLine()
    {
        const QString manifest = m_dir.filePath("collect-manifest.json"),
                      db = m_dir.filePath("collect.sqlite");
        const QString jsonl = m_dir.filePath("collect.jsonl"), exported = m_dir.filePath("exported.jsonl");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--rate", "0", "--count", "200", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()), "--ca",
                       sim.caFile(), "--appkey", "testKey", "--store", db, "--jsonl", jsonl});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 200, 30000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 0);
        QVERIFY(collect.readAllStandardError().contains("stopped; 200 messages stored"));
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 200);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        for (const char *key : {"messageId", "kind", "topic", "productKey", "deviceName", "generateTime",
                                "receivedAt", "payload"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        QProcess dump;
        dump.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                   {"--export-jsonl", "--store", db, "--jsonl", exported});
        QVERIFY(dump.waitForFinished(10000));
        QCOMPARE(dump.exitCode(), 0);
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QCOMPARE(e.readAll().trimmed().split('\n').size(), 200);
    }

    void collectRefusesClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no secret") << QStringList {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k",
                                                   "--store",    "/tmp/x.sqlite"}
                                   << false << 2
                                   << "no AppSecret: set LINKSCOPE_APPSECRET or give --appsecret-file";
        QTest::newRow("unreadable CA")
            << QStringList {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k",
                            "--store",    "/tmp/x.sqlite",       "--ca",     "/nonexistent/ca.pem"}
            << true << 1 << "cannot read the CA file /nonexistent/ca.pem";
        QTest::newRow("unwritable store")
            << QStringList {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k",
                            "--store",    "/proc/nope/h.sqlite"}
            << true << 4
            << "cannot open the history /proc/nope/h.sqlite: its folder /proc/nope does not exist";
        QTest::newRow("bad filter") << QStringList {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k",
                                                    "--store",    "/tmp/x.sqlite",       "--topic",  "/a/#/b"}
                                    << true << 2 << "in \"/a/#/b\", # must be the last level";
    }
    void collectRefusesClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withSecret);
        QFETCH(int, code);
        QFETCH(QString, message);
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("LINKSCOPE_APPSECRET");
        if (withSecret)
            env.insert("LINKSCOPE_APPSECRET", "s");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect", args);
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), code);
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void collectUsesAProfile()
    {
        const QString config = m_dir.filePath("xdg-config");
        {
            QSettings settings(config + "/LinkScope/LinkScope.conf", QSettings::IniFormat);
            profiles::ProfileStore saved(&settings);
            SubscriberProfile demo;
            demo.host = "127.0.0.1";
            demo.port = 1; // replaced below, once the emulator has a port
            demo.appKey = "testKey";
            saved.save("demo", demo);
        }
        const QString manifest = m_dir.filePath("profile-manifest.json");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs() + QStringList {"--rate", "0", "--count", "50", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        {
            QSettings settings(config + "/LinkScope/LinkScope.conf", QSettings::IniFormat);
            settings.setValue("profiles/demo/port", sim.amqpPort());
            settings.setValue("profiles/demo/caFile", sim.caFile());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", config);
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // no keychain here
        env.remove("LINKSCOPE_APPSECRET");
        const QString db = m_dir.filePath("profile.sqlite");

        QProcess noSecret;
        noSecret.setProcessEnvironment(env);
        noSecret.start(LINKSCOPE_BIN_DIR "/linkscope-collect", {"--profile", "demo", "--store", db});
        QVERIFY(noSecret.waitForFinished(20000));
        QCOMPARE(noSecret.exitCode(), 1);
        const QString err = QString::fromUtf8(noSecret.readAllStandardError());
        QVERIFY2(err.contains(u"cannot read the AppSecret of profile \"demo\" from the keychain"),
                 qPrintable(err));

        QProcess unknown;
        unknown.setProcessEnvironment(env);
        unknown.start(LINKSCOPE_BIN_DIR "/linkscope-collect", {"--profile", "nope", "--store", db});
        QVERIFY(unknown.waitForFinished(10000));
        QCOMPARE(unknown.exitCode(), 2);
        QVERIFY(unknown.readAllStandardError().contains(
            "no profile \"nope\" in the app's settings (profiles: demo)"));

        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        QProcess collect;
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect", {"--profile", "demo", "--store", db});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 50, 30000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 0);
        QCOMPARE(storedIds(db).size(), 50);
    }

    void collectExitsOnAuthFailureWhenAsked()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(), &error), qPrintable(error));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "wrong");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect",
                      {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()), "--ca",
                       sim.caFile(), "--appkey", "testKey", "--store", m_dir.filePath("authfail.sqlite"),
                       "--exit-on-auth-failure"});
        QVERIFY(collect.waitForFinished(20000));
        QCOMPARE(collect.exitCode(), 3);
        QVERIFY(
            collect.readAllStandardError().contains("AuthFailed: the cloud refused the AppKey or AppSecret"));
    }
};

QTEST_GUILESS_MAIN(TestAmqpSubscriber)
#include "tst_amqpsubscriber.moc"
