#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace linkscope::sim {

// A loopback TCP relay in front of an endpoint, so the emulator can stall:
// for a while it neither reads nor writes a byte on any connection, exactly
// like a cloud that has gone silent (TLS passes through untouched).
class StallProxy : public QObject {
    Q_OBJECT

public:
    explicit StallProxy(QObject *parent = nullptr);
    ~StallProxy() override;

    // Listens on host:port (0: any free port) and relays to backendPort.
    Result<quint16> start(const QHostAddress &host, quint16 port, quint16 backendPort);
    void stall(int milliseconds);
    bool isStalled() const { return m_stalled; }

private:
    struct Pair {
        QTcpSocket *client = nullptr;
        QTcpSocket *backend = nullptr;
    };
    void onConnection();
    void relay(QTcpSocket *from, QTcpSocket *to);
    void relayAll();
    void close(Pair *pair);

    QTcpServer m_server;
    QHostAddress m_host;
    quint16 m_backendPort = 0;
    QList<Pair *> m_pairs;
    QTimer m_resume;
    bool m_stalled = false;
};

} // namespace linkscope::sim
