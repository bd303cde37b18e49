// CloudApiClient round trips against linkscope-sim's API gateway on
// loopback TLS: paging, tokens that expire or are taken, throttling, and
// every way the credentials or the connection can be wrong.

#include "cloudapi/cloudapiclient.h"
#include "common/simprocess.h"
#include "core/messages.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::cloudapi;

namespace {

const QString kKey = QStringLiteral("apiKey1");
const QString kSecret = QStringLiteral("apiSecret1");
const QString kProject = QStringLiteral("a124PROJECT");

QStringList simArgs(const QStringList &extra)
{
    return QStringList {"--appkey", kKey, "--appsecret", kSecret, "--project-id", kProject} + extra;
}

// Starts the emulator with the test's credentials and `extra` flags.
bool startSim(SimProcess &sim, const QStringList &extra)
{
    return sim.start(simArgs(extra));
}

CloudApiOptions optionsFor(const SimProcess &sim)
{
    CloudApiOptions o;
    o.endpoint = QStringLiteral("https://127.0.0.1:%1").arg(sim.ready.value(u"apiPort").toInt());
    o.caFile = sim.caFile();
    o.appKey = kKey;
    o.appSecret = Secret::fromString(kSecret);
    o.projectId = kProject;
    o.throttleBaseMs = 20; // the test's patience, not the cloud's
    o.throttleMaxMs = 200;
    return o;
}

// What a client said about one request.
struct Outcome {
    std::optional<Inventory> inventory;
    QList<DeviceSnapshot> snapshots;
    bool valuesDone = false;
    int valuesFailed = 0;
    QList<ApiError> errors;
    bool inventoryFailed = false;
};

struct Recorder {
    explicit Recorder(CloudApiClient &client)
    {
        QObject::connect(&client, &CloudApiClient::inventoryLoaded, &client,
                         [this](quint64 r, const Inventory &i) { out[r].inventory = i; });
        QObject::connect(&client, &CloudApiClient::valuesLoaded, &client,
                         [this](quint64 r, const QList<DeviceSnapshot> &s) { out[r].snapshots += s; });
        QObject::connect(&client, &CloudApiClient::valuesFinished, &client, [this](quint64 r, int failed) {
            out[r].valuesDone = true;
            out[r].valuesFailed = failed;
        });
        QObject::connect(&client, &CloudApiClient::failed, &client,
                         [this](quint64 r, const ApiError &e) { out[r].errors.append(e); });
        QObject::connect(&client, &CloudApiClient::inventoryFailed, &client,
                         [this](quint64 r, const ApiError &e) {
                             out[r].errors.append(e);
                             out[r].inventoryFailed = true;
                         });
        QObject::connect(&client, &CloudApiClient::statusLoaded, &client,
                         [this](quint64 r, const DeviceInfo &d) { statuses[r] = d; });
    }
    QHash<quint64, Outcome> out;
    QHash<quint64, DeviceInfo> statuses;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestCloudApiClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    // 450 devices of two products, over pages of 200, plus devices that never
    // sent; every device once, with the status the cloud gives it.
    void inventoryOverSeveralPages()
    {
        SimProcess sim;
        QVERIFY2(
            startSim(sim, {"--products", "2", "--devices", "450", "--quiet-devices", "6", "--rate", "0"}),
            qPrintable(sim.log()));
        CloudApiClient client(optionsFor(sim));
        Recorder rec(client);
        client.fetchInventory(1, true);
        QTRY_VERIFY_WITH_TIMEOUT(rec.out[1].valuesDone || !rec.out[1].errors.isEmpty(), 60000);
        QVERIFY2(rec.out[1].errors.isEmpty(), qPrintable(rec.out[1].errors.value(0).message));
        const Inventory &inv = *rec.out[1].inventory;
        QCOMPARE(inv.products.size(), 2);
        QCOMPARE(inv.products[0].name, QString("智能门锁"));
        QCOMPARE(inv.devices.size(), 456);
        QSet<QString> ids;
        QHash<DeviceStatus, int> statuses;
        for (const DeviceInfo &d : inv.devices) {
            ids.insert(d.device.id());
            QVERIFY(!d.device.iotId.isEmpty());
            ++statuses[d.status];
        }
        QCOMPARE(ids.size(), 456);
        QCOMPARE(statuses.value(DeviceStatus::Online), 450);
        QCOMPARE(statuses.value(DeviceStatus::Inactive), 2);
        QCOMPARE(statuses.value(DeviceStatus::Offline), 2);
        QCOMPARE(statuses.value(DeviceStatus::Disabled), 2);
        QVERIFY(std::any_of(inv.devices.begin(), inv.devices.end(),
                            [](const DeviceInfo &d) { return !d.nickname.isEmpty(); }));
        QCOMPARE(inv.thingModels.size(), 2);
        const ThingCatalog catalog(inv);
        const TslProperty *battery = catalog.property(inv.products[0].productKey, "BatteryPercentage");
        QVERIFY(battery);
        QCOMPARE(battery->name, QString("电池电量"));
        QCOMPARE(battery->dataType.unit, QString("%"));
        QCOMPARE(*battery->dataType.max, 100.0);
        QCOMPARE(rec.out[1].snapshots.size(), 456); // every device asked, none failed
        QCOMPARE(rec.out[1].valuesFailed, 0);
        // Devices that never sent still have what they said before (offline and disabled ones).
        int withValues = 0;
        for (const DeviceSnapshot &s : rec.out[1].snapshots)
            withValues += !s.values.isEmpty();
        QCOMPARE(withValues, 454); // all but the two never activated
        // One token, two product pages (the second empty: the end), 2 × 2 device pages, 2 models, 456
        // snapshots.
        QCOMPARE(client.tokensFetched(), 1);
        QCOMPARE(client.callsMade(), 1 + 2 + 4 + 2 + 456);
    }

