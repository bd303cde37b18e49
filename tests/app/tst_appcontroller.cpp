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

    void everyProfileNameHasAFolderOfItsOwn()
    {
        const QStringList names {"生产", "测试", "a b",        "a_b", "a/b",  "a%2Fb",
                                 "..",   ".",    "Production", "a:b", "a\\b", QString(300, u'长')};
        QSet<QString> folders;
        const QDir profiles(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                            + "/profiles");
        for (const QString &n : names) {
            const QString folder = AppController::profileFolderName(n);
            QVERIFY2(!folder.contains(u'/') && !folder.contains(u'\\') && !folder.startsWith(u'.'),
                     qPrintable(folder));
            QVERIFY(folder.toUtf8().size() <= 255);
            folders.insert(folder);
            const QString path = AppController::storePathFor(n);
            QVERIFY2(QFileInfo(path).absolutePath().startsWith(profiles.absolutePath() + u'/'),
                     qPrintable(path));
            // Made for the user alone.
            QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                     QFileDevice::Permissions());
        }
        QCOMPARE(folders.size(), names.size());
        QCOMPARE(AppController::profileFolderName("生产"), QString("生产")); // readable where it can be
        QCOMPARE(AppController::profileFolderName("Production"), QString("Production")); // as before
    }

    void theDemosSecretIsNotOnTheCommandLine()
    {
        MainWindow w;
        AppController app(&w);
        QVERIFY(app.startDemo().ok());
        QTRY_VERIFY_WITH_TIMEOUT(app.host() && app.host()->state() == ConnectionState::Subscribed, 20000);
        // The emulator, our child: its command line is every local user's to read.
        int children = 0;
        for (const QString &pid : QDir("/proc").entryList(QDir::Dirs)) {
            QFile stat("/proc/" + pid + "/stat");
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> f = stat.readAll().split(' ');
            if (f.size() < 4 || f[3].toLongLong() != QCoreApplication::applicationPid())
                continue;
            QFile cmdline("/proc/" + pid + "/cmdline");
            QVERIFY(cmdline.open(QIODevice::ReadOnly));
            const QByteArray args = cmdline.readAll();
            if (!args.contains("linkscope-sim"))
                continue;
            ++children;
            QVERIFY2(!args.contains("--appsecret"), args.constData());
        }
        QCOMPARE(children, 1);
        app.stop();
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
