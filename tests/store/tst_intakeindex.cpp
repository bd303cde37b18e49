#include "intakefixtures.h"
#include "store/historystore.h"
#include "store/intakelog.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;
using namespace intakefixtures;

namespace {
// Rows per message id in the file, read on a connection of the test's own.
QHash<QString, int> storedIds(const QString &path)
{
    QHash<QString, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT message_id FROM messages"));
            while (q.next())
                ++out[q.value(0).toString()];
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return out;
}

Result<quint64> appendToLog(const QString &dir, quint64 floor, const QList<IntakeMessage> &batch,
                            qint64 segmentBytes = IntakeLog::DefaultSegmentBytes)
{
    IntakeLog log(dir, segmentBytes);
    if (auto opened = log.open(floor); !opened)
        return opened;
    return log.append(batch);
}
} // namespace

// The history's tables built from the intake log: decoded again, stored
// once, how far recorded in the same transaction, its files dropped after.
class TestIntakeIndex : public QObject {
    Q_OBJECT

private slots:
    void init() { registerMessageTypes(); }

    void theTablesFollowTheLogAndRememberHowFarTheyGot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        for (int i = 0; i < 6; ++i) // (a new file every 8 KiB, at an append)
            QCOMPARE(appendToLog(logDir, quint64(i * 50), messages(i * 50, 50), 8192).value(),
                     quint64(i * 50 + 50));
        QVERIFY(QDir(logDir).entryList(QDir::Files).size() > 3);
        {
            HistoryStore::Options o;
            o.intakeDir = logDir;
            o.retentionIntervalMs = 0;
            HistoryStore store(path, o);
            QVERIFY(store.openNow().ok());
            QCOMPARE(store.intakeIndexed(), 0u);
            QSignalSpy stored(&store, &HistoryStore::intakeStored);
            store.intakeAppended(300);
            QTRY_COMPARE(store.intakeIndexed(), 300u); // in steps, between other work
            QCOMPARE(store.storedCount(), 300u);
            QVERIFY(!stored.isEmpty());
            QCOMPARE(stored.last().first().toULongLong(), 300u);
            // Decoded as the pipeline decodes: five devices, one value each per message.
            auto devices = store.devices();
            QVERIFY(devices.ok());
            QCOMPARE(devices->size(), 5);
            QCOMPARE(QDir(logDir).entryList(QDir::Files).size(), 1); // only the newest file stays
            store.close();
        }
        const auto ids = storedIds(path);
        QCOMPARE(ids.size(), 300);
        QCOMPARE(ids.value(QStringLiteral("m299")), 1);
        // Opened again: nothing stored twice, and the new records follow.
        QCOMPARE(appendToLog(logDir, 300, messages(300, 10)).value(), 310u);
        HistoryStore::Options o;
        o.intakeDir = logDir;
        o.retentionIntervalMs = 0;
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        QCOMPARE(store.intakeIndexed(), 300u);
        store.intakeAppended(310);
        store.indexIntakeUntil(QDeadlineTimer(QDeadlineTimer::Forever));
        QCOMPARE(store.intakeIndexed(), 310u);
        QCOMPARE(store.storedCount(), 10u);
        store.close();
        QCOMPARE(storedIds(path).size(), 310);
    }

    void aToolOpeningTheHistoryStoresWhatTheLogHolds()
    {
        // A crash left messages in the log the tables do not hold yet, and a torn end.
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        QCOMPARE(appendToLog(logDir, 0, messages(0, 40)).value(), 40u);
        {
            const QString file = QDir(logDir).filePath(IntakeLog::segmentName(1));
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write(IntakeLog::encode(41, message(40)).left(30));
        }
        HistoryStore::Options o;
        o.retentionIntervalMs = 0; // no intakeDir: a tool (an export), not a pipeline
        HistoryStore store(path, o);
        auto opened = store.openNow();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(store.storedCount(), 40u);
        QCOMPARE(store.intakeIndexed(), 40u);
        store.close();
        QCOMPARE(storedIds(path).size(), 40);
        // Opened again, there is nothing more to store.
        HistoryStore again(path, o);
        QVERIFY(again.openNow().ok());
        QCOMPARE(again.storedCount(), 0u);
    }

    void aRedeliveryLoggedTwiceIsStoredOnce()
    {
        // Logged, then a crash before its acknowledgement: the cloud sends it again.
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        QList<IntakeMessage> batch = messages(0, 10);
        batch += messages(5, 3); // m5, m6, m7 again
        QCOMPARE(appendToLog(logDir, 0, batch).value(), 13u);
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        QCOMPARE(store.storedCount(), 10u);
        store.close();
        const auto ids = storedIds(path);
        QCOMPARE(ids.size(), 10);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void aFullDiskHoldsTheTablesBackAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        HistoryStore::Options o;
        o.intakeDir = logDir;
        o.retentionIntervalMs = 0;
        o.retryIntervalMs = 20;
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        QCOMPARE(appendToLog(logDir, 0, messages(0, 20)).value(), 20u);
        store.intakeAppended(20);
        QTRY_COMPARE(store.intakeIndexed(), 20u);
        QSignalSpy changed(&store, &HistoryStore::storageChanged);
        QVERIFY(store.limitPages(1).ok()); // no page more than the file has
        QCOMPARE(appendToLog(logDir, 20, messages(20, 500)).value(), 520u);
        store.intakeAppended(520);
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY2(changed.first().first().toString().contains(u"full"),
                 qPrintable(changed.first().first().toString()));
        QTest::qWait(200); // retries fail meanwhile
        QCOMPARE(store.intakeIndexed(), 20u);
        QCOMPARE(store.storageProblem(), changed.first().first().toString());
        // Room again: the retries store the rest, by themselves.
        QVERIFY(store.limitPages(0).ok());
        QTRY_COMPARE(store.intakeIndexed(), 520u);
        QVERIFY(store.storageProblem().isEmpty());
        QVERIFY(changed.last().first().toString().isEmpty());
        store.close();
        const auto ids = storedIds(path);
        QCOMPARE(ids.size(), 520);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void theTablesWaitWhileABurstPoursInUnlessFarBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        HistoryStore::Options o;
        o.intakeDir = logDir;
        o.retentionIntervalMs = 0;
        o.intakeWaitAbove = 100; // messages a second
        o.intakeUrgentBacklog = 50;
        HistoryStore store(path, o);
        qint64 now = 0; // ms, moved by the test alone
        store.setIntakeClock([&now] { return now; });
        QVERIFY(store.openNow().ok());
        QCOMPARE(appendToLog(logDir, 0, messages(0, 40)).value(), 40u);
        // 30 messages in 10 ms: 3,000 a second, far above 100.
        store.intakeAppended(10);
        now += 10;
        store.intakeAppended(40);
        QVERIFY(store.intakeBusy());
        QVERIFY(!store.indexIntakeStep());
        QCOMPARE(store.intakeIndexed(), 0u);
        QTest::qWait(150); // its look again comes and goes: still pouring in
        QCOMPARE(store.intakeIndexed(), 0u);
        // The burst passes (nothing more for a while): the tables catch up by themselves.
        now += 500; // half a second without an append: a pause (the log's appends come up to 300 ms apart)
        QVERIFY(store.intakeBusy());
        now += 1000;
        QVERIFY(!store.intakeBusy());
        QTRY_COMPARE(store.intakeIndexed(), 40u);
        // Far behind: they go on even while it pours in.
        QCOMPARE(appendToLog(logDir, 40, messages(40, 60)).value(), 100u);
        store.intakeAppended(41);
        now += 10;
        store.intakeAppended(100);
        QVERIFY(store.intakeBusy());
        QVERIFY(store.indexIntakeStep());
        QCOMPARE(store.intakeIndexed(), 100u);
        store.close();
        QCOMPARE(storedIds(path).size(), 100);
    }

    void aHistoryOlderThanItsLogGoesOnFromTheLogsOldestRecord()
    {
        // The history was restored from a copy: its tables end at 0, the
        // log (whose earlier records went into the other copy) starts at 101.
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        QCOMPARE(appendToLog(logDir, 100, messages(0, 10)).value(), 110u);
        HistoryStore::Options o;
        o.intakeDir = logDir;
        o.retentionIntervalMs = 0;
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        store.intakeAppended(110);
        QTRY_COMPARE(store.intakeIndexed(), 110u);
        QCOMPARE(store.storedCount(), 10u);
        QVERIFY(store.storageProblem().isEmpty());
    }

    void aStopPastItsDeadlineLeavesTheRestInTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("h.sqlite"), logDir = path + QStringLiteral(".intake");
        QCOMPARE(appendToLog(logDir, 0, messages(0, 100)).value(), 100u);
        HistoryStore::Options o;
        o.intakeDir = logDir;
        o.retentionIntervalMs = 0;
        {
            HistoryStore store(path, o);
            QVERIFY(store.openNow().ok());
            store.intakeAppended(100);
            store.writeUntil(QDeadlineTimer(0)); // a stop, already past its time
            QThread::msleep(5);
            store.indexIntakeUntil(QDeadlineTimer(QDeadlineTimer::Forever));
            QCOMPARE(store.intakeIndexed(), 0u);
            store.close();
        }
        QCOMPARE(storedIds(path).size(), 0);
        HistoryStore store(path, o);
        QVERIFY(store.openNow().ok());
        store.intakeAppended(100);
        store.indexIntakeUntil(QDeadlineTimer(QDeadlineTimer::Forever));
        QCOMPARE(store.intakeIndexed(), 100u);
        store.close();
        QCOMPARE(storedIds(path).size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestIntakeIndex)
#include "tst_intakeindex.moc"
