#pragma once

// A subscriber (either protocol) and the history store on their own
// threads, wired as the app wires them, plus what the tests read back: the
// emulator's manifest and the message ids in a history file.

#include "store/historystore.h"
#include "transport/messagepipeline.h"
#include "transport/subscriber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

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

} // namespace
