// LinkScope: builds the application, its translator and its main window.

#include "appcontroller.h"
#include "core/messages.h"
#include "core/quitonsignals.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LinkScope"));
    QApplication::setOrganizationName(QStringLiteral("LinkScope"));
    QApplication::setApplicationVersion(QStringLiteral(LINKSCOPE_VERSION));
    linkscope::registerMessageTypes();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("linkscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Live monitor for the Life IoT Platform's data push."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QApplication::translate("main", "Quit after <ms> milliseconds (for tests)."),
                                 QStringLiteral("ms"));
    parser.addOption(quitAfter);
    QCommandLineOption demo(QStringLiteral("demo"),
                            QApplication::translate("main", "Watch an emulated fleet (no account needed)."));
    parser.addOption(demo);
    parser.process(app);

    linkscope::quitOnSignals(app); // SIGTERM ends the demo's emulator too
    linkscope::MainWindow window;
    linkscope::AppController controller(&window);
    auto startDemo = [&] {
        if (auto r = controller.startDemo(); !r)
            QMessageBox::warning(
                &window, QApplication::translate("main", "Demo"),
                QApplication::translate("main", "The demo could not start: %1").arg(r.error()));
    };
    QObject::connect(&window, &linkscope::MainWindow::demoRequested, &window, startDemo);
    QObject::connect(&app, &QApplication::aboutToQuit, &controller, &linkscope::AppController::stop);
    window.show();
    if (parser.isSet(demo))
        QTimer::singleShot(0, &window, startDemo);

    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            qCritical("--quit-after takes a number of milliseconds");
            return 2;
        }
        QTimer::singleShot(ms, &app, &QApplication::quit);
    }
    return QApplication::exec();
}
