#include "gui/chartspanel.h"
#include "gui/propertychart.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

namespace {
const DeviceKey kLamp {QStringLiteral("pk"), QStringLiteral("lamp1"), {}};
const DeviceKey kPlug {QStringLiteral("pk"), QStringLiteral("plug1"), {}};

PropertyReport report(const DeviceKey &d, const QString &attribute, const QVariant &value, qint64 t)
{
    PropertyReport r;
    r.meta.messageId = QStringLiteral("m%1").arg(t);
    r.meta.receivedAt = t;
    r.device = d;
    r.attribute = attribute;
    r.value = value;
    r.time = t;
    return r;
}
} // namespace

class TestChartsPanel : public QObject {
    Q_OBJECT

private slots:
    void valuesReachTheChartsThatShowThem()
    {
        ChartsPanel panel;
        QSignalSpy charted(&panel, &ChartsPanel::chartedChanged);
        panel.chartProperty(kLamp, QStringLiteral("Brightness"), true);
        PropertyChart *second = panel.addChart();
        panel.setCurrentChart(second);
        panel.chartProperty(kPlug, QStringLiteral("Power"), true);
        panel.chartProperty(kLamp, QStringLiteral("Brightness"), true); // on both charts
        QCOMPARE(panel.chartCount(), 2);
        QCOMPARE(charted.size(), 3);
        QVERIFY(panel.isCharted(kLamp, QStringLiteral("Brightness")));
        QVERIFY(!panel.isCharted(kPlug, QStringLiteral("Brightness")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        panel.addProperties({report(kLamp, QStringLiteral("Brightness"), 40, now),
                             report(kPlug, QStringLiteral("Power"), 12.5, now),
                             report(kPlug, QStringLiteral("Voltage"), 230, now)});
        PropertyChart *first = panel.chart(0);
        QCOMPARE(first->seriesCount(), 1);
        QCOMPARE(first->numbers(0).size(), 1);
        QCOMPARE(second->seriesCount(), 2);
        QCOMPARE(second->numbers(second->indexOf(kPlug, QStringLiteral("Power"))).size(), 1);
        QCOMPARE(second->numbers(second->indexOf(kLamp, QStringLiteral("Brightness"))).size(), 1);

        panel.chartProperty(kLamp, QStringLiteral("Brightness"), false); // off every chart
        QVERIFY(!panel.isCharted(kLamp, QStringLiteral("Brightness")));
        QCOMPARE(first->seriesCount(), 0);
        QCOMPARE(panel.chartedCount(), 1);
    }

    void historyAnswersGoToTheSeriesThatAsked()
    {
        ChartsPanel panel;
        QSignalSpy asked(&panel, &ChartsPanel::historyRequested);
        panel.chartProperty(kLamp, QStringLiteral("Brightness"), true);
        QCOMPARE(asked.size(), 1);
        const quint64 id = asked[0][0].toULongLong();
        const auto q = asked[0][1].value<SampleQuery>();
        QCOMPARE(q.device, kLamp);
        QCOMPARE(q.attribute, QStringLiteral("Brightness"));
        QVERIFY(q.to > q.from);
        QVERIFY(q.buckets >= 100);
        const qint64 t = (q.from + q.to) / 2;
        panel.showHistory(id + 1000, {{t, t + 10, 1, 2, 2, t + 5, 3}}); // someone else's answer
        QCOMPARE(panel.chart(0)->numbers(0).size(), 0);
        panel.showHistory(id, {{t, t + 10, 1, 2, 2, t + 5, 3}});
        QCOMPARE(panel.chart(0)->numbers(0).size(), 1);
        panel.showHistory(id, {{t, t + 10, 1, 2, 2, t + 5, 3}}); // answered once only
        QCOMPARE(panel.chart(0)->numbers(0).size(), 1);
        // A longer range asks for the older part.
        panel.setPreset(3);
        QCOMPARE(panel.chart(0)->span(), 86'400'000);
        QCOMPARE(asked.size(), 2);
    }

    void chartsShareTheirWindow()
    {
        ChartsPanel panel;
        PropertyChart *a = panel.chart(0);
        PropertyChart *b = panel.addChart();
        panel.setPreset(2);
        QCOMPARE(a->span(), 3'600'000);
        QCOMPARE(b->span(), 3'600'000);
        a->pan(-600'000); // the user drags one chart
        QVERIFY(!b->isFollowing());
        QCOMPARE(b->viewTo(), a->viewTo());
        panel.setPaused(true);
        QVERIFY(a->isPaused() && b->isPaused());
        panel.setPaused(false);
        QVERIFY(a->isFollowing() && b->isFollowing());
        const qint64 to = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
        panel.setCustomRange(to - 7'200'000, to);
        QCOMPARE(a->viewTo(), to);
        QCOMPARE(b->viewFrom(), to - 7'200'000);
        panel.removeChart(b);
        QCOMPARE(panel.chartCount(), 1);
        panel.removeChart(a); // the last one stays, emptied
        QCOMPARE(panel.chartCount(), 1);
    }

    void exportsPngAndCsv()
    {
        QTemporaryDir dir;
        ChartsPanel panel;
        panel.resize(700, 400);
        panel.chartProperty(kLamp, QStringLiteral("Brightness"), true);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        panel.addProperties({report(kLamp, QStringLiteral("Brightness"), 40, now - 2000),
                             report(kLamp, QStringLiteral("Brightness"), 42, now - 1000)});
        QVERIFY(panel.exportPng(dir.filePath("c.png")));
        QImage image(dir.filePath("c.png"));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QVERIFY(panel.exportCsv(dir.filePath("c.csv")));
        QFile f(dir.filePath("c.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].endsWith(",pk,lamp1,Brightness,42,42,42"));
        QVERIFY(!panel.exportCsv(QStringLiteral("/proc/nope/c.csv")));
    }

    void dropsAPropertyOnAChart()
    {
        ChartsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        PropertyChart *c = panel.chart(0);
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(ChartsPanel::PropertyMimeType),
                      ChartsPanel::encodeProperty(kPlug, "Power"));
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(c, &enter);
        QVERIFY(enter.isAccepted());
        QCoreApplication::sendEvent(c, &drop);
        QCOMPARE(c->seriesCount(), 1);
        QCOMPARE(c->seriesAttribute(0), QStringLiteral("Power"));
        delete mime;
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
