#include "cloudapi/apienvelope.h"
#include "cloudapi/apireplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::cloudapi;

namespace {
QJsonValue json(const char *text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("{\"v\":") + text + "}");
    return d.object().value(u"v");
}
} // namespace

// The shapes of CLOUD_API §3–§7, including the ones the documentation
// contradicts itself on (§10): each read the same.
class TestApiReplies : public QObject {
    Q_OBJECT

private slots:
    void buildsTheRequestEnvelope()
    {
        const QByteArray body = requestBody("id1", "1.0.2", "tok", {{"productKey", "pk"}});
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        QCOMPARE(o.value(u"id").toString(), QString("id1"));
        QCOMPARE(o.value(u"version").toString(), QString("1.0"));
        QCOMPARE(o.value(u"request").toObject().value(u"apiVer").toString(), QString("1.0.2"));
        QCOMPARE(o.value(u"request").toObject().value(u"cloudToken").toString(), QString("tok"));
        QCOMPARE(o.value(u"params").toObject().value(u"productKey").toString(), QString("pk"));
        // The token call carries no token.
        const QJsonObject t = QJsonDocument::fromJson(requestBody("id2", "1.0.1", {}, {})).object();
        QVERIFY(!t.value(u"request").toObject().contains(u"cloudToken"));
    }

    void readsTheResponseEnvelope()
    {
        auto r = parseReply(
            R"({"id":"x","code":460,"message":"request parameter error","localizedMsg":"参数错误","data":null})");
        QVERIFY(r);
        QCOMPARE(r->code, 460);
        QCOMPARE(r->localizedMsg, QString("参数错误"));
        QVERIFY(r->data.isNull());
        QCOMPARE(codeMeaning(460), QString("request parameter error"));
        auto asText = parseReply(R"({"code":"200","data":{}})");
        QVERIFY(asText);
        QCOMPARE(asText->code, 200);
        auto notJson = parseReply("<html>502 Bad Gateway</html>");
        QVERIFY(!notJson);
        QVERIFY2(notJson.error().contains("not JSON") && notJson.error().contains("502 Bad Gateway"),
                 qPrintable(notJson.error()));
        auto noCode = parseReply(R"({"data":1})");
        QVERIFY(!noCode);
        QVERIFY(noCode.error().contains("no \"code\""));
    }

    void tokenTtlUnderEitherName()
    {
        auto a = parseToken(json(R"({"cloudToken":"t","expireIn":7200000})"));
        QVERIFY(a);
        QCOMPARE(a->expiresInMs, 7'200'000);
        auto b = parseToken(json(R"({"cloudToken":"t","expiresIn":"600000"})"));
        QVERIFY(b);
        QCOMPARE(b->expiresInMs, 600'000);
        auto seconds = parseToken(json(R"({"cloudToken":"t","expiresIn":7200})")); // D177835's example
        QVERIFY(seconds);
        QCOMPARE(seconds->expiresInMs, 7'200'000);
        auto small = parseToken(json(R"({"cloudToken":"t","expireIn":2000})")); // the table's field: ms
        QCOMPARE(small->expiresInMs, 2000);
        QVERIFY(!parseToken(json(R"({"iotToken":"t"})")));
    }

    void productStatusAsNumberOrWord()
    {
        auto p = parseProducts(json(
            R"([{"productKey":"a1","name":"插座","status":"DEVELOPMENT_STATUS"},{"productKey":"a2","name":"灯","status":1}])"));
        QVERIFY(p);
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->at(0).name, QString("插座"));
        QVERIFY(!parseProducts(json(R"([{"name":"no key"}])")));
    }

    void devicesInBothShapes()
    {
        const char *item
            = R"({"iotId":"i1","productKey":"pk","name":"dev1","nickname":"客厅","status":3,"gmtModified":"1700000000000"})";
        auto wrapped = parseDevices(
            json((QByteArray(R"({"totalNum":451,"items":[)") + item + "]}").constData()), "pk");
        QVERIFY(wrapped);
        QCOMPARE(*wrapped->total, 451);
        auto bare = parseDevices(json((QByteArray("[") + item + "]").constData()), "pk");
        QVERIFY(bare);
        QVERIFY(!bare->total);
        for (const DevicePage &page : {*wrapped, *bare}) {
            QCOMPARE(page.devices.size(), 1);
            const DeviceInfo &d = page.devices.first();
            QCOMPARE(d.device.deviceName, QString("dev1")); // "name" is the deviceName
            QCOMPARE(d.device.iotId, QString("i1"));
            QCOMPARE(d.nickname, QString("客厅"));
            QCOMPARE(d.status, DeviceStatus::Offline);
            QCOMPARE(d.statusTime, 1'700'000'000'000);
        }
        QVERIFY(!parseDevices(json(R"({"items":{"a":1}})"), "pk"));
        QVERIFY(!parseDevices(json(R"([{"iotId":"no name"}])"), "pk"));
    }

    void snapshotsKeepTypesAndTimes()
    {
        auto v = parseProperties(json(
            R"([{"attribute":"CO2","value":825,"gmtModified":1566026333430},{"attribute":"T","value":21.5,"gmtModified":"1566026333540"},{"attribute":"S","value":{"a":1}}])"));
        QVERIFY(v);
        QCOMPARE(v->size(), 3);
        QCOMPARE(v->at(0).value.typeId(), QMetaType::LongLong);
        QCOMPARE(v->at(1).value.toDouble(), 21.5);
        QCOMPARE(v->at(1).time, 1'566'026'333'540);
        QCOMPARE(v->at(2).value.toMap().value("a").toInt(), 1);
        QVERIFY(!parseProperties(json(R"({"CO2":1})")));
    }

    void statusAnswer()
    {
        auto s = parseStatus(json(R"({"time":1517923297000,"status":8})"));
        QVERIFY(s);
        QCOMPARE(s->status, DeviceStatus::Disabled);
        QVERIFY(!parseStatus(json("{}")));
    }
};

QTEST_GUILESS_MAIN(TestApiReplies)
#include "tst_apireplies.moc"
