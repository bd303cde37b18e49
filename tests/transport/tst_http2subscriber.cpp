// The HTTP/2 subscriber and the history store together, against
// linkscope-sim on loopback, in both of the cloud's delivery styles (bare
// even server streams, and PUSH_PROMISE): what the emulator's manifest says
// was sent must be stored once and acknowledged.

#include "common/simprocess.h"
#include "pipelinefixture.h"
#include "transport/http2subscriber.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

class TestHttp2Subscriber : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString certs() const { return m_dir.filePath("certs"); }

    QStringList simArgs(bool pushPromise) const
    {
        QStringList a {"--appkey", "testKey", "--appsecret", "testSecret", "--cert-dir", certs()};
        if (pushPromise)
            a << "--push-promise";
        return a;
    }

    static SubscriberProfile profile(const SimProcess &sim, const QString &secret = "testSecret",
                                     const QString &ca = {})
    {
        SubscriberProfile p;
        p.protocol = PushProtocol::Http2;
        p.host = "127.0.0.1";
        p.port = quint16(sim.http2Port());
        p.caFile = ca.isEmpty() ? sim.caFile() : ca;
        p.appKey = "testKey";
        p.appSecret = Secret::fromString(secret);
        return p;
    }

private slots:
    void initTestCase() { registerMessageTypes(); }

    void everyKindIsStoredAndAcknowledged_data()
    {
        QTest::addColumn<bool>("pushPromise");
        QTest::newRow("bare server streams") << false;
        QTest::newRow("PUSH_PROMISE") << true;
    }

    void everyKindIsStoredAndAcknowledged()
    {
        QFETCH(bool, pushPromise);
        const QString tag = pushPromise ? "push" : "bare";
        const QString manifest = m_dir.filePath(tag + "-manifest.json"), db = m_dir.filePath(tag + ".sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(pushPromise)
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
        const QHash<QString, int> byKind = storedKinds(db);
        const QJsonObject expected = man.value("countsByKind").toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(byKind.value(it.key()), it.value().toInt());
        for (const char *k : {"property", "event", "serviceReply", "status", "binding", "rejected"})
            QVERIFY2(byKind.value(QLatin1String(k)) > 0, k);
    }

    void wrongSecretIsAuthFailedInWords()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(false), &error), qPrintable(error));
        Pipeline p(profile(sim, "wrong"), m_dir.filePath("auth.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::AuthFailed, &detail), 15000);
        QVERIFY2(detail.contains(u"status 403") && detail.contains(u"retrying in"), qPrintable(detail));
        QVERIFY(!p.sawState(ConnectionState::Subscribed));
    }

    void sha1SigningIsAccepted()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(false) + QStringList {"--rate", "20"}, &error), qPrintable(error));
        SubscriberProfile prof = profile(sim);
        prof.http2SignMethod = SignMethod::HmacSha1;
        prof.http2Path = "/message/echo/success"; // the other path one client uses
        const QString db = m_dir.filePath("sha1.sqlite");
        Pipeline p(prof, db);
        QTRY_VERIFY_WITH_TIMEOUT(storedIds(db).size() > 5, 15000);
    }

    void untrustedCertificateIsTlsFailed()
    {
        SimProcess sim, other;
        QString error;
        QVERIFY2(sim.start(simArgs(false), &error), qPrintable(error));
        QVERIFY2(other.start({"--cert-dir", m_dir.filePath("other-certs")}, &error), qPrintable(error));
        Pipeline p(profile(sim, "testSecret", other.caFile()), m_dir.filePath("tls.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::TlsFailed, &detail), 15000);
        QVERIFY2(detail.startsWith(u"the server's certificate is not trusted"), qPrintable(detail));
    }

    void unackedMessagesAreRedelivered()
    {
        // A subscriber whose store never commits: it receives, but must not
        // acknowledge. After it leaves, the cloud pushes the same messages
        // again to the next session, which stores and acknowledges them.
        const QString manifest = m_dir.filePath("unacked-manifest.json"),
                      db = m_dir.filePath("unacked.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(false)
                               + QStringList {"--rate", "0", "--count", "60", "--redeliver-after", "0.5",
                                              "--redeliver-batch", "100", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        {
            QThread thread;
            auto *sub = new transport::Http2Subscriber(profile(sim));
            sub->moveToThread(&thread);
            thread.start();
            QAtomicInt received = 0;
            QObject::connect(
                sub, &transport::Subscriber::propertiesReported, sub,
                [&](const QList<PropertyReport> &r) {
                    QSet<QString> ids;
                    for (const auto &x : r)
                        ids.insert(x.meta.messageId);
                    received += int(ids.size());
                },
                Qt::DirectConnection);
            QMetaObject::invokeMethod(sub, &transport::Subscriber::start, Qt::QueuedConnection);
            QTRY_VERIFY_WITH_TIMEOUT(received.loadRelaxed() > 10, 15000);
            int acks = -1;
            QMetaObject::invokeMethod(
                sub, [&] { acks = sub->acksSent(); }, Qt::BlockingQueuedConnection);
            QCOMPARE(acks, 0); // nothing persisted, nothing acknowledged
            QVERIFY(strings(readManifest(manifest).value("acknowledged")).isEmpty());
            QMetaObject::invokeMethod(
                sub, [sub] { delete sub; }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        }
        Pipeline p(profile(sim), db);
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 60, 30000);
        p.stop();
        sim.stop();
        QCOMPARE(storedIds(db).size(), 60);
        verifyStoredOnce(db, strings(readManifest(manifest).value("sent")));
    }

    void acksHonourTheServersStreamLimit()
    {
        // At most 4 streams at once, each answered late: 300 acknowledgements
        // queue behind the limit and every one gets through, none refused.
        // (The offline queue's redelivery is far off: only acks count here.)
        const QString manifest = m_dir.filePath("limit-manifest.json");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(false)
                               + QStringList {"--rate", "0", "--count", "300", "--http2-max-streams", "4",
                                              "--http2-ack-delay", "20", "--redeliver-after", "600",
                                              "--manifest", manifest},
                           &error),
                 qPrintable(error));
        Pipeline p(profile(sim), m_dir.filePath("limit.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 300, 60000);
        QVERIFY2(!sim.log().contains(u"over the limit"), qPrintable(sim.log()));
    }

    void refusedAcksAreSentAgain()
    {
        const QString manifest = m_dir.filePath("refused-manifest.json");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(simArgs(false)
                               + QStringList {"--rate", "0", "--count", "200", "--http2-refuse-acks", "0.3",
                                              "--redeliver-after", "600", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        Pipeline p(profile(sim), m_dir.filePath("refused.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 200, 60000);
        QVERIFY(sim.log().contains(u"fault: refusing the acknowledgement stream"));
    }

    void storedMessagesAreAcknowledgedBeforeTheClose()
    {
        storedIsAcknowledgedBeforeTheClose(m_dir, simArgs(false),
                                           [](const SimProcess &sim) { return profile(sim); });
    }

    void aFullDiskStopsAcknowledgingAndLosesNothing()
    {
        aFullDiskLosesNothing(m_dir, simArgs(false),
                              [](const SimProcess &sim) -> std::unique_ptr<transport::Subscriber> {
                                  transport::Http2Subscriber::Limits limits;
                                  // The smallest window HTTP/2 has (64 KiB): a few hundred messages.
                                  limits.unstoredWindowBytes = 32 * 1024;
                                  limits.maxBufferedBytes = 32 * 1024;
                                  limits.maxMessageBytes = 16 * 1024;
                                  return std::make_unique<transport::Http2Subscriber>(
                                      profile(sim), transport::Http2Subscriber::Timing {}, limits);
                              });
    }

    void emulatorKilledAndRestartedLosesNothing()
    {
        restartLosesNothing(
            m_dir, simArgs(false), [](const SimProcess &sim) { return profile(sim); }, true);
    }

    void droppedConnectionsAndDuplicatesStoreOnce()
    {
        // The PUSH_PROMISE style here; the bare style is covered by the tests above.
        dropsAndDuplicatesStoreOnce(m_dir, simArgs(true), [](const SimProcess &sim) { return profile(sim); });
    }

    void silenceMeansReconnect()
    {
        // The emulator's stall proxy holds every byte: no data, no PING ACK.
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(simArgs(false) + QStringList {"--rate", "50", "--stall", "60", "--stall-after", "20"},
                      &error),
            qPrintable(error));
        transport::Http2Subscriber::Timing timing;
        timing.pingIntervalMs = 500; // the real 30 s and 60 s, scaled down
        timing.silenceTimeoutMs = 2000;
        Pipeline p(std::make_unique<transport::Http2Subscriber>(profile(sim), timing),
                   m_dir.filePath("silent.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Subscribed), 10000);
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 20000);
        QVERIFY2(detail.contains(u"nothing arrived for"), qPrintable(detail));
    }

    void collectSpeaksHttp2()
    {
        const QString manifest = m_dir.filePath("collect-manifest.json"),
                      db = m_dir.filePath("collect.sqlite");
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(simArgs(false) + QStringList {"--rate", "0", "--count", "200", "--manifest", manifest},
                      &error),
            qPrintable(error));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        collect.setProcessEnvironment(env);
        collect.start(QStringLiteral(LINKSCOPE_BIN_DIR "/linkscope-collect"),
                      {"--protocol", "http2", "--endpoint",
                       QStringLiteral("https://127.0.0.1:%1").arg(sim.http2Port()), "--ca", sim.caFile(),
                       "--appkey", "testKey", "--store", db, "--jsonl", m_dir.filePath("c.jsonl")});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 200, 30000);
        collect.terminate();
        QVERIFY(collect.waitForFinished(10000));
        QCOMPARE(collect.exitCode(), 0);
        QCOMPARE(storedIds(db).size(), 200);
        QFile lines(m_dir.filePath("c.jsonl"));
        QVERIFY(lines.open(QIODevice::ReadOnly));
        QCOMPARE(lines.readAll().count('\n'), 200);
    }
};

QTEST_MAIN(TestHttp2Subscriber)
#include "tst_http2subscriber.moc"
