// The HTTP/2 subscriber against a hostile server: every buffer such a peer
// can fill has a bound, and going over it ends in words, never in memory
// growing without end.

#include "common/testcerts.h"
#include "common/tlspeer.h"
#include "http2/connection.h"
#include "http2/framecodec.h"
#include "pipelinefixture.h"
#include "transport/http2subscriber.h"

#include <QtTest>

using namespace linkscope;

namespace {

// An HTTP/2 server of our own framing that logs the client in and then does
// what a scenario asks.
class HostileServer : public http2::Connection::Listener {
public:
    TlsPeer peer;
    QPointer<QSslSocket> socket;
    std::unique_ptr<http2::Connection> h2;
    bool ignoreClient = false; // past the login, what the client sends is not read
    std::function<void()> afterLogin;
    QList<QPair<quint32, quint32>> resets; // stream, error code: what the client reset
    QStringList acks; // the message ids the client acknowledged
    int logins = 0;

    bool listen(const QString &certs)
    {
        peer.onEncrypted = [this](QSslSocket *s) {
            socket = s;
            ignoreClient = false;
            http2::Connection::Options o;
            o.role = http2::Connection::Role::Server;
            h2 = std::make_unique<http2::Connection>(o, this);
            h2->start();
            flush();
        };
        peer.onBytes = [this](QSslSocket *s, const QByteArray &bytes) {
            if (s != socket || ignoreClient || !h2)
                return;
            (void)h2->receive(bytes);
            flush();
        };
        return peer.listen(certs, {"h2"});
    }

    void flush()
    {
        if (socket && h2 && h2->hasOutput())
            socket->write(h2->takeOutput());
    }
    void raw(const QByteArray &bytes)
    {
        if (socket)
            socket->write(bytes);
    }
    // A server stream with a message's headers (bare HEADERS, as the cloud sends).
    quint32 openMessage(const QByteArray &id, int qos = 1)
    {
        const quint32 sid = h2->nextStreamId();
        h2->sendHeaders(sid,
                        {{"x-message-id", id},
                         {"x-topic", "/pkH/devH/thing/event/property/post"},
                         {"x-qos", QByteArray::number(qos)}},
                        false);
        flush();
        return sid;
    }

    void onHeaders(quint32 streamId, const HeaderList &headers, bool) override
    {
        if (++logins == 1 || headerValue(headers, "x-message-id").isEmpty()) {
            h2->sendHeaders(streamId, {{":status", "200"}}, true);
            flush();
            if (afterLogin)
                QTimer::singleShot(0, afterLogin);
            return;
        }
        acks << QString::fromUtf8(headerValue(headers, "x-message-id"));
        h2->sendHeaders(streamId, {{":status", "200"}}, true);
        flush();
    }
    void onData(quint32, const QByteArray &, bool) override { }
    void onStreamReset(quint32 streamId, quint32 code) override { resets.append({streamId, code}); }

    int resetsWith(http2::ErrorCode code) const
    {
        int n = 0;
        for (const auto &[id, c] : resets)
            n += c == quint32(code) ? 1 : 0;
        return n;
    }
};

} // namespace

class TestHttp2Hostile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certs;

    SubscriberProfile profile(quint16 port) const
    {
        SubscriberProfile p;
        p.protocol = PushProtocol::Http2;
        p.host = "127.0.0.1";
        p.port = port;
        p.caFile = m_certs + "/ca.pem";
        p.appKey = "k";
        p.appSecret = Secret::fromString("s");
        return p;
    }

    template<typename T> static T onItsThread(transport::Http2Subscriber *s, std::function<T()> fn)
    {
        T out {};
        QMetaObject::invokeMethod(
            s, [&] { out = fn(); }, Qt::BlockingQueuedConnection);
        return out;
    }

