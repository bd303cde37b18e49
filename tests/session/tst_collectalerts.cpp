// linkscope-collect --rules: the emulator replays a capture over AMQP and
// the collector writes one JSON line per alert transition, runs the
// --on-alert command with that line on its standard input (no shell), and
// refuses a bad rules file with the reason.

#include "../common/historycheck.h"
#include "../common/manifest.h"
#include "../common/simprocess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

QByteArray message(const QString &id, const QString &topic, qint64 t, const QByteArray &payload)
{
    return QStringLiteral("{\"messageId\":\"%1\",\"topic\":\"%2\",\"generateTime\":%3,\"payload\":")
               .arg(id, topic)
               .arg(t)
               .toUtf8()
        + payload + "}\n";
}

QByteArray power(const char *device, int watts, qint64 t)
{
    return "{\"productKey\":\"pkPlug\",\"deviceName\":\"" + QByteArray(device) + "\",\"gmtCreate\":"
        + QByteArray::number(t) + ",\"items\":{\"RealTimePower\":{\"value\":" + QByteArray::number(watts)
        + ",\"time\":" + QByteArray::number(t) + "}}}";
}

QList<QJsonObject> jsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QStringList summary(const QList<QJsonObject> &lines)
{
    QStringList out;
    for (const QJsonObject &o : lines)
        out << QStringLiteral("%1 %2/%3 %4 %5")
                   .arg(o.value("rule").toString(), o.value("productKey").toString(),
                        o.value("deviceName").toString(), o.value("state").toString(),
                        o.value("value").toVariant().toString());
    return out;
}

} // namespace

