#include "thingmodel.h"

#include "propertyvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace linkscope {

namespace {

TslType typeFromName(const QString &name)
{
    static const QHash<QString, TslType> types = {
        {QStringLiteral("int"), TslType::Int},       {QStringLiteral("float"), TslType::Float},
        {QStringLiteral("double"), TslType::Double}, {QStringLiteral("text"), TslType::Text},
        {QStringLiteral("date"), TslType::Date},     {QStringLiteral("bool"), TslType::Bool},
        {QStringLiteral("enum"), TslType::Enum},     {QStringLiteral("struct"), TslType::Struct},
        {QStringLiteral("array"), TslType::Array},
    };
    return types.value(name.trimmed().toLower(), TslType::Unknown);
}

// A spec value: "-40" and -40 alike.
std::optional<double> specNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString defaultNumber(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 12);
}

std::vector<TslField> readFields(const QJsonValue &v, const QString &where, QString *error);

TslDataType readType(const QJsonValue &v, const QString &where, QString *error)
{
    TslDataType t;
    const QJsonObject o = v.toObject();
    t.type = typeFromName(o.value(u"type").toString());
    const QJsonValue specs = o.value(u"specs");
    switch (t.type) {
    case TslType::Int:
    case TslType::Float:
    case TslType::Double: {
        const QJsonObject s = specs.toObject();
        t.min = specNumber(s.value(u"min"));
        t.max = specNumber(s.value(u"max"));
        t.step = specNumber(s.value(u"step"));
        t.unit = s.value(u"unit").toString();
        t.unitName = s.value(u"unitName").toString();
        if (t.min && t.max && *t.min > *t.max)
            *error = QStringLiteral("%1: min %2 is above max %3").arg(where).arg(*t.min).arg(*t.max);
        break;
    }
    case TslType::Text:
        t.length = int(specNumber(specs.toObject().value(u"length")).value_or(0));
        break;
    case TslType::Bool:
    case TslType::Enum: {
        const QJsonObject s = specs.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            bool ok = false;
            const qint64 key = it.key().trimmed().toLongLong(&ok);
            if (ok)
                t.labels.insert(key, it.value().toVariant().toString());
        }
        break;
    }
    case TslType::Struct:
        t.members = readFields(specs, where, error);
        break;
    case TslType::Array: {
        const QJsonObject s = specs.toObject();
        t.size = int(specNumber(s.value(u"size")).value_or(0));
        if (s.contains(u"item"))
            t.item = std::make_shared<TslDataType>(
                readType(s.value(u"item"), where + QStringLiteral("[]"), error));
        break;
    }
    case TslType::Date:
    case TslType::Unknown:
        break;
    }
    return t;
}

std::vector<TslField> readFields(const QJsonValue &v, const QString &where, QString *error)
{
    std::vector<TslField> out;
    for (const QJsonValue &f : v.toArray()) {
        const QJsonObject o = f.toObject();
        TslField field;
        field.identifier = o.value(u"identifier").toString();
        field.name = o.value(u"name").toString();
        field.dataType = readType(o.value(u"dataType"), where + u'.' + field.identifier, error);
        if (!field.identifier.isEmpty())
            out.push_back(std::move(field));
    }
    return out;
}

// A bool or enum key from whatever the device sent: 1, true, "1", 1.0.
std::optional<qint64> stateKey(const QVariant &value)
{
    const std::optional<double> n = propertyNumber(value);
    if (!n || *n != std::floor(*n))
        return std::nullopt;
    return qint64(*n);
}

} // namespace

