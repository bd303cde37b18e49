#include "gui/seriesbuffer.h"

#include <QtTest>

using namespace linkscope;

class TestSeriesBuffer : public QObject {
    Q_OBJECT

private slots:
    void keepsTimeOrderAndItsBound()
    {
        SeriesBuffer b(5);
        for (int i = 0; i < 8; ++i)
            b.append(1000 + i * 10, i);
        QCOMPARE(b.size(), 5);
        QCOMPARE(b.firstTime(), 1030); // the three oldest left
        b.append(1055, 99); // late: goes into its place
        QCOMPARE(b.size(), 5);
        const auto pts = b.points(0, 10'000);
        for (qsizetype i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i - 1].time <= pts[i].time);
        QVERIFY(std::any_of(pts.begin(), pts.end(),
                            [](const SeriesPoint &p) { return p.time == 1055 && p.last == 99; }));
        b.append(2000, std::numeric_limits<double>::quiet_NaN()); // not a number: not plotted
        QCOMPARE(b.lastTime(), 1070);
    }

    void reducesToOneColumnPerPixel()
    {
        SeriesBuffer b;
        // 1000 samples over 1 s into 10 pixels: 100 per column.
        for (int i = 0; i < 1000; ++i)
            b.append(i, i % 100 == 50 ? 500.0 : double(i % 7));
        const auto cols = b.reduce(0, 1000, 10);
        QCOMPARE(cols.size(), 10);
        for (int x = 0; x < 10; ++x) {
            QCOMPARE(cols[x].x, x);
            QCOMPARE(cols[x].count, 100);
            QCOMPARE(cols[x].max, 500.0); // the spike survives the reduction
            QCOMPARE(cols[x].min, 0.0);
            QCOMPARE(cols[x].first, double((x * 100) % 7));
        }
    }

    void aPointBeforeTheWindowEntersFromTheEdge()
    {
        SeriesBuffer b;
        b.append(100, 1);
        b.append(600, 2);
        const auto cols = b.reduce(500, 1000, 50);
        QCOMPARE(cols.size(), 2);
        QCOMPARE(cols[0].x, -1);
        QCOMPARE(cols[0].last, 1.0);
        QCOMPARE(cols[1].x, 10);
        QVERIFY(b.reduce(500, 1000, 0).isEmpty());
        QVERIFY(SeriesBuffer().reduce(0, 10, 10).isEmpty());
    }

    void historyGoesInFrontOnly()
    {
        SeriesBuffer b(10);
        b.append(5000, 50);
        b.mergeHistory(
            {{1000, 2000, 1, 9, 4, 1900, 12}, {4000, 6000, 0, 100, 7, 5500, 3}, {2000, 3000, 0, 0, 0, 0, 0}});
        QCOMPARE(b.size(), 2); // the bucket after the live point and the empty one are not taken
        QCOMPARE(b.firstTime(), 1900);
        const auto r = b.range(0, 10'000);
        QVERIFY(r);
        QCOMPARE(r->first, 1.0);
        QCOMPARE(r->second, 50.0);
        QCOMPARE(b.nearest(1000)->last, 4.0);
        QCOMPARE(b.nearest(4000)->last, 50.0);
        QCOMPARE(b.nearest(9000)->time, 5000);
    }

    void historyRespectsTheBound()
    {
        SeriesBuffer b(3);
        b.append(10'000, 1);
        b.append(11'000, 2);
        QList<SampleBucket> older;
        for (int i = 0; i < 5; ++i)
            older.append({i * 1000, i * 1000 + 999, 0, 0, double(i), i * 1000 + 500, 1});
        b.mergeHistory(older);
        QCOMPARE(b.size(), 3);
        QCOMPARE(b.firstTime(), 4500); // the newest bucket that fitted
    }

    void marksKeepChangesOrEveryReport()
    {
        MarkBuffer steps;
        steps.append(100, "0", 0, true);
        steps.append(200, "0", 0, true);
        steps.append(300, "1", 1, true);
        steps.append(400, "1", 1, true);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(350)->text, QStringLiteral("1"));
        QCOMPARE(steps.at(250)->text, QStringLiteral("0"));
        QVERIFY(!steps.at(50));
        const auto v = steps.visible(250, 1000);
        QCOMPARE(v.size(), 2); // the one in force at 250, and the change at 300
        QCOMPARE(v[0].time, 100);

        MarkBuffer text(2);
        text.append(1, "a", 0, false);
        text.append(2, "a", 0, false);
        text.append(3, "b", 0, false);
        QCOMPARE(text.size(), 2);
        QCOMPARE(text.firstTime(), 2);
    }
};

QTEST_APPLESS_MAIN(TestSeriesBuffer)
#include "tst_seriesbuffer.moc"
