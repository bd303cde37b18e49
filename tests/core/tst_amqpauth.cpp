#include "core/amqpauth.h"

#include <QtTest>

using namespace linkscope;

namespace {
const Secret kSecret = Secret::fromString(QStringLiteral("demoSecret123"));
const Secret kAkSecret = Secret::fromString(QStringLiteral("akSecret456"));

std::optional<Secret> lookup(const QString &key)
{
    if (key == u"demoKey")
        return kSecret;
    if (key == u"LTAI5tAk")
        return kAkSecret;
    return std::nullopt;
}
} // namespace

class TestAmqpAuth : public QObject {
    Q_OBJECT

private slots:
    void appKeyCredentialsMatchVector()
    {
        AmqpAppKeyParams p;
        p.clientId = QStringLiteral("host-1a2b3c");
        p.appKey = QStringLiteral("demoKey");
        p.random = 1700000000000;
        const AmqpCredentials c = amqpAppKeyCredentials(p, kSecret);
        QCOMPARE(c.username,
                 QStringLiteral("host-1a2b3c|authMode=appkey,signMethod=SHA256,"
                                "random=1700000000000,appKey=demoKey,groupId=demoKey|"));
        // echo -n "random=1700000000000" | openssl dgst -sha256 -hmac "demoSecret123"
        QCOMPARE(c.password, QByteArray("65014ec1e2a8f9f3b54403c48b5b66571370ec7e9970c24bed9045257c22fc08"));
    }

    void appKeyWithSha1AndGroup()
    {
        AmqpAppKeyParams p;
        p.clientId = QStringLiteral("c");
        p.appKey = QStringLiteral("demoKey");
        p.groupId = QStringLiteral("group-9");
        p.random = 1700000000000;
        p.method = SignMethod::HmacSha1;
        const AmqpCredentials c = amqpAppKeyCredentials(p, kSecret);
        QVERIFY(c.username.contains(u"signMethod=SHA1"));
        QVERIFY(c.username.contains(u"groupId=group-9|"));
        // echo -n "random=1700000000000" | openssl dgst -sha1 -hmac "demoSecret123"
        QCOMPARE(c.password, QByteArray("2f89f207b9209f0e95b5ae7e42bef597d2c60a72"));
    }

    void akSignCredentialsMatchVector()
    {
        AmqpAkSignParams p;
        p.clientId = QStringLiteral("c1");
        p.accessKeyId = QStringLiteral("LTAI5tAk");
        p.iotInstanceId = QStringLiteral("iot-cn-1");
        p.consumerGroupId = QStringLiteral("DEFAULT_GROUP");
        p.timestamp = 1700000000000;
        const AmqpCredentials c = amqpAkSignCredentials(p, kAkSecret);
        QCOMPARE(c.username,
                 QStringLiteral("c1|authMode=aksign,signMethod=hmacsha256,timestamp=1700000000000,"
                                "authId=LTAI5tAk,iotInstanceId=iot-cn-1,consumerGroupId=DEFAULT_GROUP|"));
        // echo -n "authId=LTAI5tAk&timestamp=1700000000000" | openssl dgst -sha256 -hmac "akSecret456"
        // -binary | base64
        QCOMPARE(c.password, QByteArray("UbfEYG8fg4zR4AM2BsRkhKBFww5n5xQFyk+H3H+Hp9M="));
    }

    void parsesUsernameInAnyOrder()
    {
        auto u
            = parseAmqpUsername(QStringLiteral("cid|random=5, appKey=k ,authMode=appkey,signMethod=SHA256|"));
        QVERIFY2(u.ok(), qPrintable(u.error()));
        QCOMPARE(u->clientId, QStringLiteral("cid"));
        QCOMPARE(u->params.value(QStringLiteral("appKey")), QStringLiteral("k"));
        QCOMPARE(u->params.value(QStringLiteral("random")), QStringLiteral("5"));
        QCOMPARE(u->params.size(), 4);
    }

