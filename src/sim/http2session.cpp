#include "http2session.h"

#include "cloudqueue.h"
#include "core/http2auth.h"

#include <QDateTime>
#include <QSslSocket>

namespace linkscope::sim {

namespace {

constexpr int kMaxUnacked = 1000; // the HTTP/2 side's "credit"
constexpr qint64 kMaxSocketBacklog = 4 << 20; // stop pushing while the socket is this full

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

http2::Connection::Options serverOptions(const Http2ServerOptions &options)
{
    http2::Connection::Options o;
    o.role = http2::Connection::Role::Server;
    o.maxConcurrentStreams = options.maxConcurrentStreams;
    o.extraSettings = {{0x63, 1}}; // the cloud's private setting; clients must ignore it
    return o;
}

} // namespace

Http2Session::Http2Session(QSslSocket *socket, CloudQueue &queue, const Http2ServerOptions &options,
                           std::function<void(const QString &)> log, QObject *parent)
    : QObject(parent), m_socket(socket), m_queue(queue), m_options(options), m_log(std::move(log)),
      m_h2(std::make_unique<http2::Connection>(serverOptions(options), this))
{
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        const QByteArray bytes = m_socket->readAll();
        const int refused = m_h2->refusedStreams();
        auto ok = m_h2->receive(bytes);
        if (m_h2->refusedStreams() > refused && m_log)
            m_log(QStringLiteral("HTTP/2: refused %1 client stream(s) over the limit of %2 at once")
                      .arg(m_h2->refusedStreams() - refused)
                      .arg(m_options.maxConcurrentStreams));
        flush();
        if (!ok) {
            close(QStringLiteral("HTTP/2 connection error: %1").arg(ok.error()));
            return;
        }
        pump();
    });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] { pump(); });
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { close(QStringLiteral("the client disconnected")); });

    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        if (m_session == 0) {
            m_h2->goAway(http2::ErrorCode::ProtocolError, "auth must complete within 15 s");
            flush();
            close(QStringLiteral("no auth request within %1 ms").arg(m_options.authTimeoutMs));
        }
    });
    m_authTimer.start(m_options.authTimeoutMs);
    m_h2->start();
    flush();
    // Bytes that arrived with the handshake.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(m_socket, "readyRead", Qt::QueuedConnection);
}

Http2Session::~Http2Session()
{
    if (m_session)
        m_queue.detach(m_session, nowMs());
}

void Http2Session::flush()
{
    if (m_h2->hasOutput() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(m_h2->takeOutput());
}

void Http2Session::close(const QString &why)
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_log)
        m_log(QStringLiteral("HTTP/2 session closed: %1").arg(why));
    if (m_session) {
        m_queue.detach(m_session, nowMs());
        m_session = 0;
    }
    flush();
    m_socket->disconnectFromHost();
    emit closed(this);
}

void Http2Session::shutdown()
{
    if (m_closed)
        return;
    m_h2->goAway(http2::ErrorCode::NoError, "server shutting down");
    flush();
    m_socket->flush();
    close(QStringLiteral("server shutting down"));
}

void Http2Session::respond(quint32 streamId, int status, const QByteArray &body)
{
    HeaderList h {{":status", QByteArray::number(status)}};
    if (!body.isEmpty()) {
        h.append(qMakePair(QByteArray("content-type"), QByteArray("text/plain; charset=utf-8")));
        h.append(qMakePair(QByteArray("x-error-message"), body));
    }
    m_h2->sendHeaders(streamId, h, body.isEmpty());
    if (!body.isEmpty())
        m_h2->sendData(streamId, body, true);
}

void Http2Session::onHeaders(quint32 streamId, const HeaderList &headers, bool endStream)
{
    Q_UNUSED(endStream);
    if (streamId % 2 == 0)
        return; // our own streams never carry requests
    const QString path = QString::fromUtf8(headerValue(headers, ":path")).section(u'?', 0, 0);
    const bool ackPath = m_options.authPaths.contains(path);
    if (m_session == 0) {
        if (!ackPath) {
            respond(streamId, 401, "authenticate first: GET " + m_options.authPaths.first().toUtf8());
            return;
        }
        authenticate(streamId, headers);
        return;
    }
    const QByteArray messageId = headerValue(headers, "x-message-id");
    if (!ackPath || messageId.isEmpty()) {
        respond(streamId, 404, "unknown request " + path.toUtf8());
        return;
    }
    if (m_options.refuseAckFraction > 0 && m_random.generateDouble() < m_options.refuseAckFraction) {
        if (m_log)
            m_log(QStringLiteral("fault: refusing the acknowledgement stream %1").arg(streamId));
        m_h2->resetStream(streamId, http2::ErrorCode::RefusedStream);
        flush();
        return;
    }
    // An acknowledgement: the message is safe with the client.
    for (const QByteArray &id : messageId.split(',')) {
        const QString trimmed = QString::fromUtf8(id.trimmed());
        m_queue.acknowledge(m_session, trimmed);
        m_streamMessage.remove(m_messageStream.take(trimmed));
        m_unacked.remove(trimmed);
    }
    if (m_options.ackAnswerDelayMs > 0) {
        // The stream stays open (half-closed) until answered: it counts against the limit.
        QTimer::singleShot(m_options.ackAnswerDelayMs, this, [this, streamId] {
            if (m_closed)
                return;
            respond(streamId, 200, {});
            flush();
        });
    } else {
        respond(streamId, 200, {});
    }
    pump();
}