    // What the API says agrees with what the push said: the status of
    // every device is that of its last status message, and every current
    // value is the last one pushed (the emulator's manifest).
    void inventoryAgreesWithThePush()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath("manifest.json");
        SimProcess sim;
        QVERIFY2(startSim(sim,
                          {"--products", "4", "--devices", "40", "--rate", "1500", "--count", "4000",
                           "--redeliver-after", "0.2", "--redeliver-batch", "5000", "--manifest", manifest}),
                 qPrintable(sim.log()));
        QProcess collect;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LINKSCOPE_APPSECRET", kSecret);
        collect.setProcessEnvironment(env);
        collect.start(QStringLiteral(LINKSCOPE_BIN_DIR "/linkscope-collect"),
                      {"--endpoint", QStringLiteral("amqps://127.0.0.1:%1").arg(sim.amqpPort()), "--ca",
                       sim.caFile(), "--appkey", kKey, "--store", dir.filePath("h.sqlite"), "--jsonl",
                       dir.filePath("all.jsonl")});
        QVERIFY(collect.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(readJson(manifest).value(u"acknowledged").toArray().size() == 4000, 120000);
        collect.terminate();
        QVERIFY(collect.waitForFinished(30000));

        // The last status message of each device, from what was stored.
        QHash<QString, std::pair<qint64, bool>> lastStatus;
        QFile lines(dir.filePath("all.jsonl"));
        QVERIFY(lines.open(QIODevice::ReadOnly));
        while (!lines.atEnd()) {
            const QJsonObject m = QJsonDocument::fromJson(lines.readLine()).object();
            if (!m.value(u"topic").toString().startsWith(u"/mqtt/status/"))
                continue;
            const QJsonObject p = m.value(u"payload").toObject();
            const QString id = p.value(u"productKey").toString() + u'/' + p.value(u"deviceName").toString();
            const qint64 t = qint64(p.value(u"status").toObject().value(u"time").toDouble());
            if (!lastStatus.contains(id) || lastStatus[id].first <= t)
                lastStatus[id] = {t, p.value(u"action").toString() == u"online"};
        }
        QVERIFY(!lastStatus.isEmpty());

        CloudApiClient client(optionsFor(sim));
        Recorder rec(client);
        client.fetchInventory(7, true);
        QTRY_VERIFY_WITH_TIMEOUT(rec.out[7].valuesDone || !rec.out[7].errors.isEmpty(), 60000);
        QVERIFY(rec.out[7].errors.isEmpty());
        const Inventory &inv = *rec.out[7].inventory;
        QCOMPARE(inv.devices.size(), 40);
        int offline = 0;
        for (const DeviceInfo &d : inv.devices) {
            const auto it = lastStatus.constFind(d.device.id());
            const DeviceStatus expected
                = it == lastStatus.cend() || it->second ? DeviceStatus::Online : DeviceStatus::Offline;
            QCOMPARE(d.status, expected);
            offline += d.status == DeviceStatus::Offline;
        }
        const QJsonObject last = readJson(manifest).value(u"lastValues").toObject();
        int compared = 0;
        for (const DeviceSnapshot &s : rec.out[7].snapshots) {
            // Every value pushed is the current one; the rest are what the device started from.
            const QJsonObject pushed = last.value(s.device.id()).toObject();
            QHash<QString, QVariant> api;
            for (const LastValue &v : s.values)
                api.insert(v.attribute, v.value);
            QVERIFY(api.size() >= pushed.size());
            for (auto it = pushed.begin(); it != pushed.end(); ++it) {
                QVERIFY2(api.contains(it.key()), qPrintable(s.device.id() + u' ' + it.key()));
                QCOMPARE(QJsonValue::fromVariant(api.value(it.key())), it.value());
                ++compared;
            }
        }
        QVERIFY(compared > 100);
        qInfo("%d devices offline by their last status; %d values compared", offline, compared);
    }

