#include "core/messagestats.h"

#include <QtTest>

using namespace linkscope;

class TestMessageStats : public QObject {
    Q_OBJECT

private slots:
    void countsByKind()
    {
        MessageStats s;
        s.recordReceived(1000, 4);
        s.recordDecoded(MessageKind::Property);
        s.recordDecoded(MessageKind::Property);
        s.recordDecoded(MessageKind::Event);
        s.recordDecoded(MessageKind::Rejected);
        s.recordDuplicate();
        const StatsSnapshot snap = s.snapshot(1000);
        QCOMPARE(snap.received, quint64(4));
        QCOMPARE(snap.decoded(MessageKind::Property), quint64(2));
        QCOMPARE(snap.decoded(MessageKind::Event), quint64(1));
        QCOMPARE(snap.rejected, quint64(1));
        QCOMPARE(snap.duplicates, quint64(1));
    }

    void steadyRateIsMeasured()
    {
        MessageStats s;
        // 200 msg/s for 10 s, one message every 5 ms.
        qint64 t = 1'000'000;
        for (int i = 0; i < 2000; ++i, t += 5)
            s.recordReceived(t);
        const double rate = s.snapshot(t).messagesPerSecond;
        QVERIFY2(qAbs(rate - 200.0) < 10.0, qPrintable(QString::number(rate)));
    }

    void rateFallsToZeroWhenQuiet()
    {
        MessageStats s;
        for (int i = 0; i < 100; ++i)
            s.recordReceived(10'000 + i * 10);
        QVERIFY(s.snapshot(11'000).messagesPerSecond > 50);
        QCOMPARE(s.snapshot(30'000).messagesPerSecond, 0.0);
        QCOMPARE(s.snapshot(30'000).received, quint64(100)); // totals stay
    }

    void earlyRateIsNotDilutedByTheWindow()
    {
        MessageStats s;
        // 100 messages within the first second: about 100 msg/s, not 20.
        for (int i = 0; i < 100; ++i)
            s.recordReceived(50'000 + i * 10);
        const double rate = s.snapshot(51'000).messagesPerSecond;
        QVERIFY2(rate > 80 && rate < 130, qPrintable(QString::number(rate)));
    }

    void latencyGoesToHistogram()
    {
        MessageStats s;
        s.recordLatency(12);
        s.recordLatency(-5);
        const StatsSnapshot snap = s.snapshot(0);
        QCOMPARE(snap.latency.count(), quint64(1));
        QCOMPARE(snap.latency.negative(), quint64(1));
        s.reset();
        QCOMPARE(s.snapshot(0).latency.count(), quint64(0));
        QCOMPARE(s.snapshot(0).received, quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMessageStats)
#include "tst_messagestats.moc"
