#include "store/historystore.h"
#include "store/replaydirs.h"
#include "store/schema.h"
#include "store/storewriter.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace linkscope;
using namespace linkscope::store;
using namespace storefixtures;

namespace {
HistoryStore::Options noRetention()
{
    HistoryStore::Options o;
    o.retentionIntervalMs = 0;
    return o;
}
// A store that writes at commit() only, as the app's pipeline has it.
HistoryStore::Options committingAtFlushes()
{
    HistoryStore::Options o;
    o.commitOnFlush = true;
    return o;
}
} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { registerMessageTypes(); }

    // A replay that never ended leaves its temporary history: the next one
    // removes it, and leaves a replay going on (its history open), a folder
    // just made and anything not a replay's.
    void staleReplayFoldersAreRemovedLiveOnesStay()
    {
        QTemporaryDir cache;
        const QDir c(cache.path());
        for (const char *name : {"replay-live", "replay-gone", "replay-empty", "other"})
            QVERIFY(c.mkdir(QLatin1String(name)));
        HistoryStore live(c.filePath("replay-live/history.sqlite"), committingAtFlushes());
        QVERIFY(live.openNow().ok());
        {
            HistoryStore gone(c.filePath("replay-gone/history.sqlite"), committingAtFlushes());
            QVERIFY(gone.openNow().ok());
        }
        // The lock a killed holder leaves: its pid (here one no process can have) and host.
        QFile leftover(c.filePath("replay-gone/history.sqlite.lock"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("999999999\nlinkscope\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        leftover.close();

        QCOMPARE(removeStaleReplayDirs(cache.path(), 3'600'000), QStringList()); // all too young
        QStringList removed = removeStaleReplayDirs(cache.path(), 0);
        removed.sort();
        QCOMPARE(removed, (QStringList {c.filePath("replay-empty"), c.filePath("replay-gone")}));
        QVERIFY(c.exists("replay-live/history.sqlite"));
        QVERIFY(c.exists("other"));
        QVERIFY(!c.exists("replay-gone"));
        QVERIFY(live.storedCount() == 0); // still open and working
    }

    // Flushes queued for a busy store go in one transaction: commitSoon()
    // waits behind what the queue holds, and says persisted() once for all.
    void flushesQueuedWhileBusyShareOneCommit()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath("group.sqlite"), committingAtFlushes());
        QVERIFY(store.openNow().ok());
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        for (int i = 0; i < 3; ++i) { // three flushes, queued as a busy pipeline queues them
            const QList<PropertyReport> batch {prop(QStringLiteral("g%1").arg(i), "Temp", i, 1000 + i)};
            QMetaObject::invokeMethod(&store, "storeProperties", Qt::QueuedConnection,
                                      Q_ARG(QList<linkscope::PropertyReport>, batch));
            QMetaObject::invokeMethod(&store, "commitSoon", Qt::QueuedConnection);
        }
        QCOMPARE(persisted.count(), 0);
        QTRY_COMPARE(persisted.count(), 1);
        QStringList ids = persisted.at(0).at(0).toStringList();
        ids.sort();
        QCOMPARE(ids, (QStringList {"g0", "g1", "g2"}));
        QCoreApplication::processEvents();
        QCOMPARE(persisted.count(), 1); // the later commitSoon()s found nothing waiting
        QCOMPARE(store.storedCount(), 3u);
    }

    // File > Record…: what is stored from then on, a JSON line each; a file
    // that cannot be written stops the recording once, in words, and the
    // history goes on storing and acknowledging.
    void recordingWritesWhatIsStoredAndStopsInWords()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath("rec.sqlite"), committingAtFlushes());
        QVERIFY(store.openNow().ok());
        QSignalSpy recording(&store, &HistoryStore::recordingChanged);
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        store.storeProperties({prop("before", "Temp", 1, 1000)});
        store.commit();
        const QString capture = dir.filePath("capture.jsonl");
        store.record(capture);
        QCOMPARE(recording.count(), 1);
        QCOMPARE(recording.last().at(0).toString(), capture);
        store.storeProperties({prop("r1", "Temp", 2, 2000), prop("r2", "Temp", 3, 3000)});
        store.storeProperties({prop("r1", "Temp", 2, 2000)}); // a duplicate: once
        store.commit();
        store.record(QString());
        QCOMPARE(recording.last().at(0).toString(), QString());
        store.storeProperties({prop("after", "Temp", 4, 4000)});
        store.commit();
        QFile f(capture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("\"messageId\":\"r1\""));
        QVERIFY(lines[1].contains("\"messageId\":\"r2\""));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        if (!QFile::exists("/dev/full"))
            QSKIP("no /dev/full here");
        recording.clear();
        store.record("/dev/full"); // every write: no space left on the device
        store.storeProperties({prop("f1", "Temp", 5, 5000)});
        store.commit();
        QCOMPARE(recording.count(), 2); // started, then stopped
        QCOMPARE(recording.last().at(0).toString(), QString());
        QVERIFY2(recording.last().at(1).toString().contains("/dev/full"),
                 qPrintable(recording.last().at(1).toString()));
        const qsizetype persistedBefore = persisted.count();
        store.storeProperties({prop("f2", "Temp", 6, 6000)});
        store.commit();
        QCOMPARE(recording.count(), 2); // said once
        QCOMPARE(persisted.count(), persistedBefore + 1); // the history goes on
    }

    void storage_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("memory") << true;
        QTest::newRow("file") << false;
    }

    void persistedNamesEveryMessageOnce_data() { storage_data(); }
    void persistedNamesEveryMessageOnce()
    {
        QFETCH(bool, inMemory);
        HistoryStore store(inMemory ? QStringLiteral(":memory:") : m_dir.filePath(QStringLiteral("p.sqlite")),
                           noRetention());
        QVERIFY(store.openNow().ok());
        QSignalSpy spy(&store, &HistoryStore::persisted);
        // Two reports of one message, and one of another.
        store.storeProperties(
            {prop("m1", "Temp", 21.5, 1000), prop("m1", "Hum", 40, 1000), prop("m2", "Temp", 22.0, 2000)});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList({"m1", "m2"}));
        // A duplicate is persisted (so it gets acknowledged) but not stored twice.
        store.storeProperties({prop("m2", "Temp", 99.0, 2000)});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList({"m2"}));
        const auto buckets = store.samples({dev(), "Temp", 0, 10000, 10});
        QVERIFY(buckets.ok());
        int count = 0;
        for (const SampleBucket &b : *buckets)
            count += b.count;
        QCOMPARE(count, 2);
        const auto devices = store.devices();
        QCOMPARE(devices->size(), 1);
        QCOMPARE(devices->first().messageCount, 2);
    }

    void duplicatesAreRecognisedAcrossRestarts()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.sqlite"));
        {
            HistoryStore store(path, noRetention());
            QVERIFY(store.openNow().ok());
            store.storeEvents({eventMsg("e1", "DoorOpen", "开门通知", EventType::Info, 1000)});
        }
        HistoryStore store(path, noRetention());
        QVERIFY(store.openNow().ok());
        QSignalSpy spy(&store, &HistoryStore::persisted);
        store.storeEvents({eventMsg("e1", "DoorOpen", "开门通知", EventType::Info, 1000)});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store.events({})->total, 1);
        // The device list is there at start, before any new message.
        const auto devices = store.devices();
        QCOMPARE(devices->size(), 1);
        QCOMPARE(devices->first().device.deviceName, QStringLiteral("dev1"));
    }

    void deviceSummaryHasLastValuesAndState()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        store.storeProperties(
            {prop("a", "Temp", 20.0, 1000), prop("b", "Temp", 23.0, 3000), prop("c", "Mode", "eco", 2000)});
        store.storeProperties({prop("late", "Temp", 5.0, 500)}); // arrives late: not the last value
        store.storeStatuses({status("s1", true, 1000), status("s2", false, 4000), status("s0", true, 3500)});
        const auto devices = store.devices();
        QVERIFY(devices.ok());
        const DeviceSummary s = devices->first();
        QCOMPARE(s.deviceType, QStringLiteral("Sensor"));
        QCOMPARE(s.device.iotId, QStringLiteral("iot-dev1"));
        QVERIFY(!s.online); // the newest status wins, not the last to arrive
        QCOMPARE(s.onlineSince, 4000);
        QCOMPARE(s.messageCount, 7);
        QCOMPARE(s.lastValues.size(), 2);
        QCOMPARE(s.lastValues[0].attribute, QStringLiteral("Mode"));
        QCOMPARE(s.lastValues[0].value, QVariant(QStringLiteral("eco")));
        QCOMPARE(s.lastValues[1].value.toDouble(), 23.0);
        QCOMPARE(s.lastValues[1].time, 3000);
    }

    void samplesReduceToBuckets()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        QList<PropertyReport> batch;
        // 100 samples, t = 0..99 s, value = t; 10 buckets of 10 s.
        for (int i = 0; i < 100; ++i)
            batch << prop(QStringLiteral("s%1").arg(i), "Power", i, i * 1000LL);
        batch << prop("bool", "Switch", true, 5000);
        batch << prop("text", "Power", "n/a", 55'000); // text does not enter min/max
        store.storeProperties(batch);
        const auto b = store.samples({dev(), "Power", 0, 99'999, 10});
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(b->at(i).start, i * 10'000LL);
            QCOMPARE(b->at(i).min, i * 10.0);
            QCOMPARE(b->at(i).max, i * 10.0 + 9);
            QCOMPARE(b->at(i).last, i * 10.0 + 9);
            QCOMPARE(b->at(i).count, 10);
        }
        const auto sw = store.samples({dev(), "Switch", 0, 10'000, 1});
        QCOMPARE(sw->first().max, 1.0);
        QVERIFY(store.samples({dev(), "Nope", 0, 10, 1})->isEmpty());
        QVERIFY(!store.samples({dev(), "Power", 10, 10, 1}).ok());
    }

    void wideBucketsUseRollups()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        // Two hours at 1 Hz, value = seconds since start, written in shuffled batches.
        QList<PropertyReport> all;
        for (int i = 0; i < 7200; ++i)
            all << prop(QStringLiteral("r%1").arg(i), "Power", i, i * 1000LL);
        std::mt19937 rng(3);
        std::shuffle(all.begin(), all.end(), rng);
        for (int i = 0; i < all.size(); i += 700)
            store.storeProperties(all.mid(i, 700));
        // Hour buckets (hourly rollups) and minute buckets (minute rollups), aligned: exact.
        const auto hours = store.samples({dev(), "Power", 0, 7'199'999, 2});
        QVERIFY(hours.ok());
        QCOMPARE(hours->size(), 2);
        QCOMPARE(hours->at(0), (SampleBucket {0, 3'599'999, 0, 3599, 3599, 3'599'000, 3600}));
        QCOMPARE(hours->at(1), (SampleBucket {3'600'000, 7'199'999, 3600, 7199, 7199, 7'199'000, 3600}));
        const auto minutes = store.samples({dev(), "Power", 0, 7'199'999, 120});
        QCOMPARE(minutes->size(), 120);
        for (int m = 0; m < 120; ++m) {
            QCOMPARE(minutes->at(m).min, m * 60.0);
            QCOMPARE(minutes->at(m).max, m * 60.0 + 59);
            QCOMPARE(minutes->at(m).last, m * 60.0 + 59);
            QCOMPARE(minutes->at(m).count, 60);
        }
        // The raw path agrees where both apply.
        const auto raw = store.samples({dev(), "Power", 0, 59'999, 6});
        QCOMPARE(raw->first().min, 0.0);
        QCOMPARE(raw->last().max, 59.0);
        // A late duplicate id changes nothing; a late new value enters its minute.
        store.storeProperties({prop("r10", "Power", 1e6, 10'000), prop("late", "Power", -5, 30'500)});
        const auto after = store.samples({dev(), "Power", 0, 7'199'999, 120});
        QCOMPARE(after->first().min, -5.0);
        QCOMPARE(after->first().max, 59.0);
        QCOMPARE(after->first().last, 59.0); // the late one is not the newest
        QCOMPARE(after->first().count, 61);
    }

    void statusIntervals()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        store.storeStatuses({status("a", true, 500), status("b", false, 2000), status("c", false, 2500),
                             status("d", true, 3000), status("e", true, 100, dev("other"))});
        const auto iv = store.status({dev()}, 1000, 5000);
        QVERIFY(iv.ok());
        QCOMPARE(iv->size(), 3);
        QCOMPARE(iv->at(0), (StatusInterval {dev(), 1000, 2000, true, false})); // known from before the range
        QCOMPARE(iv->at(1),
                 (StatusInterval {dev(), 2000, 3000, false, false})); // the repeat at 2500 extends it
        QCOMPARE(iv->at(2), (StatusInterval {dev(), 3000, 5000, true, true}));
        QCOMPARE(store.status({}, 0, 5000)->size(), 4); // every device when none is named
    }

    void bindingsCurrentAndHistory()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        store.storeBindings({binding("b1", true, "owner", true, 1000),
                             binding("b2", true, "guest", false, 2000),
                             binding("b3", false, "guest", false, 3000)});
        const auto b = store.bindings(dev());
        QVERIFY(b.ok());
        QCOMPARE(b->current.size(), 1);
        QCOMPARE(b->current.first().identity.identityId, QStringLiteral("owner"));
        QVERIFY(b->current.first().identity.owned);
        QCOMPARE(b->history.size(), 3);
        QCOMPARE(b->history.first().time, 3000); // newest first
        QVERIFY(!b->history.first().bind);
    }

    void eventAndReplyFilters()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        QList<DeviceEvent> events;
        for (int i = 0; i < 30; ++i)
            events << eventMsg(QStringLiteral("e%1").arg(i), i % 3 ? "DoorOpen" : "Tamper",
                               i % 3 ? "开门通知" : "防撬报警", EventType(i % 3), 1000 + i,
                               i < 20 ? dev() : dev("dev2"));
        store.storeEvents(events);
        store.storeReplies(
            {reply("r1", 200, 1000), reply("r2", 9201, 2000), reply("r3", 9201, 3000, dev("dev2"))});

        LogQuery all;
        QCOMPARE(store.events(all)->total, 30);
        LogQuery page;
        page.limit = 7;
        page.offset = 7;
        const auto p = store.events(page);
        QCOMPARE(p->total, 30);
        QCOMPARE(p->rows.size(), 7);
        QCOMPARE(p->rows.first().time, 1000 + 29 - 7); // newest first
        LogQuery alerts;
        alerts.eventTypeMask = 1 << int(EventType::Alert);
        QCOMPARE(store.events(alerts)->total, 10);
        LogQuery byDevice;
        byDevice.device.deviceName = QStringLiteral("dev2");
        QCOMPARE(store.events(byDevice)->total, 10);
        LogQuery text;
        text.text = QStringLiteral("防撬");
        QCOMPARE(store.events(text)->total, 10);
        LogQuery identifier;
        identifier.identifier = QStringLiteral("DoorOpen");
        identifier.from = 1010;
        identifier.to = 1019;
        QCOMPARE(store.events(identifier)->total, 7);
        const DeviceEvent e = store.events(all)->rows.first();
        QCOMPARE(e.value.value(QStringLiteral("Level")).toInt(), 2);
        QCOMPARE(e.meta.messageId, QStringLiteral("e29"));

        LogQuery code;
        code.code = 9201;
        QCOMPARE(store.replies(code)->total, 2);
        LogQuery search;
        search.text = QStringLiteral("req-r1");
        QCOMPARE(store.replies(search)->rows.first().code, 200);
        LogQuery wildcard;
        wildcard.text = QStringLiteral("%");
        QCOMPARE(store.replies(wildcard)->total, 0); // LIKE wildcards are searched literally
    }

    void rejectsAndOtherKindsAreKept()
    {
        HistoryStore store(":memory:", noRetention());
        QVERIFY(store.openNow().ok());
        QSignalSpy spy(&store, &HistoryStore::persisted);
        Rejected r;
        r.meta = meta("bad", 1000);
        r.reason = QStringLiteral("items is missing");
        r.payload = "{\"x\":1}";
        store.storeRejects({r, r});
        LifecycleChange l;
        l.meta = meta("life", 1000);
        l.device = dev();
        l.action = QStringLiteral("disable");
        RawMessage raw;
        raw.meta = meta("raw", 1000, "/custom");
        raw.payload = "\xff not json";
        store.storeOther({DecodedMessage(l), DecodedMessage(raw)});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList({"bad"}));
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList({"life", "raw"}));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("SELECT reason, payload FROM rejects") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("items is missing"));
        QVERIFY(!q.next()); // once
        QVERIFY(q.exec("SELECT payload FROM raw_messages") && q.next());
        QCOMPARE(q.value(0).toByteArray(), QByteArray("\xff not json"));
    }

    void textThatLooksLikeANonFiniteNumberIsKeptAsText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("nan") << QVariant(QStringLiteral("nan"));
        QTest::newRow("NaN") << QVariant(QStringLiteral("NaN"));
        QTest::newRow("inf") << QVariant(QStringLiteral("inf"));
        QTest::newRow("-inf") << QVariant(QStringLiteral("-inf"));
        QTest::newRow("1e400") << QVariant(QStringLiteral("1e400"));
        QTest::newRow("nan double") << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("inf double") << QVariant(std::numeric_limits<double>::infinity());
    }
    void textThatLooksLikeANonFiniteNumberIsKeptAsText()
    {
        // Qt reads "nan" as a number and SQLite stores a bound NaN as NULL: a
        // whole batch was lost to one such value. Now it is text, and the
        // batch's other messages are stored with it.
        QFETCH(QVariant, value);
        HistoryStore store(m_dir.filePath(QStringLiteral("nan-%1.sqlite").arg(QTest::currentDataTag())),
                           noRetention());
        QVERIFY(store.openNow().ok());
        QSignalSpy stored(&store, &HistoryStore::persisted);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        store.storeProperties(
            {prop("a", "Temp", 20.0, 1000), prop("n", "Temp", value, 2000), prop("b", "Temp", 21.0, 3000)});
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).toStringList(), QStringList({"a", "n", "b"}));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT message_id, num, text FROM samples ORDER BY time"));
        int rows = 0;
        while (q.next()) {
            ++rows;
            if (q.value(0).toString() == u"n") {
                QVERIFY(q.value(1).isNull()); // no number for a chart
                QVERIFY(!q.value(2).isNull() || !value.toString().isEmpty());
            } else {
                QVERIFY(std::isfinite(q.value(1).toDouble()));
            }
        }
        QCOMPARE(rows, 3);
        // The rollups hold the finite values only.
        QVERIFY(q.exec("SELECT SUM(cnt) FROM sample_rollups WHERE level = 60000"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void oneMessageTheDatabaseRefusesCostsOnlyItself()
    {
        // A message the database refuses (here a trigger, as a constraint
        // would): the batch is retried message by message, the others are
        // stored, and that one is kept among the rejects with the database's
        // reason. All are reported persisted, so all are acknowledged.
        const QString path = m_dir.filePath(QStringLiteral("poison.sqlite"));
        HistoryStore store(path, noRetention());
        QVERIFY(store.openNow().ok());
        {
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec("CREATE TRIGGER poison BEFORE INSERT ON samples WHEN NEW.text = '\"poison\"' "
                           "BEGIN SELECT RAISE(ABORT, 'a poisoned value'); END"));
        }
        QSignalSpy stored(&store, &HistoryStore::persisted);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        store.storeProperties({prop("a", "Temp", 20.0, 1000),
                               prop("p", "Name", QStringLiteral("poison"), 2000),
                               prop("p", "Temp", 22.0, 2000), prop("b", "Temp", 21.0, 3000)});
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).toStringList(), QStringList({"a", "p", "b"}));
        QCOMPARE(store.storedCount(), 3ULL);
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("SELECT message_id FROM samples ORDER BY time"));
        QStringList samples;
        while (q.next())
            samples << q.value(0).toString();
        QCOMPARE(samples, QStringList({"a", "b"})); // nothing of "p", not even its good report
        QVERIFY(q.exec("SELECT message_id, reason, expected_kind FROM rejects"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString("p"));
        QVERIFY2(q.value(1).toString().contains(u"a poisoned value"), qPrintable(q.value(1).toString()));
        QCOMPARE(MessageKind(q.value(2).toInt()), MessageKind::Property);
        QVERIFY(!q.next());
        QVERIFY(q.exec("SELECT kind FROM messages WHERE message_id = 'p'"));
        QVERIFY(q.next());
        QCOMPARE(MessageKind(q.value(0).toInt()), MessageKind::Rejected);
    }

    void aFullDiskKeepsTheBatchAndStoresItOnceThereIsRoom()
    {
        // When the storage itself fails, every message would fail alike: it
        // is not retried message by message, nothing is kept as rejected or
        // reported stored, and the batch waits. It is written by itself once
        // there is room again, and what came meanwhile with it, in order.
        HistoryStore::Options o = noRetention();
        o.retryIntervalMs = 20;
        HistoryStore store(m_dir.filePath(QStringLiteral("full.sqlite")), o);
        QVERIFY(store.openNow().ok());
        QVERIFY(store.limitPages(1).ok()); // no page more than it has
        QSignalSpy stored(&store, &HistoryStore::persisted);
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy problems(&store, &HistoryStore::storageChanged);
        QList<PropertyReport> batch;
        for (int i = 0; i < 200; ++i)
            batch << prop(QStringLiteral("f%1").arg(i), "Blob", QString(2000, u'x'), 1000 + i);
        store.storeProperties(batch);
        QCOMPARE(stored.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(u"full"),
                 qPrintable(problems.at(0).at(0).toString()));
        QVERIFY(store.storageProblem().contains(u"full"));
        QCOMPARE(store.waitingBatches(), 1);
        store.storeProperties({prop("later", "Temp", 1.0, 5000)}); // waits behind it, untried
        QCOMPARE(store.waitingBatches(), 2);
        QTest::qWait(100); // retries, still full
        QCOMPARE(stored.count(), 0);
        QCOMPARE(problems.count(), 1); // said once
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("SELECT COUNT(*) FROM rejects"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT COUNT(*) FROM messages"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(store.limitPages(0).ok()); // room again
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).toStringList().size(), 201); // both batches, one commit
        QCOMPARE(problems.count(), 2);
        QVERIFY(problems.at(1).at(0).toString().isEmpty());
        QVERIFY(store.storageProblem().isEmpty());
        QCOMPARE(store.waitingBatches(), 0);
        QCOMPARE(store.storedCount(), 201u);
        QVERIFY(q.exec("SELECT COUNT(*) FROM messages"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 201);
    }

    void oneCommitPerFlushCoversEveryKind()
    {
        // With commitOnFlush the kinds of one flush wait for commit() and go
        // into one transaction: one persisted() for all of them.
        HistoryStore::Options o = noRetention();
        o.commitOnFlush = true;
        HistoryStore store(m_dir.filePath(QStringLiteral("flush.sqlite")), o);
        QVERIFY(store.openNow().ok());
        QSignalSpy stored(&store, &HistoryStore::persisted);
        store.storeProperties({prop("fp1", "Temp", 20.0, 1000), prop("fp2", "Temp", 21.0, 2000)});
        DeviceEvent e;
        e.meta = meta(QStringLiteral("fe1"), 1500, QStringLiteral("/pkA/dev1/thing/event/alarm/post"));
        e.device = dev("dev1");
        e.identifier = QStringLiteral("alarm");
        e.time = 1500;
        store.storeEvents({e});
        QCOMPARE(stored.count(), 0); // nothing committed, nothing acknowledged yet
        QCOMPARE(store.waitingBatches(), 2);
        store.commit();
        QCOMPARE(stored.count(), 1);
        QStringList ids = stored.at(0).at(0).toStringList();
        ids.sort();
        QCOMPARE(ids, (QStringList {"fe1", "fp1", "fp2"}));
        QCOMPARE(store.storedCount(), 3u);
        store.commit(); // nothing waits: nothing to say
        QCOMPARE(stored.count(), 1);
        // The last value is the newest of the flush, the late one does not replace it.
        store.storeProperties({prop("fp3", "Temp", 30.0, 9000), prop("fp4", "Temp", 25.0, 3000)});
        store.commit();
        auto devices = store.devices();
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 1);
        QCOMPARE(devices->first().messageCount, 5);
        const QList<LastValue> last = devices->first().lastValues;
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().time, 9000);
        QCOMPARE(last.first().value.toDouble(), 30.0);
    }

    void theWritersCachesHaveACostLimit()
    {
        // Device and attribute names are the peer's choice: the row caches
        // start over past their limit instead of growing with every name.
        HistoryStore store(QStringLiteral(":memory:"), noRetention());
        QVERIFY(store.openNow().ok());
        StoreWriter writer(QSqlDatabase::database(store.connectionName()), {100, 1024 * 1024});
        for (int batch = 0; batch < 10; ++batch) {
            QList<PropertyReport> reports;
            for (int i = 0; i < 50; ++i) {
                const int n = batch * 50 + i;
                reports << prop(QStringLiteral("c%1").arg(n), QStringLiteral("A%1").arg(n), n, 1000 + n,
                                dev(QStringLiteral("device-%1").arg(n)));
            }
            QVERIFY(writer.writeProperties(reports).ok());
            QVERIFY2(writer.cachedRows() <= 100 + 2 * 50 + 1,
                     qPrintable(QString::number(writer.cachedRows())));
        }
        QVERIFY(
            writer.writeProperties({prop("last", "A0", 1, 99999, dev("device-0"))}).ok()); // still correct
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("SELECT COUNT(*) FROM devices"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 500);
    }

    void filesAreTheOwnersAlone()
    {
        // The history, its WAL and the JSONL mirror are created 0600.
        const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
        HistoryStore::Options o = noRetention();
        o.jsonlMirror = m_dir.filePath(QStringLiteral("private.jsonl"));
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        store.storeProperties({prop("x", "Temp", 20.0, 1000)});
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &f : {path, path + "-wal", path + "-shm", o.jsonlMirror}) {
            QVERIFY2(QFile::exists(f), qPrintable(f));
            QCOMPARE(QFileInfo(f).permissions() & mask, ownerOnly);
        }
        const QString exported = m_dir.filePath(QStringLiteral("export.jsonl"));
        QVERIFY(store.exportJsonlTo(exported, 0, std::numeric_limits<qint64>::max()).ok());
        QCOMPARE(QFileInfo(exported).permissions() & mask, ownerOnly);
    }

    void writesFailClearlyWhenClosed()
    {
        HistoryStore store(":memory:", noRetention());
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy persisted(&store, &HistoryStore::persisted);
        store.storeProperties({prop("m1", "Temp", 1, 1)});
        QCOMPARE(persisted.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the history store is not open"));
        QCOMPARE(failed.at(0).at(1).toStringList(), QStringList({"m1"}));
    }

    void refusesAFileFromTheFuture()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec("PRAGMA user_version = 99");
            db.close();
        }
        QSqlDatabase::removeDatabase("future");
        HistoryStore store(path, noRetention());
        const auto r = store.openNow();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"schema version 99"), qPrintable(r.error()));
    }

    void fileIsWalAndFullSync()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("wal.sqlite")), noRetention());
        QVERIFY(store.openNow().ok());
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec("PRAGMA synchronous") && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec("PRAGMA user_version") && q.next());
        QCOMPARE(q.value(0).toInt(), SchemaVersion);
    }

    void runsOnItsOwnThread()
    {
        auto *store = new HistoryStore(m_dir.filePath(QStringLiteral("thread.sqlite")), noRetention());
        QThread thread;
        store->moveToThread(&thread);
        connect(&thread, &QThread::finished, store, &QObject::deleteLater);
        thread.start();
        QSignalSpy opened(store, &HistoryStore::opened);
        QSignalSpy persisted(store, &HistoryStore::persisted);
        QSignalSpy loaded(store, &HistoryStore::devicesLoaded);
        // The store answers on its own thread, possibly before we start waiting:
        // wait on the count, not on a new emission.
        QMetaObject::invokeMethod(store, &HistoryStore::open, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QVERIFY(opened.at(0).at(0).toBool());
        const QList<PropertyReport> batch {prop("t1", "Temp", 1.5, 100)};
        QMetaObject::invokeMethod(
            store, [store, batch] { store->storeProperties(batch); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(persisted.count(), 1, 5000);
        QCOMPARE(persisted.at(0).at(0).toStringList(), QStringList({"t1"}));
        QMetaObject::invokeMethod(
            store, [store] { store->requestDevices(42); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), 42ULL); // the request id comes back
        QCOMPARE(loaded.at(0).at(1).value<QList<DeviceSummary>>().size(), 1);
        QMetaObject::invokeMethod(store, &HistoryStore::close, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
