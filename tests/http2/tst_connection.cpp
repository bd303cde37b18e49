#include "http2/connection.h"
#include "http2/framecodec.h"
#include "http2/hpack.h"

#include <QtTest>

using namespace linkscope;
using namespace linkscope::http2;

namespace {

struct Recorder : Connection::Listener {
    struct Event {
        QString what;
        quint32 stream = 0;
        HeaderList headers;
        QByteArray data;
        bool end = false;
        quint32 other = 0;
    };
    QList<Event> events;
    QHash<quint32, QByteArray> bodies;

    void onHeaders(quint32 s, const HeaderList &h, bool end) override
    {
        events.append({QStringLiteral("headers"), s, h, {}, end, 0});
    }
    void onData(quint32 s, const QByteArray &d, bool end) override
    {
        bodies[s] += d;
        if (end)
            events.append({QStringLiteral("end"), s, {}, {}, true, 0});
    }
    void onPushPromise(quint32 s, quint32 p, const HeaderList &h) override
    {
        events.append({QStringLiteral("promise"), s, h, {}, false, p});
    }
    void onStreamReset(quint32 s, quint32 code) override
    {
        events.append({QStringLiteral("reset"), s, {}, {}, false, code});
    }
    void onGoAway(quint32 last, quint32 code, const QByteArray &debug) override
    {
        events.append({QStringLiteral("goaway"), last, {}, debug, false, code});
    }
    void onPingAck(const QByteArray &o) override
    {
        events.append({QStringLiteral("pingack"), 0, {}, o, false, 0});
    }
    int count(const QString &what) const
    {
        return int(
            std::count_if(events.begin(), events.end(), [&](const Event &e) { return e.what == what; }));
    }
};

// A client and a server wired back to back in memory.
struct Pair {
    Recorder clientEvents, serverEvents;
    Connection client;
    Connection server;
    QString clientError, serverError;

    explicit Pair(Connection::Options c = {}, Connection::Options s = serverOpts())
        : client(c, &clientEvents), server(s, &serverEvents)
    {
        client.start();
        server.start();
        pump();
    }
    static Connection::Options serverOpts()
    {
        Connection::Options o;
        o.role = Connection::Role::Server;
        return o;
    }
    void pump()
    {
        for (int i = 0; i < 10000 && (client.hasOutput() || server.hasOutput()); ++i) {
            if (client.hasOutput()) {
                auto r = server.receive(client.takeOutput());
                if (!r)
                    serverError = r.error();
            }
            if (server.hasOutput()) {
                auto r = client.receive(server.takeOutput());
                if (!r)
                    clientError = r.error();
            }
        }
    }
};

} // namespace

class TestConnection : public QObject {
    Q_OBJECT

private slots:
    void handshakeAndRequest()
    {
        Pair p;
        QVERIFY(p.clientError.isEmpty());
        QVERIFY(p.serverError.isEmpty());
        const quint32 id = p.client.nextStreamId();
        QCOMPARE(id, 1u);
        p.client.sendHeaders(id, {{":method", "GET"}, {":path", "/message/ack"}}, true);
        p.pump();
        QCOMPARE(p.serverEvents.count(QStringLiteral("headers")), 1);
        QCOMPARE(headerValue(p.serverEvents.events[0].headers, ":path"), QByteArray("/message/ack"));
        QVERIFY(p.serverEvents.events[0].end);
        p.server.sendHeaders(id, {{":status", "200"}}, false);
        p.server.sendData(id, "hello", true);
        p.pump();
        QCOMPARE(headerValue(p.clientEvents.events[0].headers, ":status"), QByteArray("200"));
        QCOMPARE(p.clientEvents.bodies[id], QByteArray("hello"));
        QCOMPARE(p.clientEvents.count(QStringLiteral("end")), 1);
        QCOMPARE(p.client.openStreams(), 0);
        QCOMPARE(p.server.openStreams(), 0);
    }

    void headersSpanContinuations()
    {
        Pair p;
        const QByteArray big(40000, 'h'); // over two 16 KiB frames even after HPACK
        p.client.sendHeaders(p.client.nextStreamId(), {{":path", "/x"}, {"x-big", big}}, true);
        p.pump();
        QVERIFY2(p.serverError.isEmpty(), qPrintable(p.serverError));
        QCOMPARE(headerValue(p.serverEvents.events.value(0).headers, "x-big"), big);
    }

