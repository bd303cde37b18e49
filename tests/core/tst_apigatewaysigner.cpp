#include "core/apigatewaysigner.h"

#include <QtTest>

using namespace linkscope;

class TestApiGatewaySigner : public QObject {
    Q_OBJECT

private slots:
    void signsTokenRequest()
    {
        ApiGatewayRequest r;
        r.path = QStringLiteral("/cloud/token");
        r.body
            = R"({"id":"42","version":"1.0","request":{"apiVer":"1.0.1"},"params":{"grantType":"project","res":"a124xyz"}})";
        r.appKey = QStringLiteral("28391234");
        r.nonce = QStringLiteral("1f1c2a4e-0c4b-4f6e-9a53-1b2c3d4e5f60");
        r.timestamp = 1795677742000;
        r.date = QDateTime(QDate(2026, 11, 26), QTime(7, 22, 22), Qt::UTC);
        const SignedApiRequest s
            = signApiGatewayRequest(r, Secret::fromString(QStringLiteral("apiSecret789")));

        // BODY='{"id":"42",...}'; echo -n "$BODY" | openssl dgst -md5 -binary | base64
        QCOMPARE(headerValue(s.headers, "Content-MD5"), QByteArray("N3SvGRVmGue5Vi6Rf6nmIg=="));
        QCOMPARE(headerValue(s.headers, "Date"), QByteArray("Thu, 26 Nov 2026 07:22:22 GMT"));
        QCOMPARE(headerValue(s.headers, "X-Ca-Signature-Headers"),
                 QByteArray("x-ca-key,x-ca-nonce,x-ca-signature-method,x-ca-timestamp"));
        const QByteArray expectedString = "POST\napplication/json\nN3SvGRVmGue5Vi6Rf6nmIg==\n"
                                          "application/octet-stream; charset=utf-8\n"
                                          "Thu, 26 Nov 2026 07:22:22 GMT\n"
                                          "x-ca-key:28391234\n"
                                          "x-ca-nonce:1f1c2a4e-0c4b-4f6e-9a53-1b2c3d4e5f60\n"
                                          "x-ca-signature-method:HmacSHA256\n"
                                          "x-ca-timestamp:1795677742000\n"
                                          "/cloud/token";
        QCOMPARE(s.stringToSign, expectedString);
        // printf '<the string above>' > sts.txt
        // openssl dgst -sha256 -hmac "apiSecret789" -binary sts.txt | base64
        QCOMPARE(headerValue(s.headers, "X-Ca-Signature"),
                 QByteArray("8zNYlQTU2NGnya02UpENDlJQKT4nBCwXjS4f6lW6XbE="));
        QCOMPARE(headerValue(s.headers, "X-Ca-Key"), QByteArray("28391234"));
        QCOMPARE(headerValue(s.headers, "X-Ca-Timestamp"), QByteArray("1795677742000"));
    }

    void httpDateIsEnglishAndUtc()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QDateTime local(QDate(2026, 1, 5), QTime(23, 0, 9), QTimeZone(8 * 3600));
        QCOMPARE(httpDate(local), QByteArray("Mon, 05 Jan 2026 15:00:09 GMT"));
        QLocale::setDefault(QLocale::c());
    }

    void secretChangesSignature()
    {
        ApiGatewayRequest r;
        r.path = QStringLiteral("/cloud/token");
        r.date = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const auto a = signApiGatewayRequest(r, Secret::fromString(QStringLiteral("one")));
        const auto b = signApiGatewayRequest(r, Secret::fromString(QStringLiteral("two")));
        QVERIFY(headerValue(a.headers, "X-Ca-Signature") != headerValue(b.headers, "X-Ca-Signature"));
        QVERIFY(!a.stringToSign.contains("one"));
    }
};

QTEST_GUILESS_MAIN(TestApiGatewaySigner)
#include "tst_apigatewaysigner.moc"
