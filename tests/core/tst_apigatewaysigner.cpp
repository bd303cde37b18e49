#include "core/apigatewaysigner.h"

#include <QtTest>

using namespace linkscope;

namespace {
QByteArray lookup(const HeaderList &headers, const QByteArray &lowerName)
{
    return headerValue(headers, lowerName);
}
} // namespace

// The vectors of CLOUD_API §2.6; each was checked independently with
// openssl/Python (the commands are beside them).
class TestApiGatewaySigner : public QObject {
    Q_OBJECT

private slots:
    // The C++ util's own gtest (UTIL-cpp): no signed headers, yet the extra "\n".
    void darabonbaVectorWithoutHeaders()
    {
        GatewayStringParts p;
        p.method = "test";
        p.accept = "json";
        p.date = "now";
        p.url = "test";
        const QByteArray s = gatewayStringToSign(p);
        QCOMPARE(s, QByteArray("test\njson\n\n\nnow\n\ntest"));
        QCOMPARE(gatewaySignature(Secret(QByteArray("sk")), s),
                 QByteArray("lzttujz/sOhS2QSBBSZBq58ZNSxvSDdkWWlknQxnrt0="));
    }

    void darabonbaVectorWithQuery()
    {
        GatewayStringParts p;
        p.method = "GET";
        p.url = gatewayUrl("test", {{"testKey", "value"}});
        const QByteArray s = gatewayStringToSign(p);
        QCOMPARE(s, QByteArray("GET\n\n\n\n\n\ntest?testKey=value"));
        QCOMPARE(gatewaySignature(Secret(QByteArray("sk")), s),
                 QByteArray("YqikZu1HxGEbfG2w4Hj95LyievbItAnBc8pnXF4Otgg="));
    }

    void urlSortsParametersAndKeepsEmptyKeysBare()
    {
        QCOMPARE(gatewayUrl("/p", {{"b", "2"}, {"a", ""}, {"c", "3"}}), QByteArray("/p?a&b=2&c=3"));
        QCOMPARE(gatewayUrl("/cloud/token"), QByteArray("/cloud/token"));
    }

