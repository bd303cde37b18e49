// The coalescing contract through the real window and its models: a flood
// of decoded messages reaches the views as a few bounded updates, and each
// update costs the models a bounded number of signals, whatever the rate.

#include "core/messages.h"
#include "gui/devicetreemodel.h"
#include "gui/mainwindow.h"
#include "gui/messagelogmodel.h"
#include "gui/propertylistmodel.h"
#include "pipeline/viewfeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {

struct SignalCount {
    int inserted = 0, removed = 0, changed = 0, reset = 0;
    void watch(QAbstractItemModel *m, QObject *context)
    {
        QObject::connect(m, &QAbstractItemModel::rowsInserted, context, [this] { ++inserted; });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, context, [this] { ++removed; });
        QObject::connect(m, &QAbstractItemModel::dataChanged, context, [this] { ++changed; });
        QObject::connect(m, &QAbstractItemModel::modelReset, context, [this] { ++reset; });
    }
    int total() const { return inserted + removed + changed + reset; }
};

} // namespace

class TestViewCoalescing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        registerMessageTypes();
        QLocale::setDefault(QLocale::c()); // the status bar's numbers, whatever the machine's locale
    }

    void aFloodIsAFewBoundedUpdates()
    {
        MainWindow w;
        transport::ViewFeed::Limits limits;
        limits.intervalMs = 3'600'000; // the test says when an interval ends
        limits.maxRows = 2000; // 20 updates of 2,000 rows: twice what the log keeps
        transport::ViewFeed feed(limits);
        QObject::connect(&feed, &transport::ViewFeed::updated, &w, &MainWindow::applyViewUpdate);
        QObject::connect(&w, &MainWindow::viewUpdateApplied, &feed, [&](quint64 s) { feed.applied(s); });
        QAbstractItemModelTester treeTester(w.deviceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updates(&feed, &transport::ViewFeed::updated);

        constexpr int kProducts = 5, kDevices = 10'000, kMessages = 100'000, kIntervals = 20;
        const qint64 t0 = 1'760'000'000'000;
        std::vector<int> perInterval; // model signals of the device tree, per update
        SignalCount tree;
        tree.watch(w.deviceModel(), this);
        SignalCount log;
        log.watch(w.messageModel(), this);
        int lastTotal = 0;
        for (int n = 0; n < kMessages; n += 500) {
            QList<PropertyReport> batch;
            for (int i = n; i < n + 500; ++i) {
                // Devices in a scattered order, as a fleet comes up.
                const int d = int((qint64(i) * 7919) % kDevices);
                PropertyReport r;
                r.meta.messageId = QStringLiteral("m%1").arg(i);
                r.meta.topic
                    = QStringLiteral("/pk%1/dev%2/thing/event/property/post").arg(d % kProducts).arg(d);
                r.meta.receivedAt = t0 + i;
                r.device = {QStringLiteral("pk%1").arg(d % kProducts), QStringLiteral("dev%1").arg(d), {}};
                r.deviceType = "Sensor";
                r.attribute = "Temperature";
                r.value = i % 40;
                r.time = t0 + i;
                batch << r;
            }
            feed.addProperties(batch); // as the subscriber's batches come
            if ((n / 500) % (kMessages / 500 / kIntervals) == kMessages / 500 / kIntervals - 1) {
                feed.flushNow(); // an interval ends: one update, applied at once
                perInterval.push_back(tree.total() - lastTotal);
                lastTotal = tree.total();
            }
        }
        QCOMPARE(updates.count(), kIntervals); // not one per message, nor per batch
        QCOMPARE(w.deviceModel()->deviceCount(), kDevices);
        // Per update, per product: a few insertions (or one relayout) and two dataChanged.
        for (int count : perInterval)
            QVERIFY2(count <= kProducts * (16 + 2 + 2), qPrintable(QString::number(count)));
        // The log keeps its bound: full after ten updates, then the oldest
        // rows leave in one removal per update; the newest message is on top.
        QCOMPARE(w.messageModel()->rowCount(), 20'000);
        QCOMPARE(log.inserted, kIntervals); // one insertion of rows per update
        QCOMPARE(log.removed, kIntervals - 10);
        QCOMPARE(w.messageModel()->index(0, 0).data(MessageLogModel::MessageIdRole).toString(),
                 QStringLiteral("m%1").arg(kMessages - 1));
        // Rows in name order without a sorting proxy.
        const QModelIndex product = w.deviceModel()->index(0, 0);
        QString previous;
        for (int r = 0; r < w.deviceModel()->rowCount(product); ++r) {
            const QString name = w.deviceModel()
                                     ->index(r, 0, product)
                                     .data(DeviceTreeModel::DeviceKeyRole)
                                     .value<DeviceKey>()
                                     .deviceName;
            QVERIFY2(previous < name, qPrintable(previous + " / " + name));
            previous = name;
        }
        // Counts computed on the worker arrive whole.
        qint64 messages = 0;
        for (int p = 0; p < w.deviceModel()->rowCount(); ++p)
            messages += w.deviceModel()->index(p, DeviceTreeModel::MessagesColumn).data().toLongLong();
        QCOMPARE(messages, qint64(kMessages));
        QCOMPARE(w.newestShownAt(), t0 + kMessages - 1);
    }

    void aWindowThatFallsBehindSaysItThinned()
    {
        MainWindow w;
        transport::ViewFeed::Limits limits;
        limits.intervalMs = 3'600'000;
        transport::ViewFeed feed(limits);
        QObject::connect(&feed, &transport::ViewFeed::updated, &w, &MainWindow::applyViewUpdate,
                         Qt::QueuedConnection); // applied only when this loop runs
        QObject::connect(&w, &MainWindow::viewUpdateApplied, &feed, [&](quint64 s) { feed.applied(s); });
        const qint64 t0 = 1'760'000'000'000;
        for (int i = 0; i < 3000; ++i) {
            PropertyReport r;
            r.meta.messageId = QStringLiteral("t%1").arg(i);
            r.meta.receivedAt = t0 + i;
            r.device = {"pk", "one", {}};
            r.attribute = "T";
            r.value = i;
            r.time = t0 + i;
            feed.addProperties({r});
            feed.flushNow(); // the window has taken none yet: merging
        }
        QVERIFY(!w.statsText().contains(u"display thinned"));
        QTRY_COMPARE(w.newestShownAt(), t0); // the first update; the others merged meanwhile
        feed.flushNow(); // the next one carries the count
        QTRY_VERIFY(w.statsText().contains(u"display thinned"));
        QVERIFY(feed.merged() > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("display thinned: [0-9,. \u00a0]+ updates merged"))
                     .match(w.statsText())
                     .hasMatch(),
                 qPrintable(w.statsText()));
        QTRY_COMPARE(w.newestShownAt(), t0 + 2999); // nothing lost on the way: the newest is shown
        QTRY_COMPARE(w.propertyModel()->attributesOf({"pk", "one", {}}), QStringList({"T"}));
    }
};

QTEST_MAIN(TestViewCoalescing)
#include "tst_viewcoalescing.moc"
