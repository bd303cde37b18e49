#include "alertrule.h"

#include "thingmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace linkscope {

namespace {

struct KindName {
    AlertKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {AlertKind::Offline, "offline"},
    {AlertKind::Silent, "silent"},
    {AlertKind::PropertyAbove, "property-above"},
    {AlertKind::PropertyBelow, "property-below"},
    {AlertKind::PropertyOutside, "property-outside"},
    {AlertKind::PropertyEquals, "property-equals"},
    {AlertKind::PropertyChanges, "property-changes"},
    {AlertKind::Event, "event"},
    {AlertKind::ReplyError, "reply-error"},
    {AlertKind::Flapping, "flapping"},
};

constexpr qint64 kDefaultHoldMs = 5 * 60'000; // occurrences stay firing this long

// The fields every rule may have, plus each kind's own: anything else is a typo.
const QSet<QString> &knownFields()
{
    static const QSet<QString> fields {
        QStringLiteral("name"),       QStringLiteral("kind"),    QStringLiteral("severity"),
        QStringLiteral("scope"),      QStringLiteral("for"),     QStringLiteral("property"),
        QStringLiteral("threshold"),  QStringLiteral("min"),     QStringLiteral("max"),
        QStringLiteral("hysteresis"), QStringLiteral("value"),   QStringLiteral("eventType"),
        QStringLiteral("identifier"), QStringLiteral("changes"), QStringLiteral("within"),
        QStringLiteral("enabled"),    QStringLiteral("comment"),
    };
    return fields;
}

bool usesProperty(AlertKind k)
{
    return k == AlertKind::PropertyAbove || k == AlertKind::PropertyBelow || k == AlertKind::PropertyOutside
        || k == AlertKind::PropertyEquals || k == AlertKind::PropertyChanges;
}

Result<double> number(const QJsonObject &o, const char *field, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined())
        return Error {QStringLiteral("%1: \"%2\" is missing").arg(where, QLatin1String(field))};
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return Error {QStringLiteral("%1: \"%2\" must be a number").arg(where, QLatin1String(field))};
    return v.toDouble();
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString alertKindName(AlertKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QString();
}

std::optional<AlertKind> alertKindFromName(QStringView name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

std::optional<AlertSeverity> alertSeverityFromName(QStringView name)
{
    if (name == u"info")
        return AlertSeverity::Info;
    if (name == u"warning")
        return AlertSeverity::Warning;
    if (name == u"critical")
        return AlertSeverity::Critical;
    return std::nullopt;
}

Result<qint64> parseAlertDuration(const QJsonValue &value)
{
    const auto bad = [&] {
        return Error {QStringLiteral("a duration is a number of seconds or text such as \"30s\", \"2m\", "
                                     "\"1h\"")};
    };
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        QString t = value.toString().trimmed().toLower();
        double unit = 1;
        if (t.endsWith(u"ms")) {
            unit = 0.001;
            t.chop(2);
        } else if (t.endsWith(u's')) {
            t.chop(1);
        } else if (t.endsWith(u'm')) {
            unit = 60;
            t.chop(1);
        } else if (t.endsWith(u'h')) {
            unit = 3600;
            t.chop(1);
        } else if (t.endsWith(u'd')) {
            unit = 86400;
            t.chop(1);
        }
        bool ok = false;
        seconds = t.trimmed().toDouble(&ok) * unit;
        if (!ok)
            return bad();
    } else {
        return bad();
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 366.0 * 86400)
        return Error {QStringLiteral("a duration must be between 0 and a year")};
    return qint64(std::llround(seconds * 1000));
}

QString alertDurationText(qint64 ms)
{
    if (ms % 1000 != 0)
        return QStringLiteral("%1ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s != 0 && s % 3600 == 0)
        return QStringLiteral("%1h").arg(s / 3600);
    if (s != 0 && s % 60 == 0)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1s").arg(s);
}

bool AlertScope::matchesDevice(const DeviceKey &device) const
{
    return (productKey.isEmpty() || productKey == device.productKey)
        && (deviceName.isEmpty() || deviceName == device.deviceName);
}

bool AlertRule::isOccurrence() const
{
    return kind == AlertKind::Event || kind == AlertKind::ReplyError || kind == AlertKind::PropertyChanges;
}

Result<bool> AlertRule::validate() const
{
    const QString where = QStringLiteral("rule \"%1\"").arg(name);
    if (name.trimmed().isEmpty())
        return Error {QStringLiteral("a rule needs a name")};
    if (usesProperty(kind) && property.isEmpty())
        return Error {QStringLiteral("%1: %2 needs a \"property\"").arg(where, alertKindName(kind))};
    if (kind == AlertKind::PropertyOutside && !(min < max))
        return Error {QStringLiteral("%1: \"min\" must be below \"max\"").arg(where)};
    if (hysteresis < 0)
        return Error {QStringLiteral("%1: \"hysteresis\" cannot be negative").arg(where)};
    if (kind == AlertKind::PropertyOutside && 2 * hysteresis >= max - min)
        return Error {QStringLiteral("%1: a hysteresis of %2 leaves no room inside %3 … %4")
                          .arg(where, numberText(hysteresis), numberText(min), numberText(max))};
    if (kind == AlertKind::PropertyEquals && !value.isValid())
        return Error {QStringLiteral("%1: property-equals needs a \"value\"").arg(where)};
    if (kind == AlertKind::Event && !eventType && identifier.isEmpty())
        return Error {QStringLiteral("%1: an event rule needs \"eventType\" or \"identifier\"").arg(where)};
    if ((kind == AlertKind::Offline || kind == AlertKind::Silent) && forMs <= 0)
        return Error {QStringLiteral("%1: %2 needs \"for\" (how long)").arg(where, alertKindName(kind))};
    if (kind == AlertKind::Flapping && (changes < 2 || withinMs <= 0))
        return Error {QStringLiteral("%1: flapping needs \"changes\" (2 or more) and \"within\"").arg(where)};
    if (!scope.topic.isEmpty())
        if (auto f = TopicFilter::parse(scope.topic); !f)
            return Error {QStringLiteral("%1: scope topic: %2").arg(where, f.error())};
    return true;
}

Result<bool> AlertRule::checkAgainst(const QString &productKey, const ThingModel &model) const
{
    if (property.isEmpty() || model.isEmpty())
        return true;
    if (!scope.productKey.isEmpty() && scope.productKey != productKey)
        return true;
    const TslProperty *p = model.property(property);
    if (!p)
        return Error {QStringLiteral("rule \"%1\": product %2 has no property \"%3\" in its thing model")
                          .arg(name, productKey, property)};
    const bool numeric = kind == AlertKind::PropertyAbove || kind == AlertKind::PropertyBelow
        || kind == AlertKind::PropertyOutside;
    if (numeric && !p->dataType.isNumber() && p->dataType.type != TslType::Bool
        && p->dataType.type != TslType::Enum)
        return Error {QStringLiteral("rule \"%1\": property \"%2\" of product %3 is %4, not a number")
                          .arg(name, property, productKey, tslTypeName(p->dataType.type))};
    return true;
}

Result<bool> checkAlertRule(const AlertRule &rule, const QList<ThingModel> &models)
{
    if (rule.property.isEmpty())
        return true;
    bool known = false;
    QString firstProblem;
    for (const ThingModel &m : models) {
        if (m.isEmpty())
            continue;
        if (!rule.scope.productKey.isEmpty()) {
            if (m.productKey == rule.scope.productKey)
                return rule.checkAgainst(m.productKey, m);
            continue;
        }
        known = true;
        const auto ok = rule.checkAgainst(m.productKey, m);
        if (ok)
            return true;
        if (firstProblem.isEmpty())
            firstProblem = ok.error();
    }
    if (!known)
        return true;
    return Error {firstProblem.contains(u"not a number")
                      ? firstProblem
                      : QStringLiteral("rule \"%1\": no product's thing model has a property \"%2\"")
                            .arg(rule.name, rule.property)};
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name},
                   {QStringLiteral("kind"), alertKindName(kind)},
                   {QStringLiteral("severity"), alertSeverityName(severity)}};
    QJsonObject s;
    if (!scope.productKey.isEmpty())
        s.insert(QStringLiteral("productKey"), scope.productKey);
    if (!scope.deviceName.isEmpty())
        s.insert(QStringLiteral("deviceName"), scope.deviceName);
    if (!scope.topic.isEmpty())
        s.insert(QStringLiteral("topic"), scope.topic);
    if (!s.isEmpty())
        o.insert(QStringLiteral("scope"), s);
    if (forMs > 0)
        o.insert(QStringLiteral("for"), alertDurationText(forMs));
    if (!property.isEmpty())
        o.insert(QStringLiteral("property"), property);
    switch (kind) {
    case AlertKind::PropertyAbove:
    case AlertKind::PropertyBelow:
        o.insert(QStringLiteral("threshold"), threshold);
        break;
    case AlertKind::PropertyOutside:
        o.insert(QStringLiteral("min"), min);
        o.insert(QStringLiteral("max"), max);
        break;
    case AlertKind::PropertyEquals:
        o.insert(QStringLiteral("value"), QJsonValue::fromVariant(value));
        break;
    case AlertKind::Event:
        if (eventType)
            o.insert(QStringLiteral("eventType"), eventTypeName(*eventType));
        if (!identifier.isEmpty())
            o.insert(QStringLiteral("identifier"), identifier);
        break;
    case AlertKind::Flapping:
        o.insert(QStringLiteral("changes"), changes);
        o.insert(QStringLiteral("within"), alertDurationText(withinMs));
        break;
    default:
        break;
    }
    if (hysteresis > 0)
        o.insert(QStringLiteral("hysteresis"), hysteresis);
    if (!enabled)
        o.insert(QStringLiteral("enabled"), false);
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    return o;
}

