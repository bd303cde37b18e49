// Every rule kind against messages with a fixed clock: when each alert
// fires and clears, to the millisecond, and that nothing fires twice.

#include "core/alertengine.h"

#include <QtTest>

using namespace linkscope;

namespace {

const DeviceKey kPlug {QStringLiteral("a1plug"), QStringLiteral("plug-1"), {}};
const DeviceKey kPlug2 {QStringLiteral("a1plug"), QStringLiteral("plug-2"), {}};
const DeviceKey kLock {QStringLiteral("b2lock"), QStringLiteral("lock-1"), {}};

AlertRule rule(const char *json)
{
    auto r = alertRuleFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return *r;
}

int g_id = 0;

MessageMeta meta(qint64 at, const QString &topic = QStringLiteral("/a1plug/plug-1/thing/event/property/post"))
{
    MessageMeta m;
    m.messageId = QString::number(++g_id);
    m.topic = topic;
    m.receivedAt = at;
    m.generateTime = at;
    return m;
}

PropertyReport value(const DeviceKey &d, const QString &attribute, const QVariant &v, qint64 at)
{
    PropertyReport p;
    p.meta = meta(at);
    p.device = d;
    p.attribute = attribute;
    p.value = v;
    p.time = at;
    return p;
}

StatusChange status(const DeviceKey &d, bool online, qint64 at)
{
    StatusChange s;
    s.meta = meta(at, QStringLiteral("/as/mqtt/status/%1/%2").arg(d.productKey, d.deviceName));
    s.device = d;
    s.online = online;
    s.time = at;
    return s;
}

// "firing@10000", "cleared@12000": what the engine said, in order.
QStringList said(AlertEngine &e)
{
    QStringList out;
    for (const AlertTransition &t : e.takeTransitions())
        out << QStringLiteral("%1 %2 %3@%4")
                   .arg(t.rule, t.device.deviceName, alertStateName(t.state))
                   .arg(t.time);
    return out;
}

} // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT

private slots:
    void aboveFiresAfterHoldingForAndClearsWithHysteresis()
    {
        AlertEngine e({rule(
            R"({"name":"Hot","kind":"property-above","property":"P","threshold":1500,"for":"10s","hysteresis":50})")});
        e.onProperties({value(kPlug, "P", 1600, 1'000)});
        e.tick(5'000);
        QCOMPARE(said(e), QStringList()); // pending, not yet 10 s
        e.onProperties({value(kPlug, "P", 1700, 8'000)});
        e.tick(10'999);
        QCOMPARE(said(e), QStringList());
        e.tick(11'000);
        QCOMPARE(said(e), QStringList {"Hot plug-1 firing@11000"});
        e.tick(20'000);
        e.onProperties({value(kPlug, "P", 1800, 21'000)});
        QCOMPARE(said(e), QStringList()); // firing already: nothing fires twice
        e.onProperties({value(kPlug, "P", 1460, 22'000)}); // below 1500 but not by the 50 margin
        QCOMPARE(said(e), QStringList());
        e.onProperties({value(kPlug, "P", 1450, 23'000)});
        QCOMPARE(said(e), QStringList {"Hot plug-1 cleared@23000"});
        QVERIFY(e.active().isEmpty());
    }

    void aConditionThatBreaksWhilePendingStartsOver()
    {
        AlertEngine e(
            {rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":10,"for":"10s"})")});
        e.onProperties({value(kPlug, "P", 11, 0)});
        e.onProperties({value(kPlug, "P", 9, 6'000)});
        e.onProperties({value(kPlug, "P", 12, 7'000)});
        e.tick(12'000);
        QCOMPARE(said(e), QStringList());
        e.tick(17'000);
        QCOMPARE(said(e), QStringList {"Hot plug-1 firing@17000"});
    }

    void aValueThatArrivesLateStillFiresAtTheRightTime()
    {
        AlertEngine e(
            {rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":10,"for":"10s"})")});
        e.onProperties({value(kPlug, "P", 11, 0)});
        e.onProperties({value(kPlug, "P", 12, 15'000)}); // no tick between: fires at since + for
        QCOMPARE(said(e), QStringList {"Hot plug-1 firing@10000"});
    }

    void belowAndOutside()
    {
        AlertEngine e(
            {rule(R"({"name":"Warm","kind":"property-below","property":"T","threshold":-10,"hysteresis":2})"),
             rule(
                 R"({"name":"Humid","kind":"property-outside","property":"H","min":20,"max":80,"hysteresis":5})")});
        e.onProperties({value(kPlug, "T", -12, 0), value(kPlug, "H", 50, 0)});
        QCOMPARE(said(e), QStringList {"Warm plug-1 firing@0"}); // no `for`: at once
        e.onProperties({value(kPlug, "T", -9, 1'000)});
        QCOMPARE(said(e), QStringList());
        e.onProperties({value(kPlug, "T", -8, 2'000), value(kPlug, "H", 81, 2'000)});
        QCOMPARE(said(e), QStringList({"Warm plug-1 cleared@2000", "Humid plug-1 firing@2000"}));
        e.onProperties({value(kPlug, "H", 77, 3'000)});
        QCOMPARE(said(e), QStringList());
        e.onProperties({value(kPlug, "H", 19, 4'000)});
        QCOMPARE(said(e), QStringList()); // outside on the other side: still firing
        e.onProperties({value(kPlug, "H", 25, 5'000)});
        QCOMPARE(said(e), QStringList {"Humid plug-1 cleared@5000"});
    }

    void equalsAndChanges()
    {
        AlertEngine e({rule(R"({"name":"Open","kind":"property-equals","property":"Door","value":1})"),
                       rule(R"({"name":"Mode","kind":"property-changes","property":"Mode","for":"1m"})")});
        e.onProperties({value(kPlug, "Door", 0, 0), value(kPlug, "Mode", "eco", 0)});
        e.onProperties({value(kPlug, "Door", 1.0, 1'000), value(kPlug, "Mode", "eco", 1'000)});
        QCOMPARE(said(e), QStringList {"Open plug-1 firing@1000"}); // 1.0 is 1; the first mode is no change
        e.onProperties({value(kPlug, "Mode", "boost", 2'000), value(kPlug, "Door", 0, 2'000)});
        QCOMPARE(said(e), QStringList({"Mode plug-1 firing@2000", "Open plug-1 cleared@2000"}));
        e.onProperties({value(kPlug, "Mode", "eco", 30'000)}); // a second change while firing: held on
        e.tick(89'999);
        QCOMPARE(said(e), QStringList());
        e.tick(90'000);
        QCOMPARE(said(e), QStringList {"Mode plug-1 cleared@90000"}); // a minute after the last change
    }

    void offlineForMinutes()
    {
        AlertEngine e(
            {rule(R"({"name":"Gone","kind":"offline","for":"2m","scope":{"productKey":"b2lock"}})")});
        e.onStatuses({status(kLock, false, 1'000), status(kPlug, false, 1'000)});
        e.tick(120'999);
        QCOMPARE(said(e), QStringList());
        e.tick(121'000);
        QCOMPARE(said(e), QStringList {"Gone lock-1 firing@121000"}); // the plug is out of scope
        e.onStatuses({status(kLock, true, 200'000)});
        QCOMPARE(said(e), QStringList {"Gone lock-1 cleared@200000"});
        e.onStatuses({status(kLock, false, 300'000), status(kLock, true, 360'000)});
        e.tick(500'000);
        QCOMPARE(said(e), QStringList()); // back within the two minutes
    }

    void silentDevicesAndProperties()
    {
        AlertEngine e({rule(R"({"name":"Quiet","kind":"silent","for":"1m"})"),
                       rule(R"({"name":"NoTemp","kind":"silent","property":"T","for":"30s"})")});
        e.onProperties({value(kPlug, "T", 20, 0), value(kPlug2, "P", 1, 0)});
        e.onProperties({value(kPlug, "P", 5, 40'000)});
        e.tick(59'999);
        QCOMPARE(said(e), QStringList {"NoTemp plug-1 firing@30000"});
        e.tick(60'000);
        QCOMPARE(said(e), QStringList {"Quiet plug-2 firing@60000"}); // plug-1 spoke at 40 s
        e.onStatuses({status(kPlug2, true, 61'000)}); // any message counts
        QCOMPARE(said(e), QStringList {"Quiet plug-2 cleared@61000"});
        e.tick(100'000);
        QCOMPARE(said(e), QStringList {"Quiet plug-1 firing@100000"});
    }

    void aMessageThatNamesNoDeviceAlertsNobody()
    {
        // An unknown topic or a payload without its device: nobody to alert
        // about (an alert without a device could not even be stored).
        AlertEngine e({rule(R"({"name":"Quiet","kind":"silent","for":"1m"})"),
                       rule(R"({"name":"Moves","kind":"property-changes","property":"T"})")});
        const DeviceKey nobody;
        e.onMessage(nobody, u"/unknown/topic", 0);
        e.onProperties({value(nobody, "T", 1, 0), value(nobody, "T", 2, 1000)});
        e.tick(10 * 60'000);
        QCOMPARE(said(e), QStringList {});
        QVERIFY(e.active().isEmpty());
    }

    void eventsAndReplies()
    {
        AlertEngine e({rule(R"({"name":"Errors","kind":"event","eventType":"error","for":"10s"})"),
                       rule(R"({"name":"Tamper","kind":"event","identifier":"Tamper"})"),
                       rule(R"({"name":"Failed","kind":"reply-error","for":"5s"})")});
        DeviceEvent info;
        info.meta = meta(0);
        info.device = kLock;
        info.identifier = QStringLiteral("Tamper");
        info.type = EventType::Info;
        DeviceEvent error = info;
        error.meta = meta(1'000);
        error.identifier = QStringLiteral("LowBattery");
        error.type = EventType::Error;
        e.onEvents({info, error});
        QCOMPARE(said(e), QStringList({"Tamper lock-1 firing@0", "Errors lock-1 firing@1000"}));
        ServiceReply ok;
        ok.meta = meta(2'000);
        ok.device = kPlug;
        ok.code = 200;
        ServiceReply bad = ok;
        bad.meta = meta(3'000);
        bad.code = 9201;
        e.onReplies({ok, bad});
        QCOMPARE(said(e), QStringList {"Failed plug-1 firing@3000"});
        e.tick(11'000);
        QCOMPARE(said(e), QStringList({"Failed plug-1 cleared@8000", "Errors lock-1 cleared@11000"}));
    }

    void flapping()
    {
        AlertEngine e({rule(R"({"name":"Flaps","kind":"flapping","changes":4,"within":"1m"})")});
        e.onStatuses({status(kPlug, false, 0), status(kPlug, true, 10'000), status(kPlug, true, 15'000)});
        e.onStatuses({status(kPlug, false, 20'000)});
        QCOMPARE(said(e), QStringList()); // three changes; a repeated "online" is none
        e.onStatuses({status(kPlug, true, 30'000)});
        QCOMPARE(said(e), QStringList {"Flaps plug-1 firing@30000"});
        e.tick(60'000); // the first change leaves the window at 60 s
        QCOMPARE(said(e), QStringList {"Flaps plug-1 cleared@60000"});
    }

    void acknowledgedAlertsFireOnUntilCleared()
    {
        AlertEngine e({rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":10})")});
        e.onProperties({value(kPlug, "P", 11, 0)});
        said(e);
        QVERIFY(e.acknowledge("Hot", kPlug, 500));
        QVERIFY(!e.acknowledge("Hot", kPlug, 600)); // once
        QVERIFY(!e.acknowledge("Hot", kPlug2, 600));
        QCOMPARE(said(e), QStringList {"Hot plug-1 acknowledged@500"});
        QCOMPARE(e.active().size(), 1);
        QVERIFY(e.active().first().acknowledged);
        e.onProperties({value(kPlug, "P", 5, 1'000)});
        QCOMPARE(said(e), QStringList {"Hot plug-1 cleared@1000"});
    }

    void aRestoredAlertFiresOnWithoutASecondTransition()
    {
        const QList<AlertRule> rules {
            rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":10,"for":"5s"})")};
        AlertEngine before(rules);
        before.onProperties({value(kPlug, "P", 11, 0)});
        before.tick(5'000);
        QCOMPARE(said(before), QStringList {"Hot plug-1 firing@5000"});

        AlertEngine after(rules); // a restart
        after.restore(before.active(), 60'000);
        after.onProperties({value(kPlug, "P", 12, 61'000)});
        after.tick(70'000);
        QCOMPARE(said(after), QStringList()); // still firing, not again
        QCOMPARE(after.active().size(), 1);
        QCOMPARE(after.active().first().firedAt, 5'000); // when it first fired
        after.onProperties({value(kPlug, "P", 3, 71'000)});
        QCOMPARE(said(after), QStringList {"Hot plug-1 cleared@71000"});
    }

    void changingARuleClearsItsAlertsOnly()
    {
        const AlertRule hot = rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":10})");
        const AlertRule cold
            = rule(R"({"name":"Cold","kind":"property-below","property":"P","threshold":100})");
        AlertEngine e({hot, cold});
        e.onProperties({value(kPlug, "P", 50, 0)});
        QCOMPARE(said(e).size(), 2);
        AlertRule hotter = hot;
        hotter.threshold = 20;
        e.setRules({hotter, cold}, 1'000);
        QCOMPARE(said(e), QStringList {"Hot plug-1 cleared@1000"});
        QCOMPARE(e.active().size(), 1);
        QCOMPARE(e.active().first().rule, QStringLiteral("Cold"));
    }

    void scopesAndHistoryPosts()
    {
        AlertEngine e(
            {rule(
                 R"({"name":"One","kind":"property-above","property":"P","threshold":1,"scope":{"productKey":"a1plug","deviceName":"plug-2"}})"),
             rule(
                 R"({"name":"Topic","kind":"property-above","property":"P","threshold":1,"scope":{"topic":"/+/+/thing/event/property/post"}})")});
        PropertyReport old = value(kPlug2, "P", 5, 0);
        old.history = true; // a value from the past is not the present state
        e.onProperties({old});
        QCOMPARE(said(e), QStringList());
        PropertyReport other = value(kPlug, "P", 5, 1'000);
        other.meta.topic = QStringLiteral("/a1plug/plug-1/user/custom");
        e.onProperties({other, value(kPlug2, "P", 5, 2'000)});
        QCOMPARE(said(e), QStringList({"One plug-2 firing@2000", "Topic plug-2 firing@2000"}));
    }

    void whatHappensBetweenTicksIsNotLost()
    {
        // No tick at all: each message settles what the time since the last one means.
        AlertEngine e(
            {rule(
                 R"({"name":"Hot","kind":"property-above","property":"P","threshold":10,"for":"10s","hysteresis":2})"),
             rule(R"({"name":"Failed","kind":"reply-error","for":"5s"})"),
             rule(R"({"name":"Quiet","kind":"silent","for":"30s"})")});
        e.onProperties({value(kPlug, "P", 11, 0)});
        e.onProperties({value(kPlug, "P", 5, 12'000)}); // held 12 s, then back: it fired at 10 s and cleared
        QCOMPARE(said(e), QStringList({"Hot plug-1 firing@10000", "Hot plug-1 cleared@12000"}));
        ServiceReply bad;
        bad.meta = meta(20'000);
        bad.device = kLock;
        bad.code = 9201;
        ServiceReply later = bad;
        later.meta = meta(40'000);
        e.onReplies({bad});
        e.onReplies({later}); // 20 s after: the first had cleared at 25 s, this one fires anew
        QCOMPARE(said(e),
                 QStringList({"Failed lock-1 firing@20000", "Failed lock-1 cleared@25000",
                              "Failed lock-1 firing@40000"}));
        e.onProperties({value(kPlug, "P", 5, 100'000)}); // plug-1 was silent from 12 s to 100 s
        QCOMPARE(said(e), QStringList({"Quiet plug-1 firing@42000", "Quiet plug-1 cleared@100000"}));
    }

    void anOfflineStatusIsNotHearingFromTheDevice()
    {
        AlertEngine e({rule(R"({"name":"Quiet","kind":"silent","for":"30s"})")});
        e.onProperties({value(kPlug, "P", 1, 0)});
        e.tick(30'000);
        QCOMPARE(said(e), QStringList {"Quiet plug-1 firing@30000"});
        e.onStatuses({status(kPlug, false, 31'000)});
        QCOMPARE(said(e), QStringList()); // still silent
        e.onStatuses({status(kPlug, true, 32'000)});
        QCOMPARE(said(e), QStringList {"Quiet plug-1 cleared@32000"});
    }

    void aRestoredFlappingAlertLastsItsWindow()
    {
        const AlertRule flaps = rule(R"({"name":"Flaps","kind":"flapping","changes":3,"within":"1m"})");
        AlertEngine e({flaps});
        e.restore({ActiveAlert {"Flaps", kPlug, 1'000, 3, false}}, 100'000);
        e.tick(101'000);
        QCOMPARE(said(e), QStringList()); // not cleared at the first tick after a restart
        e.onStatuses({status(kPlug, false, 120'000)});
        QCOMPARE(said(e), QStringList()); // flapping on: not fired twice
        e.tick(160'000);
        QCOMPARE(said(e), QStringList {"Flaps plug-1 cleared@160000"}); // the window after the restore ended
    }

    void disabledRulesEvaluateNothing()
    {
        AlertRule off = rule(R"({"name":"Hot","kind":"property-above","property":"P","threshold":1})");
        off.enabled = false;
        AlertEngine e({off});
        e.onProperties({value(kPlug, "P", 5, 0)});
        e.tick(10'000);
        QCOMPARE(said(e), QStringList());
        QCOMPARE(e.trackedCount(), 0);
    }

    void theJsonLineKeepsItsShape()
    {
        AlertTransition t {QStringLiteral("Hot plug"),
                           AlertSeverity::Critical,
                           kPlug,
                           AlertState::Firing,
                           1234,
                           1620.5,
                           QStringLiteral("RealTimePower 1620.5 > 1500")};
        const QJsonObject o = t.toJson();
        QCOMPARE(o.value("rule").toString(), QStringLiteral("Hot plug"));
        QCOMPARE(o.value("productKey").toString(), QStringLiteral("a1plug"));
        QCOMPARE(o.value("deviceName").toString(), QStringLiteral("plug-1"));
        QCOMPARE(o.value("severity").toString(), QStringLiteral("critical"));
        QCOMPARE(o.value("state").toString(), QStringLiteral("firing"));
        QCOMPARE(o.value("time").toInteger(), 1234);
        QCOMPARE(o.value("value").toDouble(), 1620.5);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
