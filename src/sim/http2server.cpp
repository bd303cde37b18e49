#include "http2server.h"

#include "cloudqueue.h"
#include "http2session.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

namespace linkscope::sim {

Http2Server::Http2Server(CloudQueue &queue, Http2ServerOptions options, QObject *parent)
    : QObject(parent), m_queue(queue), m_options(std::move(options))
{
}

Http2Server::~Http2Server()
{
    stop();
}

void Http2Server::setLogger(std::function<void(const QString &)> log)
{
    m_log = std::move(log);
}

Result<quint16> Http2Server::start()
{
    auto config = serverTlsConfiguration(m_options.certificates, {QByteArrayLiteral("h2")});
    if (!config)
        return Error {config.error()};
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(*config);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &Http2Server::onConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
        if (m_log)
            m_log(QStringLiteral("HTTP/2: a TLS handshake failed"));
    });
    if (!m_server->listen(QHostAddress(m_options.host), m_options.port))
        return Error {QStringLiteral("cannot listen on %1:%2: %3")
                          .arg(m_options.host)
                          .arg(m_options.port)
                          .arg(m_server->errorString())};
    return m_server->serverPort();
}

void Http2Server::onConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        if (socket->sslConfiguration().nextNegotiatedProtocol() != "h2") {
            if (m_log)
                m_log(QStringLiteral("HTTP/2: refusing a client that did not negotiate ALPN h2"));
            socket->disconnectFromHost();
            socket->deleteLater();
            continue;
        }
        auto *session = new Http2Session(socket, m_queue, m_options, m_log, this);
        m_sessions.append(session);
        connect(session, &Http2Session::closed, this, [this](Http2Session *s) {
            m_sessions.removeAll(s);
            s->deleteLater();
        });
    }
}

void Http2Server::wake()
{
    if (m_pumpScheduled.exchange(true))
        return;
    QMetaObject::invokeMethod(this, &Http2Server::pumpAll, Qt::QueuedConnection);
}

void Http2Server::pumpAll()
{
    m_pumpScheduled = false;
    for (Http2Session *s : std::as_const(m_sessions))
        s->pump();
}

void Http2Server::stop()
{
    if (!m_server)
        return;
    for (Http2Session *s : QList<Http2Session *>(m_sessions))
        s->shutdown();
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

} // namespace linkscope::sim
