// The app controller's session lifecycle with the real window (offscreen):
// the subscriber's first words reach the window, a history that cannot be
// opened is shown in words, and a stop that meets more clicks stays whole.

#include "appcontroller.h"
#include "core/messages.h"
#include "gui/mainwindow.h"
#include "session/pipelinehost.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace linkscope;

class TestAppController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static SubscriberProfile profileWithCa(const QString &ca)
    {
        SubscriberProfile p;
        p.host = "127.0.0.1";
        p.port = 1;
        p.caFile = ca;
        p.appKey = "k";
        p.appSecret = Secret::fromString("s");
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINKSCOPE_SIM", LINKSCOPE_BIN_DIR "/linkscope-sim");
        registerMessageTypes();
    }

    void theSubscribersFirstWordsReachTheWindow()
    {
        // An unreadable CA file is refused at once, before any connection:
        // the window says so, not "Not connected".
        MainWindow w;
        AppController app(&w);
        auto started = app.startProfile(profileWithCa("/nonexistent/ca.pem"), m_dir.filePath("first.sqlite"));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QTRY_VERIFY2(w.connectionText().contains(u"cannot read the CA file /nonexistent/ca.pem"),
                     qPrintable(w.connectionText()));
        QVERIFY(w.connectionText().startsWith(u"TlsFailed"));
    }

    void aHistoryThatCannotOpenIsShownInWords()
    {
        MainWindow w;
        AppController app(&w);
        const QString path = m_dir.filePath("no/folder/history.sqlite");
        auto started = app.startProfile(profileWithCa({}), path);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().contains(u"its folder"), qPrintable(started.error()));
        QVERIFY(!app.isRunning());
        QVERIFY2(w.connectionText().contains(QStringLiteral("cannot open the history %1").arg(path)),
                 qPrintable(w.connectionText()));
    }

    void clicksDuringAStopDoNotReenterIt()
    {
        // A second Disconnect and a Start demo arrive while the first
        // Disconnect is stopping the session: they run after it, in order,
        // and nothing is freed under the stop's feet.
        MainWindow w;
        AppController app(&w);
        auto started = app.startDemo();
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QTRY_VERIFY_WITH_TIMEOUT(app.host() && app.host()->state() == ConnectionState::Subscribed, 20000);
        int ranAfter = 0;
        QTimer::singleShot(0, &app, [&] {
            QVERIFY(!app.isRunning()); // the first stop is complete by now
            app.stop();
            ++ranAfter;
        });
        QTimer::singleShot(0, &app, [&] {
            QVERIFY(app.startDemo().ok());
            ++ranAfter;
        });
        app.stop();
        QVERIFY(!app.isRunning());
        QCOMPARE(ranAfter, 0); // nothing ran inside the stop
        QTRY_COMPARE(ranAfter, 2);
        QVERIFY(app.isRunning() && app.isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(app.host()->state() == ConnectionState::Subscribed, 20000);
        app.stop();
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
