// bench_e2e: LinkScope's whole ingest path against a bare Qpid Proton
// receiver, in the same run, on the same emulated stream.
//
//   (a) baseline: linkscope-sim --rate 0 --count N drained by a count-only
//       Proton C++ receiver (bare_receiver.cpp): accept on arrival, nothing
//       else;
//   (b) LinkScope: the same stream through linkscope-collect's pipeline
//       (PipelineHost: AMQP subscriber, decode, dedupe, the history store
//       with durable commits, accept after the commit), into a history file
//       on disk, optionally preloaded with M messages of the same fleet;
//   (c) the cloud's full rate: linkscope-sim --rate 1000 for some seconds
//       through the same pipeline into the same history, for the latency
//       from receipt to acceptance at the rate a project really gets.
// One JSON line on stdout; the targets of issue 15, met or not, on stderr.
// It exits 1 only when something is wrong (a message not stored or not
// acknowledged, a connection refused), never because of speed.

#include "bare_receiver.h"
#include "benchprocess.h"
#include "benchsim.h"
#include "benchtenths.h"
#include "e2eargs.h"

#include "core/amqpauth.h"
#include "core/messages.h"
#include "pipeline/messagepipeline.h"
#include "session/pipelinehost.h"
#include "sim/fleet.h"
#include "store/historystore.h"
#include "transport/subscriber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace linkscope;

