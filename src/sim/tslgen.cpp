#include "tslgen.h"

#include "thingmodels_p.h"

#include <QJsonArray>

#include <cmath>

namespace linkscope::sim {

using namespace detail;

namespace {

// Alibaba's exports write spec numbers as strings.
QString specNumber(double v)
{
    return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v);
}

QJsonObject numberType(const char *type, double min, double max, double step, const QString &unit,
                       const QString &unitName)
{
    QJsonObject specs {{QStringLiteral("min"), specNumber(min)},
                       {QStringLiteral("max"), specNumber(max)},
                       {QStringLiteral("step"), specNumber(step)}};
    if (!unit.isEmpty()) {
        specs.insert(QStringLiteral("unit"), unit);
        specs.insert(QStringLiteral("unitName"), unitName);
    }
    return {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("specs"), specs}};
}

QJsonObject labelType(const char *type, const QStringList &labels, int first = 0)
{
    QJsonObject specs;
    for (int i = 0; i < labels.size(); ++i)
        specs.insert(QString::number(first + i), labels[i]);
    return {{QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("specs"), specs}};
}

QJsonObject field(const QString &identifier, const QString &name, const QJsonObject &dataType)
{
    return {{QStringLiteral("identifier"), identifier},
            {QStringLiteral("name"), name},
            {QStringLiteral("dataType"), dataType}};
}

QJsonObject scalarType(const PropertySpec &p)
{
    const double lo = std::isnan(p.specMin) ? p.min : p.specMin;
    const double hi = std::isnan(p.specMax) ? p.max : p.specMax;
    switch (p.type) {
    case PropertySpec::Bool:
        return labelType("bool", {QString::fromUtf8(p.labels[0]), QString::fromUtf8(p.labels[1])});
    case PropertySpec::Enum: {
        QStringList labels;
        for (const char *l : p.labels)
            if (l)
                labels << QString::fromUtf8(l);
        return labelType("enum", labels);
    }
    case PropertySpec::Int:
        return numberType("int", lo, hi, 1, QString::fromUtf8(p.unit), QString::fromUtf8(p.unitName));
    case PropertySpec::Double:
        return numberType("double", lo, hi, 0.1, QString::fromUtf8(p.unit), QString::fromUtf8(p.unitName));
    }
    return {};
}

QJsonObject property(const QString &identifier, const QString &name, const char *access,
                     const QJsonObject &type)
{
    QJsonObject o = field(identifier, name, type);
    o.insert(QStringLiteral("accessMode"), QLatin1String(access));
    o.insert(QStringLiteral("required"), false);
    return o;
}

QJsonArray eventOutput(const EventSpec &e)
{
    if (QLatin1String(e.identifier) == u"DoorOpenNotification")
        return {field(QStringLiteral("KeyID"), QStringLiteral("钥匙编号"),
                      {{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("specs"),
                        QJsonObject {{QStringLiteral("length"), QStringLiteral("16")}}}}),
                field(QStringLiteral("LockType"), QStringLiteral("开锁方式"),
                      labelType("enum",
                                {QStringLiteral("指纹"), QStringLiteral("密码"), QStringLiteral("门卡"),
                                 QStringLiteral("钥匙")},
                                1))};
    if (QLatin1String(e.type) == u"error")
        return {field(QStringLiteral("ErrorCode"), QStringLiteral("故障代码"),
                      numberType("int", 1, 20, 1, QString(), QString()))};
    return {field(
        QStringLiteral("Level"), QStringLiteral("级别"),
        labelType("enum", {QStringLiteral("一般"), QStringLiteral("重要"), QStringLiteral("紧急")}, 1))};
}

} // namespace

