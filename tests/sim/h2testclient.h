#pragma once

// Test helper: a minimal HTTP/2 push client on our own codec (the emulator's
// counterpart), for checking the emulator's HTTP/2 side from the outside.

#include "core/http2auth.h"
#include "http2/connection.h"

#include <QFile>
#include <QHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

class H2TestClient : public QObject, public linkscope::http2::Connection::Listener {
public:
    struct Message {
        quint32 stream = 0;
        linkscope::HeaderList headers;
        QByteArray body;
        bool promised = false;
        QByteArray header(const char *name) const { return linkscope::headerValue(headers, name); }
    };

    QSslSocket socket;
    std::unique_ptr<linkscope::http2::Connection> h2;
    quint32 authStream = 0;
    int authStatus = 0;
    QByteArray authError;
    bool goAway = false;
    bool pingAcked = false;
    QString error;
    bool autoAck = true;
    QList<Message> messages;
    QHash<quint32, Message> partial;
    QSet<quint32> promised;

    bool connectTo(int port, const QString &caFile, QString *why)
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromPath(caFile));
        c.setAllowedNextProtocols({QByteArrayLiteral("h2")});
        socket.setSslConfiguration(c);
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
        if (!socket.waitForEncrypted(10000)) {
            *why = socket.errorString();
            return false;
        }
        if (socket.sslConfiguration().nextNegotiatedProtocol() != "h2") {
            *why = QStringLiteral("ALPN did not pick h2");
            return false;
        }
        h2 = std::make_unique<linkscope::http2::Connection>(linkscope::http2::Connection::Options {}, this);
        connect(&socket, &QSslSocket::readyRead, this, [this] {
            auto r = h2->receive(socket.readAll());
            if (!r)
                error = r.error();
            flush();
        });
        h2->start();
        flush();
        return true;
    }

    void flush()
    {
        if (h2 && h2->hasOutput())
            socket.write(h2->takeOutput());
    }

    static linkscope::HeaderList request(const QByteArray &path)
    {
        return {{":method", "GET"}, {":scheme", "https"}, {":authority", "127.0.0.1"}, {":path", path}};
    }

    void authenticate(const QString &appKey, const QString &secret, linkscope::SignMethod method,
                      const QByteArray &path = "/message/ack")
    {
        linkscope::Http2AuthParams p;
        p.appKey = appKey;
        p.random = 123456789;
        p.method = method;
        linkscope::HeaderList h = request(path);
        h.append(linkscope::http2AuthHeaders(p, linkscope::Secret::fromString(secret)));
        authStream = h2->nextStreamId();
        h2->sendHeaders(authStream, h, true);
        flush();
    }

    void ack(const QByteArray &messageId, const QByteArray &topic)
    {
        linkscope::HeaderList h = request("/message/ack");
        h.append({"x-message-id", messageId});
        h.append({"x-topic", topic});
        h2->sendHeaders(h2->nextStreamId(), h, true);
        flush();
    }

    void onHeaders(quint32 stream, const linkscope::HeaderList &headers, bool endStream) override
    {
        if (stream == authStream) {
            authStatus = linkscope::headerValue(headers, ":status").toInt();
            authError = linkscope::headerValue(headers, "x-error-message");
            return;
        }
        if (stream % 2 == 1)
            return; // the answer to an ack
        Message &m = partial[stream];
        m.stream = stream;
        m.headers = headers;
        m.promised = promised.contains(stream);
        if (endStream)
            finish(stream);
    }
    void onData(quint32 stream, const QByteArray &data, bool endStream) override
    {
        if (stream % 2 == 1)
            return;
        partial[stream].body += data;
        if (endStream)
            finish(stream);
    }
    void onPushPromise(quint32, quint32 promisedId, const linkscope::HeaderList &) override
    {
        promised.insert(promisedId);
    }
    void onGoAway(quint32, quint32, const QByteArray &) override { goAway = true; }
    void onPingAck(const QByteArray &) override { pingAcked = true; }

    void finish(quint32 stream)
    {
        const Message m = partial.take(stream);
        messages.append(m);
        if (autoAck && m.header("x-qos").toInt() >= 1)
            ack(m.header("x-message-id"), m.header("x-topic"));
    }
};
