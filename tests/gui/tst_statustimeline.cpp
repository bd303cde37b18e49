#include "gui/statustimelinemodel.h"
#include "gui/statustimelineview.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
const DeviceKey kLamp {QStringLiteral("pk"), QStringLiteral("lamp1"), {}};
const DeviceKey kPlug {QStringLiteral("pk"), QStringLiteral("plug1"), {}};

StatusChange change(const DeviceKey &d, bool online, qint64 t)
{
    StatusChange c;
    c.meta.messageId = QStringLiteral("s%1").arg(t);
    c.device = d;
    c.online = online;
    c.time = t;
    return c;
}
} // namespace

class TestStatusTimeline : public QObject {
    Q_OBJECT

    qint64 m_now = 1'800'000'000'000;

private slots:
    void intervalsFromChanges()
    {
        StatusTimelineModel m;
        m.setNow([this] { return m_now; });
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.addStatuses({change(kLamp, true, m_now - 60'000), change(kPlug, false, m_now - 50'000),
                       change(kLamp, false, m_now - 30'000)});
        QCOMPARE(inserted.size(), 1); // both devices in one insertion
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.earliestTime(), m_now - 60'000);
        const auto lamp = m.intervals(m.rowOf(kLamp));
        QCOMPARE(lamp.size(), 2);
        QCOMPARE(lamp[0], (StatusInterval {kLamp, m_now - 60'000, m_now - 30'000, true, false}));
        QCOMPARE(lamp[1], (StatusInterval {kLamp, m_now - 30'000, m_now, false, true}));
        // A re-sent state is no change, however late it comes.
        m.addStatuses({change(kLamp, false, m_now - 20'000), change(kLamp, true, m_now - 45'000)});
        QCOMPARE(m.intervals(m.rowOf(kLamp)).size(), 2);
        QCOMPARE(m.index(m.rowOf(kLamp)).data(StatusTimelineModel::OnlineRole).toBool(), false);
        QCOMPARE(m.index(0).data().toString(), QStringLiteral("lamp1"));
    }

    void historyFromTheStoreMerges()
    {
        StatusTimelineModel m;
        m.setNow([this] { return m_now; });
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addStatuses({change(kLamp, true, m_now - 10'000)});
        m.setIntervals({{kLamp, m_now - 90'000, m_now - 40'000, false, false},
                        {kLamp, m_now - 40'000, m_now - 10'000, true, false},
                        {kPlug, m_now - 80'000, m_now, true, true}});
        QCOMPARE(m.rowCount(), 2);
        const auto lamp = m.intervals(m.rowOf(kLamp));
        QCOMPARE(lamp.size(), 3);
        QCOMPARE(lamp.first().start, m_now - 90'000);
        QCOMPARE(lamp.first().online, false);
        QCOMPARE(m.earliestTime(), m_now - 90'000);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.earliestTime(), 0);
    }

    void flappingStandsOutAndAgesAway()
    {
        StatusTimelineModel m;
        m.setNow([this] { return m_now; });
        m.setFlapping(4, 60'000);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<StatusChange> changes;
        for (int i = 0; i < 5; ++i)
            changes << change(kLamp, i % 2 == 0, m_now - 50'000 + i * 10'000);
        changes << change(kPlug, true, m_now - 50'000);
        m.addStatuses(changes);
        QVERIFY(m.isFlapping(m.rowOf(kLamp)));
        QVERIFY(!m.isFlapping(m.rowOf(kPlug)));
        QVERIFY(
            m.index(m.rowOf(kLamp)).data(Qt::ToolTipRole).toString().contains(QStringLiteral("flapping")));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m_now += 120'000;
        m.refresh();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m.isFlapping(m.rowOf(kLamp)));
    }

    void viewTooltipGivesExactTimesAndDurations()
    {
        StatusTimelineModel m;
        m.setNow([this] { return m_now; });
        m.addStatuses({change(kLamp, true, m_now - 600'000), change(kLamp, false, m_now - 300'000)});
        StatusTimelineView v;
        v.resize(800, 200);
        v.setModel(&m);
        v.setSpan(600'000);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        // A y inside the first row, an x in the first (online) interval.
        const int y = v.rowHeight() + v.rowHeight() / 2 + 2;
        QCOMPARE(v.rowAt(y), 0);
        const int right = v.viewport()->width() - 4;
        const QString online = v.toolTipAt(QPoint(right - (right / 2), y));
        QVERIFY2(online.contains(QStringLiteral("online")), qPrintable(online));
        QVERIFY2(online.contains(QStringLiteral("for 5 min 0 s")), qPrintable(online));
        const QString offline = v.toolTipAt(QPoint(right - 5, y));
        QVERIFY2(offline.contains(QStringLiteral("offline")) && offline.contains(QStringLiteral("to now")),
                 qPrintable(offline));
        // Zoom and scroll in time leave the live edge; double-click returns.
        v.zoom(0.5);
        QCOMPARE(v.span(), 300'000);
        v.pan(-60'000);
        QVERIFY(!v.isFollowing());
        QCOMPARE(v.viewTo(), m_now - 60'000);
        v.followLive();
        QVERIFY(v.isFollowing());
        QVERIFY(v.toolTipAt(QPoint(right - 5, 2)).isEmpty()); // the time axis
    }

    void tenThousandRowsScrollToTheEnd()
    {
        StatusTimelineModel m;
        m.setNow([this] { return m_now; });
        QList<StatusChange> changes;
        for (int i = 0; i < 10'000; ++i) {
            const DeviceKey d {QStringLiteral("pk"), QStringLiteral("th%1").arg(i, 5, 10, QChar(u'0')), {}};
            changes << change(d, true, m_now - 600'000 + i) << change(d, false, m_now - 300'000 + i);
        }
        m.addStatuses(changes);
        QCOMPARE(m.rowCount(), 10'000);
        StatusTimelineView v;
        v.resize(800, 600);
        v.setModel(&m);
        v.setSpan(600'000);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QScrollBar *bar = v.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        // Each frame paints the rows on screen; how long one takes here is
        // reported (it does not depend on the 10,000 rows), never asserted.
        QElapsedTimer t;
        t.start();
        int frames = 0;
        for (int value = 0; value <= bar->maximum(); value += bar->maximum() / 20, ++frames) {
            bar->setValue(value);
            v.viewport()->repaint();
        }
        qInfo("%d frames scrolling over 10,000 rows: %.2f ms a frame", frames,
              double(t.nsecsElapsed()) / 1e6 / frames);
        bar->setValue(bar->maximum());
        const int y = v.viewport()->height() - v.rowHeight() / 2;
        QCOMPARE(v.rowAt(y), 9'999); // the last row, at the bottom
        const int right = v.viewport()->width() - 4;
        QVERIFY2(v.toolTipAt(QPoint(right - 5, y)).contains(QStringLiteral("th09999")),
                 qPrintable(v.toolTipAt(QPoint(right - 5, y))));
    }
};

QTEST_MAIN(TestStatusTimeline)
#include "tst_statustimeline.moc"
