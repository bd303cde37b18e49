#include "http2/framecodec.h"

#include <QtTest>

using namespace linkscope::http2;

class TestFrameCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTripAcrossChunks()
    {
        const QByteArray wire = encodeFrame(FrameType::Headers, Flag::EndHeaders, 3, "abc")
            + pingFrame("12345678", false) + windowUpdateFrame(0, 1000);
        FrameReader r;
        QList<Frame> frames;
        for (char c : wire) { // one byte at a time: frames come out whole
            r.append(QByteArrayView(&c, 1));
            while (true) {
                auto f = r.take();
                QVERIFY(f.ok());
                if (!f->has_value())
                    break;
                frames.append(**f);
            }
        }
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].type, FrameType::Headers);
        QCOMPARE(frames[0].streamId, 3u);
        QCOMPARE(frames[0].payload, QByteArray("abc"));
        QVERIFY(frames[0].has(Flag::EndHeaders));
        QCOMPARE(frames[1].payload, QByteArray("12345678"));
        QCOMPARE(parseWindowUpdate(frames[2]).value(), 1000u);
        QCOMPARE(r.buffered(), 0);
    }

    void refusesOversizedFrames()
    {
        FrameReader r;
        r.setMaxFrameSize(16384);
        r.append(encodeFrame(FrameType::Data, 0, 1, QByteArray(16385, 'x')));
        auto f = r.take();
        QVERIFY(!f.ok());
        QCOMPARE(f.error(), QStringLiteral("the peer sent a 16385-byte frame, over the 16384-byte limit"));
    }

    void settingsParse()
    {
        const QByteArray wire = settingsFrame({{4, 1 << 22}, {0x63, 7}});
        FrameReader r;
        r.append(wire);
        const Frame f = **r.take();
        const auto s = parseSettings(f);
        QVERIFY(s.ok());
        QCOMPARE(s->size(), 2);
        QCOMPARE(s->at(1).first, quint16(0x63)); // unknown ids survive parsing
        Frame bad = f;
        bad.payload.chop(1);
        QVERIFY(!parseSettings(bad).ok());
        bad = f;
        bad.streamId = 1;
        QVERIFY(!parseSettings(bad).ok());
    }

    void settingsLimits_data()
    {
        QTest::addColumn<quint16>("id");
        QTest::addColumn<quint32>("value");
        QTest::newRow("push 2") << quint16(2) << 2u;
        QTest::newRow("window 2^31") << quint16(4) << 0x80000000u;
        QTest::newRow("frame too small") << quint16(5) << 100u;
        QTest::newRow("frame too big") << quint16(5) << (1u << 24);
    }
    void settingsLimits()
    {
        QFETCH(quint16, id);
        QFETCH(quint32, value);
        Frame f;
        f.type = FrameType::Settings;
        f.payload = settingsFrame({{id, value}}).mid(FrameHeaderSize);
        QVERIFY(!parseSettings(f).ok());
    }

    void paddingAndPriority()
    {
        Frame f;
        f.type = FrameType::Headers;
        f.flags = Flag::Padded | Flag::Priority;
        f.payload = QByteArray("\x02", 1) + QByteArray(5, '\0') + "block" + QByteArray(2, '\0');
        auto u = stripPadding(f);
        QVERIFY(u.ok());
        QCOMPARE(u->fragment, QByteArray("block"));
        f.payload = QByteArray("\x09", 1) + "abc"; // padding longer than the frame
        QVERIFY(!stripPadding(f).ok());
        Frame p;
        p.type = FrameType::PushPromise;
        p.payload = QByteArray("\x00\x00\x00\x04", 4) + "hdrs";
        u = stripPadding(p);
        QCOMPARE(u->promisedStreamId, 4u);
        QCOMPARE(u->fragment, QByteArray("hdrs"));
    }

    void goAwayAndReset()
    {
        FrameReader r;
        r.append(goAwayFrame(7, ErrorCode::EnhanceYourCalm, "slow down")
                 + rstStreamFrame(5, ErrorCode::Cancel));
        const auto g = parseGoAway(**r.take());
        QCOMPARE(g->lastStreamId, 7u);
        QCOMPARE(g->errorCode, quint32(ErrorCode::EnhanceYourCalm));
        QCOMPARE(g->debug, QByteArray("slow down"));
        QCOMPARE(parseRstStream(**r.take()).value(), quint32(ErrorCode::Cancel));
        QCOMPARE(errorCodeName(0xb), QStringLiteral("ENHANCE_YOUR_CALM"));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
