#include "sim/cloudqueue.h"
#include "sim/manifestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace linkscope;
using namespace linkscope::sim;

namespace {
SimMessage msg(int i, MessageKind kind = MessageKind::Property)
{
    SimMessage m;
    m.messageId = QString::number(1000 + i);
    m.topic = QStringLiteral("/pk/dn/thing/event/property/post");
    m.payload = "{}";
    m.expectedKind = kind;
    m.deviceId = QStringLiteral("pk/dn");
    m.values = {{QStringLiteral("T"), i}};
    return m;
}
QStringList ids(const QJsonObject &manifest, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : manifest.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}
} // namespace

class TestCloudQueue : public QObject {
    Q_OBJECT

private slots:
    void oneActiveClient()
    {
        CloudQueue q({});
        QStringList log;
        q.setLogger([&](const QString &l) { log << l; });
        const int a = q.attach(QStringLiteral("a"));
        const int b = q.attach(QStringLiteral("b"));
        QVERIFY(q.isActive(a));
        QVERIFY(!q.isActive(b));
        QVERIFY(log.last().contains(u"receives nothing"));
        q.publish(msg(1), 0);
        QVERIFY(!q.take(b));
        QCOMPARE(q.take(a)->messageId, QStringLiteral("1001"));
        q.detach(a, 0);
        QVERIFY(q.isActive(b)); // the next client takes over
        QVERIFY(log.last().contains(u"now the active consumer"));
    }

    void withoutClientMessagesGoOfflineAndComeBackInBatches()
    {
        CloudQueue::Options o;
        o.redeliverAfterMs = 1000;
        o.redeliverBatch = 10;
        CloudQueue q(o);
        for (int i = 0; i < 25; ++i)
            q.publish(msg(i), 0);
        QCOMPARE(q.offline(), 25);
        const int c = q.attach(QStringLiteral("c"));
        QVERIFY(!q.take(c)); // offline messages wait for the retry interval
        q.tick(0); // arms the timer
        q.tick(999);
        QVERIFY(!q.take(c));
        q.tick(1000);
        int got = 0;
        while (q.take(c))
            ++got;
        QCOMPARE(got, 10); // one batch
        q.tick(2000);
        while (q.take(c))
            ++got;
        QCOMPARE(got, 20);
    }

    void unacceptedIsRedelivered()
    {
        CloudQueue::Options o;
        o.redeliverAfterMs = 100;
        CloudQueue q(o);
        const int c = q.attach(QStringLiteral("c"));
        q.publish(msg(1), 0);
        q.publish(msg(2), 0);
        QCOMPARE(q.take(c)->messageId, QStringLiteral("1001"));
        QCOMPARE(q.take(c)->messageId, QStringLiteral("1002"));
        q.acknowledge(c, QStringLiteral("1001"));
        q.release(c, QStringLiteral("1002"), 0);
        q.tick(0);
        q.tick(100);
        QCOMPARE(q.take(c)->messageId, QStringLiteral("1002"));
        QVERIFY(!q.take(c));
        // Lost with the connection: offline too.
        q.detach(c, 200);
        QCOMPARE(q.offline(), 1);
        const QJsonObject m = q.manifest();
        QCOMPARE(ids(m, "sent"), QStringList({QStringLiteral("1001"), QStringLiteral("1002")}));
        QCOMPARE(ids(m, "acknowledged"), QStringList({QStringLiteral("1001")}));
    }

    void duplicatesArriveTwice()
    {
        CloudQueue::Options o;
        o.duplicateFraction = 1.0;
        CloudQueue q(o);
        const int c = q.attach(QStringLiteral("c"));
        q.publish(msg(1), 0);
        QCOMPARE(q.take(c)->messageId, QStringLiteral("1001"));
        QCOMPARE(q.take(c)->messageId, QStringLiteral("1001"));
        q.acknowledge(c, QStringLiteral("1001"));
        q.release(c, QStringLiteral("1001"), 0); // the copy's outcome no longer matters
        QCOMPARE(q.offline(), 0);
        QCOMPARE(ids(q.manifest(), "sent").size(), 1);
    }

    void retentionDropsOldOfflineMessages()
    {
        CloudQueue::Options o;
        o.retentionMs = 5000;
        CloudQueue q(o);
        q.publish(msg(1), 0);
        q.publish(msg(2), 4000);
        q.tick(5001);
        QCOMPARE(q.offline(), 1);
    }

    void manifestCountsAndLastValues()
    {
        CloudQueue q({});
        q.publish(msg(1), 0);
        q.publish(msg(2), 0);
        SimMessage bad = msg(3, MessageKind::Rejected);
        bad.malformed = true;
        bad.values.clear();
        q.publish(bad, 0);
        q.publish(msg(2), 0); // the same id again is not a new message
        const QJsonObject m = q.manifest();
        QCOMPARE(m.value(u"countsByKind").toObject().value(u"property").toInt(), 2);
        QCOMPARE(m.value(u"countsByKind").toObject().value(u"rejected").toInt(), 1);
        QCOMPARE(ids(m, "malformed"), QStringList({QStringLiteral("1003")}));
        QCOMPARE(m.value(u"lastValues").toObject().value(u"pk/dn").toObject().value(u"T").toInt(), 2);
    }

