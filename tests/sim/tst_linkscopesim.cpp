// linkscope-sim as a process, checked from the outside: by Debian's
// python3-qpid-proton (AMQP), nghttp (HTTP/2) and our own HTTP/2 codec.

#include "common/manifest.h"
#include "common/simprocess.h"
#include "core/decoder.h"
#include "h2testclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

namespace {

struct Received {
    int exitCode = -1;
    QString stderrText;
    QList<QJsonObject> messages;
    QStringList ids() const
    {
        QStringList out;
        for (const QJsonObject &m : messages)
            out << m.value(u"messageId").toString();
        return out;
    }
};

// Runs the python receiver to completion.
Received pythonReceive(const SimProcess &sim, const QString &secret, int count, const QString &out,
                       const QStringList &extra = {}, int timeoutS = 60)
{
    QProcess p;
    QStringList args {QStringLiteral(LINKSCOPE_INTEROP_DIR "/amqp_receive.py"),
                      QStringLiteral("127.0.0.1"),
                      QString::number(sim.amqpPort()),
                      sim.caFile(),
                      sim.ready.value(u"appKey").toString(),
                      secret,
                      QString::number(count),
                      out,
                      QStringLiteral("--timeout"),
                      QString::number(timeoutS)};
    args += extra;
    p.start(QStringLiteral(LINKSCOPE_PYTHON), args);
    p.waitForFinished((timeoutS + 30) * 1000);
    Received r;
    r.exitCode = p.exitCode();
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
    QFile f(out);
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                r.messages.append(QJsonDocument::fromJson(line).object());
        }
    }
    return r;
}

} // namespace

