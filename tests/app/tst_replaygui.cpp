// File > Record… and File > Open capture… in the window, for real: the
// demo's live stream recorded to a capture, the capture replayed into a
// temporary history with the replay bar, going back by starting over, and
// the temporary history gone when the replay ends.

#include "appcontroller.h"
#include "core/capturefile.h"
#include "core/messages.h"
#include "gui/mainwindow.h"
#include "gui/messagelogmodel.h"
#include "gui/replaybar.h"
#include "session/pipelinehost.h"

#include <QAction>
#include <QSet>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

namespace {

QList<QByteArray> linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (!l.trimmed().isEmpty())
            out << l;
    return out;
}

QStringList replayFolders()
{
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    return cache.entryList({QStringLiteral("replay-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class TestReplayGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINKSCOPE_SIM", LINKSCOPE_BIN_DIR "/linkscope-sim");
        registerMessageTypes();
    }

    void recordTheDemoThenReplayIt()
    {
        MainWindow w;
        w.resize(1400, 880);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        AppController app(&w);
        QVERIFY(!w.recordAction()->isEnabled()); // nothing to record yet
        auto started = app.startDemo();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->rowCount() > 5, 30'000);

        // Record.
        QVERIFY(w.recordAction()->isEnabled());
        const QString capture = m_dir.filePath("demo capture.jsonl");
        w.record(capture);
        QTRY_VERIFY_WITH_TIMEOUT(w.recordingText().contains(u"demo capture.jsonl"), 10'000);
        QCOMPARE(w.recordAction()->text(), MainWindow::tr("Stop &recording"));
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(capture).size() >= 120, 30'000);
        w.record(QString());
        QTRY_VERIFY_WITH_TIMEOUT(w.recordingText().isEmpty(), 10'000);
        const QList<QByteArray> lines = linesOf(capture);
        QTest::qWait(500);
        QCOMPARE(linesOf(capture).size(), lines.size()); // stopped: nothing more is written
        QSet<QString> ids;
        for (const QByteArray &l : lines) {
            const auto r = parseCaptureLine(l);
            QVERIFY2(r.ok(), qPrintable(r.error() + u' ' + QString::fromUtf8(l)));
            ids.insert(r->messageId);
        }
        QCOMPARE(ids.size(), lines.size()); // each message once
        app.stop();

        // Replay it, as fast as possible.
        const QString rules = QDir(AppController::demoDir()).filePath(QStringLiteral("alert-rules.json"));
        AppController::ReplayStart start;
        start.speed = 0;
        auto replaying = app.openCapture(capture, rules, start);
        QVERIFY2(replaying.ok(), qPrintable(replaying.error()));
        QVERIFY(app.isReplaying());
        QVERIFY(w.replayBar()->isVisible());
        QVERIFY(!w.recordAction()->isEnabled()); // a replay is not recorded again
        QVERIFY(w.windowTitle().contains(u"demo capture.jsonl"));
        const QString all = QStringLiteral("%1 of %1 lines").arg(QLocale().toString(lines.size()));
        QTRY_VERIFY_WITH_TIMEOUT(w.replayBar()->positionText().endsWith(all), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionText().contains(u"to its end"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.messageModel()->rowCount() >= std::min<qsizetype>(lines.size(), 500),
                                 10'000);
        QCOMPARE(replayFolders().size(), 1);
        const QString dir = QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots");
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + QStringLiteral("/replay.png")));

        // Back to the start: a fresh history, played again to the end.
        const QStringList first = replayFolders();
        QSlider *slider = w.replayBar()->slider();
        QVERIFY(slider->maximum() > 0);
        slider->setValue(0); // as a click on the bar's start does
        QTRY_VERIFY_WITH_TIMEOUT(replayFolders().size() == 1 && replayFolders() != first, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(w.connectionText().contains(u"to its end"), 30'000);
        QVERIFY(w.replayBar()->positionText().endsWith(all));
        QCOMPARE(replayFolders().size(), 1); // the first replay's history is gone

        app.stop();
        QVERIFY(!w.replayBar()->isVisible());
        QVERIFY(replayFolders().isEmpty());
    }
};

QTEST_MAIN(TestReplayGui)
#include "tst_replaygui.moc"
