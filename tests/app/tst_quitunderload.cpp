// The real app quits at once under load: SIGTERM while the demo's emulator
// pushes 3,000 msg/s ends the process with status 0, and every message the
// cloud was told is safe is in the history. (The timeout only catches a
// hang; how fast it quits is bench_gui's to measure.)

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestQuitUnderLoad : public QObject {
    Q_OBJECT

private slots:
    void sigtermUnderLoadEndsCleanlyAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath("manifest.json");
        // The demo's emulator, with a manifest of what it sent and what was acknowledged.
        const QString wrapper = dir.filePath("sim.sh");
        QFile w(wrapper);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QStringLiteral("#!/bin/sh\nexec '%1' \"$@\" --manifest '%2'\n")
                    .arg(LINKSCOPE_BIN_DIR "/linkscope-sim", manifest)
                    .toUtf8());
        w.close();
        QVERIFY(QFile::setPermissions(wrapper, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("LINKSCOPE_SIM", wrapper);
        env.insert("LINKSCOPE_SIM_STOP_MS", "20000"); // its final manifest is what this test reads
        env.insert("XDG_DATA_HOME", dir.filePath("data"));
        env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(LINKSCOPE_BIN_DIR "/linkscope",
                  {"--demo", "--demo-rate", "3000", "--demo-devices", "2000", "--demo-products", "10"});
        QVERIFY(app.waitForStarted());
        const auto read = [&] {
            QFile f(manifest);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        };
        const auto acknowledged = [&] {
            QStringList ids;
            for (const QJsonValue &v : read().value("acknowledged").toArray())
                ids << v.toString();
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged().size() > 3000, 60000); // well under way
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY2(app.waitForFinished(60000), "the app did not quit");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        // The emulator was stopped, not killed: its last manifest, written
        // after the connection closed, holds every acknowledgement there was.
        QVERIFY2(read().value("final").toBool(), "the emulator's final manifest was not written");
        // What the cloud was told is safe is in the history.
        const QStringList acked = acknowledged();
        QVERIFY(acked.size() > 3000);
        const QString history = dir.filePath("data/LinkScope/LinkScope/demo/demo-history.sqlite");
        QVERIFY2(QFile::exists(history), qPrintable(history));
        QSet<QString> stored;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "quit");
            db.setDatabaseName(history);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT message_id FROM messages"));
            while (q.next())
                stored.insert(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase("quit");
        int missing = 0;
        for (const QString &id : acked)
            missing += stored.contains(id) ? 0 : 1;
        QCOMPARE(missing, 0);
    }
};

QTEST_GUILESS_MAIN(TestQuitUnderLoad)
#include "tst_quitunderload.moc"
