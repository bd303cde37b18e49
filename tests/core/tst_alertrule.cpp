// The rules file: the issue's own example parses, every kind round-trips,
// and each mistake is refused with a reason that names the rule.

#include "core/alertrule.h"
#include "core/thingmodel.h"

#include <QJsonDocument>
#include <QtTest>

using namespace linkscope;

class TestAlertRule : public QObject {
    Q_OBJECT

    static QString refusal(const char *json)
    {
        const auto r = parseAlertRules(QByteArray(json));
        return r ? QString() : r.error();
    }

private slots:
    void theIssuesExampleParses()
    {
        const auto rules = parseAlertRules(
            R"({"rules":[{"name":"Hot plug","kind":"property-above","property":"RealTimePower","threshold":1500,"for":"10s","hysteresis":50,"severity":"critical","scope":{"productKey":"a1B2c3D4e5F"}},{"name":"Gone","kind":"offline","for":"2m"}]})");
        QVERIFY2(rules, qPrintable(rules.error()));
        QCOMPARE(rules->size(), 2);
        const AlertRule &hot = rules->at(0);
        QCOMPARE(hot.name, QStringLiteral("Hot plug"));
        QCOMPARE(hot.kind, AlertKind::PropertyAbove);
        QCOMPARE(hot.property, QStringLiteral("RealTimePower"));
        QCOMPARE(hot.threshold, 1500.0);
        QCOMPARE(hot.forMs, 10'000);
        QCOMPARE(hot.hysteresis, 50.0);
        QCOMPARE(hot.severity, AlertSeverity::Critical);
        QCOMPARE(hot.scope.productKey, QStringLiteral("a1B2c3D4e5F"));
        const AlertRule &gone = rules->at(1);
        QCOMPARE(gone.kind, AlertKind::Offline);
        QCOMPARE(gone.forMs, 120'000);
        QCOMPARE(gone.severity, AlertSeverity::Warning); // the default
        QVERIFY(gone.scope.isEverything()); // a missing scope means every device
    }

    void durations_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds as a number") << "45" << qint64(45'000);
        QTest::newRow("fraction") << "1.5" << qint64(1'500);
        QTest::newRow("30s") << "\"30s\"" << qint64(30'000);
        QTest::newRow("2m") << "\"2m\"" << qint64(120'000);
        QTest::newRow("1h") << "\"1h\"" << qint64(3'600'000);
        QTest::newRow("1.5h") << "\"1.5h\"" << qint64(5'400'000);
        QTest::newRow("250ms") << "\"250ms\"" << qint64(250);
        QTest::newRow("spaces and case") << "\" 10 S \"" << qint64(10'000);
    }
    void durations()
    {
        QFETCH(QString, json);
        QFETCH(qint64, ms);
        const auto doc = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
        const auto parsed = parseAlertDuration(doc.array().at(0));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(*parsed, ms);
        const auto again = parseAlertDuration(QJsonValue(alertDurationText(ms)));
        QVERIFY(again);
        QCOMPARE(*again, ms);
    }

    void badDurationsAreRefused()
    {
        QVERIFY(!parseAlertDuration(QJsonValue(QStringLiteral("soon"))));
        QVERIFY(!parseAlertDuration(QJsonValue(-1)));
        QVERIFY(!parseAlertDuration(QJsonValue(QStringLiteral("2y"))));
        QVERIFY(!parseAlertDuration(QJsonValue(true)));
    }

    void everyKindRoundTrips()
    {
        const QByteArray json
            = R"({"rules":[)"
              R"({"name":"a","kind":"offline","for":"2m","severity":"critical"},)"
              R"({"name":"b","kind":"silent","for":"10m","scope":{"deviceName":"lock-1"}},)"
              R"({"name":"c","kind":"silent","property":"Temp","for":"1h"},)"
              R"({"name":"d","kind":"property-above","property":"P","threshold":1500,"for":"10s","hysteresis":50},)"
              R"({"name":"e","kind":"property-below","property":"T","threshold":-10,"for":30},)"
              R"({"name":"f","kind":"property-outside","property":"H","min":20,"max":80,"hysteresis":5},)"
              R"({"name":"g","kind":"property-equals","property":"Door","value":1},)"
              R"({"name":"h","kind":"property-changes","property":"Mode","for":"1m"},)"
              R"({"name":"i","kind":"event","eventType":"error","scope":{"topic":"/+/+/thing/event/+/post"}},)"
              R"({"name":"j","kind":"event","identifier":"Tamper","severity":"info"},)"
              R"({"name":"k","kind":"reply-error"},)"
              R"({"name":"l","kind":"flapping","changes":5,"within":"10m"}]})";
        const auto rules = parseAlertRules(json);
        QVERIFY2(rules, qPrintable(rules.error()));
        QCOMPARE(rules->size(), 12);
        QCOMPARE(rules->at(7).forMs, 60'000);
        QCOMPARE(rules->at(10).forMs, 300'000); // an occurrence stays firing 5 minutes by default
        QCOMPARE(rules->at(8).eventType, std::optional<EventType>(EventType::Error));
        QCOMPARE(rules->at(11).changes, 5);
        QCOMPARE(rules->at(11).withinMs, 600'000);
        const auto again = parseAlertRules(alertRulesToJson(*rules));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(*again, *rules);
    }

    void disabledRulesAndCommentsStayInTheFile()
    {
        const auto rules = parseAlertRules(
            R"({"rules":[{"name":"x","kind":"offline","for":60,"enabled":false,"comment":"off for the holidays"},{"name":"y","kind":"reply-error"}]})");
        QVERIFY(rules);
        QCOMPARE(rules->size(), 2);
        QVERIFY(!rules->at(0).enabled);
        QCOMPARE(rules->at(0).comment, QStringLiteral("off for the holidays"));
        QVERIFY(rules->at(1).enabled);
        const auto again = parseAlertRules(alertRulesToJson(*rules)); // saved by the app: still there
        QVERIFY(again);
        QCOMPARE(*again, *rules);
        QVERIFY(!parseAlertRules(R"({"rules":[{"name":"x","kind":"reply-error","enabled":"no"}]})"));
    }

    void mistakesAreRefusedWithTheRuleNamed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << "{rules"
                                  << "not JSON";
        QTest::newRow("no rules array") << R"({"alerts":[]})"
                                        << "\"rules\" array";
        QTest::newRow("no name") << R"({"rules":[{"kind":"offline","for":60}]})"
                                 << "rule 1: \"name\" is missing";
        QTest::newRow("unknown kind") << R"({"rules":[{"name":"x","kind":"hot"}]})"
                                      << "unknown kind \"hot\"";
        QTest::newRow("typo in a field")
            << R"({"rules":[{"name":"x","kind":"offline","for":60,"treshold":1}]})"
            << "unknown field \"treshold\"";
        QTest::newRow("no threshold") << R"({"rules":[{"name":"x","kind":"property-above","property":"P"}]})"
                                      << "\"threshold\" is missing";
        QTest::newRow("threshold as text")
            << R"({"rules":[{"name":"x","kind":"property-above","property":"P","threshold":"1500"}]})"
            << "\"threshold\" must be a number";
        QTest::newRow("no property") << R"({"rules":[{"name":"x","kind":"property-below","threshold":1}]})"
                                     << "needs a \"property\"";
        QTest::newRow("min above max")
            << R"({"rules":[{"name":"x","kind":"property-outside","property":"P","min":9,"max":1}]})"
            << "\"min\" must be below \"max\"";
        QTest::newRow("hysteresis fills the range")
            << R"({"rules":[{"name":"x","kind":"property-outside","property":"P","min":0,"max":10,"hysteresis":5}]})"
            << "leaves no room";
        QTest::newRow("offline without for") << R"({"rules":[{"name":"x","kind":"offline"}]})"
                                             << "needs \"for\"";
        QTest::newRow("event without a filter") << R"({"rules":[{"name":"x","kind":"event"}]})"
                                                << "\"eventType\" or \"identifier\"";
        QTest::newRow("bad event type") << R"({"rules":[{"name":"x","kind":"event","eventType":"fatal"}]})"
                                        << "info, alert or error";
        QTest::newRow("flapping without within")
            << R"({"rules":[{"name":"x","kind":"flapping","changes":3}]})"
            << "\"within\" is missing";
        QTest::newRow("bad severity") << R"({"rules":[{"name":"x","kind":"reply-error","severity":"high"}]})"
                                      << "info, warning or critical";
        QTest::newRow("bad scope field")
            << R"({"rules":[{"name":"x","kind":"reply-error","scope":{"product":"a"}}]})"
            << "unknown scope field \"product\"";
        QTest::newRow("bad topic filter")
            << R"({"rules":[{"name":"x","kind":"reply-error","scope":{"topic":"/a/#/b"}}]})"
            << "scope topic";
        QTest::newRow("two rules, one name")
            << R"({"rules":[{"name":"x","kind":"reply-error"},{"name":"x","kind":"offline","for":1}]})"
            << "rule 2: another rule is named \"x\"";
    }
    void mistakesAreRefusedWithTheRuleNamed()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        const QString why = refusal(json.toUtf8().constData());
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void aPropertyTheThingModelLacksIsRefused()
    {
        const auto model = parseThingModel(
            R"({"properties":[{"identifier":"RealTimePower","name":"功率","dataType":{"type":"float","specs":{}}},{"identifier":"Label","name":"名","dataType":{"type":"text","specs":{}}}]})");
        QVERIFY2(model, qPrintable(model.error()));
        const auto rules = parseAlertRules(
            R"({"rules":[{"name":"ok","kind":"property-above","property":"RealTimePower","threshold":1},{"name":"typo","kind":"property-above","property":"RealtimePower","threshold":1},{"name":"text","kind":"property-below","property":"Label","threshold":1},{"name":"other product","kind":"property-above","property":"Nope","threshold":1,"scope":{"productKey":"b2"}}]})");
        QVERIFY(rules);
        QVERIFY(rules->at(0).checkAgainst(QStringLiteral("a1"), *model));
        const auto typo = rules->at(1).checkAgainst(QStringLiteral("a1"), *model);
        QVERIFY(!typo);
        QVERIFY2(typo.error().contains(u"product a1 has no property \"RealtimePower\""),
                 qPrintable(typo.error()));
        const auto text = rules->at(2).checkAgainst(QStringLiteral("a1"), *model);
        QVERIFY(!text);
        QVERIFY2(text.error().contains(u"not a number"), qPrintable(text.error()));
        QVERIFY(rules->at(3).checkAgainst(QStringLiteral("a1"), *model)); // scoped to another product
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
