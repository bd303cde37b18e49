#pragma once

// A subscriber (either protocol) and the history store on their own
// threads, wired as the app wires them, plus what the tests read back: the
// emulator's manifest and the message ids in a history file; and the
// scenarios both subscribers must pass alike.

#include "common/historycheck.h"
#include "common/simprocess.h"
#include "pipeline/messagepipeline.h"
#include "session/pipelinehost.h"
#include "store/historystore.h"
#include "store/intakelog.h"
#include "transport/subscriber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <functional>

using namespace linkscope;

namespace {

// The app's own pipeline (PipelineHost: subscriber and store on their
// threads, wired as the app and linkscope-collect run them), plus the
// states the subscriber went through, recorded on its thread as they happen.
struct Pipeline {
    PipelineHost host;
    QList<QPair<ConnectionState, QString>> states;
    QMutex mutex;
    QString startError;

    Pipeline(const SubscriberProfile &profile, const QString &dbPath)
        : Pipeline(transport::makeSubscriber(profile), dbPath)
    {
    }

    Pipeline(std::unique_ptr<transport::Subscriber> subscriber, const QString &dbPath)
        : host(std::move(subscriber), PipelineHost::Options {dbPath, {}, 0})
    {
        QObject::connect(
            host.subscriber(), &transport::Subscriber::connectionStateChanged, host.subscriber(),
            [this](ConnectionState s, const QString &d) {
                QMutexLocker l(&mutex);
                states.append({s, d});
            },
            Qt::DirectConnection);
        if (auto r = host.start(); !r)
            startError = r.error();
    }

    ~Pipeline() { stop(); }

    bool sawState(ConnectionState s, QString *detail = nullptr)
    {
        QMutexLocker l(&mutex);
        for (const auto &[state, d] : states) {
            if (state == s) {
                if (detail)
                    *detail = d;
                return true;
            }
        }
        return false;
    }

    void stop() { host.stop(); }
};

// How often each message id is in a history file: in the messages table,
// and in every table a message writes rows to. A message stored twice shows
// up here as 2 in its own table, whatever the messages table's key allows.
struct StoredRows {
    QHash<QString, int> messages; // rows in `messages`, per id
    QHash<QString, int> maxPerTable; // the most rows one table holds for an id (per property: one)
    QString worst; // "table id count" of the worst, for a readable failure
};

inline StoredRows storedRows(const QString &path)
{
    StoredRows out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "rows");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT message_id, COUNT(*) FROM messages GROUP BY message_id");
            while (q.next())
                out.messages.insert(q.value(0).toString(), q.value(1).toInt());
            // A property post writes one sample per attribute: count per attribute.
            const QStringList perMessage {
                "SELECT message_id, COUNT(*) FROM samples GROUP BY message_id, attribute_id",
                "SELECT message_id, COUNT(*) FROM events GROUP BY message_id",
                "SELECT message_id, COUNT(*) FROM replies GROUP BY message_id",
                "SELECT message_id, COUNT(*) FROM status_changes GROUP BY message_id",
                "SELECT message_id, COUNT(*) FROM binding_history GROUP BY message_id, identity_id",
                "SELECT message_id, COUNT(*) FROM other_messages GROUP BY message_id",
                "SELECT message_id, COUNT(*) FROM rejects GROUP BY message_id",
                "SELECT message_id, COUNT(*) FROM raw_messages GROUP BY message_id",
            };
            for (const QString &sql : perMessage) {
                q.exec(sql);
                while (q.next()) {
                    const QString id = q.value(0).toString();
                    const int n = q.value(1).toInt();
                    if (n > out.maxPerTable.value(id)) {
                        out.maxPerTable[id] = n;
                        if (n > 1)
                            out.worst = QStringLiteral("%1: %2 rows for %3")
                                            .arg(sql.section(' ', 4, 4), QString::number(n), id);
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase("rows");
    return out;
}

// Every id of `ids` is stored exactly once: one row in `messages`, and no
// table of a kind holds a message's row (per attribute or identity) twice.
inline void verifyStoredOnce(const QString &path, const QStringList &ids)
{
    const StoredRows rows = storedRows(path);
    QVERIFY2(rows.worst.isEmpty(), qPrintable(rows.worst));
    for (const QString &id : ids)
        QVERIFY2(rows.messages.value(id) == 1, qPrintable(id));
}

// Stored messages by kind name ("property", "event" …).
inline QHash<QString, int> storedKinds(const QString &path)
{
    QHash<QString, int> byKind;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "kinds");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT kind, COUNT(*) FROM messages GROUP BY kind");
            while (q.next())
                byKind[kindName(MessageKind(q.value(0).toInt()))] = q.value(1).toInt();
        }
    }
    QSqlDatabase::removeDatabase("kinds");
    return byKind;
}