    // A token lives two seconds: the client refreshes it on the way and no call fails.
    void tokenExpiresAndIsRenewedMidSession()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--token-ttl", "2", "--devices", "6", "--rate", "0"}), qPrintable(sim.log()));
        CloudApiClient client(optionsFor(sim));
        Recorder rec(client);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(rec.out[1].inventory.has_value(), 20000);
        const DeviceKey first = rec.out[1].inventory->devices.first().device;
        QElapsedTimer t;
        t.start();
        quint64 request = 100;
        while (t.elapsed() < 5500) {
            client.fetchStatus(++request, first);
            QTRY_VERIFY_WITH_TIMEOUT(rec.statuses.contains(request) || !rec.out[request].errors.isEmpty(),
                                     10000);
            QVERIFY2(rec.out[request].errors.isEmpty(), qPrintable(rec.out[request].errors.value(0).message));
            QCOMPARE(rec.statuses[request].status, DeviceStatus::Online);
            QTest::qWait(250);
        }
        QVERIFY2(client.tokensRefreshed() + client.tokensFetched() >= 3,
                 qPrintable(QString("%1 refreshed, %2 fetched")
                                .arg(client.tokensRefreshed())
                                .arg(client.tokensFetched())));
    }

    // Another client takes the project's token: the next call is refused,
    // the token renewed once, and the call answered.
    void tokenTakenByAnotherClientIsRenewedOnce()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--devices", "4", "--rate", "0"}), qPrintable(sim.log()));
        CloudApiClient a(optionsFor(sim)), b(optionsFor(sim));
        Recorder ra(a), rb(b);
        a.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(ra.out[1].inventory.has_value(), 20000);
        const DeviceKey d = ra.out[1].inventory->devices.first().device;
        b.fetchStatus(2, d);
        QTRY_VERIFY_WITH_TIMEOUT(rb.statuses.contains(2), 20000);
        a.fetchStatus(3, d);
        QTRY_VERIFY_WITH_TIMEOUT(ra.statuses.contains(3) || !ra.out[3].errors.isEmpty(), 20000);
        QVERIFY(ra.out[3].errors.isEmpty());
        QCOMPARE(a.tokensFetched(), 2);
    }

    // Every token is dead on arrival (it expires before the slow gateway
    // reads the call): renewed once, then the error is shown.
    void aTokenRefusedAfterRenewalIsAnError()
    {
        SimProcess sim;
        QVERIFY2(
            startSim(sim, {"--token-ttl", "0.2", "--api-latency", "300", "--devices", "2", "--rate", "0"}),
            qPrintable(sim.log()));
        CloudApiClient client(optionsFor(sim));
        Recorder rec(client);
        client.fetchStatus(1, {QString("pk"), QString("dn"), {}});
        QTRY_VERIFY_WITH_TIMEOUT(!rec.out[1].errors.isEmpty(), 20000);
        const ApiError &e = rec.out[1].errors.first();
        QCOMPARE(e.kind, ApiError::Kind::Credentials);
        QVERIFY2(e.message.contains("refused a fresh cloud token") && e.message.contains("expired"),
                 qPrintable(e.message));
        QCOMPARE(client.tokensFetched(), 2);
    }

    void throttlingBacksOffAndGoesOn_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("tokenTtl");
        QTest::newRow("429") << "429"
                             << "7200";
        QTest::newRow("403 flow control") << "403"
                                          << "7200";
        // Tokens that live a second: their refreshes and renewals are throttled too, and nothing waits
        // forever.
        QTest::newRow("429, short tokens") << "429"
                                           << "1";
    }

    void throttlingBacksOffAndGoesOn()
    {
        QFETCH(QString, status);
        QFETCH(QString, tokenTtl);
        SimProcess sim;
        QVERIFY2(startSim(sim,
                          {"--api-throttle", "0.4", "--api-throttle-status", status, "--token-ttl", tokenTtl,
                           "--products", "3", "--devices", "30", "--rate", "0"}),
                 qPrintable(sim.log()));
        CloudApiClient client(optionsFor(sim));
        Recorder rec(client);
        client.fetchInventory(1, true);
        QTRY_VERIFY_WITH_TIMEOUT(rec.out[1].valuesDone || !rec.out[1].errors.isEmpty(), 60000);
        QVERIFY2(rec.out[1].errors.isEmpty(), qPrintable(rec.out[1].errors.value(0).message));
        QCOMPARE(rec.out[1].inventory->devices.size(), 30);
        QCOMPARE(rec.out[1].snapshots.size(), 30);
        const int needed = 1 + 2 + 3 + 3 + 30;
        QVERIFY2(client.callsMade() > needed,
                 qPrintable(QString::number(client.callsMade()))); // some were retried
    }

    void alwaysThrottledFailsInWords()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--api-throttle", "1", "--rate", "0"}), qPrintable(sim.log()));
        CloudApiOptions o = optionsFor(sim);
        o.maxThrottleRetries = 3;
        CloudApiClient client(o);
        Recorder rec(client);
        QSignalSpy reach(&client, &CloudApiClient::reachabilityChanged);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(rec.out[1].inventoryFailed, 20000);
        QCOMPARE(rec.out[1].errors.first().kind, ApiError::Kind::Throttled);
        QVERIFY2(rec.out[1].errors.first().message.contains("still throttled after 4 tries"),
                 qPrintable(rec.out[1].errors.first().message));
        QVERIFY(rec.out[1].errors.first().message.contains("Throttled by APP Flow Control"));
        QCOMPARE(client.callsMade(), 4);
        QVERIFY(!reach.isEmpty());
        QCOMPARE(reach.last().at(0).toBool(), false);
    }

    void wrongAppSecretIsRefusedByTheGateway()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--rate", "0"}), qPrintable(sim.log()));
        CloudApiOptions o = optionsFor(sim);
        o.appSecret = Secret::fromString("notIt");
        CloudApiClient client(o);
        Recorder rec(client);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(!rec.out[1].errors.isEmpty(), 20000);
        const ApiError &e = rec.out[1].errors.first();
        QCOMPARE(e.kind, ApiError::Kind::Credentials);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY2(e.message.startsWith("the API gateway rejected the signature")
                     && e.message.contains("Server StringToSign:POST#"),
                 qPrintable(e.message));
        QVERIFY(!e.message.contains("notIt"));
        QCOMPARE(client.callsMade(), 1); // nothing retried: the secret will not mend itself
    }

    void wrongProjectIdIsRefused()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--rate", "0"}), qPrintable(sim.log()));
        CloudApiOptions o = optionsFor(sim);
        o.projectId = "a124OTHER";
        CloudApiClient client(o);
        Recorder rec(client);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(!rec.out[1].errors.isEmpty(), 20000);
        const ApiError &e = rec.out[1].errors.first();
        QCOMPARE(e.kind, ApiError::Kind::Credentials);
        QCOMPARE(e.code, 460);
        QVERIFY2(e.message.contains("a124OTHER") && e.message.contains("Project ID"), qPrintable(e.message));
    }

    // The system's CAs do not know the emulator's: refused, and said so.
    void untrustedCertificateIsRefused()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, {"--rate", "0"}), qPrintable(sim.log()));
        CloudApiOptions o = optionsFor(sim);
        o.caFile.clear();
        CloudApiClient client(o);
        Recorder rec(client);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(!rec.out[1].errors.isEmpty(), 20000);
        const ApiError &e = rec.out[1].errors.first();
        QCOMPARE(e.kind, ApiError::Kind::Tls);
        QVERIFY2(e.message.contains("127.0.0.1") && e.message.contains("not trusted"), qPrintable(e.message));
    }

    void unreachableAndSlowGatewaysAreSaidSo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there now
        CloudApiOptions o;
        o.endpoint = QStringLiteral("https://127.0.0.1:%1").arg(port);
        o.appKey = kKey;
        o.appSecret = Secret::fromString(kSecret);
        o.projectId = kProject;
        CloudApiClient client(o);
        Recorder rec(client);
        client.fetchInventory(1, false);
        QTRY_VERIFY_WITH_TIMEOUT(!rec.out[1].errors.isEmpty(), 20000);
        QCOMPARE(rec.out[1].errors.first().kind, ApiError::Kind::Network);
        QVERIFY2(rec.out[1].errors.first().message.contains("cannot reach 127.0.0.1"),
                 qPrintable(rec.out[1].errors.first().message));

        // /cloud/token has 3 s: a gateway that takes 3.5 s is too slow.
        SimProcess slow;
        QVERIFY2(startSim(slow, {"--api-latency", "3500", "--rate", "0"}), qPrintable(slow.log()));
        CloudApiClient late(optionsFor(slow));
        Recorder lateRec(late);
        late.fetchInventory(2, false);
        QTRY_VERIFY_WITH_TIMEOUT(!lateRec.out[2].errors.isEmpty(), 20000);
        QCOMPARE(lateRec.out[2].errors.first().kind, ApiError::Kind::Timeout);
        QVERIFY2(lateRec.out[2].errors.first().message.contains("within 3 s"),
                 qPrintable(lateRec.out[2].errors.first().message));
        QCOMPARE(CloudApiClient::timeoutFor("/cloud/thing/tsl/get"), 15000);
    }

    // The documentation's other shapes (a bare device array, the model as a string) read the same.
    void bothDataShapesGiveTheSameInventory()
    {
        QList<Inventory> got;
        for (const QStringList &extra :
             {QStringList {}, QStringList {"--api-things-array", "--api-tsl-string"}}) {
            SimProcess sim;
            QVERIFY2(
                startSim(sim, extra + QStringList {"--products", "2", "--devices", "250", "--rate", "0"}),
                qPrintable(sim.log()));
            CloudApiClient client(optionsFor(sim));
            Recorder rec(client);
            client.fetchInventory(1, false);
            QTRY_VERIFY_WITH_TIMEOUT(rec.out[1].inventory || !rec.out[1].errors.isEmpty(), 20000);
            QVERIFY(rec.out[1].errors.isEmpty());
            got << *rec.out[1].inventory;
        }
        QCOMPARE(got[0].devices, got[1].devices);
        QCOMPARE(got[0].thingModels.size(), got[1].thingModels.size());
        QCOMPARE(got[0].thingModels[0].json, got[1].thingModels[0].json);
    }

    void optionsAreCheckedBeforeAnyCall()
    {
        CloudApiOptions o;
        QVERIFY(CloudApiClient::optionsProblem(o).contains("gateway"));
        o.endpoint = "http://127.0.0.1:1";
        QVERIFY(CloudApiClient::optionsProblem(o).contains("https://"));
        o.endpoint = "https://127.0.0.1:1";
        o.appKey = "k";
        o.appSecret = Secret::fromString("s");
        QVERIFY(CloudApiClient::optionsProblem(o).contains("Project ID"));
        o.projectId = "p";
        QVERIFY(CloudApiClient::optionsProblem(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudApiClient)
#include "tst_cloudapiclient.moc"