QString tslTypeName(TslType type)
{
    switch (type) {
    case TslType::Int:
        return QStringLiteral("int");
    case TslType::Float:
        return QStringLiteral("float");
    case TslType::Double:
        return QStringLiteral("double");
    case TslType::Text:
        return QStringLiteral("text");
    case TslType::Date:
        return QStringLiteral("date");
    case TslType::Bool:
        return QStringLiteral("bool");
    case TslType::Enum:
        return QStringLiteral("enum");
    case TslType::Struct:
        return QStringLiteral("struct");
    case TslType::Array:
        return QStringLiteral("array");
    case TslType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const TslProperty *ThingModel::property(const QString &identifier) const
{
    const auto it = m_properties.constFind(identifier);
    return it == m_properties.cend() ? nullptr : &properties[*it];
}

const TslEvent *ThingModel::event(const QString &identifier) const
{
    const auto it = m_events.constFind(identifier);
    return it == m_events.cend() ? nullptr : &events[*it];
}

const TslService *ThingModel::service(const QString &identifier) const
{
    const auto it = m_services.constFind(identifier);
    return it == m_services.cend() ? nullptr : &services[*it];
}

void ThingModel::index()
{
    m_properties.clear();
    m_events.clear();
    m_services.clear();
    for (qsizetype i = 0; i < properties.size(); ++i)
        m_properties.insert(properties[i].identifier, i);
    for (qsizetype i = 0; i < events.size(); ++i)
        m_events.insert(events[i].identifier, i);
    for (qsizetype i = 0; i < services.size(); ++i)
        m_services.insert(services[i].identifier, i);
}

Result<ThingModel> thingModelFromJson(const QJsonValue &value)
{
    QJsonObject o;
    if (value.isString()) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return Error {QStringLiteral("the thing model is a string but not a JSON object (%1)")
                              .arg(e.error != QJsonParseError::NoError ? e.errorString()
                                                                       : QStringLiteral("not an object"))};
        o = doc.object();
    } else if (value.isObject()) {
        o = value.toObject();
    } else {
        return Error {QStringLiteral("the thing model is neither an object nor a JSON string")};
    }
    if (!o.contains(u"properties") && !o.contains(u"events") && !o.contains(u"services"))
        return Error {QStringLiteral("the thing model has no properties, events or services")};
    for (const char *list : {"properties", "events", "services"}) {
        const QJsonValue v = o.value(QLatin1String(list));
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            return Error {QStringLiteral("the thing model's \"%1\" is not a list").arg(QLatin1String(list))};
    }

    ThingModel m;
    QString error;
    m.productKey = o.value(u"profile").toObject().value(u"productKey").toString();
    for (const QJsonValue &pv : o.value(u"properties").toArray()) {
        const QJsonObject p = pv.toObject();
        TslProperty prop;
        prop.identifier = p.value(u"identifier").toString();
        if (prop.identifier.isEmpty())
            return Error {QStringLiteral("a property of the thing model has no identifier")};
        prop.name = p.value(u"name").toString();
        prop.accessMode = p.value(u"accessMode").toString();
        prop.required = p.value(u"required").toBool();
        prop.dataType = readType(p.value(u"dataType"), prop.identifier, &error);
        m.properties.append(std::move(prop));
    }
    for (const QJsonValue &ev : o.value(u"events").toArray()) {
        const QJsonObject e = ev.toObject();
        TslEvent event;
        event.identifier = e.value(u"identifier").toString();
        event.name = e.value(u"name").toString();
        event.type = e.value(u"type").toString();
        event.method = e.value(u"method").toString();
        event.outputData = readFields(e.value(u"outputData"), event.identifier, &error);
        if (!event.identifier.isEmpty())
            m.events.append(std::move(event));
    }
    for (const QJsonValue &sv : o.value(u"services").toArray()) {
        const QJsonObject s = sv.toObject();
        TslService service;
        service.identifier = s.value(u"identifier").toString();
        service.name = s.value(u"name").toString();
        service.callType = s.value(u"callType").toString();
        service.method = s.value(u"method").toString();
        service.inputData = readFields(s.value(u"inputData"), service.identifier, &error);
        service.outputData = readFields(s.value(u"outputData"), service.identifier, &error);
        if (!service.identifier.isEmpty())
            m.services.append(std::move(service));
    }
    if (!error.isEmpty())
        return Error {QStringLiteral("the thing model is inconsistent: %1").arg(error)};
    m.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    m.index();
    return m;
}

Result<ThingModel> parseThingModel(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError)
        return Error {
            QStringLiteral("the thing model is not JSON: %1 at byte %2").arg(e.errorString()).arg(e.offset)};
    if (doc.isObject())
        return thingModelFromJson(doc.object());
    return Error {QStringLiteral("the thing model is not a JSON object")};
}

std::optional<QString> tslLabel(const TslDataType &type, const QVariant &value)
{
    if (!type.isState())
        return std::nullopt;
    const std::optional<qint64> key = stateKey(value);
    if (!key)
        return std::nullopt;
    const auto it = type.labels.constFind(*key);
    if (it == type.labels.cend() || it->isEmpty())
        return std::nullopt;
    return *it;
}

QString tslValueText(const TslDataType &type, const QVariant &value,
                     const std::function<QString(double)> &number)
{
    const auto fmt = number ? number : defaultNumber;
    const auto raw = [&](const QVariant &v) {
        if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList)
            return QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact));
        if (v.isNull())
            return QStringLiteral("null");
        if (const auto n = propertyNumber(v); n && v.typeId() != QMetaType::QString)
            return fmt(*n);
        return v.toString();
    };
    switch (type.type) {
    case TslType::Bool:
    case TslType::Enum:
        if (const auto label = tslLabel(type, value))
            return *label;
        return raw(value);
    case TslType::Int:
    case TslType::Float:
    case TslType::Double:
        if (const auto n = propertyNumber(value))
            return type.unit.isEmpty() ? fmt(*n) : fmt(*n) + u' ' + type.unit;
        return raw(value);
    case TslType::Struct: {
        if (value.typeId() != QMetaType::QVariantMap)
            return raw(value);
        const QVariantMap map = value.toMap();
        QStringList parts;
        QSet<QString> shown;
        for (const TslField &f : type.members) {
            if (!map.contains(f.identifier))
                continue;
            shown.insert(f.identifier);
            parts << (f.name.isEmpty() ? f.identifier : f.name) + u' '
                    + tslValueText(f.dataType, map.value(f.identifier), fmt);
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!shown.contains(it.key()))
                parts << it.key() + u' ' + raw(it.value());
        return parts.join(QStringLiteral(", "));
    }
    case TslType::Array: {
        if (value.typeId() != QMetaType::QVariantList || !type.item)
            return raw(value);
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << tslValueText(*type.item, v, fmt);
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case TslType::Text:
    case TslType::Date:
    case TslType::Unknown:
        break;
    }
    return raw(value);
}

QString tslRangeText(const TslDataType &type, const std::function<QString(double)> &number)
{
    const auto fmt = number ? number : defaultNumber;
    if (!type.isNumber() || !type.min || !type.max)
        return {};
    QString s = fmt(*type.min) + QStringLiteral(" … ") + fmt(*type.max);
    if (!type.unit.isEmpty())
        s += u' ' + type.unit;
    return s;
}

} // namespace linkscope
