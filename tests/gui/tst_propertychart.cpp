#include "catalogfixture.h"
#include "gui/propertychart.h"

#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
const DeviceKey kLamp {QStringLiteral("pk"), QStringLiteral("lamp1"), QStringLiteral("iot1")};
}

class TestPropertyChart : public QObject {
    Q_OBJECT

    qint64 m_now = 1'800'000'000'000;

    void useFakeClock(PropertyChart &c)
    {
        c.setNow([this] { return m_now; });
    }

private slots:
    // The thing model sets the value axis (its range, widened only by values
    // outside it), the unit, the names, the styles and the states' labels.
    void theThingModelSetsAxisUnitNamesAndLabels()
    {
        PropertyChart c;
        c.resize(600, 300);
        c.setNow([] { return qint64(100'000); });
        const DeviceKey plug {"pk1", "plug001", {}};
        c.addSeries(plug, "RealTimePower");
        c.addSeries(plug, "PowerSwitch");
        QVERIFY(!c.specRange()); // no thing model yet
        c.setCatalog(catalogfixture::catalog());
        QCOMPARE(c.style(1), SeriesStyle::Steps);
        QCOMPARE(c.seriesName(0), QStringLiteral("plug001 · 实时功率"));
        QCOMPARE(c.valueUnit(), QStringLiteral("W"));
        QCOMPARE(*c.specRange(), std::make_pair(0.0, 2500.0));
        c.addValue(0, 90'000, 1200.5);
        c.addValue(1, 90'000, qint64(1));
        c.addValue(1, 95'000, qint64(0));
        QVERIFY(c.crosshairLines().isEmpty());
        c.setCrosshair(c.plotRect().right() - 2);
        const QString lines = c.crosshairLines().join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("1200.5 W")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("实时功率")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("电源开关: 关闭")), qPrintable(lines));
        // A plain number series of another product keeps the chart's range its own.
        c.addSeries({"pk9", "x", {}}, "Temperature");
        QVERIFY(!c.specRange());
        QCOMPARE(c.valueUnit(), QString());
        QDir().mkpath(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots"));
        QVERIFY(c.grab().save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/chart-thingmodel.png")));
    }

    void seriesAreUniqueAndStyledByTheirValues()
    {
        PropertyChart c;
        useFakeClock(c);
        QSignalSpy changed(&c, &PropertyChart::seriesChanged);
        const int t = c.addSeries(kLamp, QStringLiteral("Temperature"));
        QCOMPARE(c.addSeries(kLamp, QStringLiteral("Temperature")), t);
        const int sw = c.addSeries(kLamp, QStringLiteral("PowerSwitch"));
        const int on = c.addSeries(kLamp, QStringLiteral("On"));
        const int text = c.addSeries(kLamp, QStringLiteral("Firmware"));
        QCOMPARE(c.seriesCount(), 4);
        QCOMPARE(changed.size(), 4);
        c.addValue(t, m_now, 21.5);
        c.addValue(sw, m_now, 1);
        c.addValue(on, m_now, true);
        c.addValue(text, m_now, QStringLiteral("v1.2"));
        QCOMPARE(c.style(t), SeriesStyle::Line);
        QCOMPARE(c.style(sw), SeriesStyle::Steps); // an integer named like a switch
        QCOMPARE(c.style(on), SeriesStyle::Steps); // a boolean
        QCOMPARE(c.style(text), SeriesStyle::Markers);
        c.setStyle(sw, SeriesStyle::Line);
        QCOMPARE(c.style(sw), SeriesStyle::Line);
        QCOMPARE(c.numbers(t).size(), 1);
        QCOMPARE(c.marks(text).size(), 1);
        c.removeSeries(0);
        QCOMPARE(c.seriesCount(), 3);
        QCOMPARE(c.indexOf(kLamp, QStringLiteral("Temperature")), -1);
    }

    void followsThePresentAndZoomsAroundIt()
    {
        PropertyChart c;
        useFakeClock(c);
        c.setSpan(60'000);
        QVERIFY(c.isFollowing());
        QCOMPARE(c.viewTo(), m_now);
        m_now += 5000;
        QCOMPARE(c.viewTo(), m_now); // the window moves with time
        c.zoom(0.5, m_now - 50'000);
        QCOMPARE(c.span(), 30'000);
        QVERIFY(c.isFollowing()); // zooming while live stays live
        QCOMPARE(c.viewTo(), m_now);

        QSignalSpy view(&c, &PropertyChart::viewChanged);
        c.pan(-10'000);
        QVERIFY(!c.isFollowing());
        QCOMPARE(c.viewTo(), m_now - 10'000);
        QCOMPARE(view.size(), 1);
        m_now += 5000;
        QCOMPARE(c.viewTo(), m_now - 15'000); // stays where it was put
        c.zoom(2.0, c.viewFrom()); // around the left edge: it stays put
        const qint64 left = c.viewFrom();
        QCOMPARE(c.span(), 60'000);
        QCOMPARE(left, m_now - 15'000 - 30'000);
        c.pan(1'000'000); // past now: live again
        QVERIFY(c.isFollowing());
    }

    void pauseFreezesTheWindowWhileDataArrives()
    {
        PropertyChart c;
        useFakeClock(c);
        const int s = c.addSeries(kLamp, QStringLiteral("Temperature"));
        c.setPaused(true);
        const qint64 frozen = c.viewTo();
        for (int i = 0; i < 10; ++i) {
            m_now += 1000;
            c.addValue(s, m_now, i);
        }
        QCOMPARE(c.viewTo(), frozen);
        QCOMPARE(c.numbers(s).size(), 10); // nothing was dropped
        c.setPaused(false);
        QVERIFY(c.isFollowing());
        QCOMPARE(c.viewTo(), m_now);
    }

    void crosshairGivesExactValuesWhileLive()
    {
        PropertyChart c;
        useFakeClock(c);
        c.resize(800, 300);
        c.setSpan(60'000);
        const int t = c.addSeries(kLamp, QStringLiteral("Temperature"));
        const int sw = c.addSeries(kLamp, QStringLiteral("PowerSwitch"));
        for (int i = 0; i <= 60; ++i) {
            c.addValue(t, m_now - 60'000 + i * 1000, 20.0 + i * 0.25);
            c.addValue(sw, m_now - 60'000 + i * 1000, i < 30 ? 0 : 1);
        }
        QVERIFY(c.isFollowing());
        const QRect plot = c.plotRect();
        c.setCrosshair(plot.left() + plot.width() / 2 + 2); // just after 30 s ago
        QStringList lines = c.crosshairLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith(QStringLiteral("lamp1 · Temperature: 27.5")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("lamp1 · PowerSwitch: 1")), qPrintable(lines[2]));
        // Time moves on; the crosshair stays at its pixel and reads the new time's values.
        m_now += 10'000;
        lines = c.crosshairLines();
        QVERIFY2(lines[1].startsWith(QStringLiteral("lamp1 · Temperature: 30")), qPrintable(lines[1]));
        c.setCrosshair(std::nullopt);
        QVERIFY(c.crosshairLines().isEmpty());
    }

    void asksTheStoreForWhatItDoesNotHold()
    {
        PropertyChart c;
        useFakeClock(c);
        c.setSpan(60'000);
        QSignalSpy need(&c, &PropertyChart::historyNeeded);
        const int s = c.addSeries(kLamp, QStringLiteral("Temperature"));
        QCOMPARE(need.size(), 1); // the visible window, at once
        QCOMPARE(need[0][0].toInt(), s);
        QCOMPARE(need[0][1].toLongLong(), m_now - 60'000);
        c.addValue(s, m_now, 1);
        m_now += 1000;
        c.setSpan(60'000); // moving on by less than the window asks nothing new
        QCOMPARE(need.size(), 1);
        c.setSpan(3'600'000); // one hour: the older part is asked for
        QCOMPARE(need.size(), 2);
        QCOMPARE(need[1][1].toLongLong(), m_now - 3'600'000);
        QCOMPARE(need[1][2].toLongLong(), m_now - 1000 - 60'000);
        c.mergeHistory(s, {{m_now - 3'000'000, m_now - 2'900'000, 5, 9, 7, m_now - 2'950'000, 4}});
        QCOMPARE(c.numbers(s).size(), 2);
        QCOMPARE(c.numbers(s).firstTime(), m_now - 2'950'000);
    }

    void redrawsFollowTheTimerNotTheData()
    {
        PropertyChart c;
        c.resize(600, 240);
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        const int s = c.addSeries(kLamp, QStringLiteral("Temperature"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const int before = c.redrawCount();
        QElapsedTimer timer;
        timer.start();
        int n = 0;
        // A flood: 200k values in well under a second of wall time, events processed between batches.
        while (n < 200'000) {
            for (int i = 0; i < 5000; ++i, ++n)
                c.addValue(s, start + n / 100, (n % 1000) * 0.1);
            QCoreApplication::processEvents();
        }
        QTest::qWait(300);
        const qint64 elapsed = timer.elapsed();
        const int redraws = c.redrawCount() - before;
        // At most one redraw per 50 ms tick (plus the first), however many values came.
        QVERIFY2(redraws <= elapsed / 50 + 3,
                 qPrintable(QStringLiteral("%1 redraws in %2 ms").arg(redraws).arg(elapsed)));
        QVERIFY(redraws >= 1);
        QCOMPARE(c.numbers(s).size(), c.numbers(s).capacity()); // bounded
    }

    void csvHoldsTheVisibleData()
    {
        PropertyChart c;
        useFakeClock(c);
        c.setSpan(60'000);
        const int t = c.addSeries(kLamp, QStringLiteral("Temperature"));
        const int f = c.addSeries(kLamp, QStringLiteral("Firmware"));
        c.addValue(t, m_now - 120'000, 1.0); // before the window
        c.addValue(t, m_now - 1000, 21.25);
        c.addValue(f, m_now - 2000, QStringLiteral("v1,2"));
        const QStringList lines = c.csv().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("time_ms,time,product_key,device_name,attribute,value,min,max"));
        QVERIFY2(lines[1].endsWith(QStringLiteral(",pk,lamp1,Temperature,21.25,21.25,21.25")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].endsWith(QStringLiteral(",pk,lamp1,Firmware,\"v1,2\",,")), qPrintable(lines[2]));
    }
};

QTEST_MAIN(TestPropertyChart)
#include "tst_propertychart.moc"
