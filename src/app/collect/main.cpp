// linkscope-collect: the subscriber and the history store without a window,
// for servers, tests and benchmarks. `linkscope-collect --help` lists the flags.

#include "core/alertrule.h"
#include "core/messages.h"
#include "core/optionsfile.h"
#include "core/privatefiles.h"
#include "core/quitonsignals.h"
#include "core/topicfilter.h"
#include "profiles/profilestore.h"
#include "session/alertmonitor.h"
#include "session/alertoutputs.h"
#include "session/pipelinehost.h"
#include "store/historystore.h"
#include "transport/subscriber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace linkscope;

namespace {

[[noreturn]] void die(int code, const QString &message)
{
    std::fprintf(stderr, "linkscope-collect: %s\n", qPrintable(message));
    std::exit(code);
}

qint64 timeArg(const QString &text, const char *flag)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        die(2,
            QStringLiteral("--%1 takes ms since the epoch or an ISO 8601 time, got \"%2\"")
                .arg(QLatin1String(flag), text));
    return t.toMSecsSinceEpoch();
}

int exportStore(const QString &storePath, const QString &out, qint64 from, qint64 to)
{
    if (!QFile::exists(storePath))
        die(1, QStringLiteral("no history file at %1").arg(storePath));
    store::HistoryStore::Options o;
    o.retentionIntervalMs = 0;
    store::HistoryStore store(storePath, o);
    if (auto r = store.openNow(); !r)
        die(4, r.error());
    Result<qint64> n = qint64(0);
    if (out.isEmpty() || out == u"-") {
        // Standard output as it is: a terminal, a pipe or a redirected file.
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            die(1, QStringLiteral("cannot write to standard output: %1").arg(stdoutFile.errorString()));
        n = store.exportJsonlTo(stdoutFile, from, to);
        stdoutFile.flush();
    } else {
        n = store.exportJsonlTo(out, from, to);
    }
    if (!n)
        die(1, n.error());
    std::fprintf(stderr, "linkscope-collect: exported %lld messages\n", qlonglong(*n));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's settings (profiles) live under the app's own name.
    QCoreApplication::setOrganizationName(QStringLiteral("LinkScope"));
    QCoreApplication::setApplicationName(QStringLiteral("LinkScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKSCOPE_VERSION));
    registerMessageTypes();

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Receives a Life IoT project's data push, stores every message in a history file and acknowledges it "
        "once stored.\nThe AppSecret comes from the environment variable LINKSCOPE_APPSECRET or "
        "--appsecret-file, "
        "never from the command line.\n"
        "Exit status: 0 stopped cleanly (SIGTERM, SIGINT, --duration); 1 an error; 2 a usage error; 3 the "
        "credentials were refused (with --exit-on-auth-failure); 4 the history cannot be opened; 5 the "
        "server's certificate is not trusted (with --exit-on-auth-failure)."));
    p.addHelpOption();
    p.addVersionOption();
    const QList<QCommandLineOption> options {
        {QStringLiteral("endpoint"),
         QStringLiteral("amqps://HOST:PORT (AMQP 1.0) or https://HOST:PORT (HTTP/2) of the push endpoint."),
         QStringLiteral("url")},
        {QStringLiteral("region"),
         QStringLiteral("A region's endpoint instead: cn-shanghai, ap-southeast-1, us-east-1, eu-central-1."),
         QStringLiteral("id")},
        {QStringLiteral("protocol"),
         QStringLiteral("amqp (default) or http2; an https:// endpoint means http2."),
         QStringLiteral("name")},
        {QStringLiteral("http2-path"),
         QStringLiteral("HTTP/2: the auth and ack path (default /message/ack)."), QStringLiteral("path")},
        {QStringLiteral("sign-method"), QStringLiteral("HTTP/2: SHA256 (default) or SHA1."),
         QStringLiteral("name")},
        {QStringLiteral("ca"), QStringLiteral("PEM file of the CA to trust (default: the system's)."),
         QStringLiteral("file")},
        {QStringLiteral("appkey"), QStringLiteral("The project's AppKey."), QStringLiteral("key")},
        {QStringLiteral("appsecret-file"), QStringLiteral("Read the AppSecret from this file."),
         QStringLiteral("file")},
        {QStringLiteral("profile"), QStringLiteral("Use a connection profile of the desktop app."),
         QStringLiteral("name")},
        {QStringLiteral("group"), QStringLiteral("Consumer group (default: the AppKey)."),
         QStringLiteral("id")},
        {QStringLiteral("client-id"), QStringLiteral("clientId (default: stable for this machine)."),
         QStringLiteral("id")},
        {QStringLiteral("credit"),
         QStringLiteral("Deliveries in flight: received, not yet stored (default %1).")
             .arg(SubscriberProfile {}.credit),
         QStringLiteral("n")},
        {QStringLiteral("sign-random"),
         QStringLiteral(
             "Sign with this fixed random instead of the time (for a relay or broker with static users)."),
         QStringLiteral("n")},
        {QStringLiteral("store"), QStringLiteral("The history file (SQLite)."), QStringLiteral("file")},
        {QStringLiteral("jsonl"),
         QStringLiteral("Also write each stored message as a JSON line here (- for stdout)."),
         QStringLiteral("file")},
        {QStringLiteral("topic"),
         QStringLiteral("Keep only topics matching this filter (+ and # wildcards); repeatable."),
         QStringLiteral("filter")},
        {QStringLiteral("duration"), QStringLiteral("Stop after this many seconds."),
         QStringLiteral("seconds")},
        {QStringLiteral("exit-on-auth-failure"),
         QStringLiteral(
             "Exit with status 3 when the credentials are refused (5: the certificate is not trusted).")},
        {QStringLiteral("export-jsonl"),
         QStringLiteral("Dump the history file (--store) as JSONL (to --jsonl or stdout) and exit.")},
        {QStringLiteral("from"), QStringLiteral("With --export-jsonl: from this time (ms or ISO 8601)."),
         QStringLiteral("time")},
        {QStringLiteral("to"), QStringLiteral("With --export-jsonl: up to this time (ms or ISO 8601)."),
         QStringLiteral("time")},
        {QStringLiteral("rules"),
         QStringLiteral("Evaluate these alert rules (JSON, as the app exports them; docs/FORMATS.md)."),
         QStringLiteral("file")},
        {QStringLiteral("alerts-jsonl"),
         QStringLiteral("With --rules: write each alert transition as a JSON line here (- for stdout)."),
         QStringLiteral("file")},
        {QStringLiteral("on-alert"),
         QStringLiteral("With --rules: run this command for each transition, its JSON line on stdin (no "
                        "shell; the command line is split like a shell's words)."),
         QStringLiteral("command")},
        {QStringLiteral("on-alert-timeout"),
         QStringLiteral("Stop an --on-alert command after this many seconds (default 10)."),
         QStringLiteral("seconds")},
    };
    p.addOptions(options);
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Read options from this file first: one a line, \"name = value\" or a switch's name "
                       "alone, # for comments (the command line wins)."),
        QStringLiteral("file"));
    p.addOption(config);
    QStringList args = QCoreApplication::arguments();
    if (p.parse(args) && p.isSet(config)) {
        const auto fromFile = argumentsFromOptionsFile(p.value(config), options);
        if (!fromFile)
            die(2, fromFile.error());
        args = args.mid(0, 1) + *fromFile + args.mid(1);
    }
    p.process(args);

    const QString storePath = p.value(QStringLiteral("store"));
    if (storePath.isEmpty())
        die(2, QStringLiteral("--store FILE is required"));
    if (p.isSet(QStringLiteral("export-jsonl")))
        return exportStore(storePath, p.value(QStringLiteral("jsonl")),
                           p.isSet(QStringLiteral("from")) ? timeArg(p.value(QStringLiteral("from")), "from")
                                                           : 0,
                           p.isSet(QStringLiteral("to")) ? timeArg(p.value(QStringLiteral("to")), "to")
                                                         : std::numeric_limits<qint64>::max());

    QString protocol = p.value(QStringLiteral("protocol"));
    if (protocol.isEmpty() && p.value(QStringLiteral("endpoint")).startsWith(u"https://"))
        protocol = QStringLiteral("http2");
    if (!protocol.isEmpty() && protocol != u"amqp" && protocol != u"http2")
        die(2, QStringLiteral("--protocol is amqp or http2, not %1").arg(protocol));

    SubscriberProfile profile;
    const QString profileName = p.value(QStringLiteral("profile"));
    if (!profileName.isEmpty()) {
        // The desktop app's profile: endpoint, AppKey, CA ...; the AppSecret from the keychain.
        profiles::ProfileStore saved;
        const auto loaded = saved.load(profileName);
        if (!loaded)
            die(2,
                QStringLiteral("no profile \"%1\" in the app's settings (profiles: %2)")
                    .arg(profileName,
                         saved.names().isEmpty() ? QStringLiteral("none")
                                                 : saved.names().join(QStringLiteral(", "))));
        profile = *loaded;
        if (qEnvironmentVariableIsEmpty("LINKSCOPE_APPSECRET")
            && !p.isSet(QStringLiteral("appsecret-file"))) {
            auto secret = profiles::vault::read(profileName);
            if (!secret)
                die(1,
                    QStringLiteral("cannot read the AppSecret of profile \"%1\" from the keychain: %2; set "
                                   "LINKSCOPE_APPSECRET or give --appsecret-file")
                        .arg(profileName, secret.error()));
            profile.appSecret = *secret;
        }
    }
    if (!profileName.isEmpty() && !p.isSet(QStringLiteral("endpoint"))
        && !p.isSet(QStringLiteral("region"))) {
        // Endpoint from the profile.
    } else if (p.isSet(QStringLiteral("endpoint"))) {
        const QUrl url(p.value(QStringLiteral("endpoint")));
        const bool http2 = protocol == u"http2";
        if (url.scheme() != (http2 ? u"https" : u"amqps") || url.host().isEmpty())
            die(2,
                http2 ? QStringLiteral("--endpoint must look like https://HOST:PORT for HTTP/2")
                      : QStringLiteral("--endpoint must look like amqps://HOST:PORT"));
        profile.host = url.host();
        profile.port = quint16(url.port(http2 ? 443 : 5671));
    } else if (p.isSet(QStringLiteral("region"))) {
        for (const RegionEndpoint &r : Regions) {
            if (p.value(QStringLiteral("region")) == QLatin1String(r.id))
                profile.host = QLatin1String(protocol == u"http2" ? r.http2Host : r.amqpHost);
        }
        if (protocol == u"http2")
            profile.port = 443;
        if (profile.host.isEmpty())
            die(2, QStringLiteral("unknown --region %1").arg(p.value(QStringLiteral("region"))));
    } else {
        die(2, QStringLiteral("give --endpoint amqps://HOST:PORT (or https://HOST:PORT) or --region"));
    }
    if (p.isSet(QStringLiteral("appkey")))
        profile.appKey = p.value(QStringLiteral("appkey"));
    if (profile.appKey.isEmpty())
        die(2, QStringLiteral("--appkey is required"));
    if (p.isSet(QStringLiteral("appsecret-file")) || !qEnvironmentVariableIsEmpty("LINKSCOPE_APPSECRET")) {
        auto secret = commandLineAppSecret(p.value(QStringLiteral("appsecret-file")));
        if (!secret)
            die(1, secret.error());
        profile.appSecret = *secret;
    }
    if (profile.appSecret.isEmpty())
        die(2, QStringLiteral("no AppSecret: set LINKSCOPE_APPSECRET or give --appsecret-file"));
    if (p.isSet(QStringLiteral("ca")))
        profile.caFile = p.value(QStringLiteral("ca"));
    if (const QString problem = transport::caFileProblem(profile.caFile); !problem.isEmpty())
        die(1, problem);
    if (protocol == u"http2")
        profile.protocol = PushProtocol::Http2;
    else if (protocol == u"amqp")
        profile.protocol = PushProtocol::Amqp;
    if (p.isSet(QStringLiteral("http2-path")))
        profile.http2Path = p.value(QStringLiteral("http2-path"));
    if (p.isSet(QStringLiteral("sign-method"))) {
        const auto method = signMethodFromName(p.value(QStringLiteral("sign-method")));
        if (!method)
            die(2,
                QStringLiteral("unknown --sign-method %1 (SHA256 or SHA1)")
                    .arg(p.value(QStringLiteral("sign-method"))));
        profile.http2SignMethod = *method;
    }
    profile.groupId = p.value(QStringLiteral("group"));
    profile.clientId
        = p.isSet(QStringLiteral("client-id")) ? p.value(QStringLiteral("client-id")) : defaultClientId();
    if (p.isSet(QStringLiteral("credit")))
        profile.credit = std::max(1, p.value(QStringLiteral("credit")).toInt());
    if (p.isSet(QStringLiteral("sign-random")))
        profile.signRandom = p.value(QStringLiteral("sign-random")).toLongLong();
    for (const QString &f : p.values(QStringLiteral("topic"))) {
        if (auto ok = TopicFilter::parse(f); !ok)
            die(2, ok.error());
        profile.topicFilters << f;
    }

    PipelineHost::Options hostOptions {storePath, p.value(QStringLiteral("jsonl"))};
    if (p.isSet(QStringLiteral("rules"))) {
        QFile file(p.value(QStringLiteral("rules")));
        if (!file.open(QIODevice::ReadOnly))
            die(2,
                QStringLiteral("cannot read the rules file %1: %2").arg(file.fileName(), file.errorString()));
        auto rules = parseAlertRules(file.readAll());
        if (!rules)
            die(2, QStringLiteral("%1: %2").arg(file.fileName(), rules.error()));
        if (std::none_of(rules->cbegin(), rules->cend(), [](const AlertRule &r) { return r.enabled; }))
            die(2, QStringLiteral("%1 holds no enabled rule").arg(file.fileName()));
        hostOptions.alertRules = *rules;
    } else if (p.isSet(QStringLiteral("alerts-jsonl")) || p.isSet(QStringLiteral("on-alert"))) {
        die(2, QStringLiteral("--alerts-jsonl and --on-alert need --rules FILE"));
    }
    if (p.value(QStringLiteral("alerts-jsonl")) == u"-" && p.value(QStringLiteral("jsonl")) == u"-")
        die(2, QStringLiteral("--jsonl - and --alerts-jsonl - would share standard output: give one a file"));
    AlertJsonlWriter alertLines;
    if (p.isSet(QStringLiteral("alerts-jsonl")))
        if (auto ok = alertLines.open(p.value(QStringLiteral("alerts-jsonl"))); !ok)
            die(1, ok.error());
    std::unique_ptr<AlertCommand> alertCommand;
    if (p.isSet(QStringLiteral("on-alert"))) {
        const auto program = AlertCommand::parseCommandLine(p.value(QStringLiteral("on-alert")));
        if (!program)
            die(2, program.error());
        AlertCommand::Options o;
        if (p.isSet(QStringLiteral("on-alert-timeout"))) {
            bool ok = false;
            const double seconds = p.value(QStringLiteral("on-alert-timeout")).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 3600)
                die(2, QStringLiteral("--on-alert-timeout takes seconds, more than 0 and up to 3600"));
            o.timeoutMs = int(seconds * 1000);
        }
        alertCommand = std::make_unique<AlertCommand>(*program, o);
        QObject::connect(alertCommand.get(), &AlertCommand::problem, &app, [](const QString &why) {
            std::fprintf(stderr, "linkscope-collect: --on-alert: %s\n", qPrintable(why));
        });
    }

    PipelineHost collector(profile, hostOptions);
    if (AlertMonitor *alerts = collector.alerts()) {
        std::fprintf(stderr, "linkscope-collect: %lld alert rules\n",
                     qlonglong(hostOptions.alertRules.size()));
        // Direct: the lines are written on the rules' thread, so none is lost at exit.
        QObject::connect(
            alerts, &AlertMonitor::transitions, &app,
            [&alertLines](const QList<AlertTransition> &ts) {
                alertLines.write(ts);
                for (const AlertTransition &t : ts)
                    std::fprintf(stderr, "linkscope-collect: alert %s: %s %s: %s\n",
                                 qPrintable(alertStateName(t.state)), qPrintable(t.rule),
                                 qPrintable(t.device.id()), qPrintable(t.detail));
            },
            Qt::DirectConnection);
        if (alertCommand)
            QObject::connect(alerts, &AlertMonitor::transitions, alertCommand.get(), &AlertCommand::run,
                             Qt::QueuedConnection);
    }
    const bool exitOnAuth = p.isSet(QStringLiteral("exit-on-auth-failure"));
    int exitCode = 0;
    QObject::connect(
        &collector, &PipelineHost::stateChanged, &app, [&](ConnectionState s, const QString &detail) {
            std::fprintf(stderr, "linkscope-collect: %s%s%s\n", qPrintable(connectionStateName(s)),
                         detail.isEmpty() ? "" : ": ", qPrintable(detail));
            if (exitOnAuth && (s == ConnectionState::AuthFailed || s == ConnectionState::TlsFailed)) {
                exitCode = s == ConnectionState::AuthFailed ? 3 : 5;
                QCoreApplication::exit(exitCode);
            }
        });
    QObject::connect(&collector, &PipelineHost::storageChanged, &app, [](const QString &problem) {
        if (problem.isEmpty())
            std::fprintf(stderr, "linkscope-collect: storing again\n");
        else
            std::fprintf(stderr,
                         "linkscope-collect: Cannot store: %s (nothing is acknowledged until it can; "
                         "retrying)\n",
                         qPrintable(problem));
    });
    qint64 lastPrint = 0;
    QObject::connect(&collector, &PipelineHost::statsUpdated, &app, [&](const StatsSnapshot &s) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastPrint < 5000)
            return;
        lastPrint = now;
        std::fprintf(
            stderr,
            "linkscope-collect: received %llu, stored %llu, duplicates %llu, rejected %llu, %.0f msg/s, "
            "latency p50 %.0f ms\n",
            static_cast<unsigned long long>(s.received), static_cast<unsigned long long>(collector.stored()),
            static_cast<unsigned long long>(s.duplicates), static_cast<unsigned long long>(s.rejected),
            s.messagesPerSecond, s.latency.percentile(50));
    });
    if (auto r = collector.start(); !r)
        die(4, r.error()); // the history cannot be opened: exit status 4, in the same words as the app

    if (!quitOnSignals(app))
        die(1, QStringLiteral("cannot watch for SIGTERM/SIGINT"));
    if (p.isSet(QStringLiteral("duration")))
        QTimer::singleShot(int(p.value(QStringLiteral("duration")).toDouble() * 1000), &app,
                           &QCoreApplication::quit);

    const int rc = QCoreApplication::exec();
    collector.stop();
    if (alertCommand) {
        QCoreApplication::sendPostedEvents(); // the last transitions, queued for the commands
        alertCommand->finish(2000);
    }
    std::fprintf(stderr, "linkscope-collect: stopped; %llu messages stored\n",
                 static_cast<unsigned long long>(collector.stored()));
    if (const quint64 waiting = collector.unindexed())
        std::fprintf(
            stderr,
            "linkscope-collect: %llu more are in the intake log, on disk and acknowledged; the history "
            "stores them when it is opened next\n",
            static_cast<unsigned long long>(waiting));
    return rc;
}
