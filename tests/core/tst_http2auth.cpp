#include "core/http2auth.h"

#include <QtTest>

using namespace linkscope;

namespace {
const Secret kSecret = Secret::fromString(QStringLiteral("demoSecret123"));
std::optional<Secret> lookup(const QString &key)
{
    return key == u"demoKey" ? std::optional<Secret>(kSecret) : std::nullopt;
}
} // namespace

class TestHttp2Auth : public QObject {
    Q_OBJECT

private slots:
    void headersMatchVectors_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QByteArray>("methodName");
        QTest::addColumn<QByteArray>("sign");
        // echo -n "random=-42" | openssl dgst -sha256 -hmac "demoSecret123"
        QTest::newRow("SHA256") << int(SignMethod::HmacSha256) << QByteArray("SHA256")
                                << QByteArray(
                                       "a4ec08f5c0c7e915859ac3a4c9eb2fe0bfa147d391e10676974af88ebd70e0a7");
        // echo -n "random=-42" | openssl dgst -sha1 -hmac "demoSecret123"
        QTest::newRow("SHA1") << int(SignMethod::HmacSha1) << QByteArray("SHA1")
                              << QByteArray("f15bfbf8f65a4617202e9e6efc30fd7b5a0d06de");
        // echo -n "random=-42" | openssl dgst -md5 -hmac "demoSecret123"
        QTest::newRow("HMACMD5") << int(SignMethod::HmacMd5) << QByteArray("HMACMD5")
                                 << QByteArray("c575cbf2ee1e067298e8143e4dbdafb8");
    }
    void headersMatchVectors()
    {
        QFETCH(int, method);
        QFETCH(QByteArray, methodName);
        QFETCH(QByteArray, sign);
        Http2AuthParams p;
        p.appKey = QStringLiteral("demoKey");
        p.random = -42;
        p.method = SignMethod(method);
        const HeaderList h = http2AuthHeaders(p, kSecret);
        const HeaderList expected = {
            {"x-auth-name", "appkey"},
            {"x-auth-param-app-key", "demoKey"},
            {"x-auth-param-sign-method", methodName},
            {"x-auth-param-random", "-42"},
            {"x-auth-param-sign", sign},
            {"x-clear-session", "0"},
        };
        QCOMPARE(h, expected);
    }

    void optionalSdkHeaders()
    {
        Http2AuthParams p;
        p.appKey = QStringLiteral("demoKey");
        p.clearSession = true;
        p.sdkVersion = QStringLiteral("0.1.0");
        p.sdkPlatform = QStringLiteral("linux");
        const HeaderList h = http2AuthHeaders(p, kSecret);
        QCOMPARE(headerValue(h, "x-clear-session"), QByteArray("1"));
        QCOMPARE(headerValue(h, "x-sdk-version"), QByteArray("0.1.0"));
        QCOMPARE(headerValue(h, "X-SDK-PLATFORM"), QByteArray("linux"));
        QVERIFY(headerValue(h, "x-sdk-version-name").isNull());
    }

    void serverVerifiesRoundTrip()
    {
        Http2AuthParams p;
        p.appKey = QStringLiteral("demoKey");
        p.random = 123456789;
        p.method = SignMethod::HmacSha1;
        p.clearSession = true;
        const auto login = verifyHttp2AuthHeaders(http2AuthHeaders(p, kSecret), lookup);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QCOMPARE(login->appKey, QStringLiteral("demoKey"));
        QCOMPARE(login->method, SignMethod::HmacSha1);
        QVERIFY(login->clearSession);
    }

    void serverRefuses_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong sign") << QByteArray("x-auth-param-sign") << QByteArray("00")
                                    << "the signature does not match AppKey demoKey's AppSecret";
        QTest::newRow("unknown key") << QByteArray("x-auth-param-app-key") << QByteArray("other")
                                     << "AppKey other is unknown";
        QTest::newRow("bad method") << QByteArray("x-auth-param-sign-method") << QByteArray("CRC32")
                                    << "x-auth-param-sign-method \"CRC32\" is not supported";
        QTest::newRow("bad random") << QByteArray("x-auth-param-random") << QByteArray("abc")
                                    << "x-auth-param-random is missing or not a number";
        QTest::newRow("bad auth name") << QByteArray("x-auth-name") << QByteArray("token")
                                       << "x-auth-name is \"token\", expected appkey";
    }
    void serverRefuses()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        Http2AuthParams p;
        p.appKey = QStringLiteral("demoKey");
        HeaderList h = http2AuthHeaders(p, kSecret);
        for (auto &pair : h) {
            if (pair.first == header)
                pair.second = value;
        }
        const auto login = verifyHttp2AuthHeaders(h, lookup);
        QVERIFY(!login.ok());
        QCOMPARE(login.error(), reason);
    }

    void serverNamesMissingHeader()
    {
        const auto login = verifyHttp2AuthHeaders({}, lookup);
        QCOMPARE(login.error(), QStringLiteral("the x-auth-name header is missing"));
    }
};

QTEST_GUILESS_MAIN(TestHttp2Auth)
#include "tst_http2auth.moc"