class TestCollectAlerts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList simArgs() const
    {
        return {"--appkey", "testKey", "--appsecret", "testSecret", "--devices", "4"};
    }

    // linkscope-collect with the secret in its environment, as a service gets it.
    static void runCollect(QProcess &collect, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", "testSecret");
        collect.setProcessEnvironment(env);
        collect.start(LINKSCOPE_BIN_DIR "/linkscope-collect", args);
    }

    static void startCollect(QProcess &collect, const SimProcess &sim, const QStringList &more)
    {
        runCollect(collect,
                   QStringList {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()),
                                "--ca", sim.caFile(), "--appkey", "testKey"}
                       + more);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rulesFireAndClearAsJsonLinesAndCommands()
    {
        const QString rules = m_dir.filePath("rules.json");
        {
            QFile f(rules);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"rules":[)"
                R"({"name":"Hot plug","kind":"property-above","property":"RealTimePower","threshold":1500,"hysteresis":50,"severity":"critical","scope":{"productKey":"pkPlug"}},)"
                R"({"name":"Gone","kind":"offline","for":"1s"},)"
                R"({"name":"Refused","kind":"reply-error"}]})");
        }
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        const QString capture = m_dir.filePath("capture.jsonl");
        {
            QFile f(capture);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QString plugTopic = QStringLiteral("/pkPlug/%1/thing/event/property/post");
            f.write(message("p1", plugTopic.arg("plug-1"), t0, power("plug-1", 1200, t0)));
            f.write(message("p2", plugTopic.arg("plug-1"), t0 + 1, power("plug-1", 1620, t0 + 1)));
            f.write(message("p3", plugTopic.arg("plug-2"), t0 + 2, power("plug-2", 1400, t0 + 2)));
            f.write(message("p4", plugTopic.arg("plug-1"), t0 + 3,
                            power("plug-1", 1480, t0 + 3))); // inside the margin
            f.write(message("p5", plugTopic.arg("plug-1"), t0 + 4, power("plug-1", 1400, t0 + 4)));
            f.write(
                message("s1", "/as/mqtt/status/pkLock/lock-1", t0 + 5,
                        "{\"productKey\":\"pkLock\",\"deviceName\":\"lock-1\",\"status\":{\"value\":\"0\","
                        "\"time\":"
                            + QByteArray::number(t0 + 5) + "}}"));
            f.write(
                message("r1", "/pkPlug/plug-2/thing/downlink/reply/message", t0 + 6,
                        "{\"productKey\":\"pkPlug\",\"deviceName\":\"plug-2\",\"gmtCreate\":"
                            + QByteArray::number(t0 + 6)
                            + ",\"requestId\":\"9\",\"code\":9201,\"message\":\"device offline\","
                              "\"topic\":\"/sys/pkPlug/plug-2/thing/service/property/set\",\"data\":{}}"));
        }
        const QString manifest = m_dir.filePath("manifest.json");
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start(simArgs() + QStringList {"--rate", "0", "--replay", capture, "--manifest", manifest},
                      &error),
            qPrintable(error));
        const QString lines = m_dir.filePath("alerts.jsonl");
        const QString ran = m_dir.filePath("ran.jsonl");
        QProcess collect;
        // tee is a program, not a shell: the line reaches it on stdin only.
        startCollect(collect, sim,
                     {"--store", m_dir.filePath("h.sqlite"), "--rules", rules, "--alerts-jsonl", lines,
                      "--on-alert", QStringLiteral("tee -a \"%1\"").arg(ran)});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 7, 30000);
        // Gone fires once lock-1 has been offline for a second, at the next tick.
        QTRY_VERIFY_WITH_TIMEOUT(summary(jsonLines(lines)).join('\n').contains("Gone"), 15000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(15000));
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QCOMPARE(collect.exitCode(), 0);
        QVERIFY2(err.contains("3 alert rules"), qPrintable(err));
        QVERIFY2(err.contains("alert firing: Hot plug pkPlug/plug-1"), qPrintable(err));

        const QList<QJsonObject> got = jsonLines(lines);
        const QStringList said = summary(got);
        QCOMPARE(said,
                 QStringList({"Hot plug pkPlug/plug-1 firing 1620", "Hot plug pkPlug/plug-1 cleared 1400",
                              "Refused pkPlug/plug-2 firing 9201", "Gone pkLock/lock-1 firing false"}));
        // The contract's keys, and times on the receipt clock, in order.
        for (const QJsonObject &o : got) {
            for (const char *key : {"rule", "productKey", "deviceName", "severity", "state", "time", "value"})
                QVERIFY2(o.contains(key), key);
            QVERIFY(o.value("time").toInteger() >= t0);
        }
        QCOMPARE(got[0].value("severity").toString(), QStringLiteral("critical"));
        QCOMPARE(got[3].value("severity").toString(), QStringLiteral("warning"));
        QVERIFY(got[3].value("time").toInteger() - got[0].value("time").toInteger() >= 1000); // held for 1 s

        // The command got the same lines, one run each.
        const QStringList commanded = summary(jsonLines(ran));
        QCOMPARE(QSet<QString>(commanded.begin(), commanded.end()), QSet<QString>(said.begin(), said.end()));
        QCOMPARE(commanded.size(), said.size());
    }

    void aFiringAlertFiresOnAcrossARestartAndClearsOnce()
    {
        const QString rules = m_dir.filePath("restart-rules.json");
        {
            QFile f(rules);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"rules":[{"name":"Hot plug","kind":"property-above","property":"RealTimePower","threshold":1500}]})");
        }
        const QString store = m_dir.filePath("restart.sqlite");
        const QString plugTopic = QStringLiteral("/pkPlug/plug-1/thing/event/property/post");
        const auto run = [&](const QString &name, const QList<int> &watts) -> QList<QJsonObject> {
            const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
            const QString capture = m_dir.filePath(name + ".jsonl");
            QFile f(capture);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            for (qsizetype i = 0; i < watts.size(); ++i)
                f.write(message(QStringLiteral("%1-%2").arg(name).arg(i), plugTopic, t0 + i,
                                power("plug-1", watts[i], t0 + i)));
            f.close();
            const QString manifest = m_dir.filePath(name + "-manifest.json");
            SimProcess sim;
            if (!sim.start(simArgs()
                           + QStringList {"--rate", "0", "--replay", capture, "--manifest", manifest}))
                return {};
            const QString lines = m_dir.filePath(name + "-alerts.jsonl");
            QProcess collect;
            startCollect(collect, sim, {"--store", store, "--rules", rules, "--alerts-jsonl", lines});
            if (!collect.waitForStarted())
                return {};
            QElapsedTimer waited;
            waited.start();
            while (strings(readManifest(manifest).value("acknowledged")).size() < watts.size()
                   && waited.elapsed() < 30000)
                QTest::qWait(50);
            ::kill(pid_t(collect.processId()), SIGTERM);
            collect.waitForFinished(15000);
            return jsonLines(lines);
        };
        QCOMPARE(summary(run("first", {1200, 1620})), QStringList {"Hot plug pkPlug/plug-1 firing 1620"});
        // Restarted while still hot: it fires on, not again; it clears once, when it cools.
        QCOMPARE(summary(run("second", {1700, 1650, 1400})),
                 QStringList {"Hot plug pkPlug/plug-1 cleared 1400"});
        QCOMPARE(summary(run("third", {1300})), QStringList());

        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "restart");
        db.setDatabaseName(store);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT rule, state, value FROM alert_transitions ORDER BY id"));
        QStringList history;
        while (q.next())
            history << QStringLiteral("%1 %2 %3")
                           .arg(q.value(0).toString())
                           .arg(q.value(1).toInt())
                           .arg(q.value(2).toString());
        QCOMPARE(history, QStringList({"Hot plug 0 1620", "Hot plug 1 1400"}));
        QVERIFY(q.exec("SELECT COUNT(*) FROM active_alerts") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("restart");
    }

    void rulesAgainstTheEmulatorsFaults()
    {
        // The emulator's own fleet: a tenth of its devices flap, a stall of
        // three seconds silences every device, a twentieth of the messages
        // are malformed (kept as rejected, never an alert).
        const QString rules = m_dir.filePath("faults-rules.json");
        {
            QFile f(rules);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"rules":[{"name":"Flaps","kind":"flapping","changes":4,"within":"1m"},)"
                    R"({"name":"Quiet","kind":"silent","for":"2s","severity":"critical"}]})");
        }
        const QString manifest = m_dir.filePath("faults-manifest.json");
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({"--appkey", "testKey",     "--appsecret",   "testSecret", "--devices",
                            "20",       "--rate",      "200",           "--count",    "1500",
                            "--stall",  "3",           "--stall-after", "500",        "--redeliver-after",
                            "0.5",      "--malformed", "0.05",          "--manifest", manifest},
                           &error),
                 qPrintable(error));
        const QString lines = m_dir.filePath("faults-alerts.jsonl");
        const QString store = m_dir.filePath("faults.sqlite");
        QProcess collect;
        startCollect(collect, sim, {"--store", store, "--rules", rules, "--alerts-jsonl", lines});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 1500, 60000);
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(15000));
        QCOMPARE(collect.exitCode(), 0);

        QHash<QString, QStringList> byAlert; // "rule device" -> states in order
        QHash<QString, qint64> firedAt;
        for (const QJsonObject &o : jsonLines(lines)) {
            const QString key = o.value("rule").toString() + ' ' + o.value("deviceName").toString();
            // A malformed message that names no device alerts nobody.
            QVERIFY2(!o.value("productKey").toString().isEmpty()
                         && !o.value("deviceName").toString().isEmpty(),
                     qPrintable(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            const QString state = o.value("state").toString();
            if (state == "firing")
                firedAt.insert(key, o.value("time").toInteger());
            else if (firedAt.contains(key))
                QVERIFY(o.value("time").toInteger() >= firedAt.value(key)); // cleared after it fired
            byAlert[key] << state;
        }
        int flapping = 0, silenced = 0;
        for (auto it = byAlert.cbegin(); it != byAlert.cend(); ++it) {
            // Never twice in a row: firing, cleared, firing …
            for (qsizetype i = 1; i < it->size(); ++i)
                QVERIFY2(it->at(i) != it->at(i - 1), qPrintable(it.key() + ": " + it->join(',')));
            QCOMPARE(it->first(), QStringLiteral("firing"));
            if (it.key().startsWith("Flaps "))
                ++flapping;
            if (it.key().startsWith("Quiet ")) {
                ++silenced;
                QVERIFY2(it->size() >= 2, qPrintable(it.key() + " did not clear when the stall ended"));
            }
        }
        QVERIFY2(flapping >= 1, "no flapping device was caught");
        QVERIFY2(flapping < 20, "every device flagged as flapping");
        QVERIFY2(silenced >= 15,
                 qPrintable(QStringLiteral("%1 devices went silent in the stall").arg(silenced)));
        // Everything the emulator sent is stored once, malformed ones as rejected.
        const QHash<QString, int> stored = storedIds(store);
        for (const QString &id : strings(readManifest(manifest).value("acknowledged")))
            QCOMPARE(stored.value(id), 1);
    }

    void aBadRulesFileIsRefusedWithTheReason()
    {
        const QString rules = m_dir.filePath("bad.json");
        QFile f(rules);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"rules":[{"name":"Hot","kind":"property-above","property":"P","threshold":"high"}]})");
        f.close();
        QProcess collect;
        runCollect(collect,
                   {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k", "--store",
                    m_dir.filePath("x.sqlite"), "--rules", rules});
        QVERIFY(collect.waitForFinished(20000));
        QCOMPARE(collect.exitCode(), 2);
        const QString err = QString::fromUtf8(collect.readAllStandardError());
        QVERIFY2(err.contains("bad.json: rule 1 (\"Hot\"): \"threshold\" must be a number"), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath("x.sqlite"))); // refused before anything was opened
    }

    void alertFlagsNeedRules()
    {
        QProcess collect;
        runCollect(collect,
                   {"--endpoint", "amqps://127.0.0.1:1", "--appkey", "k", "--store",
                    m_dir.filePath("y.sqlite"), "--alerts-jsonl", "-"});
        QVERIFY(collect.waitForFinished(20000));
        QCOMPARE(collect.exitCode(), 2);
        QVERIFY(QString::fromUtf8(collect.readAllStandardError()).contains("need --rules FILE"));
    }
};

QTEST_GUILESS_MAIN(TestCollectAlerts)
#include "tst_collectalerts.moc"
