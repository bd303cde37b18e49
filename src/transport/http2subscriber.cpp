#include "http2subscriber.h"

#include "backoff.h"
#include "core/http2auth.h"
#include "http2/connection.h"
#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp2, "linkscope.http2")

namespace linkscope::transport {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A message stream being received: its headers, then its body.
struct InStream {
    QString messageId;
    QString topic;
    int qos = 0;
    qint64 generateTime = 0;
    QByteArray body;
};

void takeHeaders(InStream &s, const HeaderList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name == "x-message-id")
            s.messageId = QString::fromUtf8(value);
        else if (name == "x-topic")
            s.topic = QString::fromUtf8(value);
        else if (name == "x-qos")
            s.qos = value.toInt();
        else if (name == "x-generate-time")
            s.generateTime = value.toLongLong();
    }
}
} // namespace

// The connection's events, on the subscriber's thread (the codec has no I/O).
struct Http2Listener : http2::Connection::Listener {
    Http2Subscriber *q = nullptr;
    void onHeaders(quint32 streamId, const HeaderList &headers, bool endStream) override;
    void onData(quint32 streamId, const QByteArray &data, bool endStream) override;
    void onPushPromise(quint32 streamId, quint32 promisedId, const HeaderList &headers) override;
    void onStreamReset(quint32 streamId, quint32 errorCode) override;
    void onGoAway(quint32 lastStreamId, quint32 errorCode, const QByteArray &debug) override;
    void onFrameReceived() override;
};

struct Http2Subscriber::Private {
    SubscriberProfile profile;
    Timing timing;
    MessagePipeline *pipeline = nullptr;
    QPointer<QSslSocket> socket;
    std::unique_ptr<http2::Connection> h2;
    // A connection torn down from inside its own receive() (a listener
    // callback failed it) lives until receive() has returned.
    std::unique_ptr<http2::Connection> retired;
    Http2Listener listener;
    ConnectionState state = ConnectionState::Stopped;
    StepBackoff backoff;
    StepBackoff authBackoff {{30'000, 60'000, 300'000}};
    ConnectRateLimit rateLimit {100};
    QTimer *reconnectTimer = nullptr;
    QTimer *statsTimer = nullptr;
    QTimer *authTimer = nullptr;
    QTimer *pingTimer = nullptr;
    bool running = false;
    bool subscribed = false;
    bool ending = false; // the current connection's end is being handled
    quint32 authStream = 0;
    QString authError; // x-error-message of a refused login
    qint64 lastActivity = 0;
    QHash<quint32, InStream> streams;
    QHash<quint64, QPair<QString, QString>> toAck; // token -> (messageId, topic)
    quint64 nextToken = 1;
    int acksSent = 0;
};

Http2Subscriber::Http2Subscriber(SubscriberProfile profile, QObject *parent)
    : Http2Subscriber(std::move(profile), Timing {}, parent)
{
}

Http2Subscriber::Http2Subscriber(SubscriberProfile profile, Timing timing, QObject *parent)
    : Subscriber(parent), d(std::make_unique<Private>())
{
    d->profile = std::move(profile);
    d->timing = timing;
    d->listener.q = this;
    d->pipeline = new MessagePipeline(d->profile.topicFilters, this);
    forwardPipeline(d->pipeline);
    connect(d->pipeline, &MessagePipeline::acknowledgeNow, this, &Http2Subscriber::sendAcks);
    d->reconnectTimer = new QTimer(this);
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, &Http2Subscriber::connectNow);
    d->statsTimer = new QTimer(this);
    d->statsTimer->setInterval(1000);
    connect(d->statsTimer, &QTimer::timeout, this, [this] { emit statsUpdated(d->pipeline->stats()); });
    d->authTimer = new QTimer(this);
    d->authTimer->setSingleShot(true);
    connect(d->authTimer, &QTimer::timeout, this, [this] {
        fail(ConnectionState::AuthFailed,
             tr("the login was not answered within %1 s").arg(d->timing.authTimeoutMs / 1000));
    });
    d->pingTimer = new QTimer(this);
    connect(d->pingTimer, &QTimer::timeout, this, &Http2Subscriber::keepAlive);
}

Http2Subscriber::~Http2Subscriber()
{
    stop();
}

ConnectionState Http2Subscriber::state() const
{
    return d->state;
}

MessagePipeline *Http2Subscriber::pipeline() const
{
    return d->pipeline;
}

int Http2Subscriber::acksSent() const
{
    return d->acksSent;
}

void Http2Subscriber::setState(ConnectionState state, const QString &detail)
{
    if (state == ConnectionState::Subscribed) {
        d->backoff.reset();
        d->authBackoff.reset();
    }
    d->state = state;
    qCInfo(lcHttp2).noquote() << connectionStateName(state) << detail;
    emit connectionStateChanged(state, detail);
}

void Http2Subscriber::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (d->running)
        return;
    if (const QString problem = caFileProblem(d->profile); !problem.isEmpty()) {
        setState(ConnectionState::TlsFailed, problem);
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        setState(ConnectionState::TlsFailed, tr("TLS is not available (no OpenSSL backend for Qt)"));
        return;
    }
    d->running = true;
    d->statsTimer->start();
    connectNow();
}

