#include "gui/chartticks.h"

#include <QDateTime>
#include <QtTest>

using namespace linkscope;

class TestChartTicks : public QObject {
    Q_OBJECT

private slots:
    void valueTicksAreRoundNumbers()
    {
        const auto t = valueTicks(-0.3, 9.7, 5);
        QStringList labels;
        for (const Tick &k : t)
            labels << k.label;
        QCOMPARE(labels, QStringList({"0", "2", "4", "6", "8"}));
        const auto small = valueTicks(20.01, 20.09, 4);
        QVERIFY(small.size() >= 3);
        QCOMPARE(small.first().label, QStringLiteral("20.02"));
        QVERIFY(valueTicks(1, 1, 5).isEmpty());
        QVERIFY(valueTicks(0, std::numeric_limits<double>::infinity(), 5).isEmpty());
    }

    void timeTicksLeaveRoomBetweenLabels()
    {
        const qint64 from = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 7)).toMSecsSinceEpoch();
        const auto t = timeTicks(from, from + 5 * 60'000, 900, 90);
        QVERIFY(t.size() >= 4);
        const double step = t[1].value - t[0].value;
        QVERIFY2(step / (5 * 60'000.0) * 900 >= 90, "labels closer than 90 px");
        QCOMPARE(t[0].label, QStringLiteral("10:00:30")); // aligned to a round local time
        const auto days = timeTicks(from, from + 7 * 86'400'000LL, 800, 90);
        QVERIFY(!days.isEmpty());
        QVERIFY(days.size() <= 9);
    }

    void durationsInWords()
    {
        QCOMPARE(durationText(450), QStringLiteral("450 ms"));
        QCOMPARE(durationText(45'000), QStringLiteral("45 s"));
        QCOMPARE(durationText(725'000), QStringLiteral("12 min 5 s"));
        QCOMPARE(durationText(3 * 3'600'000 + 20 * 60'000), QStringLiteral("3 h 20 min"));
        QCOMPARE(durationText(2 * 86'400'000LL + 4 * 3'600'000), QStringLiteral("2 d 4 h"));
        QCOMPARE(valueText(21.500), QStringLiteral("21.5"));
        QCOMPARE(valueText(-0.0), QStringLiteral("0"));
        QCOMPARE(valueText(1234567.0), QStringLiteral("1.235e+06"));
    }
};

QTEST_MAIN(TestChartTicks)
#include "tst_chartticks.moc"
