#include "simulator.h"

#include "amqpserver.h"
#include "apigateway.h"
#include "certificates.h"
#include "cloudqueue.h"
#include "cloudstate.h"
#include "fleet.h"
#include "http2server.h"
#include "manifestwriter.h"
#include "replaysource.h"
#include "stallproxy.h"
#include "statejournal.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSim, "linkscope.sim")

namespace linkscope::sim {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

struct Simulator::Private {
    SimulatorOptions options;
    std::unique_ptr<CloudQueue> queue;
    std::unique_ptr<FleetGenerator> fleet;
    QList<SimMessage> replay;
    qsizetype replayNext = 0;
    StateJournal journal;
    std::unique_ptr<AmqpServer> amqp;
    std::unique_ptr<Http2Server> http2;
    std::unique_ptr<CloudState> cloud;
    std::unique_ptr<ApiGateway> api;
    std::unique_ptr<StallProxy> amqpProxy;
    std::unique_ptr<StallProxy> http2Proxy;
    bool stallDone = false;
    std::unique_ptr<QTemporaryDir> tempCerts;
    QTimer generateTimer;
    QTimer tickTimer;
    QTimer durationTimer;
    QElapsedTimer clock;
    qint64 lastGenerate = 0;
    double budget = 0;
    qint64 lastManifestWrite = 0;
    qint64 lastHousekeeping = 0;
    qint64 manifestIntervalMs = 1000; // grows with the time a rewrite takes (a long stream's manifest)
    std::unique_ptr<ManifestWriter> manifest; // with a manifest path
    bool stopped = false;
};

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

Simulator::~Simulator()
{
    stop();
}

QByteArray Simulator::readyLine(const Ready &r)
{
    // Written by hand to keep the documented key order.
    auto str = [](const QString &s) {
        const QByteArray quoted = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
        return quoted.mid(1, quoted.size() - 2);
    };
    return "{\"ready\":true,\"amqpPort\":" + QByteArray::number(r.amqpPort) + ",\"http2Port\":"
        + QByteArray::number(r.http2Port) + ",\"caFile\":" + str(r.caFile) + ",\"appKey\":" + str(r.appKey)
        + ",\"apiPort\":" + QByteArray::number(r.apiPort) + ",\"projectId\":" + str(r.projectId) + "}";
}

QString Simulator::loopbackAddress(const QString &host)
{
    // "localhost" is a name, not an address: QHostAddress would read it as
    // none at all, and a listener on "no address" takes every interface.
    if (host.isEmpty() || host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QStringLiteral("127.0.0.1");
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback() ? a.toString() : QString();
}

Result<Simulator::Ready> Simulator::start()
{
    const QString address = loopbackAddress(d->options.host);
    if (address.isEmpty())
        return Error {QStringLiteral("--host must be a loopback address (127.0.0.1, ::1, localhost), not %1")
                          .arg(d->options.host)};
    d->options.host = address; // the emulator listens on loopback only, ever
    const SimulatorOptions &o = d->options;
    auto log = [](const QString &line) { qCInfo(lcSim).noquote() << line; };

    // Certificates: given, kept in the state directory, or made for this run.
    QString certDir = o.certDir;
    if (certDir.isEmpty() && !o.stateDir.isEmpty())
        certDir = QDir(o.stateDir).filePath(QStringLiteral("certs"));
    if (certDir.isEmpty()) {
        d->tempCerts
            = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("linkscope-sim-XXXXXX")));
        if (!d->tempCerts->isValid())
            return Error {QStringLiteral("cannot create a temporary directory for certificates")};
        certDir = d->tempCerts->path();
    }
    auto certs = ensureCertificates(certDir);
    if (!certs)
        return Error {certs.error()};

    CloudQueue::Options qo;
    qo.redeliverAfterMs = qint64(o.redeliverAfterSeconds * 1000);
    qo.redeliverBatch = o.redeliverBatch;
    qo.retentionMs = qint64(o.retentionSeconds * 1000);
    qo.duplicateFraction = o.duplicateFraction;
    qo.seed = o.seed;
    d->queue = std::make_unique<CloudQueue>(qo);
    if (!o.manifestPath.isEmpty())
        d->manifest = std::make_unique<ManifestWriter>(o.manifestPath);
    if (o.manifestEverySeconds > 0)
        d->manifestIntervalMs = qint64(o.manifestEverySeconds * 1000);
    d->queue->setLogger(log);

