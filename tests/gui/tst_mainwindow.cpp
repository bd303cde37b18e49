#include "gui/mainwindow.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QtTest>

using namespace linkscope;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void hasADockPerView()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList names
            = {QStringLiteral("devicesDock"),  QStringLiteral("chartsDock"), QStringLiteral("timelineDock"),
               QStringLiteral("bindingsDock"), QStringLiteral("eventsDock"), QStringLiteral("alertsDock")};
        const QStringList titles
            = {QStringLiteral("Devices"),  QStringLiteral("Charts"), QStringLiteral("Timeline"),
               QStringLiteral("Bindings"), QStringLiteral("Events"), QStringLiteral("Alerts")};
        for (int i = 0; i < names.size(); ++i) {
            QDockWidget *d = w.dock(names[i]);
            QVERIFY2(d, qPrintable(names[i]));
            QCOMPARE(d->windowTitle(), titles[i]);
            QVERIFY(d->toggleViewAction()->isChecked()); // shown, or a tab behind another
            QVERIFY(d->widget());
        }
        QCOMPARE(w.findChildren<QDockWidget *>().size(), names.size());
    }

    void docksCanBeHiddenFromTheViewMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *d = w.dock(QStringLiteral("eventsDock"));
        d->toggleViewAction()->trigger();
        QVERIFY(!d->isVisible());
        d->toggleViewAction()->trigger();
        QVERIFY(d->isVisible());
    }

    // A history that cannot store says so in the status bar until it stores again.
    void aStoreThatCannotStoreSaysSo()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = w.findChild<QLabel *>(QStringLiteral("storageState"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());
        QVERIFY(w.storageText().isEmpty());
        w.showStorageProblem(QStringLiteral("database or disk is full"));
        QVERIFY(label->isVisible());
        QCOMPARE(w.storageText(), QStringLiteral("Cannot store: database or disk is full"));
        QVERIFY(label->toolTip().contains(QStringLiteral("Nothing is acknowledged")));
        w.resize(1200, 700);
        QDir().mkpath(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots"));
        QVERIFY(w.grab().save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/cannot-store.png")));
        w.showStorageProblem(QString());
        QVERIFY(!label->isVisible());
        QVERIFY(w.storageText().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
