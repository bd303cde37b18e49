#pragma once

// Evaluates alert rules over decoded batches (issue 17). Pure: no threads,
// no timers, no I/O. The caller feeds batches and calls tick(now) about once
// a second; time is the messages' receipt time (MessageMeta::receivedAt) and
// `now` on the same clock, so a capture replayed with its own clock fires
// exactly when the live stream did.
//
// Each (rule, device) pair moves idle → pending → firing → cleared (idle
// again). Conditions (offline, silent, property-above/below/outside/equals,
// flapping) fire once they have held `for`; occurrences (event, reply-error,
// property-changes) fire at once and clear `for` after the last one.

#include "alertrule.h"
#include "messages.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <deque>
#include <optional>
#include <vector>

namespace linkscope {

enum class AlertState : quint8 { Firing, Cleared, Acknowledged };
QString alertStateName(AlertState state); // "firing", "cleared", "acknowledged"
std::optional<AlertState> alertStateFromName(QStringView name);

// One step of one alert: what the history keeps and what notifications say.
struct AlertTransition {
    QString rule;
    AlertSeverity severity = AlertSeverity::Warning;
    DeviceKey device;
    AlertState state = AlertState::Firing;
    qint64 time = 0; // ms epoch
    QVariant value; // what made it fire or clear, when a value did
    QString detail; // one line for a person: "RealTimePower 1620 > 1500 for 10s"

    // {"rule":…,"productKey":…,"deviceName":…,"severity":…,"state":…,"time":…,"value":…}
    QJsonObject toJson() const;
    friend bool operator==(const AlertTransition &, const AlertTransition &) = default;
};

// An alert that is firing now (from the history, after a restart).
struct ActiveAlert {
    QString rule;
    DeviceKey device;
    qint64 firedAt = 0;
    QVariant value;
    bool acknowledged = false;
    friend bool operator==(const ActiveAlert &, const ActiveAlert &) = default;
};

class AlertEngine {
public:
    explicit AlertEngine(QList<AlertRule> rules = {});

    // New rules: the alerts of a rule that kept its name and definition stay
    // as they are; those of removed or changed rules are cleared.
    void setRules(QList<AlertRule> rules, qint64 now);
    const QList<AlertRule> &rules() const { return m_rules; }

    // Alerts that were firing before a restart fire on without a second
    // transition; they clear when their condition is seen not to hold.
    void restore(const QList<ActiveAlert> &active, qint64 now);

    void onProperties(const QList<PropertyReport> &reports);
    void onEvents(const QList<DeviceEvent> &events);
    void onReplies(const QList<ServiceReply> &replies);
    void onStatuses(const QList<StatusChange> &changes);
    // Any other message of a device (silent rules count every message).
    void onMessage(const DeviceKey &device, QStringView topic, qint64 receivedAt);
    // Fires what has held long enough and clears what has gone quiet.
    void tick(qint64 now);
    // False when nothing of that rule and device is firing unacknowledged.
    bool acknowledge(const QString &rule, const DeviceKey &device, qint64 now);

    // What happened since the last call, oldest first.
    QList<AlertTransition> takeTransitions();
    QList<ActiveAlert> active() const;
    qsizetype trackedCount() const { return m_tracks.size(); }

private:
    enum class Phase : quint8 { Idle, Pending, Firing };
    struct Track {
        QString rule; // its name
        DeviceKey device;
        Phase phase = Phase::Idle;
        qint64 since = 0; // pending: when the condition began
        qint64 firedAt = 0;
        qint64 lastOccurrence = 0; // occurrences; silent: the last message
        QVariant value;
        bool acknowledged = false;
        bool hasLast = false; // property-changes: the value before
        QVariant last;
        std::deque<qint64> changes; // flapping: status changes within the window
    };

    Track &track(qsizetype rule, const DeviceKey &device);
    void fire(qsizetype rule, Track &t, qint64 time, const QVariant &value, const QString &detail);
    void clear(qsizetype rule, Track &t, qint64 time, const QVariant &value, const QString &detail);
    // A lasting condition seen true or false at `time`; `cleared` is the
    // (hysteresis) test that ends a firing alert.
    void condition(qsizetype rule, Track &t, qint64 time, bool holds, bool cleared, const QVariant &value);
    void occurrence(qsizetype rule, Track &t, qint64 time, const QVariant &value, const QString &detail);
    void seen(const DeviceKey &device, QStringView topic, const QString &attribute, qint64 time);

    // Whether a message of `device` on `topic` is the rule's business.
    bool inScope(qsizetype rule, const DeviceKey &device, QStringView topic) const;
    void parseTopics();

    QList<AlertRule> m_rules;
    std::vector<std::optional<TopicFilter>> m_topics; // each rule's scope topic, parsed once
    QHash<QString, Track> m_tracks; // "rule index|productKey/deviceName"
    QList<AlertTransition> m_out;
};

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::AlertTransition)
Q_DECLARE_METATYPE(linkscope::ActiveAlert)