void Http2Subscriber::connectNow()
{
    if (!d->running)
        return;
    const qint64 wait = d->rateLimit.delayFor(now());
    if (wait > 0) {
        scheduleReconnect(ConnectionState::Reconnecting, tr("connection limit of 100 a minute reached"),
                          wait);
        return;
    }
    d->rateLimit.record(now());
    teardown();
    d->retired.reset();
    d->ending = false;
    d->subscribed = false;
    d->authError.clear();
    setState(ConnectionState::Connecting, QStringLiteral("%1:%2").arg(d->profile.host).arg(d->profile.port));

    auto *socket = new QSslSocket(this);
    d->socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setAllowedNextProtocols({QByteArrayLiteral("h2")});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!d->profile.caFile.isEmpty()) // the profile's CA only, or the system's
        config.setCaCertificates(QSslCertificate::fromPath(d->profile.caFile, QSsl::Pem));
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(d->profile.host);
    connect(socket, &QSslSocket::encrypted, this, &Http2Subscriber::onEncrypted);
    connect(socket, &QSslSocket::readyRead, this, &Http2Subscriber::onReadyRead);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        QStringList why;
        for (const QSslError &e : errors)
            why << e.errorString();
        if (socket == d->socket)
            onSocketGone(why.join(QStringLiteral("; ")), true);
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != d->socket)
            return;
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError
            || error == QAbstractSocket::SslInvalidUserDataError
            || error == QAbstractSocket::SslInternalError;
        onSocketGone(socket->errorString(), tls);
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        if (socket == d->socket)
            onSocketGone(tr("the server closed the connection"), false);
    });
    socket->connectToHostEncrypted(d->profile.host, d->profile.port);
    d->authTimer->start(d->timing.authTimeoutMs); // TLS and login together
}

void Http2Subscriber::onEncrypted()
{
    if (d->socket->sslConfiguration().nextNegotiatedProtocol() != QByteArrayLiteral("h2")) {
        fail(ConnectionState::Reconnecting, tr("the server did not agree to HTTP/2 (ALPN h2)"));
        return;
    }
    setState(ConnectionState::Authenticating, QString());
    http2::Connection::Options o;
    o.role = http2::Connection::Role::Client;
    o.enablePush = true;
    o.acceptUnpromisedServerStreams = true;
    d->h2 = std::make_unique<http2::Connection>(o, &d->listener);
    d->h2->start();
    d->lastActivity = now();

    Http2AuthParams auth;
    auth.appKey = d->profile.appKey;
    auth.random
        = d->profile.signRandom ? d->profile.signRandom : QRandomGenerator::global()->bounded(1LL << 40);
    auth.method = d->profile.http2SignMethod;
    auth.clearSession = d->profile.http2ClearSession;
    auth.sdkPlatform = QStringLiteral("linkscope");
    HeaderList h {{":method", "GET"},
                  {":scheme", "https"},
                  {":authority", d->profile.host.toUtf8()},
                  {":path", d->profile.http2Path.toUtf8()}};
    h.append(http2AuthHeaders(auth, d->profile.appSecret));
    d->authStream = d->h2->nextStreamId();
    d->h2->sendHeaders(d->authStream, h, true);
    flushOutput();
}

