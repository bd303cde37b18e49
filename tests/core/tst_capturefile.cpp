// One line of a capture, as exports, linkscope-collect --jsonl and File >
// Record… write it: the payload's bytes come back as they were written.

#include "core/capturefile.h"

#include <QtTest>

using namespace linkscope;

class TestCaptureFile : public QObject {
    Q_OBJECT

private slots:
    void aJsonPayloadKeepsItsBytes()
    {
        // Keys out of order and a number written as 1.50: a JSON round trip would change both.
        const QByteArray line
            = "{\"messageId\":\"42\",\"kind\":\"property\",\"topic\":\"/pk/dn/thing/event/property/post\","
              "\"generateTime\":1700000000000,\"receivedAt\":1700000000123,"
              "\"payload\":{\"z\":1,\"a\":{\"value\":1.50},\"items\":[1, 2]}}";
        const auto r = parseCaptureLine(line);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->topic, QStringLiteral("/pk/dn/thing/event/property/post"));
        QCOMPARE(r->messageId, QStringLiteral("42"));
        QCOMPARE(r->generateTime, 1700000000000);
        QCOMPARE(r->receivedAt, 1700000000123);
        QCOMPARE(r->time(), 1700000000123);
        QCOMPARE(r->payload, QByteArray("{\"z\":1,\"a\":{\"value\":1.50},\"items\":[1, 2]}"));
    }

    void textAndBytesPayloads()
    {
        auto text = parseCaptureLine(
            "{\"messageId\":\"1\",\"topic\":\"/a/b\",\"generateTime\":5,\"payload\":\"not \\\"json\\\"\"}");
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(text->payload, QByteArray("not \"json\""));
        QCOMPARE(text->time(), 5); // no receivedAt: the push's time
        auto bytes = parseCaptureLine("{\"messageId\":\"2\",\"topic\":\"/a/b\",\"payloadBase64\":\"/w==\"}");
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        QCOMPARE(bytes->payload, QByteArray("\xff", 1));
        auto array = parseCaptureLine("{\"messageId\":\"3\",\"topic\":\"/a/b\",\"payload\":[{\"x\":1}]}");
        QVERIFY2(array.ok(), qPrintable(array.error()));
        QCOMPARE(array->payload, QByteArray("[{\"x\":1}]"));
    }

    void aNumericIdIsItsText()
    {
        auto spaced = parseCaptureLine("{\"messageId\": 77 ,\"topic\":\"/a/b\",\"payload\":{}}  ");
        QVERIFY2(spaced.ok(), qPrintable(spaced.error()));
        QCOMPARE(spaced->messageId, QStringLiteral("77"));
        auto r = parseCaptureLine("{\"messageId\":1001000000000000301,\"topic\":\"/a/b\",\"payload\":{}}");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->messageId, QStringLiteral("1001000000000000301"));
    }

    void whatTheCaptureSaidOfItIsKept()
    {
        auto r = parseCaptureLine("{\"messageId\":\"1\",\"kind\":\"rejected\",\"topic\":\"/a/b\",\"reason\":"
                                  "\"its id is over 256 bytes\",\"payload\":\"x\"}");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->kind, QStringLiteral("rejected"));
        QCOMPARE(r->reason, QStringLiteral("its id is over 256 bytes"));
    }

    void whatCannotBeReadSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("hello") << "JSON";
        QTest::newRow("cut short") << QByteArray(
            "{\"messageId\":\"1\",\"topic\":\"/a/b\",\"payload\":{\"x\":")
                                   << "JSON";
        QTest::newRow("an array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("no topic") << QByteArray("{\"messageId\":\"1\",\"payload\":{}}") << "no \"topic\"";
        QTest::newRow("no id") << QByteArray("{\"topic\":\"/a/b\",\"payload\":{}}") << "no \"messageId\"";
        QTest::newRow("no payload") << QByteArray("{\"messageId\":\"1\",\"topic\":\"/a/b\"}")
                                    << "no \"payload\"";
        QTest::newRow("two objects") << QByteArray(
            "{\"messageId\":\"1\",\"topic\":\"/a/b\",\"payload\":{}}{\"x\":1}")
                                     << "something follows";
        QTest::newRow("trailing junk")
            << QByteArray("{\"messageId\":\"1\",\"topic\":\"/a/b\",\"payload\":{}} junk") << "JSON";
        QTest::newRow("a broken bare payload")
            << QByteArray("{\"messageId\":\"1\",\"topic\":\"/a/b\",\"payload\":tru}") << "payload";
        QTest::newRow("bad base64") << QByteArray(
            "{\"messageId\":\"1\",\"topic\":\"/a/b\",\"payloadBase64\":\"@@@\"}")
                                    << "not base64";
        QTest::newRow("time as text")
            << QByteArray("{\"messageId\":\"1\",\"topic\":\"/a/b\",\"receivedAt\":\"x\",\"payload\":{}}")
            << "\"receivedAt\" is not a number";
    }
    void whatCannotBeReadSaysWhy()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const auto r = parseCaptureLine(line);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