namespace {
using namespace benchprocess;
using namespace benchtenths;
using e2eargs::Args;

const QString kAppKey = QStringLiteral("benchKey");
const QString kSecret = QStringLiteral("benchSecret");

// The same fleet; another seed gives other message ids.
QStringList simArgs(const Args &a, qint64 count, int rate, const QString &manifest = {}, int seed = 1)
{
    QStringList args {QStringLiteral("--appkey"),    kAppKey,
                      QStringLiteral("--appsecret"), kSecret,
                      QStringLiteral("--devices"),   QString::number(a.devices),
                      QStringLiteral("--products"),  QString::number(a.products),
                      QStringLiteral("--rate"),      QString::number(rate),
                      QStringLiteral("--count"),     QString::number(count),
                      QStringLiteral("--seed"),      QString::number(seed)};
    // Only the final manifest, which the checks read: each running rewrite
    // (tens of MB, renamed over the last: ext4 then writes it back at once)
    // queued LinkScope's fdatasync behind it, a second's dip in its pace.
    if (!manifest.isEmpty())
        args << QStringLiteral("--manifest") << manifest << QStringLiteral("--manifest-every")
             << QStringLiteral("0");
    // A paced stream starts before the client is connected: what it made
    // meanwhile waits in the offline queue, redelivered soon (not in 300 s).
    if (rate > 0)
        args << QStringLiteral("--redeliver-after") << QStringLiteral("0.5")
             << QStringLiteral("--redeliver-batch") << QStringLiteral("1000");
    return args;
}

qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// (a): the bare receiver; with `durableFile`, the durable floor. The
// emulator runs exactly as for (b), its final manifest included (it records
// every id sent and acknowledged, which costs it CPU; with --shared-cpus
// the emulator's CPU is the receiver's).
// The rate, and in `tenths` (when given) the rate of each tenth: the
// emulator's own slowing costs any receiver the same.
double runBare(const Args &a, const QString &manifest, QString *error, const QString &durableFile = {},
               QList<double> *tenths = nullptr)
{
    BenchSim sim;
    if (!sim.start(simArgs(a, a.count, 0, manifest))) {
        *error = QStringLiteral("the emulator did not start");
        return 0;
    }
    AmqpAppKeyParams p;
    p.clientId = QStringLiteral("bench-bare");
    p.appKey = kAppKey;
    p.random = QDateTime::currentMSecsSinceEpoch();
    const AmqpCredentials login = amqpAppKeyCredentials(p, Secret::fromString(kSecret));
    BareReceiverOptions o;
    o.port = sim.port("amqpPort");
    o.caFile = sim.caFile();
    o.username = login.username;
    o.password = login.password;
    o.credit = a.credit;
    o.expected = a.count;
    o.durableFile = durableFile;
    const BareReceiverResult r = runBareReceiver(o);
    sim.stop();
    if (!r.error.isEmpty() || r.received < a.count) {
        *error
            = QStringLiteral("the bare receiver got %1 of %2: %3").arg(r.received).arg(a.count).arg(r.error);
        return 0;
    }
    if (tenths)
        *tenths = tenthRates(a.count, r.firstMs, r.tenths); // as the pipeline's
    return perSecond(r.received - 1, r.lastMs - r.firstMs);
}

// Fills the history with `m` messages of the emulator's own fleet (same
// devices and properties), older than the live stream, through the
// pipeline's own decoding and batching.
bool preload(const Args &a, const QString &path, QString *error)
{
    store::HistoryStore::Options o;
    o.retentionIntervalMs = 0;
    o.commitOnFlush = true; // as the app's pipeline: one transaction per flush
    store::HistoryStore st(path, o);
    if (auto r = st.openNow(); !r) {
        *error = r.error();
        return false;
    }
    transport::MessagePipeline pipeline;
    pipeline.stopBatching(); // no timer: it flushes every 5,000 messages, and at the end
    using P = transport::MessagePipeline;
    using H = store::HistoryStore;
    QObject::connect(&pipeline, &P::propertiesReported, &st, &H::storeProperties);
    QObject::connect(&pipeline, &P::eventsReceived, &st, &H::storeEvents);
    QObject::connect(&pipeline, &P::serviceRepliesReceived, &st, &H::storeReplies);
    QObject::connect(&pipeline, &P::statusesChanged, &st, &H::storeStatuses);
    QObject::connect(&pipeline, &P::bindingsChanged, &st, &H::storeBindings);
    QObject::connect(&pipeline, &P::otherReceived, &st, &H::storeOther);
    QObject::connect(&pipeline, &P::rejected, &st, &H::storeRejects);
    QObject::connect(&pipeline, &P::flushed, &st, &H::commit);
    QObject::connect(&st, &H::persisted, &pipeline, &P::persisted);
    sim::FleetOptions fo;
    fo.products = a.products;
    fo.devices = a.devices;
    fo.seed = 1;
    sim::FleetGenerator fleet(fo);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - a.preload * 2; // 500 msg/s, in the past
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < a.preload; ++i) {
        const qint64 t = start + i * 2;
        sim::SimMessage m = fleet.next(t);
        // Other ids than the live stream's, which starts from the same seed.
        pipeline.ingest({std::move(m.payload), m.topic, QStringLiteral("pre-") + m.messageId, t, t, 0, {}});
        if ((i + 1) % 500'000 == 0)
            std::fprintf(stderr, "bench_e2e: preloaded %lld messages (%.0f msg/s)\n", qlonglong(i + 1),
                         perSecond(i + 1, clock.elapsed()));
    }
    pipeline.flush();
    if (st.storedCount() < quint64(a.preload)) {
        *error = QStringLiteral("the preload stored %1 of %2 messages").arg(st.storedCount()).arg(a.preload);
        return false;
    }
    return true;
}

// Preloaded messages in an existing history (its ids start with "pre-").
qint64 preloaded(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    qint64 n = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("preloaded"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM messages WHERE message_id >= 'pre-' AND message_id < 'pre.'"))
                && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("preloaded"));
    return n;
}

struct PipelineRun {
    qint64 stored = 0;
    qint64 acknowledged = 0; // by the emulator's final manifest
    qint64 firstMs = 0, lastMs = 0; // first receipt, last message stored
    QList<qint64> tenths; // steady ms when 1/10, 2/10 … of the messages were stored
    // This process's CPU time (µs, all threads) at the first receipt and at each mark.
    qint64 firstCpuUs = 0;
    QList<qint64> tenthsCpuUs;
    StatsSnapshot stats;
    double rssAfterFirstTenthMiB = 0, rssAtEndMiB = 0;
    double peakRssMiB = 0; // from its start to its stop, before the manifest is read
    QString error;
    qint64 indexedMs = 0; // when the tables held every message
};

// (b) and (c): the stream through PipelineHost, as linkscope-collect runs it.
PipelineRun runPipeline(const Args &a, const QString &storePath, const QString &manifest, qint64 count,
                        int rate, int seed)
{
    PipelineRun run;
    resetPeakRss();
    BenchSim sim;
    if (!sim.start(simArgs(a, count, rate, manifest, seed))) {
        run.error = QStringLiteral("the emulator did not start");
        return run;
    }
    SubscriberProfile profile;
    profile.protocol = PushProtocol::Amqp;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = quint16(sim.port("amqpPort"));
    profile.caFile = sim.caFile();
    profile.appKey = kAppKey;
    profile.appSecret = Secret::fromString(kSecret);
    profile.clientId = QStringLiteral("bench-e2e");
    profile.credit = a.credit;
    PipelineHost::Options options {storePath, {}};
    if (a.maxHistoryMiB >= 0)
        options.maxHistoryBytes = a.maxHistoryMiB * 1024 * 1024;
    if (a.cacheMiB >= 0)
        options.cacheKiB = a.cacheMiB * 1024;
    options.intakeLog = a.intake;
    PipelineHost host(profile, options);
    QObject::connect(&host, &PipelineHost::stateChanged, [&](ConnectionState s, const QString &detail) {
        if (s == ConnectionState::AuthFailed || s == ConnectionState::TlsFailed) {
            run.error = connectionStateName(s) + QStringLiteral(": ") + detail;
            QCoreApplication::exit(1);
        }
    });
    if (auto r = host.start(); !r) {
        run.error = r.error();
        return run;
    }
    QTimer poll;
    qint64 nextTenth = count / 10;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const qint64 now = steadyMs();
        if (run.firstMs == 0 && host.newestReceivedAt() > 0) {
            run.firstMs = now;
            run.firstCpuUs = processCpuUs();
        }
        // Durable: stored, or with the intake log in the log (acknowledged).
        const auto durable = qint64(host.durable());
        while (run.tenths.size() < 10 && durable >= nextTenth) {
            run.tenths << now;
            run.tenthsCpuUs << processCpuUs();
            if (run.tenths.size() == 1)
                run.rssAfterFirstTenthMiB = procStatusMiB("VmRSS:");
            nextTenth = count * (run.tenths.size() + 1) / 10;
        }
        if (durable >= count && run.lastMs == 0)
            run.lastMs = now;
        // The tables caught up (at once without the intake log).
        if (run.lastMs > 0 && qint64(host.stored()) >= count) {
            run.indexedMs = now;
            QCoreApplication::exit(0);
        }
    });
    poll.start(2);
    const int rc = QCoreApplication::exec();
    poll.stop();
    run.rssAtEndMiB = procStatusMiB("VmRSS:");
    transport::Subscriber *sub = host.subscriber();
    QMetaObject::invokeMethod(
        sub, [&] { run.stats = sub->pipeline()->stats(); }, Qt::BlockingQueuedConnection);
    run.stored = qint64(host.stored());
    host.stop(); // acknowledges what was stored, then closes
    run.peakRssMiB = procStatusMiB("VmHWM:");
    sim.stop(); // the final manifest
    QFile f(manifest);
    if (f.open(QIODevice::ReadOnly))
        run.acknowledged
            = QJsonDocument::fromJson(f.readAll()).object().value(u"acknowledged").toArray().size();
    if (rc != 0 && run.error.isEmpty())
        run.error = QStringLiteral("the pipeline stopped early");
    if (run.error.isEmpty() && (run.stored < count || run.acknowledged < count))
        run.error = QStringLiteral("%1 of %2 messages stored, %3 acknowledged")
                        .arg(run.stored)
                        .arg(count)
                        .arg(run.acknowledged);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    registerMessageTypes();
    const Args args = e2eargs::parse(app.arguments());
    steadyMs();
    // Checked first: a child's refusal would go unseen.
    const bool pinned = args.pin != Args::Pin::Never && mayRunOn(0) && mayRunOn(1) && pinThisProcess(1);
    if (args.pin == Args::Pin::Always && !pinned) {
        std::fprintf(stderr, "bench_e2e: --pin needs CPUs 0 and 1, and this process may not use both\n");
        return 2;
    }
    if (pinned)
        BenchSim::pinnedCpu = 0;

    QTemporaryDir temp(QDir::current().filePath(QStringLiteral("bench_e2e-XXXXXX")));
    const QString dir = args.dir.isEmpty() ? temp.path() : args.dir;
    QDir().mkpath(dir);
    const QString storePath = QDir(dir).filePath(QStringLiteral("history.sqlite"));
    const bool reuse = args.reusePreload && args.preload > 0 && preloaded(storePath) >= args.preload;
    if (reuse)
        std::fprintf(stderr, "bench_e2e: reusing the preloaded %s\n", qPrintable(storePath));
    else
        QFile::remove(storePath);

    QString error;
    double bare = 0;
    QList<double> bareTenths;
    if (!args.skipBare) {
        bare = runBare(args, QDir(dir).filePath(QStringLiteral("manifest-a.json")), &error, {}, &bareTenths);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_e2e: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "bench_e2e: bare Proton receiver: %.0f msg/s\n", bare);
    }
    double floor = 0;
    if (args.floor) {
        const QString file = QDir(dir).filePath(QStringLiteral("floor.log"));
        floor = runBare(args, QDir(dir).filePath(QStringLiteral("manifest-a.json")), &error, file);
        QFile::remove(file);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_e2e: durable floor: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "bench_e2e: durable floor (append + fdatasync, accept after): %.0f msg/s\n",
                     floor);
    }
    if (args.preload > 0 && !reuse && !preload(args, storePath, &error)) {
        std::fprintf(stderr, "bench_e2e: preload: %s\n", qPrintable(error));
        return 1;
    }
    const PipelineRun b = runPipeline(args, storePath, QDir(dir).filePath(QStringLiteral("manifest-b.json")),
                                      args.count, 0, args.seed);
    if (!b.error.isEmpty()) {
        std::fprintf(stderr, "bench_e2e: LinkScope: %s\n", qPrintable(b.error));
        return 1;
    }
    const double peakRss = b.peakRssMiB;
    const double pipeline = perSecond(b.stored - 1, b.lastMs - b.firstMs);
    const QList<double> tenths = tenthRates(args.count, b.firstMs, b.tenths);
    const double firstTenth = tenths.value(0), lastTenth = tenths.value(9);
    std::fprintf(stderr, "bench_e2e: LinkScope: %.0f msg/s (first tenth %.0f, last %.0f)\n", pipeline,
                 firstTenth, lastTenth);

    PipelineRun c;
    if (args.pacedSeconds > 0) {
        c = runPipeline(args, storePath, QDir(dir).filePath(QStringLiteral("manifest-c.json")),
                        qint64(args.pacedRate) * args.pacedSeconds, args.pacedRate, args.seed + 1);
        if (!c.error.isEmpty()) {
            std::fprintf(stderr, "bench_e2e: at %d msg/s: %s\n", args.pacedRate, qPrintable(c.error));
            return 1;
        }
    }

    QJsonObject line {
        {QStringLiteral("count"), args.count},
        {QStringLiteral("devices"), args.devices},
        {QStringLiteral("preload"), args.preload},
        {QStringLiteral("bareMsgPerSec"), qRound(bare)},
        {QStringLiteral("linkscopeMsgPerSec"), qRound(pipeline)},
        {QStringLiteral("ratio"), bare > 0 ? round2(pipeline / bare) : 0},
        {QStringLiteral("firstTenthMsgPerSec"), qRound(firstTenth)},
        {QStringLiteral("lastTenthMsgPerSec"), qRound(lastTenth)},
        {QStringLiteral("tenthRatio"), firstTenth > 0 ? round2(lastTenth / firstTenth) : 0},
        // The same for the bare receiver: the emulator's own slowing, a baseline for the above.
        {QStringLiteral("bareTenthRatio"), round2(lastOverFirst(bareTenths))},
        // Every tenth's rate, of each: where a run slowed, and whether the emulator did too.
        {QStringLiteral("tenthsMsgPerSec"), roundedRates(tenths)},
        {QStringLiteral("bareTenthsMsgPerSec"), roundedRates(bareTenths)},
        // LinkScope's CPU per message (µs, every thread of it) in each tenth.
        {QStringLiteral("tenthsCpuUsPerMsg"), tenthCpuPerMessage(args.count, b.firstCpuUs, b.tenthsCpuUs)},
        {QStringLiteral("flatOutAcceptP50Ms"), round1(b.stats.storeLatency.percentile(50))},
        {QStringLiteral("flatOutAcceptP99Ms"), round1(b.stats.storeLatency.percentile(99))},
        {QStringLiteral("peakRssMiB"), round1(peakRss)},
        {QStringLiteral("rssAfterFirstTenthMiB"), round1(b.rssAfterFirstTenthMiB)},
        {QStringLiteral("rssAtEndMiB"), round1(b.rssAtEndMiB)},
        {QStringLiteral("intakeLog"), args.intake},
        {QStringLiteral("allocator"), allocatorName()},
        {QStringLiteral("pinned"), pinned},
        // With the intake log: how long after the last acknowledgement the
        // tables held every message, and their rate over the whole run.
        {QStringLiteral("indexedAfterMs"), b.indexedMs - b.lastMs},
        {QStringLiteral("indexedMsgPerSec"), qRound(perSecond(b.stored - 1, b.indexedMs - b.firstMs))},
        {QStringLiteral("historyMiB"), round1(double(QFileInfo(storePath).size()) / (1024.0 * 1024.0))},
    };
    if (floor > 0) {
        line.insert(QStringLiteral("durableFloorMsgPerSec"), qRound(floor));
        if (bare > 0)
            line.insert(QStringLiteral("floorRatio"), round2(floor / bare));
    }
    if (args.pacedSeconds > 0) {
        line.insert(QStringLiteral("pacedRate"), args.pacedRate);
        line.insert(QStringLiteral("pacedAcceptP50Ms"), round1(c.stats.storeLatency.percentile(50)));
        line.insert(QStringLiteral("pacedAcceptP99Ms"), round1(c.stats.storeLatency.percentile(99)));
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());

    const auto target = [](const char *what, bool met) {
        std::fprintf(stderr, "target: %s: %s\n", what, met ? "met" : "NOT met");
    };
    if (bare > 0)
        target("LinkScope >= 0.8x the bare receiver", pipeline >= 0.8 * bare);
    target("last tenth >= 0.9x the first", lastTenth >= 0.9 * firstTenth);
    if (args.pacedSeconds > 0)
        target("receipt->accept p99 <= 250 ms at the paced rate", c.stats.storeLatency.percentile(99) <= 250);
    target("peak RSS <= 150 MB", peakRss * 1024 * 1024 <= 150e6);
    return 0;
}
