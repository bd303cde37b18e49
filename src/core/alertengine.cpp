#include "alertengine.h"

#include "messagejson.h"
#include "propertyvalue.h"
#include "valuecodec.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <tuple>

namespace linkscope {

namespace {

QString trackKey(const QString &rule, const DeviceKey &device)
{
    return rule + QChar(0) + device.id();
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString silenceText(const AlertRule &r)
{
    return r.property.isEmpty() ? QStringLiteral("no message for %1").arg(alertDurationText(r.forMs))
                                : QStringLiteral("no %1 for %2").arg(r.property, alertDurationText(r.forMs));
}

QString valueText(const QVariant &v)
{
    if (const auto n = propertyNumber(v); n && v.typeId() != QMetaType::QString)
        return number(*n);
    return QString::fromUtf8(valueToJson(v));
}

// JSON equality as a person means it: 1 equals 1.0 and true equals 1 only when both are numbers.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const auto x = propertyNumber(a);
    const auto y = propertyNumber(b);
    const bool aText = a.typeId() == QMetaType::QString;
    const bool bText = b.typeId() == QMetaType::QString;
    if (x && y && !aText && !bText)
        return *x == *y;
    return QJsonValue::fromVariant(a) == QJsonValue::fromVariant(b);
}

// One line for a person, made only when an alert fires or clears.
QString describe(const AlertRule &r, const QVariant &value, bool firing)
{
    if (r.kind == AlertKind::Offline)
        return value.toBool() ? QStringLiteral("online") : QStringLiteral("offline");
    const QString v = valueText(value);
    if (!firing)
        return QStringLiteral("%1 %2").arg(r.property, v);
    switch (r.kind) {
    case AlertKind::PropertyAbove:
        return QStringLiteral("%1 %2 > %3").arg(r.property, v, number(r.threshold));
    case AlertKind::PropertyBelow:
        return QStringLiteral("%1 %2 < %3").arg(r.property, v, number(r.threshold));
    case AlertKind::PropertyOutside:
        return QStringLiteral("%1 %2 outside %3 … %4").arg(r.property, v, number(r.min), number(r.max));
    case AlertKind::PropertyEquals:
        return QStringLiteral("%1 = %2").arg(r.property, v);
    default:
        return QStringLiteral("%1 %2").arg(r.property, v);
    }
}

} // namespace

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return QStringLiteral("firing");
    case AlertState::Cleared:
        return QStringLiteral("cleared");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return QString();
}

std::optional<AlertState> alertStateFromName(QStringView name)
{
    for (AlertState s : {AlertState::Firing, AlertState::Cleared, AlertState::Acknowledged})
        if (name == alertStateName(s))
            return s;
    return std::nullopt;
}

