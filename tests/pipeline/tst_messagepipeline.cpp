#include "core/decoder.h"
#include "pipeline/messagepipeline.h"

#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::transport;

namespace {
Incoming msg(const QString &id, quint64 token, const QString &topic = "/pk/dn/thing/event/property/post",
             const QByteArray &payload = "{\"items\":{\"T\":{\"value\":1,\"time\":5}}}")
{
    Incoming in;
    in.messageId = id;
    in.topic = topic;
    in.payload = payload;
    in.generateTime = 1;
    in.receivedAt = 2;
    in.token = token;
    return in;
}
QList<quint64> tokensOf(const QSignalSpy &spy)
{
    QList<quint64> out;
    for (const auto &args : spy)
        out += args.at(0).value<QList<quint64>>();
    return out;
}
} // namespace

class TestMessagePipeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    void batchesPerKindAndAcksAfterStore()
    {
        MessagePipeline p;
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy events(&p, &MessagePipeline::eventsReceived);
        QSignalSpy rejects(&p, &MessagePipeline::rejected);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        p.ingest(msg("a", 1));
        p.ingest(msg("b", 2));
        p.ingest(msg("c", 3, "/pk/dn/thing/event/Alarm/post", "{\"type\":\"alert\"}"));
        p.ingest(msg("d", 4, "/pk/dn/thing/event/property/post", "{oops"));
        QCOMPARE(props.count(), 0); // batched, not one signal per message
        QVERIFY(props.wait(1000)); // within ~50 ms
        QCOMPARE(props.count(), 1);
        QCOMPARE(props.at(0).at(0).value<QList<PropertyReport>>().size(), 2);
        QCOMPARE(events.count(), 1);
        QCOMPARE(rejects.count(), 1);
        QCOMPARE(acks.count(), 0); // nothing is acknowledged before the store says so
        p.persisted({"a", "d"});
        QCOMPARE(tokensOf(acks), QList<quint64>({1, 4}));
        QCOMPARE(p.awaitingStore(), 2);
    }

    void withoutKindBatchesOnlyTheIntakeAndTheFlushAreEmitted()
    {
        MessagePipeline p;
        p.setIntakeBatches(true);
        p.setKindBatches(false);
        QSignalSpy intake(&p, &MessagePipeline::intakeFlushed);
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy events(&p, &MessagePipeline::eventsReceived);
        QSignalSpy rejects(&p, &MessagePipeline::rejected);
        QSignalSpy flushes(&p, &MessagePipeline::flushed);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        p.ingest(msg("a", 1));
        p.ingest(msg("c", 3, "/pk/dn/thing/event/Alarm/post", "{\"type\":\"alert\"}"));
        p.ingest(msg("d", 4, "/pk/dn/thing/event/property/post", "{oops"));
        p.flush();
        QCOMPARE(flushes.count(), 1);
        QCOMPARE(intake.count(), 1);
        QCOMPARE(intake.at(0).at(0).value<QList<IntakeMessage>>().size(), 3);
        QCOMPARE(props.count() + events.count() + rejects.count(), 0);
        // Still decoded: the statistics count each kind.
        const StatsSnapshot s = p.stats();
        QCOMPARE(s.received, 3u);
        QCOMPARE(s.rejected, 1u);
        // And acknowledged once the log holds them, as ever.
        p.persisted({"a", "c", "d"});
        QCOMPARE(tokensOf(acks), QList<quint64>({1, 3, 4}));
        QCOMPARE(p.awaitingStore(), 0);
    }

    // A commit that comes back while a busy stream filled the next batch
    // sends that batch at once: the store does not idle waiting for a tick.
    // A quiet stream (a few messages) waits for the tick, as before.
    void aCommitBackWhileBusySendsTheNextBatchAtOnce()
    {
        MessagePipeline p;
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy flushes(&p, &MessagePipeline::flushed);
        p.ingest(msg("first", 1));
        p.flush();
        QCOMPARE(flushes.count(), 1);
        p.ingest(msg("quiet", 2));
        p.persisted({"first"});
        QCOMPARE(flushes.count(), 1); // one message waits for the tick
        for (int i = 0; i < 300; ++i)
            p.ingest(msg(QStringLiteral("busy-%1").arg(i), quint64(10 + i)));
        QCOMPARE(flushes.count(), 1);
        p.persisted({});
        QCOMPARE(flushes.count(), 2); // without a tick
        QCOMPARE(props.last().at(0).value<QList<PropertyReport>>().size(), 301);
        // While stopping, nothing goes but by flush().
        p.stopBatching();
        for (int i = 0; i < 300; ++i)
            p.ingest(msg(QStringLiteral("late-%1").arg(i), quint64(400 + i)));
        p.persisted({});
        QCOMPARE(flushes.count(), 2);
    }

    void duplicatesAreAcknowledgedNotRepeated()
    {
        MessagePipeline p;
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        p.ingest(msg("a", 1));
        p.ingest(msg("a", 2)); // while the first is on its way to the store
        p.flush();
        QCOMPARE(props.count(), 1);
        QCOMPARE(props.at(0).at(0).value<QList<PropertyReport>>().size(), 1);
        p.persisted({"a"});
        QCOMPARE(tokensOf(acks), QList<quint64>({1, 2})); // both copies
        p.ingest(msg("a", 3)); // after it was stored
        QCOMPARE(tokensOf(acks), QList<quint64>({1, 2, 3}));
        p.flush();
        QCOMPARE(props.count(), 1);
        QCOMPARE(p.stats().duplicates, 2ULL);
    }

    void lostConnectionVoidsTokens()
    {
        MessagePipeline p;
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        p.ingest(msg("a", 1));
        p.connectionLost();
        p.persisted({"a"});
        QCOMPARE(tokensOf(acks), QList<quint64>()); // its delivery died with the link
        p.ingest(msg("a", 7)); // the cloud redelivers it
        QCOMPARE(tokensOf(acks), QList<quint64>({7}));
    }

    void messagesWithoutAnIdAreKeptApartByTheirContent()
    {
        // No id (absent, empty or an AMQP null: the transports hand over an
        // empty one): two different messages are two, the same bytes twice are one.
        MessagePipeline p;
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        const QByteArray one = "{\"items\":{\"T\":{\"value\":1,\"time\":5}}}";
        const QByteArray two = "{\"items\":{\"T\":{\"value\":2,\"time\":6}}}";
        p.ingest(msg("", 1, "/pk/dn/thing/event/property/post", one));
        p.ingest(msg("", 2, "/pk/dn/thing/event/property/post", two));
        p.ingest(msg("", 3, "/pk/dn/thing/event/property/post", one)); // the first again
        p.flush();
        QCOMPARE(props.count(), 1);
        const auto reports = props.at(0).at(0).value<QList<PropertyReport>>();
        QCOMPARE(reports.size(), 2);
        const QString id1 = reports.at(0).meta.messageId, id2 = reports.at(1).meta.messageId;
        QVERIFY(id1.startsWith(u"sha1:") && id2.startsWith(u"sha1:"));
        QVERIFY(id1 != id2);
        QCOMPARE(id1, contentMessageId("/pk/dn/thing/event/property/post", one));
        QCOMPARE(p.stats().duplicates, 1ULL);
        p.persisted({id1, id2});
        QCOMPARE(tokensOf(acks), QList<quint64>({1, 3, 2})); // the copy with the first
        // The same content on another topic is another message.
        p.ingest(msg("", 4, "/pk/other/thing/event/property/post", one));
        p.flush();
        QCOMPARE(props.count(), 2);
    }

    void whatTheTransportCouldNotReadIsRejectedWithItsReason()
    {
        MessagePipeline p;
        QSignalSpy rejects(&p, &MessagePipeline::rejected);
        Incoming in = msg("x", 9);
        in.payload = QByteArray("\x00\x53\x75", 3);
        in.transportError = "the AMQP message cannot be decoded: data error";
        p.ingest(in);
        p.flush();
        QCOMPARE(rejects.count(), 1);
        const Rejected r = rejects.at(0).at(0).value<QList<Rejected>>().first();
        QCOMPARE(r.reason, QString("the AMQP message cannot be decoded: data error"));
        QCOMPARE(r.payload, QByteArray("\x00\x53\x75", 3));
        QCOMPARE(r.meta.messageId, QString("x"));
        QCOMPARE(r.expectedKind, MessageKind::Property);
    }

    void aHugeMessageIdIsRejectedWithItsReason()
    {
        MessagePipeline p;
        QSignalSpy rejects(&p, &MessagePipeline::rejected);
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        const QString id = QString(300, u'i');
        p.ingest(msg(id, 1));
        p.flush();
        QCOMPARE(props.count(), 0);
        QCOMPARE(rejects.count(), 1);
        const Rejected r = rejects.at(0).at(0).value<QList<Rejected>>().first();
        QVERIFY2(r.reason.contains(u"300 bytes long, over the 256-byte limit"), qPrintable(r.reason));
        QVERIFY(r.meta.messageId.startsWith(u"sha1:")); // kept under its content's id
        // 256 bytes is still fine.
        p.ingest(msg(QString(256, u'j'), 2));
        p.flush();
        QCOMPARE(props.count(), 1);
    }

    void whatWasNotStoredIsReleasedAndStoredWhenItComesAgain()
    {
        MessagePipeline p;
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        QSignalSpy released(&p, &MessagePipeline::releaseNow);
        p.ingest(msg("a", 1));
        p.ingest(msg("b", 2));
        p.flush();
        p.notStored({"a", "b"}); // the store's write failed
        QCOMPARE(tokensOf(released), QList<quint64>({1, 2}));
        QCOMPARE(p.awaitingStore(), 0);
        // The cloud delivers them again: taken as new, not as copies of something on its way.
        p.ingest(msg("a", 3));
        p.flush();
        QCOMPARE(props.count(), 2);
        QCOMPARE(p.stats().duplicates, 0ULL);
        p.persisted({"a"});
        QCOMPARE(tokensOf(acks), QList<quint64>({3}));
    }

    void filteredTopicsAreAcknowledgedAndDropped()
    {
        MessagePipeline p({"/pk/+/thing/event/property/post"});
        QSignalSpy props(&p, &MessagePipeline::propertiesReported);
        QSignalSpy events(&p, &MessagePipeline::eventsReceived);
        QSignalSpy acks(&p, &MessagePipeline::acknowledgeNow);
        p.ingest(msg("a", 1));
        p.ingest(msg("b", 2, "/pk/dn/thing/event/Alarm/post", "{\"type\":\"info\"}"));
        p.flush();
        QCOMPARE(props.count(), 1);
        QCOMPARE(events.count(), 0);
        QCOMPARE(tokensOf(acks), QList<quint64>({2}));
    }
};

QTEST_GUILESS_MAIN(TestMessagePipeline)
#include "tst_messagepipeline.moc"
