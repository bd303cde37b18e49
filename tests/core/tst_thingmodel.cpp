#include "core/thingmodel.h"

#include <QtTest>

using namespace linkscope;

namespace {
// CLOUD_API §7's documented example, with the composed struct, array, text
// and float of the emulator recipe.
QByteArray tsl()
{
    QFile f(QStringLiteral(LINKSCOPE_TEST_DATA "/tsl/composed.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestThingModel : public QObject {
    Q_OBJECT

private slots:
    void readsEveryType()
    {
        auto m = parseThingModel(tsl());
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->properties.size(), 7);
        QCOMPARE(m->productKey, QString("a1xxxxpck"));

        const TslProperty *t = m->property("Temperature");
        QVERIFY(t);
        QCOMPARE(t->name, QString("温度"));
        QCOMPARE(t->dataType.type, TslType::Float);
        QCOMPARE(*t->dataType.min, -40.0); // numbers given as strings
        QCOMPARE(*t->dataType.max, 80.0);
        QCOMPARE(*t->dataType.step, 0.1);
        QCOMPARE(t->dataType.unit, QString("°C"));
        QCOMPARE(t->dataType.unitName, QString("摄氏度"));
        QCOMPARE(*m->property("Power")->dataType.max, 2000.0); // and as numbers

        const TslProperty *sw = m->property("LightSwitch");
        QCOMPARE(sw->dataType.type, TslType::Bool);
        QCOMPARE(sw->dataType.labels.value(1), QString("开启"));
        QCOMPARE(m->property("Label")->dataType.length, 64);

        const TslDataType &color = m->property("Color")->dataType;
        QCOMPARE(color.type, TslType::Struct);
        QCOMPARE(int(color.members.size()), 2);
        QCOMPARE(color.members[0].name, QString("红"));
        QCOMPARE(*color.members[0].dataType.max, 255.0);

        const TslDataType &hist = m->property("Hist")->dataType;
        QCOMPARE(hist.type, TslType::Array);
        QCOMPARE(hist.size, 10);
        QVERIFY(hist.item);
        QCOMPARE(hist.item->type, TslType::Int);

        QCOMPARE(m->event("Error")->name, QString("故障上报"));
        QCOMPARE(m->event("Error")->outputData[0].dataType.labels.value(0), QString("正常"));
        QCOMPARE(m->service("ToggleLightSwitch")->callType, QString("async"));
        QVERIFY(!m->property("Nope"));
    }

    // tsl/get may answer with the model as a JSON string (CLOUD_API §10.4).
    void readsTheModelInsideAString()
    {
        const QJsonValue asString(QString::fromUtf8(tsl()));
        auto m = thingModelFromJson(asString);
        QVERIFY2(m, qPrintable(m.error()));
        QCOMPARE(m->property("Mode")->dataType.labels.value(1), QString("手动"));
    }

    void refusesWhatIsNoThingModel_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"properties\":[") << "not JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << "no properties, events or services";
        QTest::newRow("properties not a list") << QByteArray("{\"properties\":{\"a\":1}}") << "not a list";
        QTest::newRow("no identifier")
            << QByteArray("{\"properties\":[{\"name\":\"x\"}]}") << "no identifier";
        QTest::newRow("min above max")
            << QByteArray("{\"properties\":[{\"identifier\":\"T\",\"dataType\":"
                          "{\"type\":\"int\",\"specs\":{\"min\":\"5\",\"max\":\"1\"}}}]}")
            << "min 5 is above max 1";
    }

    void refusesWhatIsNoThingModel()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto m = parseThingModel(json);
        QVERIFY(!m);
        QVERIFY2(m.error().contains(reason), qPrintable(m.error()));
    }

    void valuesReadAsLabelsAndUnits()
    {
        auto m = parseThingModel(tsl());
        QVERIFY(m);
        const auto text = [&](const char *p, const QVariant &v) {
            return tslValueText(m->property(QString::fromLatin1(p))->dataType, v);
        };
        QCOMPARE(text("LightSwitch", 1), QString("开启"));
        QCOMPARE(text("LightSwitch", true), QString("开启"));
        QCOMPARE(text("LightSwitch", QString("0")), QString("关闭"));
        QCOMPARE(text("LightSwitch", 7), QString("7")); // no label: the raw value
        QCOMPARE(text("Mode", 1.0), QString("手动"));
        QCOMPARE(text("Temperature", 21.5), QString("21.5 °C"));
        QCOMPARE(text("Temperature", QString("nan")), QString("nan")); // text stays text
        QCOMPARE(text("Power", qint64(1200)), QString("1200 W"));
        QCOMPARE(text("Label", QString("门口")), QString("门口"));
        QCOMPARE(text("Color", QVariantMap {{"R", 200}, {"On", 1}, {"X", 3}}), QString("红 200, 亮 亮, X 3"));
        QCOMPARE(text("Hist", QVariantList {1, 2}), QString("[1 次, 2 次]"));
        QCOMPARE(tslLabel(m->property("Mode")->dataType, 0).value_or(QString()), QString("自动"));
        QVERIFY(!tslLabel(m->property("Mode")->dataType, 0.5));
        QVERIFY(!tslLabel(m->property("Temperature")->dataType, 1));
        QCOMPARE(tslRangeText(m->property("Temperature")->dataType), QString("-40 … 80 °C"));
        QCOMPARE(tslRangeText(m->property("Label")->dataType), QString());
    }

    void copiesKeepTheirLookups()
    {
        auto m = parseThingModel(tsl());
        QVERIFY(m);
        ThingModel copy = *m;
        QCOMPARE(copy.property("Temperature")->name, QString("温度"));
        QVERIFY(!copy.json.isEmpty());
        auto again = parseThingModel(copy.json); // what the cache keeps reads back the same
        QVERIFY(again);
        QCOMPARE(again->properties.size(), copy.properties.size());
    }
};

QTEST_GUILESS_MAIN(TestThingModel)
#include "tst_thingmodel.moc"
