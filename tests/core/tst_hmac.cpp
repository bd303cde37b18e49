#include "core/hmac.h"

#include <QtTest>

using namespace linkscope;

class TestHmac : public QObject {
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QByteArray>("hex");
        // echo -n "random=-42" | openssl dgst -sha384 -hmac "demoSecret123"
        QTest::newRow("SHA384") << int(SignMethod::HmacSha384)
                                << QByteArray(
                                       "7e83c4c05a0da15c1d919549efadf21c5529544db7e190c774a13f26d01e05f7"
                                       "16c4e9eb64f0ae8db268ee11c392b62c");
        // echo -n "random=-42" | openssl dgst -sha512 -hmac "demoSecret123"
        QTest::newRow("SHA512") << int(SignMethod::HmacSha512)
                                << QByteArray(
                                       "d5ed39eea2f84ce7cd06194542431cf05c568b363a0184a371481c71bc6eea2e"
                                       "1194957c6c57937280c5dbad2b12313377b905fa85f576aebebf9d806e26e4eb");
    }
    void vectors()
    {
        QFETCH(int, method);
        QFETCH(QByteArray, hex);
        QCOMPARE(
            hmacHex(SignMethod(method), Secret::fromString(QStringLiteral("demoSecret123")), "random=-42"),
            hex);
    }

    void namesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("method");
        QTest::newRow("SHA256") << "SHA256" << int(SignMethod::HmacSha256);
        QTest::newRow("hmacsha256") << "hmacsha256" << int(SignMethod::HmacSha256);
        QTest::newRow("sha1") << "sha1" << int(SignMethod::HmacSha1);
        QTest::newRow("HmacSHA1") << "HmacSHA1" << int(SignMethod::HmacSha1);
        QTest::newRow("HMACMD5") << "HMACMD5" << int(SignMethod::HmacMd5);
        QTest::newRow("SHA384") << "SHA384" << int(SignMethod::HmacSha384);
        QTest::newRow("SHA512") << "SHA512" << int(SignMethod::HmacSha512);
    }
    void namesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, method);
        QCOMPARE(signMethodFromName(name), std::optional<SignMethod>(SignMethod(method)));
        QCOMPARE(signMethodFromName(signMethodName(SignMethod(method))),
                 std::optional<SignMethod>(SignMethod(method)));
    }

    void unknownNames()
    {
        QVERIFY(!signMethodFromName(u"CRC32"));
        QVERIFY(!signMethodFromName(u""));
        QVERIFY(!signMethodFromName(u"HMAC"));
    }

    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(!constantTimeEquals("", "a"));
        QVERIFY(constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
