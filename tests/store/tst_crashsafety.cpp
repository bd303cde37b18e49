#include "core/messages.h"
#include "store/historystore.h"
#include "store/intakelog.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

// A child writes batches of 50 messages; it is SIGKILLed at a random moment.
// Then: the file passes integrity_check, every batch reported persisted is
// there whole, and no batch is there in part.
class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killMidWriteTenTimes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.sqlite");
        QSet<int> persisted;
        int next = 0;
        for (int run = 0; run < 10; ++run) {
            QProcess child;
            child.start(QStringLiteral(LINKSCOPE_BIN_DIR "/store_crash_writer"),
                        {path, QString::number(next)});
            QVERIFY(child.waitForStarted());
            // Let it write for a random while, then kill it without warning.
            const int wantBatches = 5 + int(QRandomGenerator::global()->bounded(40));
            QElapsedTimer t;
            t.start();
            QByteArray out;
            while (out.count('\n') < wantBatches && t.elapsed() < 20000) {
                child.waitForReadyRead(50);
                out += child.readAllStandardOutput();
            }
            QThread::usleep(QRandomGenerator::global()->bounded(3000)); // mid-transaction, likely
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            out += child.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("persisted "))
                    persisted.insert(line.mid(10).toInt());
            }
            QVERIFY2(!persisted.isEmpty(), "the writer reported nothing");

            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            {
                QSqlQuery q(db);
                QVERIFY(q.exec("PRAGMA integrity_check") && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                // Batch number = the message id's prefix; each batch has 50 messages and 50 samples.
                QVERIFY(
                    q.exec("SELECT CAST(substr(message_id, 1, instr(message_id, '-') - 1) AS INTEGER) AS b, "
                           "COUNT(*) FROM messages GROUP BY b"));
                QSet<int> present;
                int maxBatch = -1;
                while (q.next()) {
                    const int b = q.value(0).toInt();
                    QCOMPARE(q.value(1).toInt(), 50); // nothing half-written
                    present.insert(b);
                    maxBatch = std::max(maxBatch, b);
                }
                for (int b : std::as_const(persisted))
                    QVERIFY2(present.contains(b),
                             qPrintable(QStringLiteral("batch %1 was persisted but is gone").arg(b)));
                QVERIFY(q.exec("SELECT COUNT(*) FROM samples") && q.next());
                QCOMPARE(q.value(0).toInt(), present.size() * 50);
                next = maxBatch + 1;
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase("check");
        }
    }

    // A child appends batches of 50 to an intake log and is SIGKILLed at a
    // random moment, ten times. Then: every batch it said may be
    // acknowledged is in the log whole, the numbers run on without a gap,
    // and a history opened beside it stores each message once.
    void killMidAppendTenTimes()
    {
        linkscope::registerMessageTypes();
        QTemporaryDir dir;
        const QString log = dir.filePath("crash.sqlite.intake");
        QSet<int> logged;
        int next = 0;
        for (int run = 0; run < 10; ++run) {
            QProcess child;
            child.start(QStringLiteral(LINKSCOPE_BIN_DIR "/intake_crash_writer"),
                        {log, QString::number(next)});
            QVERIFY(child.waitForStarted());
            const int wantBatches = 5 + int(QRandomGenerator::global()->bounded(40));
            QElapsedTimer t;
            t.start();
            QByteArray out;
            while (out.count('\n') < wantBatches && t.elapsed() < 20000) {
                child.waitForReadyRead(50);
                out += child.readAllStandardOutput();
            }
            QThread::usleep(QRandomGenerator::global()->bounded(3000)); // mid-append, likely
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            out += child.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("logged "))
                    logged.insert(line.mid(7).toInt());
            QVERIFY2(!logged.isEmpty(), "the writer reported nothing");

            auto records = linkscope::store::IntakeReader::readAll(log);
            QVERIFY2(records.ok(), qPrintable(records.error()));
            QHash<int, int> perBatch;
            quint64 seq = records->isEmpty() ? 0 : records->first().seq;
            int maxBatch = -1;
            for (const linkscope::store::IntakeRecord &r : *records) {
                QCOMPARE(r.seq, seq++); // no gap, nothing twice
                const int b = r.message.messageId.section(u'-', 0, 0).mid(1).toInt();
                ++perBatch[b];
                maxBatch = std::max(maxBatch, b);
            }
            for (int b : std::as_const(logged))
                QVERIFY2(perBatch.value(b) == 50,
                         qPrintable(QStringLiteral("batch %1 was logged but has %2 of 50")
                                        .arg(b)
                                        .arg(perBatch.value(b))));
            next = maxBatch + 1;
        }
        // The history built from what the crashes left: every logged message once.
        linkscope::store::HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        linkscope::store::HistoryStore history(dir.filePath("crash.sqlite"), o);
        auto opened = history.openNow();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        history.close();
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "intake-check");
        db.setDatabaseName(dir.filePath("crash.sqlite"));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT message_id, COUNT(*) FROM messages GROUP BY message_id"));
            QSet<int> batches;
            while (q.next()) {
                QCOMPARE(q.value(1).toInt(), 1);
                batches.insert(q.value(0).toString().section(u'-', 0, 0).mid(1).toInt());
            }
            for (int b : std::as_const(logged))
                QVERIFY2(batches.contains(b),
                         qPrintable(QStringLiteral("batch %1 is not in the history").arg(b)));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("intake-check");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
