// linkscope-api: the cloud API client on the command line. `linkscope-api
// --help` lists the commands and flags; docs/FORMATS.md the inventory's JSON.

#include "cloudapi/cloudapiclient.h"
#include "core/inventory.h"
#include "core/messages.h"
#include "core/privatefiles.h"
#include "core/subscriberprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <cstdio>

using namespace linkscope;
using namespace linkscope::cloudapi;

namespace {

[[noreturn]] void die(int code, const QString &message)
{
    std::fprintf(stderr, "linkscope-api: %s\n", qPrintable(message));
    std::exit(code);
}

QJsonValue jsonOf(const QVariant &v)
{
    return QJsonValue::fromVariant(v);
}

QJsonObject productJson(const ProductInfo &p, const ThingModel *model)
{
    QJsonObject o {{QStringLiteral("productKey"), p.productKey},
                   {QStringLiteral("name"), p.name},
                   {QStringLiteral("nodeType"), p.nodeType},
                   {QStringLiteral("dataFormat"), p.dataFormat}};
    if (model)
        o.insert(QStringLiteral("thingModel"), QJsonDocument::fromJson(model->json).object());
    return o;
}

QJsonObject valuesJson(const QList<LastValue> &values)
{
    QJsonObject o;
    for (const LastValue &v : values)
        o.insert(v.attribute,
                 QJsonObject {{QStringLiteral("value"), jsonOf(v.value)}, {QStringLiteral("time"), v.time}});
    return o;
}

QJsonObject deviceJson(const DeviceInfo &d, const QList<LastValue> *values)
{
    QJsonObject o {{QStringLiteral("productKey"), d.device.productKey},
                   {QStringLiteral("deviceName"), d.device.deviceName},
                   {QStringLiteral("iotId"), d.device.iotId},
                   {QStringLiteral("nickname"), d.nickname},
                   {QStringLiteral("status"), int(d.status)},
                   {QStringLiteral("statusName"), deviceStatusName(d.status)},
                   {QStringLiteral("statusTime"), d.statusTime},
                   {QStringLiteral("firmwareVersion"), d.firmwareVersion}};
    if (values)
        o.insert(QStringLiteral("values"), valuesJson(*values));
    return o;
}

// Writes the document to --out (whole, or not at all) or to standard output.
void write(const QJsonObject &doc, const QString &out)
{
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    if (out.isEmpty() || out == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return;
    }
    if (!createPrivateFile(out))
        die(1, QStringLiteral("cannot create %1").arg(out));
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        die(1, QStringLiteral("cannot write %1: %2").arg(out, f.errorString()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linkscope-api"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKSCOPE_VERSION));
    registerMessageTypes();

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Calls the Life IoT cloud API with a project's AppKey, AppSecret and Project ID.\n"
        "Commands:\n"
        "  inventory   products, devices with status, each product's thing model and each device's current "
        "values, as one JSON document\n"
        "  tsl         the thing model of --product-key\n"
        "  properties  the current values of --product-key/--device-name\n"
        "  status      the status of --product-key/--device-name\n"
        "The AppSecret comes from the environment variable LINKSCOPE_APPSECRET or --appsecret-file, never "
        "from the command line.\n"
        "Exit status: 0 done; 1 a failure (its reason on stderr); 2 a usage error; 3 the credentials or the "
        "Project ID were refused."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("inventory, tsl, properties or status"));
    p.addOptions({
        {QStringLiteral("region"),
         QStringLiteral("The region's gateway: cn-shanghai, ap-southeast-1, us-east-1, eu-central-1."),
         QStringLiteral("id")},
        {QStringLiteral("endpoint"), QStringLiteral("The gateway as https://HOST[:PORT] instead."),
         QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("PEM file of a CA to trust besides the system's."),
         QStringLiteral("file")},
        {QStringLiteral("appkey"), QStringLiteral("The project's AppKey."), QStringLiteral("key")},
        {QStringLiteral("appsecret-file"), QStringLiteral("Read the AppSecret from this file (mode 0600)."),
         QStringLiteral("file")},
        {QStringLiteral("project-id"), QStringLiteral("The project's Project ID."), QStringLiteral("id")},
        {QStringLiteral("product-key"), QStringLiteral("tsl, properties, status: the product."),
         QStringLiteral("pk")},
        {QStringLiteral("device-name"), QStringLiteral("properties, status: the device."),
         QStringLiteral("dn")},
        {QStringLiteral("out"), QStringLiteral("Write the JSON here (default: standard output)."),
         QStringLiteral("file")},
        {QStringLiteral("no-values"),
         QStringLiteral("inventory: leave out the current values (one call less a device).")},
        {QStringLiteral("verbose"), QStringLiteral("Log every token and retry on stderr.")},
    });
    p.process(app);
    if (!p.isSet(QStringLiteral("verbose"))) // its failures are said once, below, in the same words
        QLoggingCategory::setFilterRules(
            QStringLiteral("linkscope.cloudapi.info=false\nlinkscope.cloudapi.warning=false"));

    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    if (args.size() != 1
        || !QStringList {QStringLiteral("inventory"), QStringLiteral("tsl"), QStringLiteral("properties"),
                         QStringLiteral("status")}
                .contains(command))
        die(2, QStringLiteral("give one command: inventory, tsl, properties or status (see --help)"));

    CloudApiOptions o;
    if (p.isSet(QStringLiteral("endpoint")) == p.isSet(QStringLiteral("region")))
        die(2, QStringLiteral("give either --region or --endpoint https://HOST[:PORT]"));
    if (p.isSet(QStringLiteral("region"))) {
        const RegionEndpoint *r = regionById(p.value(QStringLiteral("region")));
        if (!r)
            die(2,
                QStringLiteral("unknown --region %1 (cn-shanghai, ap-southeast-1, us-east-1, eu-central-1)")
                    .arg(p.value(QStringLiteral("region"))));
        o.endpoint = QStringLiteral("https://") + QLatin1String(r->apiHost);
    } else {
        o.endpoint = p.value(QStringLiteral("endpoint"));
    }
    o.caFile = p.value(QStringLiteral("ca"));
    o.appKey = p.value(QStringLiteral("appkey"));
    o.projectId = p.value(QStringLiteral("project-id"));
    if (o.appKey.isEmpty())
        die(2, QStringLiteral("--appkey is required"));
    if (o.projectId.isEmpty())
        die(2, QStringLiteral("--project-id is required"));
    auto secret = commandLineAppSecret(p.value(QStringLiteral("appsecret-file")));
    if (!secret)
        die(p.isSet(QStringLiteral("appsecret-file")) ? 1 : 2, secret.error());
    o.appSecret = *secret;
    if (const QString problem = CloudApiClient::optionsProblem(o); !problem.isEmpty())
        die(p.isSet(QStringLiteral("ca")) && problem.contains(o.caFile) ? 1 : 2, problem);
    const QString pk = p.value(QStringLiteral("product-key"));
    const QString dn = p.value(QStringLiteral("device-name"));
    if (command != u"inventory" && pk.isEmpty())
        die(2, QStringLiteral("%1 needs --product-key").arg(command));
    if ((command == u"properties" || command == u"status") && dn.isEmpty())
        die(2, QStringLiteral("%1 needs --device-name").arg(command));

    CloudApiClient client(o);
    int exitCode = 0;
    QSet<QString> said;
    // A refusal of the credentials ends the run with 3; anything else with 1.
    QObject::connect(&client, &CloudApiClient::failed, &app, [&](quint64, const ApiError &e) {
        if (!said.contains(e.message)) // calls that waited for one token fail alike: once is enough
            std::fprintf(stderr, "linkscope-api: %s\n", qPrintable(e.message));
        said.insert(e.message);
        exitCode = e.refusesCredentials() || exitCode == 3 ? 3 : 1;
    });
    const auto finish = [&] { QCoreApplication::exit(exitCode); };
    const QString out = p.value(QStringLiteral("out"));

    if (command == u"inventory") {
        const bool withValues = !p.isSet(QStringLiteral("no-values"));
        auto inventory = std::make_shared<Inventory>();
        auto values = std::make_shared<QHash<QString, QList<LastValue>>>();
        const auto document = [&, inventory, values, withValues] {
            const ThingCatalog catalog(*inventory);
            QJsonArray products, devices;
            for (const ProductInfo &pr : inventory->products)
                products.append(productJson(pr, catalog.thingModel(pr.productKey)));
            for (const DeviceInfo &d : inventory->devices) {
                const auto it = values->constFind(d.device.id());
                devices.append(deviceJson(d, withValues && it != values->cend() ? &*it : nullptr));
            }
            write(QJsonObject {{QStringLiteral("endpoint"), o.endpoint},
                               {QStringLiteral("projectId"), o.projectId},
                               {QStringLiteral("fetchedAt"), inventory->fetchedAt},
                               {QStringLiteral("products"), products},
                               {QStringLiteral("devices"), devices}},
                  out);
            std::fprintf(stderr, "linkscope-api: %lld products, %lld devices\n", qlonglong(products.size()),
                         qlonglong(devices.size()));
        };
        QObject::connect(&client, &CloudApiClient::inventoryLoaded, &app, [=](quint64, const Inventory &i) {
            *inventory = i;
            if (!withValues) {
                document();
                finish();
            }
        });
        QObject::connect(&client, &CloudApiClient::valuesLoaded, &app,
                         [values](quint64, const QList<DeviceSnapshot> &s) {
                             for (const DeviceSnapshot &d : s)
                                 values->insert(d.device.id(), d.values);
                         });
        QObject::connect(&client, &CloudApiClient::valuesFinished, &app, [=](quint64, int failed) {
            if (failed > 0)
                std::fprintf(stderr, "linkscope-api: the values of %d devices could not be read\n", failed);
            document();
            finish();
        });
        // The inventory itself failed: nothing to write.
        QObject::connect(&client, &CloudApiClient::inventoryFailed, &app, [&](quint64, const ApiError &e) {
            std::fprintf(stderr, "linkscope-api: %s\n", qPrintable(e.message));
            exitCode = e.refusesCredentials() ? 3 : 1;
            finish();
        });
        client.fetchInventory(1, withValues);
    } else if (command == u"tsl") {
        QObject::connect(&client, &CloudApiClient::thingModelLoaded, &app, [&](quint64, const ThingModel &m) {
            write(QJsonDocument::fromJson(m.json).object(), out);
            finish();
        });
        QObject::connect(&client, &CloudApiClient::failed, &app, finish);
        client.fetchThingModel(1, pk);
    } else if (command == u"properties") {
        auto got = std::make_shared<QList<LastValue>>();
        QObject::connect(&client, &CloudApiClient::valuesLoaded, &app,
                         [got](quint64, const QList<DeviceSnapshot> &s) {
                             for (const DeviceSnapshot &d : s)
                                 *got += d.values;
                         });
        QObject::connect(&client, &CloudApiClient::valuesFinished, &app, [&, got](quint64, int failed) {
            if (failed == 0)
                write(QJsonObject {{QStringLiteral("productKey"), pk},
                                   {QStringLiteral("deviceName"), dn},
                                   {QStringLiteral("values"), valuesJson(*got)}},
                      out);
            finish();
        });
        client.fetchProperties(1, {DeviceKey {pk, dn, {}}});
    } else {
        QObject::connect(&client, &CloudApiClient::statusLoaded, &app, [&](quint64, const DeviceInfo &d) {
            write(deviceJson(d, nullptr), out);
            finish();
        });
        QObject::connect(&client, &CloudApiClient::failed, &app, finish);
        client.fetchStatus(1, {pk, dn, {}});
    }
    return QCoreApplication::exec();
}
