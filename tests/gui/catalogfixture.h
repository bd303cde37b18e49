#pragma once

// Test helper: a small inventory with a thing model, as the cloud API gives
// it: product pk1 "智能插座" (a switch, a power in W, a mode, an event),
// three devices (one never activated, one with a nickname).

#include "core/inventory.h"

#include <QFile>

namespace catalogfixture {

using namespace linkscope;

inline ThingModel plugModel()
{
    auto m = parseThingModel(
        "{\"properties\":["
        "{\"identifier\":\"PowerSwitch\",\"name\":\"电源开关\",\"dataType\":{\"type\":\"bool\",\"specs\":{"
        "\"0\":\"关闭\",\"1\":\"开启\"}}},"
        "{\"identifier\":\"RealTimePower\",\"name\":\"实时功率\",\"dataType\":{\"type\":\"double\",\"specs\":"
        "{\"min\":\"0\",\"max\":\"2500\",\"step\":\"0.1\",\"unit\":\"W\",\"unitName\":\"瓦特\"}}},"
        "{\"identifier\":\"Mode\",\"name\":\"模式\",\"dataType\":{\"type\":\"enum\",\"specs\":{\"0\":"
        "\"自动\",\"1\":\"手动\"}}}],"
        "\"events\":[{\"identifier\":\"OverloadAlarm\",\"name\":\"过载报警\",\"type\":\"alert\","
        "\"outputData\":"
        "[{\"identifier\":\"Level\",\"name\":\"级别\",\"dataType\":{\"type\":\"enum\",\"specs\":{\"1\":"
        "\"一般\",\"2\":\"重要\"}}}]}],"
        "\"services\":[{\"identifier\":\"Reboot\",\"name\":\"重启\",\"callType\":\"async\"}]}");
    ThingModel model = *m;
    model.productKey = QStringLiteral("pk1");
    return model;
}

inline DeviceInfo device(const QString &dn, DeviceStatus status, const QString &nickname = {})
{
    DeviceInfo d;
    d.device = {QStringLiteral("pk1"), dn, QStringLiteral("iot-") + dn};
    d.status = status;
    d.nickname = nickname;
    return d;
}

inline Inventory inventory()
{
    Inventory inv;
    inv.products = {{QStringLiteral("pk1"), QStringLiteral("智能插座"), QStringLiteral("DEVICE"), {}, 0}};
    inv.devices = {device(QStringLiteral("plug001"), DeviceStatus::Online, QStringLiteral("客厅插座")),
                   device(QStringLiteral("plug002"), DeviceStatus::Offline),
                   device(QStringLiteral("plug-idle"), DeviceStatus::Inactive)};
    inv.thingModels = {plugModel()};
    inv.fetchedAt = 1;
    return inv;
}

inline CatalogPtr catalog()
{
    return std::make_shared<const ThingCatalog>(inventory());
}

} // namespace catalogfixture