    // The full request of §2.6 with the tea SDK's header set: what LinkScope sends.
    void teaTokenRequestVector()
    {
        ApiGatewayRequest r;
        r.host = QStringLiteral("api.link.aliyun.com");
        r.path = QStringLiteral("/cloud/token");
        r.body = R"({"id":"1","version":"1.0","request":{"apiVer":"1.0.1"},)"
                 R"("params":{"grantType":"project","res":"a124TESTPROJECT"}})";
        r.appKey = QStringLiteral("12345678");
        r.nonce = QStringLiteral("00000000-0000-4000-8000-000000000000");
        r.date = QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
        const SignedApiRequest s = signApiGatewayRequest(r, Secret(QByteArray("testsecret")));

        QCOMPARE(headerValue(s.headers, "content-md5"), QByteArray("AEMKX80sk5ilsZntJV+WEg=="));
        QCOMPARE(headerValue(s.headers, "accept"), QByteArray("application/json"));
        QCOMPARE(headerValue(s.headers, "content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(headerValue(s.headers, "date"), QByteArray("Mon, 01 Dec 2025 00:00:00 GMT"));
        QCOMPARE(headerValue(s.headers, "x-ca-signaturemethod"), QByteArray("HmacSHA256"));
        QCOMPARE(headerValue(s.headers, "x-ca-signature-headers"),
                 QByteArray("x-ca-key,x-ca-nonce,x-ca-signaturemethod"));
        QVERIFY(headerValue(s.headers, "x-ca-timestamp").isNull()); // the tea SDK sends none
        const QByteArray expected = "POST\napplication/json\nAEMKX80sk5ilsZntJV+WEg==\n"
                                    "application/octet-stream\nMon, 01 Dec 2025 00:00:00 GMT\n"
                                    "x-ca-key:12345678\n"
                                    "x-ca-nonce:00000000-0000-4000-8000-000000000000\n"
                                    "x-ca-signaturemethod:HmacSHA256\n/cloud/token";
        QCOMPARE(s.stringToSign, expected);
        QCOMPARE(headerValue(s.headers, "x-ca-signature"),
                 QByteArray("9ucaxvFcaaobMT6dkvNQGqe9S4XKS+GSDIxPaj616is="));
        // Every header name is lower-case, as the tea SDK sends them.
        for (const auto &h : s.headers)
            QCOMPARE(h.first, h.first.toLower());
    }

    // The Java SDK's set: X-Ca-* only, sorted, the timestamp and version signed.
    // python3: hmac.new(b'apiSecret789', sts, sha256) → base64
    void javaStyleRequest()
    {
        ApiGatewayRequest r;
        r.host = QStringLiteral("127.0.0.1:8443");
        r.path = QStringLiteral("/cloud/token");
        r.body = R"({"id":"42","version":"1.0","request":{"apiVer":"1.0.1"},)"
                 R"("params":{"grantType":"project","res":"a124xyz"}})";
        r.appKey = QStringLiteral("28391234");
        r.nonce = QStringLiteral("1f1c2a4e-0c4b-4f6e-9a53-1b2c3d4e5f60");
        r.timestamp = 1795677742000;
        r.date = QDateTime(QDate(2026, 11, 26), QTime(7, 22, 22), Qt::UTC);
        r.style = GatewaySdkStyle::Java;
        const SignedApiRequest s = signApiGatewayRequest(r, Secret(QByteArray("apiSecret789")));
        QCOMPARE(headerValue(s.headers, "X-Ca-Signature-Headers"),
                 QByteArray("X-Ca-Key,X-Ca-Nonce,X-Ca-Signature-Method,X-Ca-Timestamp,X-Ca-Version"));
        const QByteArray expected = "POST\napplication/json; charset=utf-8\nN3SvGRVmGue5Vi6Rf6nmIg==\n"
                                    "application/octet-stream; charset=utf-8\n"
                                    "Thu, 26 Nov 2026 07:22:22 GMT\n"
                                    "X-Ca-Key:28391234\n"
                                    "X-Ca-Nonce:1f1c2a4e-0c4b-4f6e-9a53-1b2c3d4e5f60\n"
                                    "X-Ca-Signature-Method:HmacSHA256\n"
                                    "X-Ca-Timestamp:1795677742000\n"
                                    "X-Ca-Version:1\n"
                                    "/cloud/token";
        QCOMPARE(s.stringToSign, expected);
        QCOMPARE(headerValue(s.headers, "X-Ca-Signature"),
                 QByteArray("iIwTKC73AURwLrVEavHKwRvVxjjpqkKnMYzzLU6M3FU="));
    }

    // The gateway's side rebuilds the same string from either header set.
    void serverRebuildsBothStyles()
    {
        for (GatewaySdkStyle style : {GatewaySdkStyle::Tea, GatewaySdkStyle::Java}) {
            ApiGatewayRequest r;
            r.host = QStringLiteral("127.0.0.1");
            r.path = QStringLiteral("/cloud/things/get");
            r.body = "{}";
            r.appKey = QStringLiteral("k");
            r.nonce = QStringLiteral("n");
            r.timestamp = 5;
            r.date = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            r.style = style;
            const SignedApiRequest s = signApiGatewayRequest(r, Secret(QByteArray("x")));
            const QByteArray rebuilt = serverStringToSign(
                "POST", "/cloud/things/get", [&](const QByteArray &n) { return lookup(s.headers, n); });
            QCOMPARE(rebuilt, s.stringToSign);
        }
    }

    void httpDateIsEnglishAndUtc()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QDateTime local(QDate(2026, 1, 5), QTime(23, 0, 9), QTimeZone(8 * 3600));
        QCOMPARE(httpDate(local), QByteArray("Mon, 05 Jan 2026 15:00:09 GMT"));
        QLocale::setDefault(QLocale::c());
    }

    void secretChangesSignatureAndNeverShows()
    {
        ApiGatewayRequest r;
        r.path = QStringLiteral("/cloud/token");
        r.date = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const auto a = signApiGatewayRequest(r, Secret::fromString(QStringLiteral("one")));
        const auto b = signApiGatewayRequest(r, Secret::fromString(QStringLiteral("two")));
        QVERIFY(headerValue(a.headers, "x-ca-signature") != headerValue(b.headers, "x-ca-signature"));
        QVERIFY(!a.stringToSign.contains("one"));
        for (const auto &h : a.headers)
            QVERIFY(!h.second.contains("one"));
    }
};

QTEST_GUILESS_MAIN(TestApiGatewaySigner)
#include "tst_apigatewaysigner.moc"