using ProfileFor = std::function<SubscriberProfile(const SimProcess &)>;

// The emulator is SIGKILLed mid-stream and restarted on the same port with
// its state: every message it sent is stored exactly once.
inline void restartLosesNothing(const QTemporaryDir &dir, const QStringList &simArgs,
                                const ProfileFor &profile, bool http2)
{
    const QString state = dir.filePath("restart-state"), manifest = dir.filePath("restart-manifest.json");
    const QString db = dir.filePath("restart.sqlite");
    const QStringList args = simArgs
        + QStringList {"--rate",     "200",    "--count",           "800", "--state-dir",       state,
                       "--manifest", manifest, "--redeliver-after", "0.5", "--redeliver-batch", "200"};
    auto sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(sim->start(args, &error), qPrintable(error));
    const int port = http2 ? sim->http2Port() : sim->amqpPort();
    Pipeline p(profile(*sim), db);
    QTRY_VERIFY_WITH_TIMEOUT(storedIds(db).size() > 200, 30000);
    sim->crash(); // mid-stream, without a word
    QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting), 10000);
    sim = std::make_unique<SimProcess>();
    QVERIFY2(sim->start(args + QStringList {http2 ? "--http2-port" : "--amqp-port", QString::number(port)},
                        &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 800, 90000);
    p.stop();
    QCOMPARE(sim->stop(), 0);
    const QStringList sent = strings(readManifest(manifest).value("sent"));
    QCOMPARE(sent.size(), 800);
    verifyStoredOnce(db, sent); // every id exactly once, in every table
}

// The emulator drops the connection after 120 deliveries and pushes 10 % of
// the messages twice: each of the 300 is stored once.
inline void dropsAndDuplicatesStoreOnce(const QTemporaryDir &dir, const QStringList &simArgs,
                                        const ProfileFor &profile)
{
    const QString manifest = dir.filePath("drop-manifest.json"), db = dir.filePath("drop.sqlite");
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(simArgs
                           + QStringList {"--rate", "0", "--count", "300", "--drop-after", "120",
                                          "--redeliver-after", "0.5", "--redeliver-batch", "100",
                                          "--duplicate", "0.1", "--manifest", manifest},
                       &error),
             qPrintable(error));
    Pipeline p(profile(sim), db);
    QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 300, 60000);
    p.stop();
    sim.stop();
    QCOMPARE(storedIds(db).size(), 300);
    verifyStoredOnce(db, strings(readManifest(manifest).value("sent")));
    QVERIFY(sim.log().contains(u"fault: dropping the connection"));
}

// Every message on disk: in the history's tables, or in the intake log they
// are built from (store/intakelog.h), once per id.
inline QHash<QString, int> durableIds(const QString &db)
{
    QHash<QString, int> ids = storedIds(db);
    auto logged = store::IntakeReader::readAll(db + QStringLiteral(".intake"));
    if (!logged)
        qFatal("the intake log cannot be read: %s", qPrintable(logged.error()));
    for (const store::IntakeRecord &r : *logged)
        ids.insert(r.message.messageId, std::max(1, ids.value(r.message.messageId)));
    return ids;
}

// Stopped mid-stream: every message in the history was acknowledged to the
// cloud before the connection closed; none is left to come back again.
inline void storedIsAcknowledgedBeforeTheClose(const QTemporaryDir &dir, const QStringList &simArgs,
                                               const ProfileFor &profile)
{
    const QString manifest = dir.filePath("close-manifest.json"), db = dir.filePath("close.sqlite");
    SimProcess sim;
    QString error;
    QVERIFY2(
        sim.start(simArgs + QStringList {"--rate", "0", "--count", "20000", "--manifest", manifest}, &error),
        qPrintable(error));
    {
        Pipeline p(profile(sim), db);
        // On disk (in the intake log, the tables following after the burst).
        QTRY_VERIFY_WITH_TIMEOUT(p.host.durable() > 2000, 30000);
        p.stop();
    }
    const QHash<QString, int> stored = durableIds(db);
    QVERIFY(stored.size() > 2000);
    QVERIFY(stored.size() < 20000); // it really stopped mid-stream
    // The acknowledgements went out before the close; the emulator, which
    // rewrites its manifest every second, only has to read them (no new
    // connection will come to acknowledge anything).
    QTRY_COMPARE_WITH_TIMEOUT(storedButNotAcknowledged(stored, manifest), 0, 15000);
    QCOMPARE(sim.stop(), 0);
}

