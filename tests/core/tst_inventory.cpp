#include "core/inventory.h"

#include <QtTest>

using namespace linkscope;

class TestInventory : public QObject {
    Q_OBJECT

private slots:
    void statusCodesAreTheDocumentedOnes()
    {
        QCOMPARE(deviceStatusFromCode(0), DeviceStatus::Inactive);
        QCOMPARE(deviceStatusFromCode(1), DeviceStatus::Online);
        QCOMPARE(deviceStatusFromCode(3), DeviceStatus::Offline);
        QCOMPARE(deviceStatusFromCode(8), DeviceStatus::Disabled);
        QCOMPARE(deviceStatusFromCode(2), DeviceStatus::Unknown);
        QCOMPARE(deviceStatusName(DeviceStatus::Disabled), QString("disabled"));
    }

    void catalogFindsNamesModelsAndDevices()
    {
        Inventory inv;
        inv.products = {{"pk1", "智能插座", "DEVICE", "ALINK_FORMAT", 0}, {"pk2", "Lamp", "DEVICE", "", 0}};
        DeviceInfo d;
        d.device = {"pk1", "plug001", "iot1"};
        d.nickname = "客厅插座";
        d.status = DeviceStatus::Offline;
        inv.devices = {d};
        auto model = parseThingModel(R"({"properties":[{"identifier":"P","name":"功率",)"
                                     R"("dataType":{"type":"double","specs":{"unit":"W"}}}],)"
                                     R"("events":[{"identifier":"E","name":"过载","type":"alert"}]})");
        QVERIFY(model);
        ThingModel m = *model;
        m.productKey = "pk1";
        inv.thingModels = {m};
        const ThingCatalog catalog(inv);
        QCOMPARE(catalog.productName("pk1"), QString("智能插座"));
        QCOMPARE(catalog.productName("nope"), QString());
        QCOMPARE(catalog.property("pk1", "P")->dataType.unit, QString("W"));
        QVERIFY(!catalog.property("pk2", "P"));
        QCOMPARE(catalog.event("pk1", "E")->name, QString("过载"));
        QCOMPARE(catalog.device({"pk1", "plug001", {}})->nickname, QString("客厅插座")); // iotId not needed
        QVERIFY(!catalog.device({"pk1", "plug002", {}}));
        // A copy of the catalog (what the views share) answers the same.
        const auto shared = std::make_shared<const ThingCatalog>(catalog);
        QCOMPARE(shared->property("pk1", "P")->name, QString("功率"));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