private slots:
    void initTestCase()
    {
        registerMessageTypes();
        m_certs = m_dir.filePath("certs");
        QString error;
        QVERIFY2(testcerts::make(m_certs, "IP:127.0.0.1", &error), qPrintable(error));
    }

    void promisesCountAgainstTheStreamLimit()
    {
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        server.afterLogin = [&] {
            // 20 promises on the login stream, none completed.
            for (int i = 0; i < 20; ++i)
                server.h2->sendPushPromise(1, server.h2->nextStreamId(),
                                           {{":method", "GET"},
                                            {":path", "/m"},
                                            {":scheme", "https"},
                                            {":authority", "x"},
                                            {"x-message-id", QByteArray::number(i)}});
            server.flush();
        };
        transport::Http2Subscriber::Limits limits;
        limits.maxConcurrentStreams = 5;
        auto *sub = new transport::Http2Subscriber(profile(server.peer.port()), {}, limits);
        Pipeline p(std::unique_ptr<transport::Subscriber>(sub), m_dir.filePath("promise.sqlite"));
        QTRY_COMPARE(server.resetsWith(http2::ErrorCode::RefusedStream), 15);
        QCOMPARE(onItsThread<int>(sub, [sub] { return sub->streamsBuffered(); }), 5);
    }

    void oneMessageIsBoundedAndKeptAsRejected()
    {
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        quint32 stream = 0;
        server.afterLogin = [&] {
            stream = server.openMessage("too-big");
            for (int i = 0; i < 20; ++i) // 200 KiB, no end
                server.h2->sendData(stream, QByteArray(10 * 1024, 'z'), false);
            server.flush();
        };
        transport::Http2Subscriber::Limits limits;
        limits.maxMessageBytes = 64 * 1024;
        auto *sub = new transport::Http2Subscriber(profile(server.peer.port()), {}, limits);
        const QString db = m_dir.filePath("big.sqlite");
        Pipeline p(std::unique_ptr<transport::Subscriber>(sub), db);
        QTRY_COMPARE(server.resetsWith(http2::ErrorCode::Cancel), 1);
        QCOMPARE(server.resets.first().first, stream);
        // Kept with its reason, then acknowledged: the cloud need not send it again.
        QTRY_COMPARE(server.acks, QStringList({"too-big"}));
        QSqlDatabase sdb = QSqlDatabase::addDatabase("QSQLITE", "big");
        sdb.setDatabaseName(db);
        QVERIFY(sdb.open());
        QSqlQuery q(sdb);
        QVERIFY(q.exec("SELECT reason, length(payload) FROM rejects WHERE message_id = 'too-big'"));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(u"more than 64 KiB for one message"),
                 qPrintable(q.value(0).toString()));
        QVERIFY(q.value(1).toInt() <= 64 * 1024);
        q.finish();
        sdb.close();
        sdb = QSqlDatabase();
        QSqlDatabase::removeDatabase("big");
        QCOMPARE(onItsThread<qsizetype>(sub, [sub] { return sub->bytesBuffered(); }), 0);
    }

    void allOpenMessagesTogetherAreBounded()
    {
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        server.afterLogin = [&] {
            for (int s = 0; s < 6; ++s) { // 6 × 60 KiB open at once
                const quint32 id = server.openMessage("open-" + QByteArray::number(s));
                server.h2->sendData(id, QByteArray(60 * 1024, 'o'), false);
            }
            server.flush();
        };
        transport::Http2Subscriber::Limits limits;
        limits.maxMessageBytes = 100 * 1024;
        limits.maxBufferedBytes = 128 * 1024;
        auto *sub = new transport::Http2Subscriber(profile(server.peer.port()), {}, limits);
        Pipeline p(std::unique_ptr<transport::Subscriber>(sub), m_dir.filePath("total.sqlite"));
        QTRY_COMPARE(server.resetsWith(http2::ErrorCode::Cancel), 4); // two fit, four do not
        QVERIFY(onItsThread<qsizetype>(sub, [sub] { return sub->bytesBuffered(); }) <= 128 * 1024);
        QCOMPARE(onItsThread<int>(sub, [sub] { return sub->streamsBuffered(); }), 2);
    }

    void streamsTheCodecDropsFreeTheirBuffers()
    {
        // A WINDOW_UPDATE of 0 on a message stream breaks the protocol on
        // that stream: the codec resets it, and what the subscriber held for
        // the unfinished message goes too.
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        server.afterLogin = [&] {
            const quint32 id = server.openMessage("dropped");
            server.h2->sendData(id, QByteArray(10 * 1024, 'w'), false);
            server.flush();
            QTimer::singleShot(200, [&server, id] { server.raw(http2::windowUpdateFrame(id, 0)); });
        };
        auto *sub = new transport::Http2Subscriber(profile(server.peer.port()));
        Pipeline p(std::unique_ptr<transport::Subscriber>(sub), m_dir.filePath("dropped.sqlite"));
        QTRY_COMPARE(onItsThread<qsizetype>(sub, [sub] { return sub->bytesBuffered(); }), 10 * 1024);
        QTRY_COMPARE(server.resetsWith(http2::ErrorCode::ProtocolError), 1);
        QTRY_COMPARE(onItsThread<int>(sub, [sub] { return sub->streamsBuffered(); }), 0);
        QCOMPARE(onItsThread<qsizetype>(sub, [sub] { return sub->bytesBuffered(); }), 0);
    }

    void aPingFloodEndsTheConnection()
    {
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        server.afterLogin = [&] {
            QByteArray flood;
            for (int i = 0; i < 20'000; ++i)
                flood += http2::pingFrame(QByteArray(8, char(i)), false);
            server.raw(flood);
        };
        Pipeline p(std::make_unique<transport::Http2Subscriber>(profile(server.peer.port())),
                   m_dir.filePath("flood.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 20000);
        QVERIFY2(detail.contains(u"floods us"), qPrintable(detail));
    }

    void aServerThatStopsReadingIsDropped()
    {
        // The server keeps asking (PINGs, each with a message between, so it
        // is no flood) and never reads the answers: they pile up at the
        // client only up to its bound, then the connection goes.
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        QTimer pump;
        int sent = 0;
        QObject::connect(&pump, &QTimer::timeout, [&] {
            if (!server.socket)
                return;
            QByteArray burst;
            for (int i = 0; i < 4000; ++i)
                burst += http2::pingFrame(QByteArray(8, 'p'), false);
            server.raw(burst);
            const quint32 id = server.openMessage("m" + QByteArray::number(sent++), 0);
            server.h2->sendData(id, "{\"items\":{}}", true);
            server.flush();
        });
        server.afterLogin = [&] {
            server.ignoreClient = true;
            server.peer.stopReading = true;
            pump.start(5);
        };
        transport::Http2Subscriber::Limits limits;
        limits.maxUnsentBytes = 256 * 1024;
        transport::Http2Subscriber::Timing timing;
        timing.pingIntervalMs = 3'600'000;
        timing.silenceTimeoutMs = 3'600'000;
        Pipeline p(std::make_unique<transport::Http2Subscriber>(profile(server.peer.port()), timing, limits),
                   m_dir.filePath("deaf.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 60000);
        pump.stop();
        QVERIFY2(detail.contains(u"stopped reading"), qPrintable(detail));
    }

    void silenceCountsOnlyMessagesAndPingAnswers()
    {
        // SETTINGS every 200 ms, but no message and no PING answer: silence.
        HostileServer server;
        QVERIFY(server.listen(m_certs));
        QTimer chatter;
        QObject::connect(&chatter, &QTimer::timeout, [&] { server.raw(http2::settingsFrame({})); });
        server.afterLogin = [&] {
            server.ignoreClient = true; // its PINGs go unanswered
            chatter.start(200);
        };
        transport::Http2Subscriber::Timing timing;
        timing.pingIntervalMs = 300;
        timing.silenceTimeoutMs = 2000;
        Pipeline p(std::make_unique<transport::Http2Subscriber>(profile(server.peer.port()), timing),
                   m_dir.filePath("chatter.sqlite"));
        QString detail;
        QTRY_VERIFY_WITH_TIMEOUT(p.sawState(ConnectionState::Reconnecting, &detail), 20000);
        QVERIFY2(detail.contains(u"nothing arrived for"), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestHttp2Hostile)
#include "tst_http2hostile.moc"