QJsonObject AlertTransition::toJson() const
{
    QJsonObject o {{QStringLiteral("rule"), rule},
                   {QStringLiteral("productKey"), device.productKey},
                   {QStringLiteral("deviceName"), device.deviceName},
                   {QStringLiteral("severity"), alertSeverityName(severity)},
                   {QStringLiteral("state"), alertStateName(state)},
                   {QStringLiteral("time"), time},
                   {QStringLiteral("value"), QJsonValue::fromVariant(value)}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

AlertEngine::AlertEngine(QList<AlertRule> rules) : m_rules(std::move(rules))
{
    parseTopics();
}

void AlertEngine::parseTopics()
{
    m_topics.clear();
    for (const AlertRule &r : std::as_const(m_rules)) {
        std::optional<TopicFilter> filter;
        if (!r.scope.topic.isEmpty())
            if (auto parsed = TopicFilter::parse(r.scope.topic))
                filter = *parsed;
        m_topics.push_back(std::move(filter));
    }
}

bool AlertEngine::inScope(qsizetype rule, const DeviceKey &device, QStringView topic) const
{
    const AlertScope &scope = m_rules[rule].scope;
    // A message that names no device (an unknown topic, a payload without
    // one) has nobody to alert about.
    if (!device.isValid() || !scope.matchesDevice(device))
        return false;
    const std::optional<TopicFilter> &filter = m_topics[size_t(rule)];
    return scope.topic.isEmpty() || (filter && filter->matches(topic));
}

void AlertEngine::setRules(QList<AlertRule> rules, qint64 now)
{
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        const QString &name = it->rule;
        const auto old = std::find_if(m_rules.cbegin(), m_rules.cend(),
                                      [&](const AlertRule &r) { return r.name == name; });
        const auto kept
            = std::find_if(rules.cbegin(), rules.cend(), [&](const AlertRule &r) { return r.name == name; });
        if (old != m_rules.cend() && kept != rules.cend() && *old == *kept) {
            ++it;
            continue;
        }
        if (it->phase == Phase::Firing && old != m_rules.cend())
            m_out << AlertTransition {name,
                                      old->severity,
                                      it->device,
                                      AlertState::Cleared,
                                      now,
                                      {},
                                      QStringLiteral("the rule was changed or removed")};
        it = m_tracks.erase(it);
    }
    m_rules = std::move(rules);
    parseTopics();
}

void AlertEngine::restore(const QList<ActiveAlert> &active, qint64 now)
{
    for (const ActiveAlert &a : active) {
        const auto rule = std::find_if(m_rules.cbegin(), m_rules.cend(),
                                       [&](const AlertRule &r) { return r.name == a.rule; });
        if (rule == m_rules.cend() || !rule->enabled)
            continue; // its rule is gone or off: nothing here would clear it
        Track &t = track(rule - m_rules.cbegin(), a.device);
        t.phase = Phase::Firing;
        t.firedAt = a.firedAt;
        t.since = a.firedAt;
        t.value = a.value;
        t.acknowledged = a.acknowledged;
        t.lastOccurrence = std::max(a.firedAt, now); // occurrences and silence: counted from now
        if (rule->kind == AlertKind::Flapping) // the changes before the restart are not known: as many, now
            t.changes.assign(size_t(rule->changes), now);
    }
}

AlertEngine::Track &AlertEngine::track(qsizetype rule, const DeviceKey &device)
{
    Track &t = m_tracks[trackKey(m_rules[rule].name, device)];
    if (t.rule.isEmpty()) {
        t.rule = m_rules[rule].name;
        t.device = device;
    }
    return t;
}

void AlertEngine::fire(qsizetype rule, Track &t, qint64 time, const QVariant &value, const QString &detail)
{
    t.phase = Phase::Firing;
    t.firedAt = time;
    t.value = value;
    t.acknowledged = false;
    const AlertRule &r = m_rules[rule];
    m_out << AlertTransition {r.name, r.severity, t.device, AlertState::Firing, time, value, detail};
}

void AlertEngine::clear(qsizetype rule, Track &t, qint64 time, const QVariant &value, const QString &detail)
{
    t.phase = Phase::Idle;
    t.acknowledged = false;
    const AlertRule &r = m_rules[rule];
    m_out << AlertTransition {r.name, r.severity, t.device, AlertState::Cleared, time, value, detail};
}

void AlertEngine::condition(qsizetype rule, Track &t, qint64 time, bool holds, bool cleared,
                            const QVariant &value)
{
    const qint64 forMs = m_rules[rule].forMs;
    switch (t.phase) {
    case Phase::Idle:
        if (!holds)
            return;
        t.phase = Phase::Pending;
        t.since = time;
        t.value = value;
        if (forMs <= 0)
            fire(rule, t, time, value, describe(m_rules[rule], value, true));
        return;
    case Phase::Pending:
        if (!holds) {
            // It held from `since` up to this value: long enough, it fired
            // then (whenever the tick would have come), and this may clear it.
            if (time - t.since >= forMs) {
                fire(rule, t, t.since + forMs, t.value, describe(m_rules[rule], t.value, true));
                if (cleared)
                    clear(rule, t, time, value, describe(m_rules[rule], value, false));
                return;
            }
            t.phase = Phase::Idle;
            return;
        }
        t.value = value;
        if (time - t.since >= forMs)
            fire(rule, t, t.since + forMs, value, describe(m_rules[rule], value, true));
        return;
    case Phase::Firing:
        if (cleared)
            clear(rule, t, time, value, describe(m_rules[rule], value, false));
        else if (holds)
            t.value = value;
        return;
    }
}

void AlertEngine::occurrence(qsizetype rule, Track &t, qint64 time, const QVariant &value,
                             const QString &detail)
{
    const qint64 holdMs = m_rules[rule].forMs;
    if (t.phase == Phase::Firing && time - t.lastOccurrence >= holdMs) // it had gone quiet: cleared then
        clear(rule, t, t.lastOccurrence + holdMs, {},
              QStringLiteral("nothing more for %1").arg(alertDurationText(holdMs)));
    t.lastOccurrence = std::max(t.lastOccurrence, time);
    if (t.phase == Phase::Firing) {
        t.value = value;
        return;
    }
    fire(rule, t, time, value, detail);
}

void AlertEngine::seen(const DeviceKey &device, QStringView topic, const QString &attribute, qint64 time)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const AlertRule &r = m_rules[i];
        if (!r.enabled || r.kind != AlertKind::Silent || !inScope(i, device, topic))
            continue;
        if (!r.property.isEmpty() && r.property != attribute)
            continue;
        Track &t = track(i, device);
        // Silent for long enough before this message (whenever the tick came): it fired then.
        if (t.phase != Phase::Firing && t.lastOccurrence > 0 && time - t.lastOccurrence >= r.forMs)
            fire(i, t, t.lastOccurrence + r.forMs, {}, silenceText(r));
        t.lastOccurrence = std::max(t.lastOccurrence, time);
        if (t.phase == Phase::Firing)
            clear(i, t, time, {}, QStringLiteral("heard from again"));
    }
}