void Http2Subscriber::onReadyRead()
{
    if (!d->socket || !d->h2)
        return;
    const QByteArray bytes = d->socket->readAll();
    const auto ok = d->h2->receive(bytes);
    d->retired.reset(); // receive() is done with it
    flushOutput(); // SETTINGS acks, PING answers, WINDOW_UPDATEs, and the GOAWAY of an error
    if (!ok && !d->ending)
        fail(ConnectionState::Reconnecting, tr("HTTP/2 protocol error: %1").arg(ok.error()));
}

void Http2Subscriber::flushOutput()
{
    if (d->socket && d->h2 && d->h2->hasOutput())
        d->socket->write(d->h2->takeOutput());
}

void Http2Listener::onHeaders(quint32 streamId, const HeaderList &headers, bool endStream)
{
    Http2Subscriber::Private *d = q->d.get();
    if (streamId == d->authStream && !d->subscribed) {
        const QByteArray status = headerValue(headers, ":status");
        if (status == "200") {
            d->subscribed = true;
            d->authTimer->stop();
            d->pingTimer->start(d->timing.pingIntervalMs);
            q->setState(ConnectionState::Subscribed, QString());
        } else {
            d->authError = QString::fromUtf8(headerValue(headers, "x-error-message"));
            const QString why = d->authError.isEmpty()
                ? Http2Subscriber::tr("the cloud answered the login with status %1")
                      .arg(QString::fromUtf8(status))
                : Http2Subscriber::tr("the cloud answered the login with status %1: %2")
                      .arg(QString::fromUtf8(status), d->authError);
            q->fail(ConnectionState::AuthFailed, why);
        }
        return;
    }
    if (streamId % 2 == 1)
        return; // the answer to one of our acknowledgements
    InStream &s = d->streams[streamId];
    takeHeaders(s, headers);
    if (endStream)
        onData(streamId, {}, true);
}

void Http2Listener::onPushPromise(quint32 streamId, quint32 promisedId, const HeaderList &headers)
{
    Q_UNUSED(streamId);
    takeHeaders(q->d->streams[promisedId], headers); // the message's headers may come with the promise
}

void Http2Listener::onData(quint32 streamId, const QByteArray &data, bool endStream)
{
    Http2Subscriber::Private *d = q->d.get();
    auto it = d->streams.find(streamId);
    if (it == d->streams.end())
        return;
    // Bounded: past the decoder's cap (1 MiB) the message is rejected
    // anyway, with its first bytes kept; the rest need not be held.
    constexpr qsizetype kKeep = 2 * 1024 * 1024;
    if (it->body.size() < kKeep)
        it->body += data.first(std::min(data.size(), kKeep - it->body.size()));
    if (!endStream)
        return;
    InStream s = std::move(*it);
    d->streams.erase(it);
    Incoming m;
    m.payload = std::move(s.body);
    m.topic = s.topic;
    m.messageId = s.messageId;
    m.generateTime = s.generateTime;
    m.receivedAt = now();
    if (s.qos >= 1 && !s.messageId.isEmpty()) { // qos 0 is never acknowledged
        m.token = d->nextToken++;
        d->toAck.insert(m.token, qMakePair(s.messageId, s.topic));
    }
    d->pipeline->ingest(std::move(m));
}

void Http2Listener::onStreamReset(quint32 streamId, quint32 errorCode)
{
    Http2Subscriber::Private *d = q->d.get();
    d->streams.remove(streamId);
    if (streamId == d->authStream && !d->subscribed)
        q->fail(ConnectionState::AuthFailed,
                Http2Subscriber::tr("the cloud reset the login stream (%1)")
                    .arg(http2::errorCodeName(errorCode)));
}

void Http2Listener::onGoAway(quint32 lastStreamId, quint32 errorCode, const QByteArray &debug)
{
    Q_UNUSED(lastStreamId);
    Http2Subscriber::Private *d = q->d.get();
    const QString detail = debug.isEmpty()
        ? http2::errorCodeName(errorCode)
        : QStringLiteral("%1: %2").arg(http2::errorCodeName(errorCode), QString::fromUtf8(debug));
    if (!d->subscribed) {
        const QString why = d->authError.isEmpty() ? detail : d->authError;
        q->fail(ConnectionState::AuthFailed, Http2Subscriber::tr("the cloud ended the login (%1)").arg(why));
    } else {
        q->fail(ConnectionState::Reconnecting,
                Http2Subscriber::tr("the server sent GOAWAY (%1)").arg(detail));
    }
}

