// LinkScope: builds the application, its translator and its main window,
// and wires Settings, demo mode and the pipeline together.

#include "appcontroller.h"
#include "benchcharts.h"
#include "core/messages.h"
#include "core/quitonsignals.h"
#include "gui/mainwindow.h"
#include "gui/replaybar.h"
#include "perfmonitor.h"
#include "session/pipelinehost.h"
#include "settingscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// --help and --version need no window: answered before a display is asked for.
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version" || a == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> owner;
    if (wantsOnlyText(argc, argv))
        owner = std::make_unique<QCoreApplication>(argc, argv);
    else
        owner = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("LinkScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("LinkScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKSCOPE_VERSION));
    // The desktop entry's name (the app id Wayland compositors and the menu match the window with).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.linkscope.LinkScope"));
    linkscope::registerMessageTypes();

    // The language follows the system unless Settings chose one.
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Installed as in the build tree: bin/linkscope and share/linkscope/translations/*.qm.
    const QString translations = QDir(QCoreApplication::applicationDirPath())
                                     .filePath(QStringLiteral("../share/linkscope/translations"));
    // English when the locale has no translation (C, POSIX, …): its plural forms ("1 device") live there.
    if (translator.load(locale, QStringLiteral("linkscope"), QStringLiteral("_"), translations)
        || translator.load(QStringLiteral("linkscope_en"), translations))
        QCoreApplication::installTranslator(&translator);

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
    QCommandLineOption demoProtocol(
        QStringLiteral("demo-protocol"),
        QApplication::translate("main", "The demo's transport: amqp (default) or http2."),
        QStringLiteral("name"), QStringLiteral("amqp"));
    parser.addOption(demoProtocol);
    QCommandLineOption demoRate(
        QStringLiteral("demo-rate"),
        QApplication::translate("main", "The demo's messages per second in all (default 40)."),
        QStringLiteral("n"), QStringLiteral("40"));
    parser.addOption(demoRate);
    QCommandLineOption demoDevices(
        QStringLiteral("demo-devices"),
        QApplication::translate("main", "The demo's number of devices (default 24)."), QStringLiteral("n"),
        QStringLiteral("24"));
    parser.addOption(demoDevices);
    QCommandLineOption demoProducts(
        QStringLiteral("demo-products"),
        QApplication::translate("main", "The demo's number of products (default 4)."), QStringLiteral("n"),
        QStringLiteral("4"));
    parser.addOption(demoProducts);
    QCommandLineOption perfLog(
        QStringLiteral("perf-log"),
        QApplication::translate("main",
                                "Write how the window keeps up to <file>, a JSON line a second "
                                "(timer lateness, how far behind, GUI CPU, memory)."),
        QStringLiteral("file"));
    parser.addOption(perfLog);
    QCommandLineOption chartSeries(
        QStringLiteral("chart-series"),
        QApplication::translate("main",
                                "Chart this many properties of different devices at once (benchmarks)."),
        QStringLiteral("n"));
    parser.addOption(chartSeries);
    QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Connect with the saved profile <name>."),
        QStringLiteral("name"));
    parser.addOption(profileOption);
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window to <file> before quitting."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption replay(
        QStringLiteral("replay"),
        QApplication::translate("main", "Replay the capture <file> (as File > Open capture…)."),
        QStringLiteral("file"));
    parser.addOption(replay);
    QCommandLineOption replaySpeed(
        QStringLiteral("replay-speed"),
        QApplication::translate("main",
                                "The replay's speed: 1, 10, 100, or 0 for as fast as possible (default 1)."),
        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOption(replaySpeed);
    parser.process(app); // --help and --version end here, with or without a display
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/linkscope.svg")));

    linkscope::quitOnSignals(app); // SIGTERM ends the demo's emulator too
    linkscope::MainWindow window;
    linkscope::AppController controller(&window);
    linkscope::SettingsController settings;
    const auto warn = [&window](const QString &title, const QString &text) {
        QMessageBox::warning(&window, title, text);
    };
    const auto protocol = parser.value(demoProtocol) == u"http2" ? linkscope::PushProtocol::Http2
                                                                 : linkscope::PushProtocol::Amqp;
    const auto count = [&](const QCommandLineOption &o, double min, double max) {
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "linkscope: --%s takes a number from %g to %g\n",
                         qPrintable(o.names().first()), min, max);
            std::exit(2);
        }
        return v;
    };
    linkscope::DemoOptions demoOptions;
    demoOptions.protocol = protocol;
    demoOptions.rate = count(demoRate, 0, 1e6);
    demoOptions.devices = int(count(demoDevices, 1, 1e6));
    demoOptions.products = int(count(demoProducts, 1, 1e4));
    auto startDemo = [&] {
        if (auto r = controller.startDemo(demoOptions); !r)
            warn(QApplication::translate("main", "Demo"),
                 QApplication::translate("main", "The demo could not start: %1").arg(r.error()));
    };
    auto startProfile = [&](const QString &name, const linkscope::SubscriberProfile &profile) {
        if (auto r = controller.startProfile(profile, linkscope::AppController::storePathFor(name)); !r)
            warn(QApplication::translate("main", "Connect"),
                 QApplication::translate("main", "Could not start the session for “%1”: %2")
                     .arg(name, r.error()));
    };
    QObject::connect(&window, &linkscope::MainWindow::demoRequested, &window, startDemo);
    QObject::connect(&window, &linkscope::MainWindow::settingsRequested, &window,
                     [&] { settings.open(&window); });
    QObject::connect(&window, &linkscope::MainWindow::disconnectRequested, &controller,
                     &linkscope::AppController::stop);
    QObject::connect(&settings, &linkscope::SettingsController::connectRequested, &window, startProfile);
    // A replay runs the rules of the profile in use (or last used, or the demo's).
    const auto replayRules = [&] {
        if (!controller.rulesPath().isEmpty())
            return controller.rulesPath();
        const QString last = settings.lastProfile();
        return last.isEmpty()
            ? QDir(linkscope::AppController::demoDir()).filePath(QStringLiteral("alert-rules.json"))
            : linkscope::AppController::rulesPathFor(linkscope::AppController::storePathFor(last));
    };
    const auto openCapture = [&](const QString &path, double speed) {
        linkscope::AppController::ReplayStart start;
        start.speed = speed;
        if (auto r = controller.openCapture(path, replayRules(), start); !r)
            warn(QApplication::translate("main", "Replay"),
                 QApplication::translate("main", "The capture could not be replayed: %1").arg(r.error()));
    };
    QObject::connect(&window, &linkscope::MainWindow::captureOpenRequested, &window,
                     [&](const QString &path) { openCapture(path, window.replayBar()->speed()); });
    QObject::connect(&app, &QApplication::aboutToQuit, &controller, &linkscope::AppController::stop);
    window.show();

    // What to watch first: the demo when asked; a named or the last profile
    // when its AppSecret is at hand; else the welcome page with its Demo button.
    if (parser.isSet(replay)) {
        const double speed = count(replaySpeed, 0, 1e6);
        QTimer::singleShot(0, &window, [&, speed] { openCapture(parser.value(replay), speed); });
    } else if (parser.isSet(demo)) {
        QTimer::singleShot(0, &window, startDemo);
    } else {
        const QString name
            = parser.isSet(profileOption) ? parser.value(profileOption) : settings.lastProfile();
        if (!name.isEmpty()) {
            const bool named = parser.isSet(profileOption);
            settings.resolve(name, [&, name, named](linkscope::Result<linkscope::SubscriberProfile> profile) {
                if (profile)
                    startProfile(name, *profile);
                else if (named)
                    warn(QApplication::translate("main", "Connect"), profile.error());
            });
        }
        window.showWelcome(true);
    }

    std::unique_ptr<linkscope::PerfMonitor> monitor;
    if (parser.isSet(perfLog)) {
        monitor = std::make_unique<linkscope::PerfMonitor>(
            parser.value(perfLog),
            [&] { return controller.host() ? controller.host()->newestReceivedAt() : 0; },
            [&] { return window.newestShownAt(); });
        if (!monitor->isOpen()) {
            std::fprintf(stderr, "linkscope: cannot write %s\n", qPrintable(parser.value(perfLog)));
            return 2;
        }
    }
    QTimer charting;
    if (parser.isSet(chartSeries)) {
        const int wanted = int(count(chartSeries, 0, 200));
        QObject::connect(&charting, &QTimer::timeout, &window, [&window, &charting, wanted] {
            if (linkscope::chartSeriesOfDevices(&window, wanted) >= wanted)
                charting.stop();
        });
        charting.start(300);
    }

    if (parser.isSet(quitAfter)) {
        bool ok = false;
        const int ms = parser.value(quitAfter).toInt(&ok);
        if (!ok || ms < 0) {
            qCritical("--quit-after takes a number of milliseconds");
            return 2;
        }
        const QString shot = parser.value(screenshot);
        QTimer::singleShot(ms, &app, [&window, shot] {
            if (!shot.isEmpty() && !window.grab().save(shot, "PNG"))
                qWarning("could not write the screenshot %s", qPrintable(shot));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