// The disk fills up mid-stream (the store's file is capped with SQLite's
// max_page_count): the state says "Cannot store: …", nothing more is
// acknowledged, no new credit (AMQP) or window (HTTP/2) goes out, and
// the emulator keeps what it sent. Once there is room again storing resumes by itself and every
// message of the manifest is stored once and acknowledged.
inline void aFullDiskLosesNothing(
    const QTemporaryDir &dir, const QStringList &simArgs,
    const std::function<std::unique_ptr<transport::Subscriber>(const SimProcess &)> &subscriber)
{
    const QString manifest = dir.filePath("full-manifest.json"), db = dir.filePath("full.sqlite");
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start(simArgs
                           + QStringList {"--rate", "400", "--count", "2000", "--redeliver-after", "0.5",
                                          "--redeliver-batch", "400", "--manifest", manifest},
                       &error),
             qPrintable(error));
    Pipeline p(subscriber(sim), db);
    QVERIFY2(p.startError.isEmpty(), qPrintable(p.startError));
    QStringList problems;
    QMutex problemsMutex;
    QObject::connect(
        &p.host, &PipelineHost::storageChanged, &p.host,
        [&](const QString &problem) {
            QMutexLocker l(&problemsMutex);
            problems << problem;
        },
        Qt::DirectConnection);
    quint64 received = 0; // deliveries that reached the subscriber, redeliveries included
    QObject::connect(
        &p.host, &PipelineHost::statsUpdated, &p.host,
        [&](const StatsSnapshot &stats) {
            QMutexLocker l(&problemsMutex);
            received = stats.received;
        },
        Qt::DirectConnection);
    const auto receivedNow = [&] {
        QMutexLocker l(&problemsMutex);
        return received;
    };
    store::HistoryStore *st = p.host.store();
    // The store's page cap, set on its thread; whether it took.
    const auto limitPages = [st](qint64 pages) {
        bool ok = false;
        QMetaObject::invokeMethod(
            st, [&] { ok = st->limitPages(pages).ok(); }, Qt::BlockingQueuedConnection);
        return ok;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedIds(db).size() > 50, 30000);
    // The disk is full: no page more than the file has now.
    QVERIFY(limitPages(1));
    const auto problemSeen = [&] {
        QMutexLocker l(&problemsMutex);
        return !problems.isEmpty() && problems.last().contains(u"full");
    };
    QTRY_VERIFY_WITH_TIMEOUT(problemSeen(), 30000);
    QTest::qWait(1500); // retries fail, redeliveries come and go
    const QStringList ackedWhileFull = strings(readManifest(manifest).value("acknowledged"));
    const QHash<QString, int> storedWhileFull = storedIds(db);
    QVERIFY(ackedWhileFull.size() < 2000);
    // Acknowledged means on disk: in the history, or in the intake log it is built from.
    const QHash<QString, int> durable = durableIds(db);
    for (const QString &id : ackedWhileFull)
        QVERIFY2(durable.contains(id), qPrintable(id));
    {
        // The credit (AMQP) or the connection window (HTTP/2) runs out, and
        // none comes back: the link goes quiet (the statistics come once a
        // second: two alike, 1.5 s apart).
        // (A loop, not QTRY_VERIFY: that evaluates its expression more than once.)
        quint64 before = receivedNow();
        bool quiet = false;
        for (int i = 0; i < 20 && !quiet; ++i) {
            QTest::qWait(1500);
            const quint64 now = receivedNow();
            quiet = std::exchange(before, now) == now;
        }
        QVERIFY(quiet);
    }
    const quint64 receivedWhileFull = receivedNow();
    QTest::qWait(1500);
    // Still full: not one acknowledgement more, and no credit or window for more messages.
    QCOMPARE(strings(readManifest(manifest).value("acknowledged")).size(), ackedWhileFull.size());
    QCOMPARE(storedIds(db).size(), storedWhileFull.size());
    QCOMPARE(receivedNow(), receivedWhileFull);
    qInfo() << "deliveries received by the time the link went quiet:" << receivedWhileFull;
    // It went quiet long before the 5 s stream was over, not at its end.
    QVERIFY2(receivedWhileFull < 700, qPrintable(QString::number(receivedWhileFull)));
    // Room again: it resumes by itself, and nothing is lost.
    QVERIFY(limitPages(0));
    QTRY_VERIFY_WITH_TIMEOUT(strings(readManifest(manifest).value("acknowledged")).size() == 2000, 60000);
    {
        QMutexLocker l(&problemsMutex);
        QVERIFY(problems.last().isEmpty()); // "storing again"
    }
    p.stop();
    sim.stop();
    const QStringList sent = strings(readManifest(manifest).value("sent"));
    QCOMPARE(sent.size(), 2000);
    verifyStoredOnce(db, sent);
    QCOMPARE(storedIds(db).size(), 2000);
}

} // namespace
