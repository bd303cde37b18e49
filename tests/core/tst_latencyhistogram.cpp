#include "core/latencyhistogram.h"

#include <QtTest>

using namespace linkscope;

class TestLatencyHistogram : public QObject {
    Q_OBJECT

private slots:
    void emptyHasNoPercentile()
    {
        LatencyHistogram h;
        QCOMPARE(h.percentile(50), -1.0);
        QCOMPARE(h.count(), quint64(0));
    }

    void bucketsFollowTheSeries()
    {
        LatencyHistogram h;
        h.add(0); // [0,1)
        h.add(1); // [1,2)
        h.add(4); // [2,5)
        h.add(499); // [200,500)
        h.add(500); // [500,1000)
        h.add(1000); // [1000,2000)
        h.add(7200000); // over an hour
        QCOMPARE(h.bucket(0), quint64(1));
        QCOMPARE(h.bucket(1), quint64(1));
        QCOMPARE(h.bucket(2), quint64(1));
        QCOMPARE(h.bucket(8), quint64(1));
        QCOMPARE(h.bucket(9), quint64(1));
        QCOMPARE(h.bucket(10), quint64(1));
        QCOMPARE(h.bucket(LatencyHistogram::BucketCount - 1), quint64(1));
        QCOMPARE(h.count(), quint64(7));
        QCOMPARE(h.max(), qint64(7200000));
    }

    void negativeIsClockSkew()
    {
        LatencyHistogram h;
        h.add(-300);
        QCOMPARE(h.count(), quint64(0));
        QCOMPARE(h.negative(), quint64(1));
        QCOMPARE(h.percentile(50), -1.0);
    }

    void percentilesAreWithinTheirBucket()
    {
        LatencyHistogram h;
        for (int i = 0; i < 90; ++i)
            h.add(30); // [20,50)
        for (int i = 0; i < 10; ++i)
            h.add(3000); // [2000,5000)
        const double p50 = h.percentile(50);
        QVERIFY2(p50 >= 20 && p50 < 50, qPrintable(QString::number(p50)));
        const double p95 = h.percentile(95);
        QVERIFY2(p95 >= 2000 && p95 <= 3000, qPrintable(QString::number(p95)));
        QCOMPARE(h.percentile(100), 3000.0); // never beyond the largest sample
    }

    void mergeAddsUp()
    {
        LatencyHistogram a, b;
        a.add(10);
        b.add(10);
        b.add(-1);
        b.add(50000);
        a.merge(b);
        QCOMPARE(a.count(), quint64(3));
        QCOMPARE(a.negative(), quint64(1));
        QCOMPARE(a.max(), qint64(50000));
    }
};

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