    if (!o.replayFile.isEmpty()) {
        auto replay = readReplayFile(o.replayFile);
        if (!replay)
            return Error {replay.error()};
        d->replay = std::move(replay).value();
    } else {
        FleetOptions fo;
        fo.products = o.products;
        fo.devices = o.devices;
        fo.seed = o.seed;
        fo.malformedFraction = o.malformedFraction;
        fo.malformedKinds = o.malformedKinds;
        fo.clockSkewMs = o.clockSkewMs;
        fo.quietDevices = o.quietDevices;
        d->fleet = std::make_unique<FleetGenerator>(fo);
    }
    d->cloud = std::make_unique<CloudState>(d->fleet.get());

    if (!o.stateDir.isEmpty()) {
        const StateJournal::Loaded state = StateJournal::load(o.stateDir);
        if (!state.error.isEmpty())
            return Error {state.error};
        d->queue->restore(state, now());
        // Continue the same deterministic stream where the last run stopped.
        for (qsizetype i = 0; i < state.sent.size(); ++i) {
            if (d->fleet)
                d->cloud->observe(d->fleet->next(0)); // the API's state goes on from there too
            else
                d->cloud->observe(d->replay.value(d->replayNext++));
        }
        QString error;
        if (!d->journal.open(o.stateDir, &error))
            return Error {error};
        d->queue->setJournal(&d->journal);
    }

    AmqpServerOptions ao;
    ao.host = o.host;
    const bool stalls = o.stallSeconds > 0;
    ao.port = stalls ? 0 : o.amqpPort; // behind the stall proxy: any internal port
    ao.certificates = *certs;
    ao.dropAfterMessages = o.dropAfterMessages;
    ao.minIdleMs = o.minIdleTimeoutMs;
    const QString appKey = o.appKey;
    const Secret secret = Secret::fromString(o.appSecret);
    ao.secrets = [appKey, secret](const QString &key) -> std::optional<Secret> {
        if (key == appKey)
            return secret;
        return std::nullopt;
    };
    d->amqp = std::make_unique<AmqpServer>(*d->queue, ao);
    d->amqp->setLogger(log);
    auto amqpPort = d->amqp->start();
    if (!amqpPort)
        return Error {amqpPort.error()};

    Http2ServerOptions ho;
    ho.host = o.host;
    ho.port = stalls ? 0 : o.http2Port;
    ho.certificates = *certs;
    ho.secrets = ao.secrets;
    ho.pushPromise = o.http2PushPromise;
    ho.dropAfterMessages = o.dropAfterMessages;
    ho.maxConcurrentStreams = o.http2MaxStreams;
    ho.ackAnswerDelayMs = o.http2AckDelayMs;
    ho.refuseAckFraction = o.http2RefuseAcks;
    d->http2 = std::make_unique<Http2Server>(*d->queue, ho);
    d->http2->setLogger(log);
    auto http2Port = d->http2->start();
    if (!http2Port)
        return Error {http2Port.error()};

    ApiGatewayOptions api;
    api.host = o.host;
    api.port = o.apiPort;
    api.certificates = *certs;
    api.appKey = o.appKey;
    api.appSecret = secret;
    api.projectId = o.projectId;
    api.tokenTtlMs = qint64(o.tokenTtlSeconds * 1000);
    api.badSignatureStatus = o.badSignatureStatus;
    api.tokenErrorCode = o.tokenErrorCode;
    api.throttleFraction = o.apiThrottle;
    api.throttleStatus = o.apiThrottleStatus;
    api.latencyMs = o.apiLatencyMs;
    api.thingsAsArray = o.apiThingsAsArray;
    api.tslAsString = o.apiTslAsString;
    api.seed = o.seed;
    d->api = std::make_unique<ApiGateway>(*d->cloud, api);
    d->api->setLogger(log);
    auto apiPort = d->api->start();
    if (!apiPort)
        return Error {apiPort.error()};

    AmqpServer *amqp = d->amqp.get();
    Http2Server *http2 = d->http2.get();
    d->queue->setWakeUp([amqp, http2] {
        amqp->wake();
        http2->wake();
    });

    d->clock.start();
    d->lastGenerate = d->clock.elapsed();
    connect(&d->generateTimer, &QTimer::timeout, this, &Simulator::generate);
    d->generateTimer.start(10);
    connect(&d->tickTimer, &QTimer::timeout, this, [this] {
        d->queue->tick(now());
        checkStall();
        const qint64 elapsed = d->clock.elapsed();
        if (elapsed - d->lastHousekeeping >= 1000) {
            d->lastHousekeeping = elapsed;
            d->amqp->housekeeping(); // a connection that attached no receiver in time
        }
        if (elapsed - d->lastManifestWrite >= d->manifestIntervalMs && !(d->manifest && d->manifest->busy()))
            writeManifest();
    });
    d->tickTimer.start(100);
    if (o.durationSeconds > 0) {
        d->durationTimer.setSingleShot(true);
        connect(&d->durationTimer, &QTimer::timeout, this, &Simulator::finished);
        d->durationTimer.start(int(o.durationSeconds * 1000));
    }