void AlertEngine::onProperties(const QList<PropertyReport> &reports)
{
    QString lastMessage;
    for (const PropertyReport &p : reports) {
        if (p.history)
            continue; // values from the past: history, not the present state
        const qint64 at = p.meta.receivedAt;
        if (p.meta.messageId != lastMessage) { // a post's first report stands for the message
            lastMessage = p.meta.messageId;
            seen(p.device, p.meta.topic, QString(), at);
        }
        seen(p.device, p.meta.topic, p.attribute, at);
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            const AlertRule &r = m_rules[i];
            if (!r.enabled || r.property != p.attribute || r.kind == AlertKind::Silent
                || !inScope(i, p.device, p.meta.topic))
                continue;
            // Nothing here builds text: a value that changes no state costs a comparison.
            const auto n = propertyNumber(p.value);
            switch (r.kind) {
            case AlertKind::PropertyAbove:
                if (n)
                    condition(i, track(i, p.device), at, *n > r.threshold, *n <= r.threshold - r.hysteresis,
                              p.value);
                break;
            case AlertKind::PropertyBelow:
                if (n)
                    condition(i, track(i, p.device), at, *n < r.threshold, *n >= r.threshold + r.hysteresis,
                              p.value);
                break;
            case AlertKind::PropertyOutside:
                if (n)
                    condition(i, track(i, p.device), at, *n < r.min || *n > r.max,
                              *n >= r.min + r.hysteresis && *n <= r.max - r.hysteresis, p.value);
                break;
            case AlertKind::PropertyEquals: {
                const bool same = sameValue(p.value, r.value);
                condition(i, track(i, p.device), at, same, !same, p.value);
                break;
            }
            case AlertKind::PropertyChanges: {
                Track &t = track(i, p.device);
                if (t.hasLast && !sameValue(t.last, p.value))
                    occurrence(
                        i, t, at, p.value,
                        QStringLiteral("%1 %2 → %3").arg(r.property, valueText(t.last), valueText(p.value)));
                t.hasLast = true;
                t.last = p.value;
                break;
            }
            default:
                break;
            }
        }
    }
}

void AlertEngine::onEvents(const QList<DeviceEvent> &events)
{
    for (const DeviceEvent &e : events) {
        const qint64 at = e.meta.receivedAt;
        seen(e.device, e.meta.topic, QString(), at);
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            const AlertRule &r = m_rules[i];
            if (!r.enabled || r.kind != AlertKind::Event || !inScope(i, e.device, e.meta.topic))
                continue;
            if ((r.eventType && *r.eventType != e.type)
                || (!r.identifier.isEmpty() && r.identifier != e.identifier))
                continue;
            occurrence(i, track(i, e.device), at, QVariant(e.value),
                       QStringLiteral("%1 event %2").arg(eventTypeName(e.type), e.identifier));
        }
    }
}

void AlertEngine::onReplies(const QList<ServiceReply> &replies)
{
    for (const ServiceReply &s : replies) {
        const qint64 at = s.meta.receivedAt;
        seen(s.device, s.meta.topic, QString(), at);
        if (s.code == 200)
            continue;
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            const AlertRule &r = m_rules[i];
            if (!r.enabled || r.kind != AlertKind::ReplyError || !inScope(i, s.device, s.meta.topic))
                continue;
            occurrence(i, track(i, s.device), at, s.code,
                       QStringLiteral("reply %1 (%2)")
                           .arg(s.code)
                           .arg(s.message.isEmpty() ? replyCodeMeaning(s.code) : s.message));
        }
    }
}

