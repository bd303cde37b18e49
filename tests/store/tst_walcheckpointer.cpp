#include "store/walcheckpointer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope::store;

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private slots:
    // A writer that never checkpoints leaves its pages in the log; the
    // checkpointer, on its own connection and thread, copies them into the
    // file while the writer goes on, and lets go of the file when stopped.
    void copiesTheLogIntoTheFileWhileTheWriterWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x BLOB)")));
            const auto writeSome = [&] {
                QVERIFY(db.transaction());
                for (int i = 0; i < 200; ++i)
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(1000))")));
                QVERIFY(db.commit());
            };
            writeSome();
            const qint64 fileBefore = QFileInfo(path).size();
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 200'000); // all of it in the log
            WalCheckpointer checkpointer;
            QVERIFY(checkpointer.start(path, 10).ok());
            QVERIFY(checkpointer.isRunning());
            QTRY_VERIFY(checkpointer.checkpoints() > 0);
            QTRY_VERIFY(QFileInfo(path).size() > fileBefore + 200'000); // copied into the file
            writeSome(); // the writer is never held up
            const qint64 fileNow = QFileInfo(path).size();
            QTRY_VERIFY(QFileInfo(path).size() > fileNow + 100'000);
            checkpointer.stop();
            QVERIFY(!checkpointer.isRunning());
            QCOMPARE(QSqlDatabase::connectionNames(),
                     QStringList {QStringLiteral("writer")}); // its own is gone
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 400);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void aFileThatCannotBeOpenedIsSaidAndNothingRuns()
    {
        WalCheckpointer checkpointer;
        auto started = checkpointer.start(QStringLiteral("/nonexistent-folder/x.sqlite"), 10);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(QStringLiteral("/nonexistent-folder/x.sqlite")),
                 qPrintable(started.error()));
        QVERIFY(!checkpointer.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