    Ready ready;
    ready.amqpPort = *amqpPort;
    ready.http2Port = *http2Port;
    if (stalls) {
        d->queue->holdAfter(quint64(o.stallAfterMessages));
        d->amqpProxy = std::make_unique<StallProxy>();
        d->http2Proxy = std::make_unique<StallProxy>();
        auto a = d->amqpProxy->start(QHostAddress(o.host), o.amqpPort, *amqpPort);
        auto h = d->http2Proxy->start(QHostAddress(o.host), o.http2Port, *http2Port);
        if (!a)
            return Error {a.error()};
        if (!h)
            return Error {h.error()};
        ready.amqpPort = *a;
        ready.http2Port = *h;
    }
    ready.caFile = certs->caFile;
    ready.appKey = o.appKey;
    ready.apiPort = *apiPort;
    ready.projectId = o.projectId;
    return ready;
}

void Simulator::generate()
{
    const SimulatorOptions &o = d->options;
    const qint64 elapsed = d->clock.elapsed();
    const double dt = double(elapsed - d->lastGenerate) / 1000.0;
    d->lastGenerate = elapsed;

    qint64 wanted = 0;
    if (o.rate > 0) {
        // Never more than one second's worth at once, even after a stall.
        d->budget = std::min(d->budget + o.rate * dt, std::max(1.0, o.rate));
        wanted = qint64(d->budget);
        d->budget -= double(wanted);
    } else if (d->queue->hasActiveClient()) {
        wanted = std::max<qint64>(0, 2000 - d->queue->pending());
    }
    for (qint64 i = 0; i < wanted; ++i) {
        const quint64 sent = d->queue->sentCount();
        if (o.count >= 0 && qint64(sent) >= o.count)
            return;
        SimMessage m;
        if (d->fleet) {
            m = d->fleet->next(now());
        } else {
            if (d->replayNext >= d->replay.size())
                return;
            m = d->replay[d->replayNext++];
            if (m.generateTime == 0)
                m.generateTime = now();
        }
        d->cloud->observe(m);
        d->queue->publish(m, now());
    }
}

void Simulator::checkStall()
{
    const SimulatorOptions &o = d->options;
    // The queue holds back deliveries at the stall point until the relays stall.
    if (!d->amqpProxy || d->stallDone || !d->queue->isHolding())
        return;
    d->stallDone = true;
    qCInfo(lcSim).noquote() << QStringLiteral(
                                   "fault: stalling every connection for %1 s (no byte read or written)")
                                   .arg(o.stallSeconds);
    d->amqpProxy->stall(int(o.stallSeconds * 1000));
    d->http2Proxy->stall(int(o.stallSeconds * 1000));
    d->queue->resume();
}

QJsonObject Simulator::manifest() const
{
    return d->queue ? d->queue->manifest() : QJsonObject();
}

void Simulator::writeManifest()
{
    d->lastManifestWrite = d->clock.elapsed();
    if (!d->manifest || !d->queue)
        return;
    if (d->stopped) {
        // "final": written at exit, no ack comes after it; synced before the exit says so.
        if (const QString failed = d->manifest->writeFinal(d->queue->manifestSnapshot()); !failed.isEmpty())
            qCWarning(lcSim).noquote() << "cannot write the manifest" << failed;
        return;
    }
    if (d->options.manifestEverySeconds <= 0)
        return; // only the final one
    d->manifest->writeRunning(d->queue->manifestSnapshot());
    // Every second, unless a rewrite costs more than 20 ms: then at most 2 %
    // of a core. A million-message manifest (tens of MB) takes about a tenth
    // of a second; at a tenth of the emulator's time (as it was) a long
    // stream slowed towards its end for the emulator's own bookkeeping.
    d->manifestIntervalMs
        = std::max<qint64>(qint64(d->options.manifestEverySeconds * 1000), 50 * d->manifest->lastCostMs());
}

void Simulator::stop()
{
    if (d->stopped)
        return;
    d->stopped = true;
    d->generateTimer.stop();
    d->tickTimer.stop();
    d->durationTimer.stop();
    if (d->api)
        d->api->stop();
    if (d->http2)
        d->http2->stop();
    if (d->amqp)
        d->amqp->stop();
    writeManifest();
}

} // namespace linkscope::sim