void AlertEngine::onStatuses(const QList<StatusChange> &changes)
{
    for (const StatusChange &c : changes) {
        const qint64 at = c.meta.receivedAt;
        if (c.online) // the cloud saying a device is gone is not hearing from it
            seen(c.device, c.meta.topic, QString(), at);
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            const AlertRule &r = m_rules[i];
            if (!r.enabled || !inScope(i, c.device, c.meta.topic))
                continue;
            if (r.kind == AlertKind::Offline) {
                condition(i, track(i, c.device), at, !c.online, c.online, c.online);
            } else if (r.kind == AlertKind::Flapping) {
                Track &t = track(i, c.device);
                if (t.hasLast && t.last.toBool() == c.online)
                    continue; // a repeat of the state it is in is no change
                t.hasLast = true;
                t.last = c.online;
                t.changes.push_back(at);
                while (!t.changes.empty() && t.changes.front() <= at - r.withinMs)
                    t.changes.pop_front();
                if (t.phase != Phase::Firing && qsizetype(t.changes.size()) >= r.changes)
                    fire(i, t, at, qint64(t.changes.size()),
                         QStringLiteral("%1 status changes within %2")
                             .arg(t.changes.size())
                             .arg(alertDurationText(r.withinMs)));
            }
        }
    }
}

void AlertEngine::onMessage(const DeviceKey &device, QStringView topic, qint64 receivedAt)
{
    seen(device, topic, QString(), receivedAt);
}

void AlertEngine::tick(qint64 now)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        index.insert(m_rules[i].name, i);
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        Track &t = *it;
        const qsizetype i = index.value(t.rule, -1);
        if (i < 0)
            continue;
        const AlertRule &r = m_rules[i];
        if (r.isOccurrence()) {
            if (t.phase == Phase::Firing && now - t.lastOccurrence >= r.forMs)
                clear(i, t, t.lastOccurrence + r.forMs, {},
                      QStringLiteral("nothing more for %1").arg(alertDurationText(r.forMs)));
        } else if (r.kind == AlertKind::Silent) {
            if (t.phase != Phase::Firing && now - t.lastOccurrence >= r.forMs)
                fire(i, t, t.lastOccurrence + r.forMs, {},
                     r.property.isEmpty()
                         ? QStringLiteral("no message for %1").arg(alertDurationText(r.forMs))
                         : QStringLiteral("no %1 for %2").arg(r.property, alertDurationText(r.forMs)));
        } else if (r.kind == AlertKind::Flapping) {
            qint64 left = now; // when the change that brought the count below left the window
            while (!t.changes.empty() && t.changes.front() <= now - r.withinMs) {
                if (qsizetype(t.changes.size()) == r.changes)
                    left = t.changes.front() + r.withinMs;
                t.changes.pop_front();
            }
            if (t.phase == Phase::Firing && qsizetype(t.changes.size()) < r.changes)
                clear(i, t, left, qint64(t.changes.size()),
                      QStringLiteral("fewer than %1 status changes within %2")
                          .arg(r.changes)
                          .arg(alertDurationText(r.withinMs)));
        } else if (t.phase == Phase::Pending && now - t.since >= r.forMs) {
            fire(i, t, t.since + r.forMs, t.value,
                 r.kind == AlertKind::Offline
                     ? QStringLiteral("offline for %1").arg(alertDurationText(r.forMs))
                     : QStringLiteral("%1 %2 for %3")
                           .arg(r.property, valueText(t.value), alertDurationText(r.forMs)));
        }
    }
}

bool AlertEngine::acknowledge(const QString &rule, const DeviceKey &device, qint64 now)
{
    const auto it = m_tracks.find(trackKey(rule, device));
    if (it == m_tracks.end() || it->phase != Phase::Firing || it->acknowledged)
        return false;
    it->acknowledged = true;
    const auto r
        = std::find_if(m_rules.cbegin(), m_rules.cend(), [&](const AlertRule &x) { return x.name == rule; });
    m_out << AlertTransition {rule,       r == m_rules.cend() ? AlertSeverity::Warning : r->severity,
                              it->device, AlertState::Acknowledged,
                              now,        it->value,
                              {}};
    return true;
}

QList<AlertTransition> AlertEngine::takeTransitions()
{
    QList<AlertTransition> out;
    out.swap(m_out);
    std::stable_sort(out.begin(), out.end(),
                     [](const AlertTransition &a, const AlertTransition &b) { return a.time < b.time; });
    return out;
}

QList<ActiveAlert> AlertEngine::active() const
{
    QList<ActiveAlert> out;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        if (it->phase == Phase::Firing)
            out << ActiveAlert {it->rule, it->device, it->firedAt, it->value, it->acknowledged};
    std::sort(out.begin(), out.end(), [](const ActiveAlert &a, const ActiveAlert &b) {
        return std::tie(a.firedAt, a.rule) < std::tie(b.firedAt, b.rule);
    });
    return out;
}

} // namespace linkscope
