// linkscope-sim: the Life IoT push endpoints on loopback, for tests,
// benchmarks and the app's demo mode. `linkscope-sim --help` lists the flags.

#include "core/quitonsignals.h"
#include "sim/fleet.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

struct Flag {
    const char *name;
    const char *description;
    const char *value; // nullptr: a switch
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkscope-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKSCOPE_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Emulates the Life IoT Platform's data push (AMQP 1.0 and HTTP/2) on loopback TLS.\n"
        "Emulates the cloud API gateway too (HTTPS, signed calls: tokens, products, devices, thing models, "
        "current values).\n"
        "When ready it prints one JSON line on stdout: "
        "{\"ready\":true,\"amqpPort\":N,\"http2Port\":N,\"caFile\":\"PATH\",\"appKey\":\"K\","
        "\"apiPort\":N,\"projectId\":\"P\"}"));
    p.addHelpOption();
    p.addVersionOption();
    const Flag flags[] = {
        {"host", "Address to listen on (loopback only; default 127.0.0.1).", "address"},
        {"amqp-port", "AMQP port; 0 picks a free one (default 0).", "port"},
        {"http2-port", "HTTP/2 port; 0 picks a free one (default 0).", "port"},
        {"appkey", "The AppKey clients must use (default: demo key).", "key"},
        {"appsecret",
         "The AppSecret (default: LINKSCOPE_SIM_APPSECRET from the environment, else a demo secret).",
         "secret"},
        {"products", "Number of products (default 3).", "n"},
        {"devices", "Number of devices (default 20).", "n"},
        {"rate", "Messages per second in total; 0 = as fast as the client takes them (default 10).", "n"},
        {"count", "Stop generating after N messages in total (default: no limit).", "n"},
        {"seed", "Seed of the deterministic fleet (default 1).", "n"},
        {"duration", "Stop after this many seconds (default: run until SIGTERM/SIGINT).", "seconds"},
        {"manifest",
         "Write the ground-truth manifest (JSON) here, kept current (see --manifest-every) and final on "
         "exit.",
         "file"},
        {"manifest-every",
         "Rewrite the running manifest every this many seconds (default 1; less often while a rewrite "
         "is costly); 0: only the final one, at exit (a benchmark's disk is then the client's alone).",
         "seconds"},
        {"state-dir",
         "Keep unacknowledged deliveries, the offline queue and the manifest's data here, so a "
         "restart after a crash redelivers them.",
         "dir"},
        {"redeliver-after", "Offline-queue retry interval in seconds (default 300, as the cloud).",
         "seconds"},
        {"redeliver-batch", "Offline messages re-pushed per retry (default 10, as the cloud).", "n"},
        {"retention", "Seconds an offline message is kept before it is dropped (default 86400).", "seconds"},
        {"min-idle-timeout",
         "Smallest AMQP idle-time-out a client may ask for, in ms (default 30000, as the cloud).", "ms"},
        {"cert-dir", "Directory with ca.pem, server.pem, server.key; generated when missing.", "dir"},
        {"replay", "Push the messages of this JSONL file instead of the generated fleet.", "file"},
        {"drop-after", "Fault: close each connection after N deliveries.", "n"},
        {"stall", "Fault: stop reading and writing on every connection for this many seconds ...", "seconds"},
        {"stall-after", "... once this many messages were delivered (default 0: at the first chance).", "n"},
        {"duplicate", "Fault: fraction (0..1) of messages pushed twice.", "fraction"},
        {"malformed", "Fault: fraction (0..1) of messages sent malformed.", "fraction"},
        {"malformed-kinds",
         "... in these ways, comma-separated: truncated, wrong-type, missing-field, oversize, bad-utf8, "
         "unknown-topic, nan, inf, future-time (the default set), and long-id, bad-transfer, huge-transfer.",
         "list"},
        {"clock-skew", "Fault: milliseconds added to every device timestamp (may be negative).", "ms"},
        {"push-promise", "HTTP/2: deliver with PUSH_PROMISE instead of bare server streams.", nullptr},
        {"http2-max-streams",
         "HTTP/2: SETTINGS_MAX_CONCURRENT_STREAMS for the client's streams (default 1000).", "n"},
        {"http2-ack-delay", "Fault (HTTP/2): answer each acknowledgement this many ms late.", "ms"},
        {"http2-refuse-acks", "Fault (HTTP/2): refuse this fraction (0..1) of acknowledgement streams.",
         "fraction"},
        {"api-port", "Cloud API gateway port (HTTPS); 0 picks a free one (default 0).", "port"},
        {"project-id", "The Project ID /cloud/token must name (default demoProject).", "id"},
        {"token-ttl", "Seconds a cloud token lives (default 7200, as the cloud).", "seconds"},
        {"quiet-devices",
         "Devices in the inventory that never send (inactive, offline and disabled in turn; default 0).",
         "n"},
        {"bad-signature-status", "HTTP status for a wrong signature: 400 (default) or 401.", "status"},
        {"token-error-code", "Body code for an invalid or expired cloud token (default 401).", "code"},
        {"api-throttle", "Fault: fraction (0..1) of API calls answered as throttled.", "fraction"},
        {"api-throttle-status", "... with HTTP 429 (default) or 403 (the gateway's flow control).", "status"},
        {"api-latency", "Fault: answer every API call this many ms late.", "ms"},
        {"api-things-array", "things/get answers its data as a bare array (not {totalNum, items}).", nullptr},
        {"api-tsl-string", "tsl/get answers the thing model as a JSON string.", nullptr},
    };
    for (const Flag &f : flags) {
        QCommandLineOption option(QString::fromLatin1(f.name), QString::fromUtf8(f.description));
        if (f.value)
            option.setValueName(QString::fromLatin1(f.value));
        p.addOption(option);
    }
    p.process(app);

    auto number = [&](const char *name, double fallback, double min, double max) {
        const QString key = QString::fromLatin1(name);
        if (!p.isSet(key))
            return fallback;
        bool ok = false;
        const double v = p.value(key).toDouble(&ok);
        if (!ok || !(v >= min && v <= max)) { // (a NaN is neither)
            std::fprintf(stderr, "linkscope-sim: --%s takes a number from %g to %g, got \"%s\"\n", name, min,
                         max, qPrintable(p.value(key)));
            std::exit(2);
        }
        return v;
    };

    linkscope::sim::SimulatorOptions o;
    o.host = linkscope::sim::Simulator::loopbackAddress(p.value(QStringLiteral("host")));
    if (o.host.isEmpty()) {
        std::fprintf(stderr,
                     "linkscope-sim: --host must be a loopback address (127.0.0.1, ::1, localhost)\n");
        return 2;
    }
    o.amqpPort = quint16(number("amqp-port", 0, 0, 65535));
    o.http2Port = quint16(number("http2-port", 0, 0, 65535));
    o.appKey = p.isSet(QStringLiteral("appkey")) ? p.value(QStringLiteral("appkey"))
                                                 : QStringLiteral("demoAppKey");
    // The secret may come through the environment, so that it is not on the
    // command line for every user of this machine to read (the app's demo does so).
    o.appSecret = p.isSet(QStringLiteral("appsecret")) ? p.value(QStringLiteral("appsecret"))
        : !qEnvironmentVariableIsEmpty("LINKSCOPE_SIM_APPSECRET")
        ? qEnvironmentVariable("LINKSCOPE_SIM_APPSECRET")
        : QStringLiteral("demoAppSecret");
    o.products = int(number("products", 3, 1, 10000));
    o.devices = int(number("devices", 20, 1, 1'000'000));
    o.rate = number("rate", 10, 0, 1e7);
    o.count = qint64(number("count", -1, 0, 1e15));
    o.seed = quint64(number("seed", 1, 0, 1e15));
    o.durationSeconds = number("duration", 0, 0, 1e9);
    o.manifestPath = p.value(QStringLiteral("manifest"));
    o.manifestEverySeconds = number("manifest-every", 1, 0, 1e6);
    o.stateDir = p.value(QStringLiteral("state-dir"));
    o.redeliverAfterSeconds = number("redeliver-after", 300, 0.05, 1e7);
    o.redeliverBatch = int(number("redeliver-batch", 10, 1, 1e6));
    o.retentionSeconds = number("retention", 86'400, 1, 1e9);
    o.minIdleTimeoutMs = quint32(number("min-idle-timeout", 30'000, 0, 300'000));
    o.certDir = p.value(QStringLiteral("cert-dir"));
    o.replayFile = p.value(QStringLiteral("replay"));
    o.dropAfterMessages = int(number("drop-after", 0, 0, 1e9));
    o.stallSeconds = number("stall", 0, 0, 1e6);
    o.stallAfterMessages = qint64(number("stall-after", 0, 0, 1e15));
    o.duplicateFraction = number("duplicate", 0, 0, 1);
    o.malformedFraction = number("malformed", 0, 0, 1);
    o.malformedKinds = p.value(QStringLiteral("malformed-kinds")).split(u',', Qt::SkipEmptyParts);
    for (const QString &k : o.malformedKinds) {
        if (!linkscope::sim::malformedKindNames().contains(k)) {
            std::fprintf(stderr, "linkscope-sim: unknown --malformed-kinds entry \"%s\" (known: %s)\n",
                         qPrintable(k), qPrintable(linkscope::sim::malformedKindNames().join(u',')));
            return 2;
        }
    }
    o.clockSkewMs = qint64(number("clock-skew", 0, -1e12, 1e12));
    o.http2PushPromise = p.isSet(QStringLiteral("push-promise"));
    o.http2MaxStreams = quint32(number("http2-max-streams", 1000, 1, 1e6));
    o.http2AckDelayMs = int(number("http2-ack-delay", 0, 0, 600'000));
    o.http2RefuseAcks = number("http2-refuse-acks", 0, 0, 1);
    o.apiPort = quint16(number("api-port", 0, 0, 65535));
    if (p.isSet(QStringLiteral("project-id")))
        o.projectId = p.value(QStringLiteral("project-id"));
    o.tokenTtlSeconds = number("token-ttl", 7200, 0.1, 1e8);
    o.quietDevices = int(number("quiet-devices", 0, 0, 1'000'000));
    o.badSignatureStatus = int(number("bad-signature-status", 400, 400, 401));
    o.tokenErrorCode = int(number("token-error-code", 401, 1, 1e6));
    o.apiThrottle = number("api-throttle", 0, 0, 1);
    o.apiThrottleStatus = int(number("api-throttle-status", 429, 403, 429));
    if (o.apiThrottleStatus != 403 && o.apiThrottleStatus != 429) {
        std::fprintf(stderr, "linkscope-sim: --api-throttle-status is 429 or 403\n");
        return 2;
    }
    o.apiLatencyMs = int(number("api-latency", 0, 0, 600'000));
    o.apiThingsAsArray = p.isSet(QStringLiteral("api-things-array"));
    o.apiTslAsString = p.isSet(QStringLiteral("api-tsl-string"));

    if (!linkscope::quitOnSignals(app)) {
        std::perror("linkscope-sim: socketpair");
        return 1;
    }

    linkscope::sim::Simulator sim(o);
    QObject::connect(&sim, &linkscope::sim::Simulator::finished, &app, &QCoreApplication::quit);
    auto ready = sim.start();
    if (!ready) {
        std::fprintf(stderr, "linkscope-sim: %s\n", qPrintable(ready.error()));
        return 1;
    }
    const QByteArray line = linkscope::sim::Simulator::readyLine(*ready);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);

    const int rc = QCoreApplication::exec();
    sim.stop();
    return rc;
}