void Http2Session::authenticate(quint32 streamId, const HeaderList &headers)
{
    const auto login = verifyHttp2AuthHeaders(headers, m_options.secrets);
    if (!login) {
        if (m_log)
            m_log(QStringLiteral("HTTP/2 auth refused: %1").arg(login.error()));
        const int status
            = login.error().contains(u"unknown") || login.error().contains(u"missing") ? 401 : 403;
        respond(streamId, status, login.error().toUtf8());
        m_h2->goAway(http2::ErrorCode::NoError, "authentication failed");
        flush();
        QTimer::singleShot(200, this, [this] { close(QStringLiteral("authentication failed")); });
        m_session = -1; // neither authenticated nor able to try again
        return;
    }
    m_authTimer.stop();
    m_authStream = streamId;
    m_session = m_queue.attach(
        QStringLiteral("http2 %1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    if (m_options.pushPromise) {
        // The auth stream stays open: PUSH_PROMISE frames ride on it.
        m_h2->sendHeaders(streamId, {{":status", "200"}}, false);
    } else {
        respond(streamId, 200, {});
    }
    flush();
    pump();
}

void Http2Session::pump()
{
    if (m_closed || m_session <= 0)
        return;
    while (m_unacked.size() < kMaxUnacked && m_socket->bytesToWrite() < kMaxSocketBacklog
           && m_h2->pendingDataBytes() < kMaxSocketBacklog) {
        auto next = m_queue.take(m_session);
        if (!next)
            break;
        const HeaderList meta {{"x-message-id", next->messageId.toUtf8()},
                               {"x-topic", next->topic.toUtf8()},
                               {"x-qos", QByteArray::number(next->qos)},
                               {"x-generate-time", QByteArray::number(next->generateTime)},
                               {"content-type", "application/json"},
                               {"content-length", QByteArray::number(next->payload.size())}};
        const quint32 id = m_h2->nextStreamId();
        if (m_options.pushPromise) {
            m_h2->sendPushPromise(m_authStream, id,
                                  {{":method", "GET"},
                                   {":scheme", "https"},
                                   {":authority", "127.0.0.1"},
                                   {":path", "/message/push/" + next->messageId.toUtf8()}});
            HeaderList response {{":status", "200"}};
            response.append(meta);
            m_h2->sendHeaders(id, response, false);
        } else {
            m_h2->sendHeaders(id, meta, false); // the cloud's bare server stream
        }
        m_h2->sendData(id, next->payload, true);
        if (next->qos == 0) {
            m_queue.acknowledge(m_session, next->messageId); // QoS 0 expects no ack
        } else {
            m_unacked.insert(next->messageId);
            m_streamMessage.insert(id, next->messageId);
            m_messageStream.insert(next->messageId, id);
        }
        ++m_delivered;
        if (m_options.dropAfterMessages > 0 && m_delivered >= m_options.dropAfterMessages) {
            flush();
            close(QStringLiteral("fault: dropping the connection after %1 messages").arg(m_delivered));
            return;
        }
    }
    flush();
}

void Http2Session::onData(quint32 streamId, const QByteArray &data, bool endStream)
{
    Q_UNUSED(streamId);
    Q_UNUSED(data);
    Q_UNUSED(endStream);
}

void Http2Session::onStreamReset(quint32 streamId, quint32 errorCode)
{
    Q_UNUSED(errorCode);
    // The client refused a message stream: not delivered, so offline for later.
    const QString id = m_streamMessage.take(streamId);
    if (!id.isEmpty() && m_session > 0) {
        m_messageStream.remove(id);
        m_unacked.remove(id);
        m_queue.release(m_session, id, nowMs());
    }
}

void Http2Session::onGoAway(quint32 lastStreamId, quint32 errorCode, const QByteArray &debug)
{
    Q_UNUSED(lastStreamId);
    close(QStringLiteral("the client sent GOAWAY (%1 %2)")
              .arg(http2::errorCodeName(errorCode), QString::fromUtf8(debug)));
}

} // namespace linkscope::sim