Result<AlertRule> alertRuleFromJson(const QJsonObject &o, const QString &where)
{
    AlertRule r;
    r.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (r.name.isEmpty())
        return Error {QStringLiteral("%1: \"name\" is missing").arg(where)};
    const QString at = QStringLiteral("%1 (\"%2\")").arg(where, r.name);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownFields().contains(it.key()))
            return Error {QStringLiteral("%1: unknown field \"%2\"").arg(at, it.key())};
    const QString kindName = o.value(QStringLiteral("kind")).toString();
    const auto kind = alertKindFromName(kindName);
    if (!kind)
        return Error {QStringLiteral("%1: unknown kind \"%2\" (offline, silent, property-above, "
                                     "property-below, property-outside, property-equals, property-changes, "
                                     "event, reply-error, flapping)")
                          .arg(at, kindName)};
    r.kind = *kind;
    if (const QJsonValue s = o.value(QStringLiteral("severity")); !s.isUndefined()) {
        const auto severity = alertSeverityFromName(s.toString());
        if (!severity)
            return Error {QStringLiteral("%1: severity is info, warning or critical").arg(at)};
        r.severity = *severity;
    }
    if (const QJsonValue s = o.value(QStringLiteral("scope")); !s.isUndefined()) {
        if (!s.isObject())
            return Error {QStringLiteral("%1: \"scope\" must be an object").arg(at)};
        const QJsonObject so = s.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            if (it.key() != u"productKey" && it.key() != u"deviceName" && it.key() != u"topic")
                return Error {QStringLiteral("%1: unknown scope field \"%2\" (productKey, deviceName, topic)")
                                  .arg(at, it.key())};
            if (!it.value().isString())
                return Error {QStringLiteral("%1: scope \"%2\" must be text").arg(at, it.key())};
        }
        r.scope.productKey = so.value(QStringLiteral("productKey")).toString();
        r.scope.deviceName = so.value(QStringLiteral("deviceName")).toString();
        r.scope.topic = so.value(QStringLiteral("topic")).toString();
    }
    if (const QJsonValue f = o.value(QStringLiteral("for")); !f.isUndefined()) {
        const auto ms = parseAlertDuration(f);
        if (!ms)
            return Error {QStringLiteral("%1: \"for\": %2").arg(at, ms.error())};
        r.forMs = *ms;
    } else if (r.isOccurrence()) {
        r.forMs = kDefaultHoldMs;
    }
    r.property = o.value(QStringLiteral("property")).toString();
    switch (r.kind) {
    case AlertKind::PropertyAbove:
    case AlertKind::PropertyBelow: {
        const auto t = number(o, "threshold", at);
        if (!t)
            return Error {t.error()};
        r.threshold = *t;
        break;
    }
    case AlertKind::PropertyOutside: {
        const auto lo = number(o, "min", at);
        if (!lo)
            return Error {lo.error()};
        const auto hi = number(o, "max", at);
        if (!hi)
            return Error {hi.error()};
        r.min = *lo;
        r.max = *hi;
        break;
    }
    case AlertKind::PropertyEquals: {
        const QJsonValue v = o.value(QStringLiteral("value"));
        if (v.isUndefined() || v.isNull())
            return Error {QStringLiteral("%1: \"value\" is missing").arg(at)};
        r.value = v.toVariant();
        break;
    }
    case AlertKind::Event:
        if (const QJsonValue t = o.value(QStringLiteral("eventType")); !t.isUndefined()) {
            const QString n = t.toString();
            if (n == u"info")
                r.eventType = EventType::Info;
            else if (n == u"alert")
                r.eventType = EventType::Alert;
            else if (n == u"error")
                r.eventType = EventType::Error;
            else
                return Error {QStringLiteral("%1: eventType is info, alert or error").arg(at)};
        }
        r.identifier = o.value(QStringLiteral("identifier")).toString();
        break;
    case AlertKind::Flapping: {
        const auto k = number(o, "changes", at);
        if (!k)
            return Error {k.error()};
        if (*k != std::floor(*k) || *k < 2 || *k > 1e6)
            return Error {QStringLiteral("%1: \"changes\" must be a whole number, 2 or more").arg(at)};
        r.changes = int(*k);
        const QJsonValue w = o.value(QStringLiteral("within"));
        if (w.isUndefined())
            return Error {QStringLiteral("%1: \"within\" is missing").arg(at)};
        const auto ms = parseAlertDuration(w);
        if (!ms)
            return Error {QStringLiteral("%1: \"within\": %2").arg(at, ms.error())};
        r.withinMs = *ms;
        break;
    }
    default:
        break;
    }
    if (const QJsonValue e = o.value(QStringLiteral("enabled")); !e.isUndefined()) {
        if (!e.isBool())
            return Error {QStringLiteral("%1: \"enabled\" is true or false").arg(at)};
        r.enabled = e.toBool();
    }
    r.comment = o.value(QStringLiteral("comment")).toString();
    if (const QJsonValue h = o.value(QStringLiteral("hysteresis")); !h.isUndefined()) {
        const auto v = number(o, "hysteresis", at);
        if (!v)
            return Error {v.error()};
        r.hysteresis = *v;
    }
    if (auto ok = r.validate(); !ok)
        return Error {QStringLiteral("%1: %2").arg(where, ok.error())};
    return r;
}

Result<QList<AlertRule>> parseAlertRules(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error {QStringLiteral("not JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject() || !doc.object().value(QStringLiteral("rules")).isArray())
        return Error {QStringLiteral("a rules file is an object with a \"rules\" array")};
    const QJsonArray array = doc.object().value(QStringLiteral("rules")).toArray();
    QList<AlertRule> rules;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rule %1").arg(i + 1);
        if (!array[i].isObject())
            return Error {QStringLiteral("%1: a rule is an object").arg(where)};
        auto rule = alertRuleFromJson(array[i].toObject(), where);
        if (!rule)
            return Error {rule.error()};
        if (names.contains(rule->name))
            return Error {QStringLiteral("%1: another rule is named \"%2\" already").arg(where, rule->name)};
        names.insert(rule->name);
        rules << std::move(rule).value();
    }
    return rules;
}

QByteArray alertRulesToJson(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &r : rules)
        array.append(r.toJson());
    return QJsonDocument(QJsonObject {{QStringLiteral("rules"), array}}).toJson(QJsonDocument::Indented);
}

} // namespace linkscope
