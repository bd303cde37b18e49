// Our HTTP/2 codec as a plain client against nghttpd (Debian's
// nghttp2-server), an implementation nobody here wrote: files come back byte
// for byte, one of them much larger than the windows we advertise, so the
// transfer only completes if our framing, HPACK and flow control (stream and
// connection WINDOW_UPDATEs) are right.

#include "http2/connection.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

namespace {
struct Response {
    QByteArray status;
    QByteArray contentLength;
    QByteArray body;
    bool done = false;
    quint32 reset = 0;
};

struct Collector : http2::Connection::Listener {
    QHash<quint32, Response> responses;
    bool goAway = false;
    void onHeaders(quint32 id, const HeaderList &h, bool end) override
    {
        Response &r = responses[id];
        if (r.status.isEmpty()) {
            r.status = headerValue(h, ":status");
            r.contentLength = headerValue(h, "content-length");
        }
        r.done = r.done || end;
    }
    void onData(quint32 id, const QByteArray &data, bool end) override
    {
        Response &r = responses[id];
        r.body += data;
        r.done = r.done || end;
    }
    void onStreamReset(quint32 id, quint32 code) override
    {
        responses[id].reset = code;
        responses[id].done = true;
    }
    void onGoAway(quint32, quint32, const QByteArray &) override { goAway = true; }
};

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}
} // namespace

class TestNghttpdInterop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QByteArray m_big;

private slots:
    void initTestCase()
    {
        const QString nghttpd
            = QStandardPaths::findExecutable(QStringLiteral("nghttpd"), {"/usr/sbin", "/usr/bin"});
        if (nghttpd.isEmpty())
            QFAIL("nghttpd (Debian's nghttp2-server) is not installed");
        QVERIFY(m_dir.isValid());
        m_big.resize(3 * 1024 * 1024 + 4321); // 48 times the 64 KiB windows we advertise
        for (qsizetype i = 0; i < m_big.size(); ++i)
            m_big[i] = char(QRandomGenerator::global()->bounded(256));
        for (const auto &[name, bytes] :
             {std::pair<const char *, QByteArray> {"big.bin", m_big},
              std::pair<const char *, QByteArray> {"small.txt", "hello, 生活物联网\n"}}) {
            QFile f(m_dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        m_port = freePort();
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(nghttpd, {"--no-tls", "-a", "127.0.0.1", "-d", m_dir.path(), QString::number(m_port)});
        QVERIFY(m_server.waitForStarted());
        QElapsedTimer t;
        t.start();
        bool up = false;
        while (!up && t.elapsed() < 10'000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            up = probe.waitForConnected(200);
            if (!up)
                QTest::qWait(50);
        }
        QVERIFY2(up, m_server.readAll().constData());
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void fetchesFilesByteForByte()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        Collector listener;
        http2::Connection::Options o;
        o.role = http2::Connection::Role::Client;
        o.initialWindowSize = 65'535; // the protocol's default: nghttpd must wait for our updates
        o.connectionWindow = 65'535;
        o.enablePush = false;
        o.acceptUnpromisedServerStreams = false;
        http2::Connection c(o, &listener);
        c.start();
        const auto request = [&](const QByteArray &path) {
            const quint32 id = c.nextStreamId();
            c.sendHeaders(id,
                          {{":method", "GET"},
                           {":scheme", "http"},
                           {":authority", "127.0.0.1:" + QByteArray::number(m_port)},
                           {":path", path},
                           {"user-agent", "linkscope-codec-test"}},
                          true);
            return id;
        };
        const quint32 big = request("/big.bin");
        const quint32 small = request("/small.txt");
        const quint32 missing = request("/no-such-file");
        socket.write(c.takeOutput());
        QString error;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
            const auto ok = c.receive(socket.readAll());
            if (!ok)
                error = ok.error();
            if (c.hasOutput())
                socket.write(c.takeOutput());
        });
        QTRY_VERIFY_WITH_TIMEOUT((listener.responses.value(big).done && listener.responses.value(small).done
                                  && listener.responses.value(missing).done)
                                     || !error.isEmpty(),
                                 30'000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!listener.goAway);
        const Response b = listener.responses.value(big);
        QCOMPARE(b.status, QByteArray("200"));
        QCOMPARE(b.contentLength, QByteArray::number(m_big.size()));
        QCOMPARE(b.body.size(), m_big.size());
        QVERIFY(b.body == m_big);
        const Response s = listener.responses.value(small);
        QCOMPARE(s.status, QByteArray("200"));
        QCOMPARE(QString::fromUtf8(s.body), QStringLiteral("hello, 生活物联网\n"));
        QCOMPARE(listener.responses.value(missing).status, QByteArray("404"));
        QVERIFY(!c.isBroken());
        // A PING round trip with the same server.
        c.sendPing("01234567");
        socket.write(c.takeOutput());
        QVERIFY(socket.waitForBytesWritten(2000));
        c.goAway(http2::ErrorCode::NoError, "done");
        socket.write(c.takeOutput());
        socket.flush();
    }
};

QTEST_MAIN(TestNghttpdInterop)
#include "tst_nghttpdinterop.moc"