    void largeBodyUnderFlowControl()
    {
        Connection::Options small; // the client grants only the RFC's default windows
        small.initialWindowSize = 65535;
        small.connectionWindow = 65535;
        Pair p(small);
        const quint32 id = p.client.nextStreamId();
        p.client.sendHeaders(id, {{":path", "/big"}}, true);
        p.pump();
        QByteArray body(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i * 7 + (i >> 9));
        p.server.sendHeaders(id, {{":status", "200"}}, false);
        p.server.sendData(id, body, true);
        QVERIFY(p.server.pendingDataBytes() > 0); // held back by the window
        p.pump();
        QVERIFY2(p.clientError.isEmpty(), qPrintable(p.clientError));
        QCOMPARE(p.clientEvents.bodies[id].size(), body.size());
        QVERIFY(p.clientEvents.bodies[id] == body);
        QCOMPARE(p.server.pendingDataBytes(), 0);
    }

    // With holdConnectionWindow the connection window comes back only as
    // the listener releases what it was given: the peer's DATA stops at a
    // window's worth (a store that cannot write), and flows again after.
    void aHeldConnectionWindowStopsThePeerUntilReleased()
    {
        Connection::Options held;
        held.connectionWindow = 65535;
        held.holdConnectionWindow = true;
        Pair p(held);
        const quint32 id = p.client.nextStreamId();
        p.client.sendHeaders(id, {{":path", "/big"}}, true);
        p.pump();
        const QByteArray body(200'000, 'b');
        p.server.sendHeaders(id, {{":status", "200"}}, false);
        p.server.sendData(id, body, true);
        p.pump();
        QVERIFY2(p.clientError.isEmpty(), qPrintable(p.clientError));
        QCOMPARE(p.clientEvents.bodies[id].size(), 65535); // a window's worth, then nothing
        QCOMPARE(p.client.heldWindow(), 65535);
        QCOMPARE(p.server.pendingDataBytes(), body.size() - 65535);
        p.client.releaseWindow(40'000); // done with some: that much more comes
        p.pump();
        QCOMPARE(p.clientEvents.bodies[id].size(), 65535 + 40'000);
        for (int i = 0; i < 10 && p.clientEvents.bodies[id].size() < body.size(); ++i) {
            p.client.releaseWindow(p.client.heldWindow());
            p.pump();
        }
        QVERIFY2(p.clientError.isEmpty(), qPrintable(p.clientError));
        QVERIFY(p.clientEvents.bodies[id] == body);
        QCOMPARE(p.server.pendingDataBytes(), 0);
    }

    void bareServerStreamsNeedTheQuirk()
    {
        Pair p;
        p.server.sendHeaders(2, {{"x-message-id", "m1"}, {"x-topic", "/a/b"}}, false);
        p.server.sendData(2, "{}", true);
        p.pump();
        QVERIFY(p.clientError.isEmpty());
        QCOMPARE(p.clientEvents.events.value(0).stream, 2u);
        QCOMPARE(p.clientEvents.bodies[2], QByteArray("{}"));

        Connection::Options strict;
        strict.acceptUnpromisedServerStreams = false;
        Pair q(strict);
        q.server.sendHeaders(2, {{"x-message-id", "m1"}}, true);
        q.pump();
        QCOMPARE(q.clientError, QStringLiteral("HEADERS on stream 2, which the server did not promise"));
        QVERIFY(q.client.isBroken());
    }

    void pushPromise()
    {
        Pair p;
        const quint32 req = p.client.nextStreamId();
        p.client.sendHeaders(req, {{":path", "/message/ack"}}, true);
        p.pump();
        p.server.sendHeaders(req, {{":status", "200"}}, false);
        const quint32 promised = p.server.nextStreamId();
        p.server.sendPushPromise(req, promised, {{":path", "/message/push/1"}});
        p.server.sendHeaders(promised, {{":status", "200"}, {"x-message-id", "1"}}, false);
        p.server.sendData(promised, "payload", true);
        p.pump();
        QVERIFY2(p.clientError.isEmpty(), qPrintable(p.clientError));
        QCOMPARE(p.clientEvents.count(QStringLiteral("promise")), 1);
        QCOMPARE(p.clientEvents.bodies[promised], QByteArray("payload"));
    }

    void pingIsAnswered()
    {
        Pair p;
        p.client.sendPing("abcdefgh");
        p.pump();
        QCOMPARE(p.clientEvents.count(QStringLiteral("pingack")), 1);
        QCOMPARE(p.clientEvents.events.last().data, QByteArray("abcdefgh"));
    }

    void goAwayReachesPeer()
    {
        Pair p;
        p.server.goAway(ErrorCode::NoError, "bye");
        p.pump();
        QCOMPARE(p.clientEvents.events.last().what, QStringLiteral("goaway"));
        QCOMPARE(p.clientEvents.events.last().data, QByteArray("bye"));
    }

    void malformedInputIsAConnectionError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong preface")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << "the client did not start with the HTTP/2 preface";
        const QByteArray preface = ClientPreface.toByteArray();
        QTest::newRow("not settings first")
            << preface + pingFrame("12345678", false) << "the peer's first frame is of type 6, not SETTINGS";
        const QByteArray start = preface + settingsFrame({});
        QTest::newRow("oversized frame") << start + encodeFrame(FrameType::Data, 0, 1, QByteArray(20000, 'x'))
                                         << "the peer sent a 20000-byte frame, over the 16384-byte limit";
        QTest::newRow("headers on stream 0")
            << start + encodeFrame(FrameType::Headers, Flag::EndHeaders, 0, "x")
            << "a header block on stream 0";
        QTest::newRow("bad hpack") << start
                + encodeFrame(FrameType::Headers, Flag::EndHeaders, 1, QByteArray(8, '\xff'))
                                   << "HPACK decoding failed: Header compression/decompression error";
        QTest::newRow("lone continuation")
            << start + encodeFrame(FrameType::Continuation, Flag::EndHeaders, 1, "x")
            << "a CONTINUATION without its header block";
        QTest::newRow("bad ping") << start + encodeFrame(FrameType::Ping, 0, 0, "short")
                                  << "a malformed PING";
        QTest::newRow("window 0") << start + windowUpdateFrame(0, 0)
                                  << "a WINDOW_UPDATE of 0 for the connection";
        QTest::newRow("data on idle stream")
            << start + encodeFrame(FrameType::Data, 0, 5, "x") << "DATA on idle stream 5";
        QTest::newRow("push from client")
            << start + encodeFrame(FrameType::PushPromise, Flag::EndHeaders, 1, QByteArray(4, '\0'))
            << "a client sent PUSH_PROMISE";
    }
    void malformedInputIsAConnectionError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Recorder events;
        Connection server(Pair::serverOpts(), &events);
        server.start();
        server.takeOutput();
        const auto r = server.receive(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), reason);
        // A GOAWAY with the reason goes back to the peer, and the connection stays failed.
        const QByteArray out = server.takeOutput();
        QVERIFY(out.contains(reason.toUtf8()));
        QVERIFY(!server.receive(settingsFrame({})).ok());
    }