class TestLinkscopeSim : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString certs() const { return m_dir.filePath(QStringLiteral("certs")); }
    QStringList base() const
    {
        return {QStringLiteral("--appkey"),   QStringLiteral("testKey"),    QStringLiteral("--appsecret"),
                QStringLiteral("testSecret"), QStringLiteral("--cert-dir"), certs()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(SimProcess::binary()));
        QVERIFY2(QFile::exists(QStringLiteral(LINKSCOPE_PYTHON)), "Debian's /usr/bin/python3 is needed");
    }

    void listensOnLoopbackOnly_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address"); // as /proc/net/tcp{,6} writes it
        QTest::newRow("localhost") << "localhost"
                                   << "0100007F";
        QTest::newRow("127.0.0.1") << "127.0.0.1"
                                   << "0100007F";
        QTest::newRow("::1") << "::1"
                             << "00000000000000000000000001000000";
    }
    void listensOnLoopbackOnly()
    {
        // "localhost" once meant every interface, with a published default secret.
        QFETCH(QString, host);
        QFETCH(QString, address);
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--host", host}, &error), qPrintable(error));
        for (int port : {sim.amqpPort(), sim.http2Port()}) {
            QStringList listeners; // local address:port of every listening socket on that port
            for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
                QFile f(QString::fromLatin1(table));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QList<QByteArray> lines = f.readAll().split('\n');
                for (const QByteArray &line : lines.mid(1)) {
                    const QList<QByteArray> cols = line.simplified().split(' ');
                    if (cols.size() > 3 && cols[3] == "0A"
                        && cols[1].endsWith(':'
                                            + QByteArray::number(port, 16).toUpper().rightJustified(4, '0')))
                        listeners << QString::fromLatin1(cols[1]);
                }
            }
            QVERIFY2(!listeners.isEmpty(), qPrintable(QString::number(port)));
            for (const QString &l : listeners)
                QVERIFY2(l.startsWith(address + u':'), qPrintable(l));
        }
        QCOMPARE(sim.stop(), 0);
        SimProcess wide;
        QVERIFY(!wide.start(base() + QStringList {"--host", "0.0.0.0"}, &error));
        QVERIFY2(error.contains(u"loopback"), qPrintable(error));
    }

    void readyLineIsTheContract()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base(), &error), qPrintable(error));
        static const QRegularExpression contract(
            QStringLiteral("^\\{\"ready\":true,\"amqpPort\":\\d+,\"http2Port\":\\d+,"
                           "\"caFile\":\"[^\"]+\",\"appKey\":\"testKey\",\"apiPort\":\\d+,"
                           "\"projectId\":\"[^\"]+\"\\}$"));
        QVERIFY2(contract.match(QString::fromUtf8(sim.readyLine)).hasMatch(), sim.readyLine.constData());
        QVERIFY(sim.amqpPort() > 0 && sim.http2Port() > 0 && sim.amqpPort() != sim.http2Port());
        QVERIFY(QFile::exists(sim.caFile()));
        QCOMPARE(sim.stop(), 0);
    }

    void amqpAuthVariants_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("appkey SHA256") << QStringList() << "testSecret" << true;
        QTest::newRow("appkey SHA1") << QStringList {"--sign-method", "SHA1"} << "testSecret" << true;
        QTest::newRow("aksign") << QStringList {"--aksign"} << "testSecret" << true;
        QTest::newRow("appkey wrong secret") << QStringList() << "nope" << false;
        QTest::newRow("SHA1 wrong secret") << QStringList {"--sign-method", "SHA1"} << "nope" << false;
        QTest::newRow("aksign wrong secret") << QStringList {"--aksign"} << "nope" << false;
    }
    void amqpAuthVariants()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, secret);
        QFETCH(bool, accepted);
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--rate", "0"}, &error), qPrintable(error));
        const Received r = pythonReceive(sim, secret, 5, path(QStringLiteral("auth.jsonl")), flags, 20);
        if (accepted) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
            QCOMPARE(r.messages.size(), 5);
        } else {
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.stderrText.contains(u"amqp:unauthorized-access"), qPrintable(r.stderrText));
            sim.stop();
            QVERIFY2(sim.log().contains(u"SASL PLAIN refused: the signature does not match"),
                     qPrintable(sim.log()));
        }
    }

    void amqpIdleTimeoutMustBeInRange()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--rate", "0"}, &error), qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 5, path(QStringLiteral("idle.jsonl")),
                            {QStringLiteral("--heartbeat"), QStringLiteral("10")}, 10);
        // Proton advertises half its heartbeat period as the idle-time-out: 10 s -> 5000 ms.
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.stderrText.contains(u"idle-time-out must be between 30000 and 300000 ms, got 5000"),
                 qPrintable(r.stderrText));
    }

    void amqpOneReceiverPerConnection()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--rate", "0"}, &error), qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 5, path(QStringLiteral("two.jsonl")),
                            {QStringLiteral("--extra-receiver")}, 20);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.messages.size(), 5); // the first receiver works
        QVERIFY2(r.stderrText.contains(
                     u"link error: amqp:resource-limit-exceeded: only one receiver per connection"),
                 qPrintable(r.stderrText));
    }

    void amqpStockClientGetsEveryKindAndTheManifestAgrees()
    {
        const QString manifest = path(QStringLiteral("kinds-manifest.json"));
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base()
                               + QStringList {"--devices", "20", "--rate", "0", "--count", "600", "--seed",
                                              "9", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 600, path(QStringLiteral("kinds.jsonl")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(sim.stop(), 0);

        Decoder decoder;
        QHash<QString, int> counts;
        for (const QJsonObject &m : r.messages) {
            QVERIFY(m.value(u"body_is_data").toBool()); // a Data section, not an amqp-value
            QCOMPARE(m.value(u"id").toString(), m.value(u"messageId").toString());
            QVERIFY(m.value(u"generateTime").toInteger() > 1'600'000'000'000);
            const DecodedMessage d = decoder.decode(m.value(u"payload").toString().toUtf8(),
                                                    {m.value(u"messageId").toString(),
                                                     m.value(u"topic").toString(),
                                                     m.value(u"generateTime").toInteger(),
                                                     0,
                                                     {}});
            ++counts[kindName(kindOf(d))];
        }
        QCOMPARE(counts.value(QStringLiteral("rejected")), 0);
        for (const char *k : {"property", "event", "serviceReply", "status", "binding"})
            QVERIFY2(counts.value(QLatin1String(k)) > 0, k);

        const QJsonObject man = readManifest(manifest);
        QStringList sent = strings(man.value(u"sent"));
        QStringList got = r.ids();
        QCOMPARE(sent.size(), 600);
        QCOMPARE(QSet<QString>(sent.begin(), sent.end()), QSet<QString>(got.begin(), got.end()));
        const QStringList acked = strings(man.value(u"acknowledged"));
        QCOMPARE(QSet<QString>(acked.begin(), acked.end()), QSet<QString>(got.begin(), got.end()));
        const QJsonObject byKind = man.value(u"countsByKind").toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QCOMPARE(byKind.value(it.key()).toInt(), it.value());
        QVERIFY(!man.value(u"lastValues").toObject().isEmpty());
    }

    void amqpUnacceptedIsRedelivered()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base()
                               + QStringList {"--rate", "0", "--count", "30", "--redeliver-after", "0.5",
                                              "--redeliver-batch", "100"},
                           &error),
                 qPrintable(error));
        const Received first
            = pythonReceive(sim, QStringLiteral("testSecret"), 30, path(QStringLiteral("noack.jsonl")),
                            {QStringLiteral("--no-accept")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.stderrText));
        const Received second
            = pythonReceive(sim, QStringLiteral("testSecret"), 30, path(QStringLiteral("ack.jsonl")));
        QVERIFY2(second.exitCode == 0, qPrintable(second.stderrText));
        QStringList a = first.ids(), b = second.ids();
        QCOMPARE(QSet<QString>(a.begin(), a.end()), QSet<QString>(b.begin(), b.end()));
    }

    void stateDirSurvivesSigkill()
    {
        const QString state = path(QStringLiteral("state"));
        const QString manifest = path(QStringLiteral("crash-manifest.json"));
        const QStringList args = base() + QStringList {"--rate",
                                                       "0",
                                                       "--count",
                                                       "40",
                                                       "--redeliver-after",
                                                       "0.5",
                                                       "--redeliver-batch",
                                                       "100",
                                                       "--state-dir",
                                                       state,
                                                       "--manifest",
                                                       manifest};
        QStringList firstIds;
        {
            SimProcess sim;
            QString error;
            QVERIFY2(sim.start(args, &error), qPrintable(error));
            const Received r
                = pythonReceive(sim, QStringLiteral("testSecret"), 25, path(QStringLiteral("c1.jsonl")));
            QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
            firstIds = r.ids();
            const Received n
                = pythonReceive(sim, QStringLiteral("testSecret"), 15, path(QStringLiteral("c2.jsonl")),
                                {QStringLiteral("--no-accept")});
            QVERIFY2(n.exitCode == 0, qPrintable(n.stderrText));
            sim.crash(); // SIGKILL: no goodbye, no final manifest
        }
        SimProcess again;
        QString error;
        QVERIFY2(again.start(args, &error), qPrintable(error));
        const Received r
            = pythonReceive(again, QStringLiteral("testSecret"), 15, path(QStringLiteral("c3.jsonl")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(again.stop(), 0);
        const QJsonObject man = readManifest(manifest);
        QVERIFY(man.value(u"final").toBool()); // the one written at exit
        const QStringList sent = strings(man.value(u"sent"));
        const QStringList acked = strings(man.value(u"acknowledged"));
        QCOMPARE(sent.size(), 40); // both runs, no message made twice
        QStringList all = firstIds + r.ids();
        QCOMPARE(QSet<QString>(all.begin(), all.end()), QSet<QString>(sent.begin(), sent.end()));
        QCOMPARE(QSet<QString>(acked.begin(), acked.end()), QSet<QString>(sent.begin(), sent.end()));
    }

    void malformedFaultIsDeclared()
    {
        const QString manifest = path(QStringLiteral("bad-manifest.json"));
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(base()
                          + QStringList {"--rate", "0", "--count", "20", "--malformed", "1",
                                         "--malformed-kinds",
                                         "truncated,wrong-type,missing-field,oversize,bad-utf8,unknown-topic",
                                         "--manifest", manifest},
                      &error),
            qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 20, path(QStringLiteral("bad.jsonl")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(sim.stop(), 0);
        const QJsonObject man = readManifest(manifest);
        QCOMPARE(strings(man.value(u"malformed")).size(), 20);
        const QJsonObject byKind = man.value(u"countsByKind").toObject();
        QCOMPARE(byKind.value(u"rejected").toInt() + byKind.value(u"raw").toInt(), 20);
    }

    void dropAfterFault()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(base() + QStringList {"--rate", "0", "--count", "50", "--drop-after", "10"}, &error),
            qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 50, path(QStringLiteral("drop.jsonl")), {}, 5);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.messages.size(), 10);
        sim.stop();
        QVERIFY(sim.log().contains(u"fault: dropping the connection after 10 messages"));
    }

    void stallFaultSilencesTheLink()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(
                base() + QStringList {"--rate", "0", "--count", "20", "--stall", "3", "--stall-after", "5"},
                &error),
            qPrintable(error));
        QElapsedTimer t;
        t.start();
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 20, path(QStringLiteral("stall.jsonl")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QVERIFY2(t.elapsed() >= 2500, qPrintable(QString::number(t.elapsed()))); // nothing moved for 3 s
        QCOMPARE(r.messages.size(), 20);
        sim.stop();
        QVERIFY(sim.log().contains(u"fault: stalling every connection for 3 s"));
    }

    void replayPushesARecording()
    {
        const QString file = QStringLiteral(LINKSCOPE_TEST_DATA "/sim/recording.jsonl");
        const QString manifest = path(QStringLiteral("replay-manifest.json"));
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(base() + QStringList {"--replay", file, "--rate", "0", "--manifest", manifest}, &error),
            qPrintable(error));
        const Received r
            = pythonReceive(sim, QStringLiteral("testSecret"), 3, path(QStringLiteral("replay.jsonl")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.ids(), QStringList({"r-1", "r-2", "r-3"}));
        QCOMPARE(r.messages[1].value(u"payload").toString(),
                 QStringLiteral("{\"type\":\"alert\",\"name\":\"报警\"}"));
        QCOMPARE(r.messages[2].value(u"payload").toString(), QStringLiteral("free text"));
        QCOMPARE(r.messages[0].value(u"generateTime").toInteger(), 1700000000000);
        QCOMPARE(sim.stop(), 0);
        const QJsonObject byKind = readManifest(manifest).value(u"countsByKind").toObject();
        QCOMPARE(byKind.value(u"property").toInt(), 1);
        QCOMPARE(byKind.value(u"event").toInt(), 1);
        QCOMPARE(byKind.value(u"raw").toInt(), 1);
    }

    void replayRefusesABadFile()
    {
        const QString file = path(QStringLiteral("bad-recording.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"topic\":\"/a/b\"}\n");
        f.close();
        QProcess p;
        p.start(SimProcess::binary(), base() + QStringList {"--replay", file});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("line 1: no \"messageId\""));
    }

    void durationEndsTheRunCleanly()
    {
        const QString manifest = path(QStringLiteral("duration.json"));
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--duration", "1", "--rate", "50", "--manifest", manifest},
                           &error),
                 qPrintable(error));
        QVERIFY(sim.process.waitForFinished(10000));
        QCOMPARE(sim.process.exitCode(), 0);
        const int sent = int(strings(readManifest(manifest).value(u"sent")).size());
        QVERIFY2(sent >= 20 && sent <= 80, qPrintable(QString::number(sent))); // no client: all offline
    }

    void manifestEveryZeroWritesOnlyTheFinal()
    {
        const QString manifest = path(QStringLiteral("final-only.json"));
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(base() + QStringList {"--rate", "50", "--manifest", manifest, "--manifest-every", "0"},
                      &error),
            qPrintable(error));
        QTest::qWait(1500); // past the default period (1 s): nothing is rewritten while it runs
        QVERIFY(!QFile::exists(manifest));
        QCOMPARE(sim.stop(), 0);
        const QJsonObject man = readManifest(manifest);
        QVERIFY(man.value(u"final").toBool());
        QVERIFY(!strings(man.value(u"sent")).isEmpty());
    }

    void http2AuthWithNghttp_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        QTest::newRow("SHA256") << "SHA256"
                                << "testSecret" << 200;
        QTest::newRow("SHA1") << "SHA1"
                              << "testSecret" << 200;
        QTest::newRow("SHA256 wrong") << "SHA256"
                                      << "nope" << 403;
        QTest::newRow("SHA1 wrong") << "SHA1"
                                    << "nope" << 403;
    }
    void http2AuthWithNghttp()
    {
        QFETCH(QString, method);
        QFETCH(QString, secret);
        QFETCH(int, status);
        if (QStandardPaths::findExecutable(QStringLiteral("nghttp")).isEmpty())
            QFAIL("nghttp (Debian's nghttp2-client) is not installed");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--rate", "0"}, &error), qPrintable(error));
        const qint64 random = -987654321;
        const QByteArray sign = hmacHex(*signMethodFromName(method), Secret::fromString(secret),
                                        "random=" + QByteArray::number(random));
        QProcess nghttp;
        nghttp.start(QStringLiteral("nghttp"),
                     {QStringLiteral("-v"), QStringLiteral("-n"),
                      QStringLiteral("https://127.0.0.1:%1/message/ack").arg(sim.http2Port()),
                      QStringLiteral("-H"), QStringLiteral("x-auth-name: appkey"), QStringLiteral("-H"),
                      QStringLiteral("x-auth-param-app-key: testKey"), QStringLiteral("-H"),
                      QStringLiteral("x-auth-param-sign-method: ") + method, QStringLiteral("-H"),
                      QStringLiteral("x-auth-param-random: %1").arg(random), QStringLiteral("-H"),
                      QStringLiteral("x-auth-param-sign: ") + QString::fromLatin1(sign), QStringLiteral("-H"),
                      QStringLiteral("x-clear-session: 0")});
        QVERIFY(nghttp.waitForFinished(20000));
        const QString out = QString::fromUtf8(nghttp.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral(":status: %1").arg(status)), qPrintable(out));
        if (status != 200)
            QVERIFY(out.contains(u"x-error-message: the signature does not match"));
    }

    void http2DeliveryBothStyles_data()
    {
        QTest::addColumn<bool>("pushPromise");
        QTest::newRow("bare server streams") << false;
        QTest::newRow("PUSH_PROMISE") << true;
    }
    void http2DeliveryBothStyles()
    {
        QFETCH(bool, pushPromise);
        const QString manifest = path(QStringLiteral("h2-manifest.json"));
        QStringList args = base() + QStringList {"--rate", "0", "--count", "300", "--manifest", manifest};
        if (pushPromise)
            args << QStringLiteral("--push-promise");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(args, &error), qPrintable(error));
        H2TestClient client;
        QVERIFY2(client.connectTo(sim.http2Port(), sim.caFile(), &error), qPrintable(error));
        client.authenticate(QStringLiteral("testKey"), QStringLiteral("testSecret"), SignMethod::HmacSha256);
        QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 300, 30000);
        QVERIFY2(client.error.isEmpty(), qPrintable(client.error));
        QCOMPARE(client.authStatus, 200);
        Decoder decoder;
        QSet<QString> ids;
        for (const auto &m : client.messages) {
            QCOMPARE(m.stream % 2, 0u);
            QCOMPARE(m.promised, pushPromise);
            QCOMPARE(m.header("x-qos"), QByteArray("1"));
            QVERIFY(m.header("x-generate-time").toLongLong() > 1'600'000'000'000);
            const DecodedMessage d = decoder.decode(m.body,
                                                    {QString::fromUtf8(m.header("x-message-id")),
                                                     QString::fromUtf8(m.header("x-topic")),
                                                     0,
                                                     0,
                                                     {}});
            QVERIFY(!std::holds_alternative<Rejected>(d));
            ids.insert(QString::fromUtf8(m.header("x-message-id")));
        }
        QCOMPARE(ids.size(), 300);
        // Acks go out on client streams; the manifest must see all of them.
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value(u"acknowledged")).size() == 300, 10000);
        // PING is answered; on shutdown the server says GOAWAY.
        client.h2->sendPing("12345678");
        client.flush();
        QTRY_VERIFY_WITH_TIMEOUT(client.pingAcked, 5000);
        QCOMPARE(sim.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(client.goAway, 5000);
    }

    void http2WrongSecretIsRefused()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base(), &error), qPrintable(error));
        H2TestClient client;
        QVERIFY2(client.connectTo(sim.http2Port(), sim.caFile(), &error), qPrintable(error));
        client.authenticate(QStringLiteral("testKey"), QStringLiteral("wrong"), SignMethod::HmacSha1);
        QTRY_COMPARE_WITH_TIMEOUT(client.authStatus, 403, 10000);
        QCOMPARE(client.authError, QByteArray("the signature does not match AppKey testKey's AppSecret"));
        QTRY_VERIFY_WITH_TIMEOUT(client.goAway, 5000);
        QVERIFY(client.messages.isEmpty());
    }

    void http2AuthPathIsConfigurable()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(base() + QStringList {"--rate", "0", "--count", "3"}, &error), qPrintable(error));
        H2TestClient client;
        QVERIFY2(client.connectTo(sim.http2Port(), sim.caFile(), &error), qPrintable(error));
        client.authenticate(QStringLiteral("testKey"), QStringLiteral("testSecret"), SignMethod::HmacSha256,
                            "/message/echo/success");
        QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 3, 10000);
    }
};

QTEST_GUILESS_MAIN(TestLinkscopeSim)
#include "tst_linkscopesim.moc"
