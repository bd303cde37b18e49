// The emulated API gateway as a client sees it: raw signed requests to
// linkscope-sim's API port, checked as the real gateway checks them.

#include "common/gatewayrequest.h"
#include "common/simprocess.h"

#include <QJsonArray>
#include <QtTest>

using namespace linkscope;

namespace {
const QString kKey = QStringLiteral("gwKey");
const QByteArray kSecret = "gwSecret";
const QString kProject = QStringLiteral("proj42");
} // namespace

class TestApiGateway : public QObject {
    Q_OBJECT

    SimProcess m_sim;

    GatewayExchange post(const QString &path, const QByteArray &body,
                         GatewaySdkStyle style = GatewaySdkStyle::Tea, const QByteArray &secret = kSecret)
    {
        return postToGateway(m_sim.ready.value(u"apiPort").toInt(), m_sim.caFile(), path, body,
                             signForTest(path, body, kKey, secret, style).headers);
    }

    QString token()
    {
        const GatewayExchange r
            = post(QStringLiteral("/cloud/token"),
                   envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}}));
        return r.body.value(u"data").toObject().value(u"cloudToken").toString();
    }

    GatewayExchange call(const QString &path, const QJsonObject &params, const QString &tok)
    {
        return post(path, envelope(QStringLiteral("1.0.2"), params, tok));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start({"--appkey", kKey, "--appsecret", QString::fromLatin1(kSecret), "--project-id",
                              kProject, "--products", "3", "--devices", "30", "--quiet-devices", "6",
                              "--rate", "0"},
                             &error),
                 qPrintable(error));
        QVERIFY(m_sim.ready.value(u"apiPort").toInt() > 0);
        QCOMPARE(m_sim.ready.value(u"projectId").toString(), kProject);
    }

    // Both SDKs' header sets pass: the gateway rebuilds the signed block
    // from X-Ca-Signature-Headers, whatever the names' case.
    void acceptsTheTeaAndTheJavaHeaderSets()
    {
        for (GatewaySdkStyle style : {GatewaySdkStyle::Tea, GatewaySdkStyle::Java}) {
            const GatewayExchange r = post(
                QStringLiteral("/cloud/token"),
                envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}}), style);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(u"code").toInt(), 200);
            QVERIFY(!r.body.value(u"data").toObject().value(u"cloudToken").toString().isEmpty());
            QCOMPARE(r.body.value(u"data").toObject().value(u"expireIn").toInteger(), 7'200'000);
        }
    }

    void wrongSecretGetsTheServersStringToSign()
    {
        const QByteArray body
            = envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}});
        const SignedApiRequest signedWrong
            = signForTest(QStringLiteral("/cloud/token"), body, kKey, "notTheSecret");
        const GatewayExchange r = postToGateway(m_sim.ready.value(u"apiPort").toInt(), m_sim.caFile(),
                                                QStringLiteral("/cloud/token"), body, signedWrong.headers);
        QCOMPARE(r.status, 400);
        QByteArray shown = signedWrong.stringToSign;
        shown.replace('\n', '#');
        QCOMPARE(r.errorMessage, "Invalid Signature, Server StringToSign:" + shown);
    }

    void checksContentMd5KeyAndSignaturePresence()
    {
        const QString path = QStringLiteral("/cloud/token");
        const QByteArray body
            = envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}});
        const int port = m_sim.ready.value(u"apiPort").toInt();
        // A body changed after signing.
        SignedApiRequest s = signForTest(path, body, kKey, kSecret);
        GatewayExchange r = postToGateway(port, m_sim.caFile(), path, body + " ", s.headers);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage.startsWith("Invalid Content-MD5"), r.errorMessage.constData());
        // An AppKey the gateway does not know.
        s = signForTest(path, body, QStringLiteral("someoneElse"), kSecret);
        r = postToGateway(port, m_sim.caFile(), path, body, s.headers);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorMessage, QByteArray("Invalid AppKey"));
        // No signature at all.
        s = signForTest(path, body, kKey, kSecret);
        s.headers.removeIf([](const auto &h) { return h.first == "x-ca-signature"; });
        r = postToGateway(port, m_sim.caFile(), path, body, s.headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorMessage, QByteArray("Empty Signature"));
        // A signed header changed after signing.
        s = signForTest(path, body, kKey, kSecret);
        for (auto &h : s.headers)
            if (h.first == "x-ca-signaturemethod")
                h.second = "HmacSHA1";
        r = postToGateway(port, m_sim.caFile(), path, body, s.headers);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage.startsWith("Invalid Signature"));
    }

    void aReplayedNonceIsRefused()
    {
        const QString path = QStringLiteral("/cloud/token");
        const QByteArray body
            = envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}});
        const SignedApiRequest s = signForTest(path, body, kKey, kSecret, GatewaySdkStyle::Tea, "nonce-once");
        const int port = m_sim.ready.value(u"apiPort").toInt();
        QCOMPARE(postToGateway(port, m_sim.caFile(), path, body, s.headers).status, 200);
        const GatewayExchange again = postToGateway(port, m_sim.caFile(), path, body, s.headers);
        QCOMPARE(again.status, 400);
        QVERIFY(again.errorMessage.startsWith("Nonce Used"));
    }

    void aNewTokenKillsTheOld()
    {
        const QString first = token();
        QCOMPARE(
            call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}, {"pageSize", 10}}, first)
                .body.value(u"code")
                .toInt(),
            200);
        const QString second = token();
        QVERIFY(second != first);
        const GatewayExchange old
            = call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}}, first);
        QCOMPARE(old.status, 200);
        QCOMPARE(old.body.value(u"code").toInt(), 401);
        QVERIFY(old.body.value(u"message").toString().contains("invalid"));
        QCOMPARE(call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}}, second)
                     .body.value(u"code")
                     .toInt(),
                 200);
        // A refresh gives a new token; the old one still works for a while.
        const GatewayExchange refreshed = post(QStringLiteral("/cloud/token/refresh"),
                                               envelope(QStringLiteral("1.0.1"), {{"cloudToken", second}}));
        const QString third = refreshed.body.value(u"data").toObject().value(u"cloudToken").toString();
        QVERIFY(!third.isEmpty() && third != second);
        QCOMPARE(call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}}, second)
                     .body.value(u"code")
                     .toInt(),
                 200);
        QCOMPARE(call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}}, third)
                     .body.value(u"code")
                     .toInt(),
                 200);
    }

    void theProjectIdMustMatch()
    {
        const GatewayExchange r
            = post(QStringLiteral("/cloud/token"),
                   envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", "other"}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"code").toInt(), 460);
        QVERIFY(r.body.value(u"message").toString().contains("other"));
    }

    void pagesCoverEveryDeviceOnce()
    {
        const QString tok = token();
        const GatewayExchange products
            = call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}, {"pageSize", 2}}, tok);
        QCOMPARE(products.body.value(u"data").toArray().size(), 2);
        const GatewayExchange rest
            = call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 2}, {"pageSize", 2}}, tok);
        QCOMPARE(rest.body.value(u"data").toArray().size(), 1);
        QSet<QString> seen;
        QHash<int, int> statuses;
        QJsonArray all = products.body.value(u"data").toArray();
        for (const QJsonValue &p : rest.body.value(u"data").toArray())
            all.append(p);
        for (const QJsonValue &p : std::as_const(all)) {
            const QString pk = p.toObject().value(u"productKey").toString();
            QVERIFY(!p.toObject().value(u"name").toString().isEmpty());
            qint64 total = -1;
            for (int page = 1; page < 10; ++page) {
                const GatewayExchange r
                    = call(QStringLiteral("/cloud/things/get"),
                           {{"productKey", pk}, {"currentPage", page}, {"pageSize", 4}}, tok);
                const QJsonObject data = r.body.value(u"data").toObject();
                total = data.value(u"totalNum").toInteger();
                const QJsonArray items = data.value(u"items").toArray();
                for (const QJsonValue &d : items) {
                    const QString id = pk + u'/' + d.toObject().value(u"deviceName").toString();
                    QVERIFY2(!seen.contains(id), qPrintable(id));
                    seen.insert(id);
                    ++statuses[d.toObject().value(u"status").toInt()];
                }
                if (items.size() < 4)
                    break;
            }
            QCOMPARE(total, 12); // 10 that send, 2 that never do
        }
        QCOMPARE(seen.size(), 36);
        // Nothing was pushed (rate 0, no client): every device is as the
        // cloud starts it, the quiet ones inactive, offline and disabled.
        QCOMPARE(statuses.value(1), 30);
        QCOMPARE(statuses.value(0), 2);
        QCOMPARE(statuses.value(3), 2);
        QCOMPARE(statuses.value(8), 2);
        const GatewayExchange tooBig
            = call(QStringLiteral("/cloud/things/get"),
                   {{"productKey", "x"}, {"currentPage", 1}, {"pageSize", 201}}, tok);
        QCOMPARE(tooBig.body.value(u"code").toInt(), 460);
    }

    void theThingModelHasNamesUnitsLabelsAStructAndAnArray()
    {
        const QString tok = token();
        const QJsonArray products
            = call(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}, {"pageSize", 10}}, tok)
                  .body.value(u"data")
                  .toArray();
        bool unit = false, label = false;
        for (const QJsonValue &p : products) {
            QSet<QString> types;
            const GatewayExchange r = call(QStringLiteral("/cloud/thing/tsl/get"),
                                           {{"productKey", p.toObject().value(u"productKey")}}, tok);
            QCOMPARE(r.body.value(u"code").toInt(), 200);
            for (const QJsonValue &prop : r.body.value(u"data").toObject().value(u"properties").toArray()) {
                const QJsonObject dt = prop.toObject().value(u"dataType").toObject();
                QVERIFY(!prop.toObject().value(u"name").toString().isEmpty());
                types.insert(dt.value(u"type").toString());
                unit = unit || !dt.value(u"specs").toObject().value(u"unit").toString().isEmpty();
                label = label
                    || (dt.value(u"type").toString() == u"bool"
                        && dt.value(u"specs").toObject().value(u"1").toString() == QStringLiteral("开启"));
            }
            // Each product's model has a struct and an array.
            QVERIFY(types.contains("struct"));
            QVERIFY(types.contains("array"));
        }
        QVERIFY(unit);
        QVERIFY(label);
    }

    void unknownDevicesAndPathsAreRefused()
    {
        const QString tok = token();
        const GatewayExchange r = call(QStringLiteral("/cloud/thing/status/get"),
                                       {{"productKey", "nope"}, {"deviceName", "nope"}}, tok);
        QCOMPARE(r.body.value(u"code").toInt(), 28560);
        const GatewayExchange path = call(QStringLiteral("/cloud/nothing/here"), {}, tok);
        QCOMPARE(path.status, 404);
    }

    // The flag for the other documented status of a bad signature, and the other data shapes.
    void optionsChangeStatusAndShapes()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({"--appkey", kKey, "--appsecret", QString::fromLatin1(kSecret), "--project-id",
                            kProject, "--bad-signature-status", "401", "--api-things-array",
                            "--api-tsl-string", "--rate", "0"},
                           &error),
                 qPrintable(error));
        const int port = sim.ready.value(u"apiPort").toInt();
        const QString path = QStringLiteral("/cloud/token");
        const QByteArray body
            = envelope(QStringLiteral("1.0.1"), {{"grantType", "project"}, {"res", kProject}});
        QCOMPARE(postToGateway(port, sim.caFile(), path, body, signForTest(path, body, kKey, "wrong").headers)
                     .status,
                 401);
        const QString tok
            = postToGateway(port, sim.caFile(), path, body, signForTest(path, body, kKey, kSecret).headers)
                  .body.value(u"data")
                  .toObject()
                  .value(u"cloudToken")
                  .toString();
        const auto callIt = [&](const QString &p, const QJsonObject &params) {
            const QByteArray b = envelope(QStringLiteral("1.0.2"), params, tok);
            return postToGateway(port, sim.caFile(), p, b, signForTest(p, b, kKey, kSecret).headers);
        };
        const QString pk = callIt(QStringLiteral("/cloud/thing/productList/get"), {{"pageNo", 1}})
                               .body.value(u"data")
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"productKey")
                               .toString();
        QVERIFY(
            callIt(QStringLiteral("/cloud/things/get"), {{"productKey", pk}}).body.value(u"data").isArray());
        QVERIFY(callIt(QStringLiteral("/cloud/thing/tsl/get"), {{"productKey", pk}})
                    .body.value(u"data")
                    .isString());
    }
};

QTEST_GUILESS_MAIN(TestApiGateway)
#include "tst_apigateway.moc"
