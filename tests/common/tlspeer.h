#pragma once

// Test helper: a hostile or broken TLS server on a free loopback port, in the
// test's own thread. Each encrypted connection is handed to `onEncrypted`,
// which writes whatever the test wants a subscriber to meet.

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <functional>

class TlsPeer : public QObject {
public:
    std::function<void(QSslSocket *)> onEncrypted;
    std::function<void(QSslSocket *, const QByteArray &)> onBytes; // what the client sent
    int connections = 0;
    QByteArray received; // everything every client sent, in order
    bool stopReading = false; // a peer that takes no more bytes: they pile up at the client

    // `certDir` in linkscope-sim's layout: server.pem, server.key.
    bool listen(const QString &certDir, const QByteArrayList &alpn = {})
    {
        QFile cert(certDir + "/server.pem"), key(certDir + "/server.key");
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!alpn.isEmpty())
            c.setAllowedNextProtocols(alpn);
        m_server.setSslConfiguration(c);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *s) {
            ++connections;
            connect(s, &QSslSocket::encrypted, this, [this, s] {
                if (onEncrypted)
                    onEncrypted(s);
            });
            connect(s, &QSslSocket::readyRead, this, [this, s] {
                if (stopReading) {
                    s->setReadBufferSize(4096); // full: Qt stops reading, TCP holds the client back
                    return;
                }
                const QByteArray bytes = s->readAll();
                received += bytes;
                if (onBytes)
                    onBytes(s, bytes);
            });
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};
