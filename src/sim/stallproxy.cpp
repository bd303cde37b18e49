#include "stallproxy.h"

#include <QTcpSocket>

namespace linkscope::sim {

StallProxy::StallProxy(QObject *parent) : QObject(parent)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        m_stalled = false;
        relayAll();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &StallProxy::onConnection);
}

StallProxy::~StallProxy()
{
    for (Pair *p : std::as_const(m_pairs))
        delete p;
}

Result<quint16> StallProxy::start(const QHostAddress &host, quint16 port, quint16 backendPort)
{
    m_host = host;
    m_backendPort = backendPort;
    if (!m_server.listen(host, port))
        return Error {QStringLiteral("cannot listen on %1:%2: %3")
                          .arg(host.toString())
                          .arg(port)
                          .arg(m_server.errorString())};
    return m_server.serverPort();
}

void StallProxy::stall(int milliseconds)
{
    m_stalled = true;
    m_resume.start(milliseconds);
}

void StallProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *pair = new Pair;
        pair->client = client;
        pair->backend = new QTcpSocket(this);
        m_pairs.append(pair);
        connect(client, &QTcpSocket::readyRead, this, [this, pair] { relay(pair->client, pair->backend); });
        connect(pair->backend, &QTcpSocket::readyRead, this,
                [this, pair] { relay(pair->backend, pair->client); });
        connect(pair->backend, &QTcpSocket::connected, this,
                [this, pair] { relay(pair->client, pair->backend); });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { close(pair); });
        connect(pair->backend, &QTcpSocket::disconnected, this, [this, pair] { close(pair); });
        pair->backend->connectToHost(m_host, m_backendPort);
    }
}

void StallProxy::relay(QTcpSocket *from, QTcpSocket *to)
{
    // While stalled nothing is read: the bytes wait in the kernel, as on a dead link.
    if (m_stalled || to->state() != QAbstractSocket::ConnectedState)
        return;
    if (from->bytesAvailable() > 0)
        to->write(from->readAll());
}

void StallProxy::relayAll()
{
    for (Pair *p : std::as_const(m_pairs)) {
        relay(p->client, p->backend);
        relay(p->backend, p->client);
    }
}

void StallProxy::close(Pair *pair)
{
    if (m_stalled) {
        // A dead link carries no goodbye either: the close waits for the stall's end.
        QTimer::singleShot(m_resume.remainingTime() + 10, this, [this, pair] { close(pair); });
        return;
    }
    if (!m_pairs.removeOne(pair))
        return;
    pair->client->disconnectFromHost();
    pair->backend->disconnectFromHost();
    pair->client->deleteLater();
    pair->backend->deleteLater();
    delete pair;
}

} // namespace linkscope::sim
