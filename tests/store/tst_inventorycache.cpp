#include "store/historystore.h"
#include "store/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;

namespace {

HistoryStoreOptions quiet()
{
    HistoryStoreOptions o;
    o.retentionIntervalMs = 0;
    return o;
}

Inventory sample(int devices, const QString &productName = QStringLiteral("智能插座"))
{
    Inventory inv;
    inv.products = {{"pk1", productName, "DEVICE", "ALINK_FORMAT", 5}, {"pk2", "Lamp", "GATEWAY", "", 6}};
    for (int i = 0; i < devices; ++i) {
        DeviceInfo d;
        d.device = {i % 2 ? "pk2" : "pk1", QStringLiteral("dev%1").arg(i, 3, 10, QLatin1Char('0')),
                    QStringLiteral("iot%1").arg(i)};
        d.nickname = i == 0 ? QStringLiteral("客厅插座") : QString();
        d.status = i % 3 == 0 ? DeviceStatus::Offline : DeviceStatus::Online;
        d.statusTime = 1000 + i;
        d.firmwareVersion = "1.0";
        inv.devices.append(d);
    }
    auto m = parseThingModel(
        R"({"properties":[{"identifier":"P","name":"功率","dataType":{"type":"double","specs":{"unit":"W","min":"0","max":"2500"}}}]})");
    ThingModel model = *m;
    model.productKey = "pk1";
    inv.thingModels = {model};
    inv.fetchedAt = 123456;
    return inv;
}

} // namespace

class TestInventoryCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void savesAndReadsBackAcrossARestart()
    {
        const QString path = m_dir.filePath("inv.sqlite");
        {
            HistoryStore store(path, quiet());
            QVERIFY(store.openNow().ok());
            QVERIFY(store.inventory()->isEmpty()); // nothing cached yet
            const auto saved = store.saveInventory(sample(500));
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
        }
        HistoryStore store(path, quiet());
        QVERIFY(store.openNow().ok());
        const auto inv = store.inventory();
        QVERIFY2(inv, qPrintable(inv.error()));
        QList<DeviceInfo> expected = sample(500).devices;
        std::sort(expected.begin(), expected.end(),
                  [](const DeviceInfo &a, const DeviceInfo &b) { return a.device.id() < b.device.id(); });
        QCOMPARE(inv->products, sample(500).products);
        QCOMPARE(inv->devices, expected);
        QCOMPARE(inv->fetchedAt, 123456);
        QCOMPARE(inv->thingModels.size(), 1);
        const ThingCatalog catalog(*inv);
        QCOMPARE(catalog.property("pk1", "P")->name, QString("功率"));
        QCOMPARE(*catalog.property("pk1", "P")->dataType.max, 2500.0);
        QCOMPARE(catalog.device({"pk1", "dev000", {}})->nickname, QString("客厅插座"));
    }

    // A refresh replaces products and devices; a model it could not fetch
    // again stays while its product does, and goes with it.
    void aRefreshReplacesWhatLeft()
    {
        HistoryStore store(m_dir.filePath("refresh.sqlite"), quiet());
        QVERIFY(store.openNow().ok());
        QVERIFY(store.saveInventory(sample(10)).ok());
        Inventory next = sample(4, QStringLiteral("新插座"));
        next.thingModels.clear(); // tsl/get failed this time
        QVERIFY(store.saveInventory(next).ok());
        auto inv = store.inventory();
        QCOMPARE(inv->devices.size(), 4);
        QCOMPARE(inv->products[0].name, QString("新插座"));
        QCOMPARE(inv->thingModels.size(), 1);
        next.products.removeFirst(); // pk1 left the project
        QVERIFY(store.saveInventory(next).ok());
        inv = store.inventory();
        QCOMPARE(inv->products.size(), 1);
        QCOMPARE(inv->thingModels.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "tst_inventorycache.moc"
