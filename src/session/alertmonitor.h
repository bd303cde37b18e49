#pragma once

#include "core/alertengine.h"
#include "core/alertrule.h"
#include "core/messages.h"

#include <QObject>

#include <functional>

class QTimer;

namespace linkscope {

// The alert rules at work on a thread of their own (PipelineHost's
// "alerts" thread): fed the subscriber's decoded batches by queued signals,
// ticking once a second for the rules that fire on silence and time, and
// saying what changed in one signal per batch of transitions.
class AlertMonitor : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;
    static constexpr qint64 kWatermarkMs = 1000;
    explicit AlertMonitor(QList<AlertRule> rules, QObject *parent = nullptr);

    // Replaces the wall clock (ms epoch): a replay runs on its capture's time.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QList<AlertRule> rules() const { return m_engine.rules(); }
    QList<ActiveAlert> active() const { return m_engine.active(); }

public slots:
    // On the monitor's thread: starts the tick.
    void start();
    void stop();
    void addProperties(const QList<linkscope::PropertyReport> &reports);
    void addEvents(const QList<linkscope::DeviceEvent> &events);
    void addReplies(const QList<linkscope::ServiceReply> &replies);
    void addStatuses(const QList<linkscope::StatusChange> &changes);
    void addBindings(const QList<linkscope::BindingChange> &changes);
    void addOther(const QList<linkscope::DecodedMessage> &messages);
    void setRules(const QList<linkscope::AlertRule> &rules);
    void restore(const QList<linkscope::ActiveAlert> &active);
    void acknowledge(const QString &rule, const linkscope::DeviceKey &device);
    // Evaluates the timed rules now (the tick's work; tests call it).
    void tick();
    // A replay's time moved on (Subscriber::clockAdvanced, queued behind the
    // batches before it): the clock is the capture's from now on, the wall
    // tick stops, and the timed rules are evaluated at `ms`.
    void advanceTo(qint64 ms);

signals:
    void transitions(const QList<linkscope::AlertTransition> &transitions);

private:
    void publish();

    AlertEngine m_engine;
    Clock m_clock;
    QTimer *m_timer; // a child: it moves threads with us
    bool m_driven = false; // by advanceTo()
    qint64 m_drivenAt = 0;
};

} // namespace linkscope