    void rejectsMalformedUsernames_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no bars") << "plainuser"
                                 << "the username is not of the form clientId|key=value,...|";
        QTest::newRow("no closing bar") << "c|a=b"
                                        << "the username is not of the form clientId|key=value,...|";
        QTest::newRow("no client id") << "|a=b|"
                                      << "the username has no clientId before the first |";
        QTest::newRow("pair without =") << "c|a=b,junk|"
                                        << "the username part \"junk\" is not key=value";
        QTest::newRow("repeated key") << "c|a=b,a=c|"
                                      << "the username names a twice";
        QTest::newRow("long client id")
            << QString(65, u'x') + QStringLiteral("|a=b|") << "the clientId is 65 characters, over 64";
    }
    void rejectsMalformedUsernames()
    {
        QFETCH(QString, username);
        QFETCH(QString, reason);
        const auto u = parseAmqpUsername(username);
        QVERIFY(!u.ok());
        QCOMPARE(u.error(), reason);
    }

    void serverAcceptsWhatClientSends_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("SHA256") << int(SignMethod::HmacSha256);
        QTest::newRow("SHA1") << int(SignMethod::HmacSha1);
    }
    void serverAcceptsWhatClientSends()
    {
        QFETCH(int, method);
        AmqpAppKeyParams p {QStringLiteral("c"), QStringLiteral("demoKey"), {}, -77, SignMethod(method)};
        const AmqpCredentials c = amqpAppKeyCredentials(p, kSecret);
        const auto login = verifyAmqpLogin(c.username, c.password, lookup);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QCOMPARE(login->key, QStringLiteral("demoKey"));
        QCOMPARE(login->group, QStringLiteral("demoKey"));
        QCOMPARE(login->authMode, QStringLiteral("appkey"));
    }

    void serverAcceptsAkSign()
    {
        AmqpAkSignParams p {QStringLiteral("c"), QStringLiteral("LTAI5tAk"), {}, QStringLiteral("g1"), 99};
        const AmqpCredentials c = amqpAkSignCredentials(p, kAkSecret);
        const auto login = verifyAmqpLogin(c.username, c.password, lookup);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QCOMPARE(login->group, QStringLiteral("g1"));
    }

    void serverRefusesBadLogins_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("reason");
        const QByteArray good = "65014ec1e2a8f9f3b54403c48b5b66571370ec7e9970c24bed9045257c22fc08";
        const QString user
            = QStringLiteral("c|authMode=appkey,signMethod=SHA256,random=1700000000000,appKey=demoKey|");
        QTest::newRow("wrong signature")
            << user << QByteArray(64, 'a') << "the signature does not match AppKey demoKey's AppSecret";
        QTest::newRow("unknown appkey")
            << QString(user).replace(QStringLiteral("demoKey"), QStringLiteral("nobody")) << good
            << "AppKey nobody is unknown";
        QTest::newRow("other random")
            << QString(user).replace(QStringLiteral("1700000000000"), QStringLiteral("1")) << good
            << "the signature does not match AppKey demoKey's AppSecret";
        QTest::newRow("no random") << "c|authMode=appkey,signMethod=SHA256,appKey=demoKey|" << good
                                   << "the username has no random";
        QTest::newRow("bad method") << QString(user).replace(QStringLiteral("SHA256"),
                                                             QStringLiteral("ROT13"))
                                    << good << "signMethod ROT13 is not supported";
        QTest::newRow("bad mode") << QString(user).replace(QStringLiteral("appkey,"),
                                                           QStringLiteral("magic,"))
                                  << good << "authMode magic is not supported (appkey or aksign)";
        QTest::newRow("garbage") << "garbage" << good
                                 << "the username is not of the form clientId|key=value,...|";
    }
    void serverRefusesBadLogins()
    {
        QFETCH(QString, username);
        QFETCH(QByteArray, password);
        QFETCH(QString, reason);
        const auto login = verifyAmqpLogin(username, password, lookup);
        QVERIFY(!login.ok());
        QCOMPARE(login.error(), reason);
    }
};

QTEST_GUILESS_MAIN(TestAmqpAuth)
#include "tst_amqpauth.moc"