QJsonObject productTsl(const SimProduct &product)
{
    const ProductModel &m = kModels[size_t(product.model) % kModels.size()];
    QJsonArray properties;
    for (const PropertySpec &p : m.properties)
        properties.append(
            property(QLatin1String(p.name), QString::fromUtf8(p.displayName), p.accessMode, scalarType(p)));
    // Every model's array: the recent values of one of its properties.
    const PropertySpec &first = m.properties[size_t(m.historyOf)];
    properties.append(property(QLatin1String(m.historyName), QString::fromUtf8(m.historyDisplayName), "r",
                               {{QStringLiteral("type"), QStringLiteral("array")},
                                {QStringLiteral("specs"),
                                 QJsonObject {{QStringLiteral("size"), QString::number(kHistoryLength)},
                                              {QStringLiteral("item"), scalarType(first)}}}}));
    // Every model's struct: how it is connected.
    const QJsonArray network {
        field(QStringLiteral("SSID"), QStringLiteral("网络名称"),
              {{QStringLiteral("type"), QStringLiteral("text")},
               {QStringLiteral("specs"), QJsonObject {{QStringLiteral("length"), QStringLiteral("32")}}}}),
        field(QStringLiteral("Channel"), QStringLiteral("信道"),
              numberType("int", 1, 13, 1, QString(), QString())),
        field(QStringLiteral("RSSI"), QStringLiteral("信号强度"), scalarType(kRssi)),
    };
    properties.append(
        property(QStringLiteral("NetworkInfo"), QStringLiteral("网络信息"), "r",
                 {{QStringLiteral("type"), QStringLiteral("struct")}, {QStringLiteral("specs"), network}}));
    if (m.hsvColor) {
        const QJsonArray members {
            field(QStringLiteral("Hue"), QStringLiteral("色调"),
                  numberType("int", 0, 360, 1, QStringLiteral("°"), QStringLiteral("度"))),
            field(QStringLiteral("Saturation"), QStringLiteral("饱和度"),
                  numberType("int", 0, 100, 1, QStringLiteral("%"), QStringLiteral("百分比"))),
            field(QStringLiteral("Value"), QStringLiteral("明度"),
                  numberType("int", 0, 100, 1, QStringLiteral("%"), QStringLiteral("百分比"))),
        };
        properties.append(property(
            QStringLiteral("HSVColor"), QStringLiteral("颜色"), "rw",
            {{QStringLiteral("type"), QStringLiteral("struct")}, {QStringLiteral("specs"), members}}));
    }
    QJsonArray events;
    for (const EventSpec &e : m.events)
        events.append(QJsonObject {{QStringLiteral("identifier"), QLatin1String(e.identifier)},
                                   {QStringLiteral("name"), QString::fromUtf8(e.name)},
                                   {QStringLiteral("type"), QLatin1String(e.type)},
                                   {QStringLiteral("required"), false},
                                   {QStringLiteral("method"),
                                    QStringLiteral("thing.event.%1.post").arg(QLatin1String(e.identifier))},
                                   {QStringLiteral("outputData"), eventOutput(e)}});
    const QJsonArray services {QJsonObject {
        {QStringLiteral("identifier"), QStringLiteral("Reboot")},
        {QStringLiteral("name"), QStringLiteral("重启")},
        {QStringLiteral("callType"), QStringLiteral("async")},
        {QStringLiteral("required"), false},
        {QStringLiteral("method"), QStringLiteral("thing.service.Reboot")},
        {QStringLiteral("inputData"),
         QJsonArray {field(QStringLiteral("delay"), QStringLiteral("延时"),
                           numberType("int", 0, 60, 1, QStringLiteral("s"), QStringLiteral("秒")))}},
        {QStringLiteral("outputData"), QJsonArray {}}}};
    return {{QStringLiteral("schema"), QStringLiteral("http://aliyun/iot/thing/desc/schema")},
            {QStringLiteral("profile"), QJsonObject {{QStringLiteral("productKey"), product.productKey}}},
            {QStringLiteral("link"), QStringLiteral("/sys/%1/{deviceName}/thing/").arg(product.productKey)},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("events"), events},
            {QStringLiteral("services"), services}};
}

QStringList productPropertyIds(const SimProduct &product)
{
    QStringList out;
    for (const QJsonValue &p : productTsl(product).value(u"properties").toArray())
        out << p.toObject().value(u"identifier").toString();
    return out;
}

} // namespace linkscope::sim
