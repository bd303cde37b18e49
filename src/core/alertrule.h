#pragma once

// Alert rules: what a user asks to be told about (issue 17). The rules file
// is a contract people write by hand (docs/FORMATS.md, "Alert rules"):
//   {"rules":[{"name":"Hot plug","kind":"property-above","property":"RealTimePower",
//              "threshold":1500,"for":"10s","hysteresis":50,"severity":"critical",
//              "scope":{"productKey":"a1…"}}, {"name":"Gone","kind":"offline","for":"2m"}]}

#include "devicekey.h"
#include "messages.h"
#include "result.h"
#include "topicfilter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace linkscope {

class ThingModel;

enum class AlertKind : quint8 {
    Offline,
    Silent,
    PropertyAbove,
    PropertyBelow,
    PropertyOutside,
    PropertyEquals,
    PropertyChanges,
    Event,
    ReplyError,
    Flapping,
};

enum class AlertSeverity : quint8 { Info, Warning, Critical };

QString alertKindName(AlertKind kind); // as in the rules file: "property-above"
std::optional<AlertKind> alertKindFromName(QStringView name);
QString alertSeverityName(AlertSeverity severity); // "info", "warning", "critical"
std::optional<AlertSeverity> alertSeverityFromName(QStringView name);

// "30s", "2m", "1h", "1.5h" or a number of seconds, to milliseconds.
Result<qint64> parseAlertDuration(const QJsonValue &value);
// The shortest of those forms that says `ms` exactly.
QString alertDurationText(qint64 ms);

// Which devices and messages a rule looks at. Empty fields match all.
struct AlertScope {
    QString productKey;
    QString deviceName;
    QString topic; // a topic filter (`+`, `#`), matched against each message's topic

    bool matchesDevice(const DeviceKey &device) const;
    bool isEverything() const { return productKey.isEmpty() && deviceName.isEmpty() && topic.isEmpty(); }
    friend bool operator==(const AlertScope &, const AlertScope &) = default;
};

struct AlertRule {
    QString name;
    bool enabled = true; // a disabled rule stays in the file and evaluates nothing
    QString comment;
    AlertKind kind = AlertKind::Offline;
    AlertSeverity severity = AlertSeverity::Warning;
    AlertScope scope;
    // offline, silent, property-above/below/outside/equals: how long the
    // condition must hold before the alert fires. event, reply-error,
    // property-changes: how long an alert stays firing after its last
    // occurrence (default 5 minutes).
    qint64 forMs = 0;
    QString property; // property-*; silent: optional (no value of it)
    double threshold = 0; // property-above, property-below
    double min = 0, max = 0; // property-outside
    double hysteresis = 0; // property-above/below/outside: clears only this far back inside
    QVariant value; // property-equals
    std::optional<EventType> eventType; // event
    QString identifier; // event
    int changes = 0; // flapping: this many status changes …
    qint64 withinMs = 0; // … within this long

    // The fields the kind uses, checked; the reason names the rule.
    Result<bool> validate() const;
    // Refused when it names a property the product's thing model lacks.
    Result<bool> checkAgainst(const QString &productKey, const ThingModel &model) const;
    // True for kinds that fire on an occurrence rather than a lasting condition.
    bool isOccurrence() const;

    QJsonObject toJson() const;
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

// Against every known thing model: a rule scoped to a product must fit that
// product's model; one for every product must name a property some model
// has. Nothing known yet: accepted.
Result<bool> checkAlertRule(const AlertRule &rule, const QList<ThingModel> &models);

// Parses one rule; `where` prefixes the reason ("rule 3").
Result<AlertRule> alertRuleFromJson(const QJsonObject &object, const QString &where);

// The whole file: {"rules":[…]}. Every rule is checked, disabled ones too;
// names are unique.
Result<QList<AlertRule>> parseAlertRules(const QByteArray &json);
QByteArray alertRulesToJson(const QList<AlertRule> &rules);

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::AlertRule)
