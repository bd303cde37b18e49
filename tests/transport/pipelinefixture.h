#pragma once

// A subscriber (either protocol) and the history store on their own
// threads, wired as the app wires them, plus what the tests read back: the
// emulator's manifest and the message ids in a history file; and the
// scenarios both subscribers must pass alike.

#include "common/simprocess.h"
#include "store/historystore.h"
#include "pipeline/messagepipeline.h"
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

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonObject readManifest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// Subscriber and store on their own threads, wired as the app wires them.
struct Pipeline {
    QThread storeThread, subThread;
    store::HistoryStore *store;
    transport::Subscriber *sub;
    QList<QPair<ConnectionState, QString>> states;
    QMutex mutex;

    Pipeline(const SubscriberProfile &profile, const QString &dbPath)
        : Pipeline(transport::makeSubscriber(profile), dbPath)
    {
    }

    Pipeline(std::unique_ptr<transport::Subscriber> subscriber, const QString &dbPath)
    {
        store::HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        store = new store::HistoryStore(dbPath, o);
        store->moveToThread(&storeThread);
        storeThread.start();
        QMetaObject::invokeMethod(
            store, [this] { store->openNow(); }, Qt::BlockingQueuedConnection);
        sub = subscriber.release();
        sub->moveToThread(&subThread);
        subThread.start();
        using S = transport::Subscriber;
        using H = store::HistoryStore;
        QObject::connect(sub, &S::propertiesReported, store, &H::storeProperties);
        QObject::connect(sub, &S::eventsReceived, store, &H::storeEvents);
        QObject::connect(sub, &S::serviceRepliesReceived, store, &H::storeReplies);
        QObject::connect(sub, &S::statusesChanged, store, &H::storeStatuses);
        QObject::connect(sub, &S::bindingsChanged, store, &H::storeBindings);
        QObject::connect(sub, &S::otherReceived, store, &H::storeOther);
        QObject::connect(sub, &S::rejected, store, &H::storeRejects);
        QObject::connect(store, &H::persisted, sub, &S::acknowledge);
        QObject::connect(
            sub, &S::connectionStateChanged, sub,
            [this](ConnectionState s, const QString &d) {
                QMutexLocker l(&mutex);
                states.append({s, d});
            },
            Qt::DirectConnection);
        QMetaObject::invokeMethod(sub, &S::start, Qt::QueuedConnection);
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

    void stop()
    {
        if (!sub)
            return;
        QElapsedTimer t;
        t.start();
        QMetaObject::invokeMethod(
            sub, [this] { sub->pipeline()->flush(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            store, [] {}, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            sub, [] {}, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            sub, [this] { delete sub; }, Qt::BlockingQueuedConnection);
        sub = nullptr;
        stopMs = t.elapsed();
        subThread.quit();
        subThread.wait();
        QMetaObject::invokeMethod(
            store, [this] { delete store; }, Qt::BlockingQueuedConnection);
        storeThread.quit();
        storeThread.wait();
    }
    qint64 stopMs = 0;
};

// Message ids in a history file, with how often each is there.
QHash<QString, int> storedIds(const QString &path)
{
    QHash<QString, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT message_id FROM messages");
            while (q.next())
                ++out[q.value(0).toString()];
        }
    }
    QSqlDatabase::removeDatabase("inspect");
    return out;
}

// Stored messages by kind name ("property", "event" …).
QHash<QString, int> storedKinds(const QString &path)
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
void restartLosesNothing(const QTemporaryDir &dir, const QStringList &simArgs, const ProfileFor &profile,
                         bool http2)
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
    const QHash<QString, int> stored = storedIds(db);
    const QStringList sent = strings(readManifest(manifest).value("sent"));
    QCOMPARE(sent.size(), 800);
    for (const QString &id : sent)
        QVERIFY2(stored.value(id) == 1, qPrintable(id)); // every id exactly once
}

// The emulator drops the connection after 120 deliveries and pushes 10 % of
// the messages twice: each of the 300 is stored once.
void dropsAndDuplicatesStoreOnce(const QTemporaryDir &dir, const QStringList &simArgs,
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
    const QHash<QString, int> stored = storedIds(db);
    QCOMPARE(stored.size(), 300);
    for (int n : stored)
        QCOMPARE(n, 1);
    QVERIFY(sim.log().contains(u"fault: dropping the connection"));
}

} // namespace
