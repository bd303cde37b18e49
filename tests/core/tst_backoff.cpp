#include "core/backoff.h"

#include <QtTest>

using namespace linkscope;

class TestBackoff : public QObject {
    Q_OBJECT

private slots:
    void growsToTheCapWithJitter()
    {
        Backoff b(1000, 60'000, 0.2, 7);
        const qint64 nominal[] = {1000, 2000, 4000, 8000, 16'000, 32'000, 60'000, 60'000, 60'000};
        for (qint64 n : nominal) {
            const qint64 d = b.next();
            QVERIFY2(d >= qint64(n * 0.8) && d <= std::min<qint64>(60'000, qint64(n * 1.2)),
                     qPrintable(QString::number(d)));
        }
        b.reset();
        QVERIFY(b.next() <= 1200);
    }

    void http2StepsAreTheSdks()
    {
        // 0, 1 s, 10 s, 60 s, then 60 s again; each within 20 % of its step.
        StepBackoff b({0, 1000, 10'000, 60'000}, 0.2, 7);
        const qint64 steps[] = {0, 1000, 10'000, 60'000, 60'000, 60'000};
        for (qint64 step : steps) {
            const qint64 d = b.next();
            QVERIFY2(d >= qint64(step * 0.8) && d <= qint64(step * 1.2), qPrintable(QString::number(d)));
        }
        QCOMPARE(b.attempts(), 6);
        b.reset();
        QCOMPARE(b.next(), 0);
        StepBackoff other({0, 1000, 10'000, 60'000}, 0.2, 8);
        StepBackoff same({0, 1000, 10'000, 60'000}, 0.2, 7);
        other.next();
        same.next();
        QVERIFY(other.next() != same.next()); // jittered apart
    }

    void jitterSpreadsClients()
    {
        Backoff a(1000, 60'000, 0.2, 1), b(1000, 60'000, 0.2, 2);
        int differ = 0;
        for (int i = 0; i < 6; ++i)
            differ += a.next() != b.next();
        QVERIFY(differ >= 5);
    }

    void hundredConnectsAMinute()
    {
        ConnectRateLimit limit(100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(limit.delayFor(1000 + i), 0);
            limit.record(1000 + i);
        }
        QCOMPARE(limit.delayFor(1100), 60'000 - 100); // until the first one is a minute old
        QCOMPARE(limit.delayFor(61'000), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
