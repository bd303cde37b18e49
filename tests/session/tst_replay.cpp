// A capture replayed through the pipeline (File > Open capture…): every
// line stored once, a line that cannot be read kept as rejected with its
// line number, and the alert rules run on the capture's time, so a replay
// as fast as possible fires what the capture's day would have fired, when
// it would have. Pause, speed and seeking forward steer it.

#include "core/alertrule.h"
#include "session/alertmonitor.h"
#include "session/pipelinehost.h"
#include "store/historystore.h"
#include "transport/replaysubscriber.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

namespace {

constexpr qint64 T0 = 1'780'000'000'000;

QByteArray propertyLine(int n, qint64 at, double temp)
{
    const QByteArray t = QByteArray::number(at);
    return "{\"messageId\":\"m" + QByteArray::number(n)
        + "\",\"kind\":\"property\",\"topic\":\"/p1/d1/thing/event/property/post\",\"generateTime\":" + t
        + ",\"receivedAt\":" + t
        + ",\"payload\":{\"deviceType\":\"Sensor\",\"iotId\":\"i1\",\"productKey\":\"p1\","
        + "\"deviceName\":\"d1\",\"gmtCreate\":" + t + ",\"items\":{\"Temp\":{\"time\":" + t
        + ",\"value\":" + QByteArray::number(temp) + "}}}}\n";
}

// d1 reports every 10 s for a minute (hot from 30 s on), then nothing for
// 340 s, then once more, cool. A line in the middle is not JSON.
QByteArray capture()
{
    QByteArray out;
    int n = 0;
    for (qint64 s = 0; s <= 60; s += 10)
        out += propertyLine(++n, T0 + s * 1000, s >= 30 ? 35 : 25);
    out += "this line is not JSON\n";
    out += propertyLine(++n, T0 + 400'000, 20);
    return out;
}

QByteArray line(int n, qint64 seconds, const QByteArray &topic, const QByteArray &payload)
{
    const QByteArray t = QByteArray::number(T0 + seconds * 1000);
    return "{\"messageId\":\"k" + QByteArray::number(n) + "\",\"topic\":\"" + topic + "\",\"generateTime\":"
        + t + ",\"receivedAt\":" + t + ",\"payload\":" + QByteArray(payload).replace("$T", t) + "}\n";
}

// Every kind of rule, with the times each fires and clears (seconds after T0).
QByteArray everyKindCapture()
{
    QByteArray out;
    int n = 0;
    const auto temp = [&](qint64 s, int value) {
        out += line(++n, s, "/p1/d1/thing/event/property/post",
                    "{\"productKey\":\"p1\",\"deviceName\":\"d1\",\"iotId\":\"i1\",\"gmtCreate\":$T,"
                    "\"items\":{\"Temp\":{\"time\":$T,\"value\":"
                        + QByteArray::number(value) + "}}}");
    };
    const auto status = [&](qint64 s, const QByteArray &device, bool online) {
        out += line(++n, s, "/mqtt/status/p1/" + device,
                    "{\"action\":\"" + QByteArray(online ? "online" : "offline") + "\",\"productKey\":\"p1\","
                        + "\"deviceName\":\"" + device + "\",\"iotId\":\"i" + device
                        + "\",\"gmtCreate\":$T,\"status\":{\"time\":$T,\"value\":\"" + (online ? "1" : "0")
                        + "\"}}");
    };
    const auto reply = [&](qint64 s, int code) {
        ++n;
        out += line(n, s, "/p1/d2/thing/downlink/reply/message",
                    "{\"code\":" + QByteArray::number(code)
                        + ",\"data\":{},\"deviceName\":\"d2\",\"gmtCreate\":$T,\"iotId\":\"i2\","
                          "\"message\":\"m\",\"productKey\":\"p1\",\"requestId\":\""
                        + QByteArray::number(n) + "\",\"topic\":\"/sys/p1/d2/thing/service/Reboot\"}");
    };
    temp(0, 20);
    out += line(++n, 5, "/p1/d2/thing/event/Smoke/post",
                "{\"deviceName\":\"d2\",\"identifier\":\"Smoke\",\"iotId\":\"i2\",\"name\":\"Smoke\","
                "\"productKey\":\"p1\",\"time\":$T,\"type\":\"alert\",\"value\":{}}");
    temp(10, 5);
    status(15, "d3", false);
    temp(20, 5);
    status(20, "d4", false);
    status(25, "d4", true);
    reply(30, 460);
    status(30, "d4", false);
    reply(32, 200);
    status(35, "d4", true);
    temp(40, 12);
    status(40, "d4", false);
    temp(50, 50);
    temp(60, 50);
    temp(70, 30);
    temp(80, 30);
    status(90, "d3", true);
    temp(95, 30);
    return out;
}

const QByteArray kEveryKind
    = "{\"rules\":["
      "{\"name\":\"Cold\",\"kind\":\"property-below\",\"property\":\"Temp\",\"threshold\":10,\"hysteresis\":"
      "1,"
      "\"for\":\"5s\"},"
      "{\"name\":\"Hot\",\"kind\":\"property-above\",\"property\":\"Temp\",\"threshold\":40,\"for\":10},"
      "{\"name\":\"Range\",\"kind\":\"property-outside\",\"property\":\"Temp\",\"min\":0,\"max\":45,"
      "\"hysteresis\":2},"
      "{\"name\":\"Is30\",\"kind\":\"property-equals\",\"property\":\"Temp\",\"value\":30},"
      "{\"name\":\"Moves\",\"kind\":\"property-changes\",\"property\":\"Temp\",\"for\":\"15s\"},"
      "{\"name\":\"Smoke\",\"kind\":\"event\",\"eventType\":\"alert\",\"for\":\"30s\"},"
      "{\"name\":\"Refused\",\"kind\":\"reply-error\",\"for\":\"20s\"},"
      "{\"name\":\"Gone\",\"kind\":\"offline\",\"for\":\"1m\"},"
      "{\"name\":\"Flaps\",\"kind\":\"flapping\",\"changes\":4,\"within\":\"1m\"}]}";

const QStringList kEveryKindExpected {
    "Cold d1 cleared 40", "Cold d1 firing 15",     "Flaps d4 cleared 85",  "Flaps d4 firing 35",
    "Gone d3 cleared 90", "Gone d3 firing 75",     "Hot d1 cleared 70",    "Hot d1 firing 60",
    "Is30 d1 firing 70",  "Moves d1 cleared 25",   "Moves d1 cleared 65",  "Moves d1 cleared 85",
    "Moves d1 firing 10", "Moves d1 firing 40",    "Moves d1 firing 70",   "Range d1 cleared 70",
    "Range d1 firing 50", "Refused d2 cleared 50", "Refused d2 firing 30", "Smoke d2 cleared 35",
    "Smoke d2 firing 5",
};

QStringList described(const QList<AlertTransition> &ts)
{
    QStringList out;
    for (const AlertTransition &t : ts)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(t.rule, t.device.deviceName, t.state == AlertState::Firing ? "firing" : "cleared")
                   .arg((t.time - T0) / 1000);
    out.sort();
    return out;
}

const QByteArray kRules
    = "{\"rules\":[{\"name\":\"Hot\",\"kind\":\"property-above\",\"property\":\"Temp\","
      "\"threshold\":30,\"for\":\"20s\"},{\"name\":\"Quiet\",\"kind\":\"silent\",\"for\":\"2m\"}]}";

qint64 count(const QString &db, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase("QSQLITE", "count");
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase("count");
    return n;
}

struct Replay {
    std::unique_ptr<PipelineHost> host;
    transport::ReplaySubscriber *replay = nullptr;
    QList<AlertTransition> transitions;
    ReplayProgress last;
    QString db;

    Replay(const QTemporaryDir &dir, const QString &name, transport::ReplaySubscriber::Options o,
           const QByteArray &rulesJson = kRules)
    {
        auto rules = parseAlertRules(rulesJson);
        QVERIFY2(rules.ok(), qPrintable(rules.error()));
        auto sub = std::make_unique<transport::ReplaySubscriber>(o);
        replay = sub.get();
        PipelineHost::Options options;
        db = dir.filePath(name + ".sqlite");
        options.storePath = db;
        options.alertRules = *rules;
        options.retentionIntervalMs = 0;
        host = std::make_unique<PipelineHost>(std::move(sub), options);
        QObject::connect(host->alerts(), &AlertMonitor::transitions, host.get(),
                         [this](const QList<AlertTransition> &ts) { transitions += ts; });
        QObject::connect(replay, &transport::ReplaySubscriber::progressed, host.get(),
                         [this](const ReplayProgress &p) { last = p; });
        auto started = host->start();
        QVERIFY2(started.ok(), qPrintable(started.error()));
    }
    ~Replay()
    {
        if (host)
            host->stop();
    }
    template<typename Fn> void on(Fn fn) { QMetaObject::invokeMethod(replay, fn); }
};

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_capture;

private slots:
    void initTestCase()
    {
        registerMessageTypes();
        m_capture = m_dir.filePath("capture.jsonl");
        QFile f(m_capture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(capture());
    }

    void asFastAsPossibleFiresOnTheCapturesTime()
    {
        transport::ReplaySubscriber::Options o;
        o.path = m_capture;
        o.speed = 0;
        Replay r(m_dir, "fast", o);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.finished, 30'000);
        QCOMPARE(r.last.lines, 9);
        QCOMPARE(r.last.linesRead, 9);
        QCOMPARE(r.last.unreadable, 1);
        QCOMPARE(r.last.first, T0);
        QCOMPARE(r.last.last, T0 + 400'000);
        QCOMPARE(r.last.position, T0 + 400'000);
        // Hot: above 30 from 30 s on, held 20 s; cleared by the cool value at 400 s.
        // Quiet: nothing from 60 s on, for 2 min: at 180 s; cleared at 400 s.
        QTRY_COMPARE_WITH_TIMEOUT(r.transitions.size(), 4, 10'000);
        QList<QString> seen;
        for (const AlertTransition &t : std::as_const(r.transitions))
            seen << QStringLiteral("%1 %2 %3")
                        .arg(t.rule, t.state == AlertState::Firing ? "firing" : "cleared")
                        .arg((t.time - T0) / 1000);
        std::sort(seen.begin(), seen.end());
        QCOMPARE(
            seen,
            (QList<QString> {"Hot cleared 400", "Hot firing 50", "Quiet cleared 400", "Quiet firing 180"}));
        r.host->stop();
        // Every line stored once, the unreadable one as rejected, with its line number.
        QCOMPARE(count(r.db, "SELECT count(*) FROM messages"), 9);
        QCOMPARE(count(r.db,
                       "SELECT count(*) FROM rejects WHERE message_id = 'capture-line-8' AND reason LIKE "
                       "'line 8 of the capture cannot be replayed: %' AND CAST(payload AS TEXT) = 'this line "
                       "is not JSON'"),
                 1);
        QCOMPARE(count(r.db, "SELECT count(*) FROM alert_transitions"), 4);
    }

    void everyKindFiresAndClearsAtItsCaptureTime_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("as fast as possible") << 0.0;
        QTest::newRow("100x") << 100.0; // the capture's 95 s in about one
    }
    void everyKindFiresAndClearsAtItsCaptureTime()
    {
        // The same transitions at the same capture times, however fast it plays.
        QFETCH(double, speed);
        const QString path = m_dir.filePath("every-kind.jsonl");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(everyKindCapture());
        }
        transport::ReplaySubscriber::Options o;
        o.path = path;
        o.speed = speed;
        Replay r(m_dir, QStringLiteral("every-kind-%1").arg(speed), o, kEveryKind);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.finished, 30'000);
        QCOMPARE(r.last.unreadable, 0);
        QTRY_COMPARE_WITH_TIMEOUT(r.transitions.size(), kEveryKindExpected.size(), 10'000);
        QCOMPARE(described(r.transitions), kEveryKindExpected);
    }

    void pauseSpeedAndSeek()
    {
        // At 1× the capture's 400 s would take 400 s: the test seeks instead.
        transport::ReplaySubscriber::Options o;
        o.path = m_capture;
        o.speed = 1;
        Replay r(m_dir, "paced", o);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.linesRead >= 1, 10'000);
        QVERIFY(r.last.linesRead < 9);
        r.on([replay = r.replay] { replay->seek(T0 + 45'000); });
        // Everything up to 45 s at once, then on at 1× from there.
        QTRY_VERIFY_WITH_TIMEOUT(r.last.position >= T0 + 45'000, 10'000);
        QVERIFY2(r.last.linesRead >= 5, qPrintable(QString::number(r.last.linesRead)));
        r.on([replay = r.replay] { replay->setPaused(true); });
        QTRY_VERIFY_WITH_TIMEOUT(r.last.paused, 10'000);
        const qint64 read = r.last.linesRead, position = r.last.position;
        QTest::qWait(1500);
        QCOMPARE(r.last.linesRead, read); // paused: nothing more is read
        QCOMPARE(r.last.position, position); // and the capture's clock stands still
        // As fast as possible from here: the rest, to the end.
        r.on([replay = r.replay] {
            replay->setSpeed(0);
            replay->setPaused(false);
        });
        QTRY_VERIFY_WITH_TIMEOUT(r.last.finished, 30'000);
        QCOMPARE(r.last.linesRead, 9);
        QTRY_COMPARE_WITH_TIMEOUT(r.transitions.size(), 4, 10'000);
        r.host->stop();
        QCOMPARE(count(r.db, "SELECT count(*) FROM messages"), 9);
    }

    void pausedAsFastAsPossibleReadsNothing()
    {
        transport::ReplaySubscriber::Options o;
        o.path = m_capture;
        o.speed = 0;
        o.paused = true;
        Replay r(m_dir, "paused-fast", o);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.paused && r.last.lines == 9, 10'000);
        QTest::qWait(500);
        QCOMPARE(r.last.linesRead, 0);
        r.on([replay = r.replay] { replay->setPaused(false); });
        QTRY_VERIFY_WITH_TIMEOUT(r.last.finished, 30'000);
        QCOMPARE(r.last.linesRead, 9);
        r.host->stop();
    }

    void blankLinesAndLinesWithoutATime()
    {
        // Blank lines are no lines; a line without times takes the replay's
        // time where it stands, as does one that cannot be read; a line the
        // capture calls rejected stays rejected, for its reason.
        const QString path = m_dir.filePath("odd.jsonl");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(propertyLine(1, T0, 20) + "\n   \n" + propertyLine(2, T0 + 60'000, 21)
                    + "{\"messageId\":\"untimed\",\"topic\":\"/p1/d1/user/x\",\"payload\":\"hello\"}\n"
                    + "{\"messageId\":\"refused\",\"kind\":\"rejected\",\"reason\":\"its id was too long\","
                      "\"topic\":\"/p1/d1/thing/event/property/post\",\"receivedAt\":"
                    + QByteArray::number(T0 + 61'000) + ",\"payload\":{\"items\":{}}}\n"
                    + propertyLine(3, T0 + 120'000, 22));
        }
        transport::ReplaySubscriber::Options o;
        o.path = path;
        o.speed = 0;
        Replay r(m_dir, "odd", o);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.finished, 30'000);
        QCOMPARE(r.last.lines, 5);
        QCOMPARE(r.last.linesRead, 5);
        r.host->stop();
        QCOMPARE(count(r.db, QStringLiteral("SELECT received_at FROM messages WHERE message_id = 'untimed'")),
                 T0 + 60'000);
        QCOMPARE(
            count(r.db,
                  "SELECT count(*) FROM rejects WHERE message_id = 'refused' AND reason = 'its id was too "
                  "long'"),
            1);
    }

    void aStartPlacePlaysUpToThereAtOnce()
    {
        // What a replay that goes back does: it starts over and catches up.
        transport::ReplaySubscriber::Options o;
        o.path = m_capture;
        o.speed = 1;
        o.startAt = T0 + 200'000;
        Replay r(m_dir, "start", o);
        QTRY_VERIFY_WITH_TIMEOUT(r.last.position >= T0 + 200'000, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(r.last.linesRead, 8, 10'000); // the last line is 200 s away
        QVERIFY(!r.last.finished);
        // The quiet spell had lasted 2 min by 180 s: fired, in the capture's time.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(r.transitions.cbegin(), r.transitions.cend(),
                        [](const AlertTransition &t) { return t.rule == "Quiet" && t.time == T0 + 180'000; }),
            10'000);
    }

    void aCaptureThatCannotBeReadSaysWhy()
    {
        const QString empty = m_dir.filePath("empty.jsonl");
        QFile(empty).open(QIODevice::WriteOnly);
        const QString junk = m_dir.filePath("junk.jsonl");
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\nworld\n");
        }
        const QList<std::pair<QString, QString>> cases {
            {m_dir.filePath("missing.jsonl"), "cannot read the capture"},
            {empty, "is empty"},
            {junk, "holds no message"},
        };
        for (const auto &[path, words] : cases) {
            transport::ReplaySubscriber::Options o;
            o.path = path;
            Replay r(m_dir, "bad", o);
            QTRY_COMPARE_WITH_TIMEOUT(r.host->state(), ConnectionState::Failed, 10'000);
            QVERIFY2(r.host->stateDetail().contains(words), qPrintable(r.host->stateDetail()));
        }
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
