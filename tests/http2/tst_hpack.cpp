#include "http2/hpack.h"

#include <QtTest>

using namespace linkscope;
using namespace linkscope::http2;

class TestHpack : public QObject {
    Q_OBJECT

private slots:
    void roundTripWithDynamicTable()
    {
        HpackEncoder enc;
        HpackDecoder dec;
        const HeaderList h {{":status", "200"},
                            {"x-topic", "/pk/dn/thing/event/property/post"},
                            {"x-message-id", "1001"},
                            {"x-qos", "1"}};
        const QByteArray first = enc.encode(h);
        QCOMPARE(dec.decode(first).value(), h);
        // The second time the table makes it shorter, and the same decoder follows.
        HeaderList h2 = h;
        h2[2].second = "1002";
        const QByteArray second = enc.encode(h2);
        QVERIFY(second.size() < first.size());
        QCOMPARE(dec.decode(second).value(), h2);
    }

    void utf8Values()
    {
        HpackEncoder enc;
        HpackDecoder dec;
        const HeaderList h {{"x-name", QStringLiteral("开门通知").toUtf8()}};
        QCOMPARE(dec.decode(enc.encode(h)).value(), h);
    }

    void refusesGarbageAndStaysBroken()
    {
        HpackDecoder dec;
        const auto r = dec.decode(QByteArray("\xff\xff\xff\xff\xff\xff", 6));
        QVERIFY(!r.ok());
        QVERIFY(r.error().startsWith(u"HPACK decoding failed"));
        HpackEncoder enc;
        QVERIFY(!dec.decode(enc.encode({{"a", "b"}})).ok()); // the table state is unknown now
    }

    void headerListLimit()
    {
        HpackEncoder enc;
        HpackDecoder dec(100);
        const auto r = dec.decode(enc.encode({{"x-big", QByteArray(200, 'v')}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("a header list over 100 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestHpack)
#include "tst_hpack.moc"