void Http2Listener::onFrameReceived()
{
    q->d->lastActivity = now();
}

void Http2Subscriber::sendAcks(const QList<quint64> &tokens)
{
    if (!d->h2 || !d->subscribed)
        return; // tokens of a connection that is gone: the cloud will redeliver
    for (quint64 token : tokens) {
        const auto msg = d->toAck.take(token);
        if (msg.first.isEmpty())
            continue;
        HeaderList h {{":method", "GET"},
                      {":scheme", "https"},
                      {":authority", d->profile.host.toUtf8()},
                      {":path", d->profile.http2Path.toUtf8()},
                      {"x-message-id", msg.first.toUtf8()},
                      {"x-topic", msg.second.toUtf8()}};
        d->h2->sendHeaders(d->h2->nextStreamId(), h, true);
        ++d->acksSent;
    }
    flushOutput();
}

void Http2Subscriber::keepAlive()
{
    if (!d->h2 || !d->subscribed)
        return;
    if (now() - d->lastActivity >= d->timing.silenceTimeoutMs) {
        fail(ConnectionState::Reconnecting,
             tr("nothing arrived for %1 s").arg((now() - d->lastActivity) / 1000));
        return;
    }
    QByteArray opaque(8, '\0');
    const qint64 t = now();
    memcpy(opaque.data(), &t, sizeof t);
    d->h2->sendPing(opaque);
    flushOutput();
    // The next check comes before the silence limit passes.
    d->pingTimer->start(
        std::min(d->timing.pingIntervalMs,
                 int(std::max<qint64>(100, d->lastActivity + d->timing.silenceTimeoutMs - now()))));
}

void Http2Subscriber::onSocketGone(const QString &reason, bool tls)
{
    if (d->ending)
        return;
    if (tls)
        fail(ConnectionState::TlsFailed, tr("the server's certificate is not trusted (%1)").arg(reason));
    else if (!d->subscribed && d->state == ConnectionState::Authenticating && !d->authError.isEmpty())
        fail(ConnectionState::AuthFailed,
             tr("the cloud refused the AppKey or AppSecret (%1)").arg(d->authError));
    else
        fail(ConnectionState::Reconnecting, reason);
}

void Http2Subscriber::fail(ConnectionState state, const QString &reason)
{
    if (d->ending)
        return;
    d->ending = true;
    teardown();
    d->pipeline->connectionLost();
    if (!d->running) {
        setState(ConnectionState::Stopped, QString());
        return;
    }
    const qint64 delay = state == ConnectionState::AuthFailed ? d->authBackoff.next() : d->backoff.next();
    scheduleReconnect(state, reason, delay);
}

void Http2Subscriber::scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs)
{
    setState(state, retryText(state, reason, delayMs));
    d->reconnectTimer->start(int(delayMs));
}

void Http2Subscriber::teardown()
{
    d->authTimer->stop();
    d->pingTimer->stop();
    d->streams.clear();
    d->toAck.clear();
    d->acksSent = 0;
    if (QSslSocket *s = d->socket) {
        d->socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    d->retired = std::move(d->h2);
    d->subscribed = false;
}

void Http2Subscriber::acknowledge(const QStringList &messageIds)
{
    d->pipeline->persisted(messageIds);
}

void Http2Subscriber::stop()
{
    if (!d->running && !d->socket)
        return;
    d->running = false;
    d->reconnectTimer->stop();
    d->statsTimer->stop();
    d->pipeline->flush();
    d->ending = true;
    if (d->socket && d->h2) { // a polite goodbye: GOAWAY, then close
        d->h2->goAway(http2::ErrorCode::NoError, "client shutting down");
        flushOutput();
        d->socket->flush();
        d->socket->waitForBytesWritten(500);
    }
    teardown();
    d->pipeline->connectionLost();
    setState(ConnectionState::Stopped, QString());
}

} // namespace linkscope::transport