    void connectionWindowViolation()
    {
        Connection::Options o;
        o.initialWindowSize = 65535;
        o.connectionWindow = 65535;
        o.maxFrameSize = 1 << 20; // so one frame can overrun the window
        Recorder events;
        Connection client(o, &events);
        client.start();
        const quint32 id = client.nextStreamId();
        client.sendHeaders(id, {{":path", "/"}}, true);
        client.takeOutput();
        HpackEncoder enc;
        QByteArray in = settingsFrame({})
            + encodeFrame(FrameType::Headers, Flag::EndHeaders, id, enc.encode({{":status", "200"}}));
        QVERIFY(client.receive(in).ok());
        const auto r = client.receive(encodeFrame(FrameType::Data, 0, id, QByteArray(70000, 'x')));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("the peer sent more DATA than the connection window allows"));
    }

    void streamWindowViolation()
    {
        Connection::Options o;
        o.initialWindowSize = 65535;
        o.maxFrameSize = 1 << 20;
        Recorder events;
        Connection client(o, &events);
        client.start();
        const quint32 id = client.nextStreamId();
        client.sendHeaders(id, {{":path", "/"}}, true);
        client.takeOutput();
        HpackEncoder enc;
        QVERIFY(client
                    .receive(settingsFrame({})
                             + encodeFrame(FrameType::Headers, Flag::EndHeaders, id,
                                           enc.encode({{":status", "200"}})))
                    .ok());
        // Over the stream's window but within the connection's: the stream is reset, the connection lives.
        QVERIFY(client.receive(encodeFrame(FrameType::Data, 0, id, QByteArray(70000, 'x'))).ok());
        QVERIFY(client.takeOutput().contains(rstStreamFrame(id, ErrorCode::FlowControlError)));
        QVERIFY(events.bodies.value(id).isEmpty());
        QVERIFY(!client.isBroken());
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
