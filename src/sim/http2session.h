#pragma once

#include "http2/connection.h"
#include "http2server.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace linkscope::sim {

// One client of the HTTP/2 endpoint: its socket, its HTTP/2 connection and
// its place in the cloud's queue.
class Http2Session : public QObject, public http2::Connection::Listener {
    Q_OBJECT

public:
    Http2Session(QSslSocket *socket, CloudQueue &queue, const Http2ServerOptions &options,
                 std::function<void(const QString &)> log, QObject *parent = nullptr);
    ~Http2Session() override;

    void pump();
    void shutdown(); // GOAWAY, then close

signals:
    void closed(linkscope::sim::Http2Session *session);

private:
    void onHeaders(quint32 streamId, const HeaderList &headers, bool endStream) override;
    void onData(quint32 streamId, const QByteArray &data, bool endStream) override;
    void onStreamReset(quint32 streamId, quint32 errorCode) override;
    void onGoAway(quint32 lastStreamId, quint32 errorCode, const QByteArray &debug) override;

    void authenticate(quint32 streamId, const HeaderList &headers);
    void respond(quint32 streamId, int status, const QByteArray &body);
    void flush();
    void close(const QString &why);

    QSslSocket *m_socket;
    CloudQueue &m_queue;
    const Http2ServerOptions &m_options;
    std::function<void(const QString &)> m_log;
    std::unique_ptr<http2::Connection> m_h2;
    QTimer m_authTimer;
    int m_session = 0; // in the queue, once authenticated
    quint32 m_authStream = 0;
    QHash<quint32, QString> m_streamMessage; // our message streams -> message id
    QHash<QString, quint32> m_messageStream;
    QSet<QString> m_unacked;
    int m_delivered = 0;
    QRandomGenerator m_random {7};
    bool m_closed = false;
};

} // namespace linkscope::sim