    void manifestTextIsTheManifestWithFinal()
    {
        CloudQueue q({});
        const int c = q.attach(QStringLiteral("c"));
        q.publish(msg(1), 0);
        SimMessage odd = msg(2);
        // Ids the writer must escape: a quote, a backslash, control characters
        // (short escapes and \u00XX), DEL, non-ASCII in and beyond the BMP, a lone surrogate.
        odd.messageId = QStringLiteral("a\"b\\c\u0001d\n\t\u007f\u00e9\u4e2d")
            + QString::fromUcs4(U"\U0001F600") + QChar(0xd800) + QStringLiteral("z");
        q.publish(odd, 0);
        SimMessage bad = msg(3, MessageKind::Rejected);
        bad.malformed = true;
        q.publish(bad, 0);
        const auto first = q.take(c);
        QVERIFY(first);
        q.acknowledge(c, first->messageId);
        for (const bool isFinal : {false, true}) {
            const QByteArray text = manifestJson(q.manifestSnapshot(), isFinal);
            QJsonObject expected = q.manifest();
            expected.insert(QStringLiteral("final"), isFinal);
            // Byte for byte what QJsonDocument writes, so strict parsers read it too.
            QCOMPARE(text, QJsonDocument(expected).toJson(QJsonDocument::Compact));
            QVERIFY(std::none_of(text.cbegin(), text.cend(), [](char byte) { return uchar(byte) < 0x20; }));
            const QJsonObject back = QJsonDocument::fromJson(text).object();
            QCOMPARE(ids(back, "sent").value(1), odd.messageId);
            QCOMPARE(ids(back, "acknowledged"), QStringList({QStringLiteral("1001")}));
        }
    }

    void manifestWriterRewritesInTheBackgroundAndEndsFinal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manifest.json"));
        CloudQueue q({});
        const int c = q.attach(QStringLiteral("c"));
        ManifestWriter writer(path);
        const auto readBack = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        };
        for (int i = 0; i < 20'000; ++i)
            q.publish(msg(i), 0);
        QVERIFY(writer.writeRunning(q.manifestSnapshot()));
        // The queue goes on while the rewrite runs; the rewrite shows the snapshot.
        for (int i = 0; i < 100; ++i) {
            const auto m = q.take(c);
            QVERIFY(m);
            q.acknowledge(c, m->messageId);
        }
        QTRY_VERIFY(!writer.busy());
        QJsonObject running = readBack();
        QCOMPARE(ids(running, "sent").size(), 20'000);
        QVERIFY(ids(running, "acknowledged").isEmpty());
        QCOMPARE(running.value(u"final").toBool(true), false);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        // The final one waits for a rewrite in flight, which must not replace
        // it: the rewrite is held just before its rename, and let go once the
        // final one returned (a writer that does not wait), or after a while.
        QSemaphore held, letGo;
        writer.setBeforeRename([&] {
            held.release();
            letGo.acquire();
        });
        QVERIFY(writer.writeRunning(q.manifestSnapshot()));
        held.acquire();
        const ManifestSnapshot lastSnapshot = q.manifestSnapshot();
        std::atomic<bool> finalReturned {false};
        QString finalError = QStringLiteral("not written");
        std::thread finalWriter([&] {
            finalError = writer.writeFinal(lastSnapshot);
            finalReturned = true;
        });
        for (int i = 0; i < 50 && !finalReturned; ++i)
            QThread::msleep(10);
        letGo.release();
        finalWriter.join();
        QCOMPARE(finalError, QString());
        QTRY_VERIFY(!writer.busy()); // the held rewrite is done, whichever way it went
        const QJsonObject last = readBack();
        QCOMPARE(last.value(u"final").toBool(), true);
        QCOMPARE(ids(last, "acknowledged").size(), 100);
        QCOMPARE(last, [&] {
            QJsonObject m = q.manifest();
            m.insert(QStringLiteral("final"), true);
            return m;
        }());

        // A folder that is not there: said, never a crash.
        ManifestWriter nowhere(dir.filePath(QStringLiteral("missing/manifest.json")));
        QVERIFY(nowhere.writeFinal(q.manifestSnapshot()).contains(u"missing"));
    }

    void restoreRedeliversWhatWasNotAcknowledged()
    {
        QTemporaryDir dir;
        {
            StateJournal journal;
            QString error;
            QVERIFY(journal.open(dir.path(), &error));
            CloudQueue q({});
            q.setJournal(&journal);
            const int c = q.attach(QStringLiteral("c"));
            for (int i = 0; i < 5; ++i)
                q.publish(msg(i), 0);
            for (int i = 0; i < 5; ++i)
                q.take(c);
            q.acknowledge(c, QStringLiteral("1000"));
            q.acknowledge(c, QStringLiteral("1003"));
        }
        CloudQueue::Options o;
        o.redeliverAfterMs = 10;
        CloudQueue q(o);
        q.restore(StateJournal::load(dir.path()), 0);
        QCOMPARE(q.offline(), 3);
        const int c = q.attach(QStringLiteral("c"));
        q.tick(0);
        QStringList again;
        while (auto m = q.take(c))
            again << m->messageId;
        QCOMPARE(again,
                 QStringList({QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1004")}));
        QCOMPARE(ids(q.manifest(), "sent").size(), 5);
        QCOMPARE(ids(q.manifest(), "acknowledged").size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCloudQueue)
#include "tst_cloudqueue.moc"
