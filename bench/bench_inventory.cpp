// bench_inventory: how fast the cloud API client lists a project, against
// the floor of the same transport in the same run.
//
// It starts linkscope-sim (its API gateway on loopback HTTPS, no push
// traffic) with a fleet of --devices, then:
//   baseline: bare HTTPS POSTs through Qt Network with the client's
//             concurrency, to a path the gateway refuses at once: TLS,
//             HTTP and the gateway's header parsing, nothing of ours;
//   inventory: CloudApiClient::fetchInventory (token, products, devices
//             page by page, a thing model per product), then every
//             device's current values (properties/get, one call each).
// One JSON line: times, calls, calls/s against the floor's. With --check
// it says whether the inventory of the fleet came within 3 s (issue 14's
// "every device, its state, names, units and labels within 3 s").

#include "benchsim.h"

#include "cloudapi/cloudapiclient.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>

using namespace linkscope;

namespace {

struct Args {
    int devices = 10'000;
    int products = 20;
    int quiet = -1;
    int floorCalls = 3000;
    bool check = false;
};

Args parse(const QStringList &argv)
{
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &k = argv[i];
        const auto next = [&] { return argv.value(++i).toInt(); };
        if (k == u"--devices")
            a.devices = next();
        else if (k == u"--products")
            a.products = next();
        else if (k == u"--quiet")
            a.quiet = next();
        else if (k == u"--floor-calls")
            a.floorCalls = next();
        else if (k == u"--check")
            a.check = true;
        else {
            std::fprintf(stderr,
                         "usage: bench_inventory [--devices N] [--products N] [--quiet N] [--floor-calls N] "
                         "[--check]\n");
            std::exit(2);
        }
    }
    if (a.quiet < 0)
        a.quiet = std::max(3, a.devices / 50);
    return a;
}

// The floor: `calls` bare POSTs, `concurrency` at a time, answered 404 by the gateway.
double floorCallsPerSecond(quint16 port, const QString &caFile, int calls, int concurrency)
{
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    int started = 0, done = 0;
    QElapsedTimer clock;
    std::function<void()> one = [&] {
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/bench/floor").arg(port)));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        ++started;
        QNetworkReply *r = manager.post(request, QByteArrayLiteral("{}"));
        QObject::connect(r, &QNetworkReply::finished, r, [&, r] {
            r->deleteLater();
            ++done;
            if (started < calls)
                one();
            else if (done == calls)
                QCoreApplication::exit(0);
        });
    };
    clock.start();
    for (int i = 0; i < concurrency && started < calls; ++i)
        one();
    QCoreApplication::exec();
    return calls * 1000.0 / std::max<qint64>(1, clock.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    registerMessageTypes();
    const Args args = parse(app.arguments());

    BenchSim sim; // it logs every refusal of the floor: quiet
    if (!sim.start({QStringLiteral("--appkey"), QStringLiteral("benchKey"), QStringLiteral("--appsecret"),
                    QStringLiteral("benchSecret"), QStringLiteral("--devices"), QString::number(args.devices),
                    QStringLiteral("--products"), QString::number(args.products),
                    QStringLiteral("--quiet-devices"), QString::number(args.quiet), QStringLiteral("--rate"),
                    QStringLiteral("0")})) {
        std::fprintf(stderr, "bench_inventory: the emulator did not start\n");
        return 1;
    }
    const auto port = quint16(sim.port("apiPort"));
    const QString ca = sim.caFile();

    cloudapi::CloudApiOptions o;
    o.endpoint = QStringLiteral("https://127.0.0.1:%1").arg(port);
    o.caFile = ca;
    o.appKey = QStringLiteral("benchKey");
    o.appSecret = Secret::fromString(QStringLiteral("benchSecret"));
    o.projectId = sim.ready.value(u"projectId").toString();

    const double floor = floorCallsPerSecond(port, ca, args.floorCalls, o.maxInFlight);

    cloudapi::CloudApiClient client(o);
    QElapsedTimer clock;
    qint64 inventoryMs = -1, valuesMs = -1;
    int inventoryCalls = 0, devices = 0, models = 0, snapshots = 0, failed = 0;
    QObject::connect(&client, &cloudapi::CloudApiClient::inventoryLoaded, &app,
                     [&](quint64, const Inventory &inv) {
                         inventoryMs = clock.elapsed();
                         inventoryCalls = client.callsMade();
                         devices = int(inv.devices.size());
                         models = int(inv.thingModels.size());
                     });
    QObject::connect(&client, &cloudapi::CloudApiClient::valuesLoaded, &app,
                     [&](quint64, const QList<DeviceSnapshot> &s) { snapshots += int(s.size()); });
    QObject::connect(&client, &cloudapi::CloudApiClient::valuesFinished, &app, [&](quint64, int f) {
        valuesMs = clock.elapsed();
        failed = f;
        QCoreApplication::exit(0);
    });
    QObject::connect(&client, &cloudapi::CloudApiClient::inventoryFailed, &app,
                     [&](quint64, const cloudapi::ApiError &e) {
                         std::fprintf(stderr, "bench_inventory: %s\n", qPrintable(e.message));
                         QCoreApplication::exit(1);
                     });
    clock.start();
    client.fetchInventory(1, true);
    const int rc = QCoreApplication::exec();
    sim.stop();
    if (rc != 0)
        return rc;

    const int valueCalls = client.callsMade() - inventoryCalls;
    const double valuesPerSecond = valueCalls * 1000.0 / std::max<qint64>(1, valuesMs - inventoryMs);
    const QJsonObject line {{QStringLiteral("devices"), devices},
                            {QStringLiteral("thingModels"), models},
                            {QStringLiteral("inventoryMs"), inventoryMs},
                            {QStringLiteral("inventoryCalls"), inventoryCalls},
                            {QStringLiteral("valuesMs"), valuesMs - inventoryMs},
                            {QStringLiteral("valueCalls"), valueCalls},
                            {QStringLiteral("snapshots"), snapshots},
                            {QStringLiteral("failedSnapshots"), failed},
                            {QStringLiteral("clientCallsPerSecond"), qRound(valuesPerSecond)},
                            {QStringLiteral("floorCallsPerSecond"), qRound(floor)},
                            {QStringLiteral("ratioToFloor"), qRound(valuesPerSecond / floor * 100) / 100.0}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    // Correctness, always: every device listed once and asked for its values.
    if (devices != args.devices + args.quiet || snapshots != devices || failed != 0) {
        std::fprintf(stderr, "bench_inventory: %d devices listed of %d, %d snapshots, %d failed\n", devices,
                     args.devices + args.quiet, snapshots, failed);
        return 1;
    }
    if (args.check)
        std::printf("target: the inventory within 3 s: %s (%lld ms)\n", inventoryMs < 3000 ? "met" : "MISSED",
                    qlonglong(inventoryMs));
    return 0;
}
