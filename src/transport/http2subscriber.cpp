#include "http2subscriber.h"

#include "core/http2auth.h"
#include "http2/connection.h"
#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <deque>

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

// One acknowledgement: which message, and how often a stream for it was refused.
struct Ack {
    QString messageId;
    QString topic;
    int attempts = 0;
    qint64 bytes = 0; // of the connection window, held until the store is done with it
    bool send = true; // qos 0 is never acknowledged, only waited for
};

// REFUSED_STREAM means the server did not process it: always safe to send
// again. Any other reset is tried a few times, then left to the cloud's
// redelivery (nothing is lost either way: the message is stored).
constexpr int kMaxRefusedAttempts = 100;
constexpr int kMaxResetAttempts = 3;

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

TlsSubscriber::Policy http2Policy(int loginTimeoutMs, qint64 maxUnsentBytes)
{
    TlsSubscriber::Policy p;
    p.alpn = QByteArrayLiteral("h2");
    p.loginTimeoutMs = loginTimeoutMs;
    p.maxUnsentBytes = maxUnsentBytes;
    p.delays = std::make_unique<StepBackoff>();
    p.authDelays = std::make_unique<StepBackoff>(QList<qint64> {30'000, 60'000, 300'000});
    return p;
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
    void onPingAck(const QByteArray &opaque) override;
    void onStreamDropped(quint32 streamId, quint32 errorCode) override;
    // The message on `streamId` ends now, with what arrived and, if it was
    // cut short, why.
    void finish(quint32 streamId, const QString &cutShort = {});
    // Gives `bytes` of the connection window back (the connection may be
    // gone, torn down from inside its own receive(): then so is its window).
    void releaseWindow(qint64 bytes);
};

struct Http2Subscriber::Private {
    Http2Subscriber::Timing timing;
    Http2Subscriber::Limits limits;
    qsizetype buffered = 0; // bytes in `streams`
    std::unique_ptr<http2::Connection> h2;
    // A connection torn down from inside its own receive() (a listener
    // callback failed it) lives until receive() has returned.
    std::unique_ptr<http2::Connection> retired;
    Http2Listener listener;
    QTimer *pingTimer = nullptr;
    bool subscribed = false;
    quint32 authStream = 0;
    QString authError; // x-error-message of a refused login
    qint64 lastHeard = 0; // a message or a PING answer
    QHash<quint32, InStream> streams;
    QHash<quint64, Ack> toAck; // token -> message, until the store persisted it
    std::deque<Ack> ackQueue; // persisted, waiting for a free stream
    QHash<quint32, Ack> ackStreams; // sent, waiting for the server's answer
    quint64 nextToken = 1;
    int acksSent = 0;
};

Http2Subscriber::Http2Subscriber(SubscriberProfile profile, QObject *parent)
    : Http2Subscriber(std::move(profile), Timing {}, parent)
{
}

Http2Subscriber::Http2Subscriber(SubscriberProfile profile, Timing timing, QObject *parent)
    : Http2Subscriber(std::move(profile), timing, Limits {}, parent)
{
}

Http2Subscriber::Http2Subscriber(SubscriberProfile profile, Timing timing, Limits limits, QObject *parent)
    : TlsSubscriber(std::move(profile), http2Policy(timing.authTimeoutMs, limits.maxUnsentBytes), parent),
      d(std::make_unique<Private>())
{
    d->timing = timing;
    d->limits = limits;
    d->listener.q = this;
    connect(pipeline(), &MessagePipeline::acknowledgeNow, this, &Http2Subscriber::sendAcks);
    connect(pipeline(), &MessagePipeline::releaseNow, this, [this](const QList<quint64> &tokens) {
        qint64 bytes = 0;
        for (quint64 t : tokens) { // never acknowledged: the cloud delivers them again
            if (auto it = d->toAck.constFind(t); it != d->toAck.cend()) {
                bytes += it->bytes;
                d->toAck.erase(it);
            }
        }
        if (d->h2 && bytes > 0) {
            d->listener.releaseWindow(bytes);
            flushOutput();
        }
    });
    d->pingTimer = new QTimer(this);
    connect(d->pingTimer, &QTimer::timeout, this, &Http2Subscriber::keepAlive);
}

Http2Subscriber::~Http2Subscriber()
{
    stop();
}

int Http2Subscriber::acksSent() const
{
    return d->acksSent;
}

int Http2Subscriber::acksQueued() const
{
    return int(d->ackQueue.size());
}

int Http2Subscriber::streamsBuffered() const
{
    return int(d->streams.size());
}

qsizetype Http2Subscriber::bytesBuffered() const
{
    return d->buffered;
}

void Http2Subscriber::onEncrypted()
{
    if (socket()->sslConfiguration().nextNegotiatedProtocol() != QByteArrayLiteral("h2")) {
        fail(ConnectionState::Reconnecting, tr("the server did not agree to HTTP/2 (ALPN h2)"));
        return;
    }
    setState(ConnectionState::Authenticating, QString());
    http2::Connection::Options o;
    // The connection window comes back as messages are stored: a store
    // that cannot write (a full disk) stops the cloud's DATA within a
    // window (16 MiB), as AMQP's credit does. Unfinished messages hold
    // window too: they get maxBufferedBytes of it beside the finished ones,
    // so a message under way always has room to finish.
    o.holdConnectionWindow = true;
    o.connectionWindow = quint32(std::clamp<qint64>(
        qint64(d->limits.unstoredWindowBytes) + d->limits.maxBufferedBytes, 65'535, 0x7fffffff));
    o.role = http2::Connection::Role::Client;
    o.enablePush = true;
    o.acceptUnpromisedServerStreams = true;
    o.maxConcurrentStreams = d->limits.maxConcurrentStreams;
    d->retired.reset();
    d->h2 = std::make_unique<http2::Connection>(o, &d->listener);
    d->h2->start();
    d->subscribed = false;
    d->authError.clear();
    d->lastHeard = now();

    Http2AuthParams auth;
    auth.appKey = profile().appKey;
    auth.random
        = profile().signRandom ? profile().signRandom : QRandomGenerator::global()->bounded(1LL << 40);
    auth.method = profile().http2SignMethod;
    auth.clearSession = profile().http2ClearSession;
    auth.sdkPlatform = QStringLiteral("linkscope");
    HeaderList h {{":method", "GET"},
                  {":scheme", "https"},
                  {":authority", profile().host.toUtf8()},
                  {":path", profile().http2Path.toUtf8()}};
    h.append(http2AuthHeaders(auth, profile().appSecret));
    d->authStream = d->h2->nextStreamId();
    d->h2->sendHeaders(d->authStream, h, true);
    flushOutput();
}

void Http2Subscriber::onReadable()
{
    if (!d->h2)
        return;
    const QByteArray bytes = socket()->readAll();
    http2::Connection *h2 = d->h2.get();
    const auto ok = h2->receive(bytes);
    if (d->h2.get() != h2) { // a listener callback ended this connection
        d->retired.reset();
        return;
    }
    flushOutput(); // SETTINGS acks, PING answers, WINDOW_UPDATEs, and the GOAWAY of an error
    if (!ok)
        fail(ConnectionState::Reconnecting, tr("HTTP/2 protocol error: %1").arg(ok.error()));
}

void Http2Subscriber::flushOutput()
{
    if (d->h2 && d->h2->hasOutput()) {
        const QByteArray out = d->h2->takeOutput();
        write(out.constData(), out.size());
    }
}

void Http2Listener::onHeaders(quint32 streamId, const HeaderList &headers, bool endStream)
{
    Http2Subscriber::Private *d = q->d.get();
    if (streamId == d->authStream && !d->subscribed) {
        const QByteArray status = headerValue(headers, ":status");
        if (status == "200") {
            d->subscribed = true;
            d->lastHeard = now();
            d->pingTimer->start(d->timing.pingIntervalMs);
            q->subscribed();
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
    if (streamId % 2 == 1) { // the answer to one of our acknowledgements
        if (endStream || headerValue(headers, ":status") == "200") {
            d->ackStreams.remove(streamId);
            q->pumpAcks();
        }
        return;
    }
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

void Http2Listener::releaseWindow(qint64 bytes)
{
    if (q->d->h2 && bytes > 0)
        q->d->h2->releaseWindow(bytes);
}

void Http2Listener::onData(quint32 streamId, const QByteArray &data, bool endStream)
{
    Http2Subscriber::Private *d = q->d.get();
    auto it = d->streams.find(streamId);
    if (it == d->streams.end()) {
        releaseWindow(data.size()); // an answer to us, or a stream already given up
        return;
    }
    // Bounded per message and for all messages together: past either limit
    // the stream is reset, and what arrived is kept as rejected with the reason.
    if (it->body.size() + data.size() > d->limits.maxMessageBytes) {
        releaseWindow(data.size());
        d->h2->resetStream(streamId, http2::ErrorCode::Cancel);
        finish(streamId,
               Http2Subscriber::tr("the server sent more than %1 KiB for one message; the stream "
                                   "was reset")
                   .arg(d->limits.maxMessageBytes / 1024));
        return;
    }
    if (d->buffered + data.size() > d->limits.maxBufferedBytes) {
        releaseWindow(data.size());
        d->h2->resetStream(streamId, http2::ErrorCode::Cancel);
        finish(streamId,
               Http2Subscriber::tr("the server had more than %1 KiB of unfinished messages open at "
                                   "once; the stream was reset")
                   .arg(d->limits.maxBufferedBytes / 1024));
        return;
    }
    it->body += data;
    d->buffered += data.size();
    if (endStream)
        finish(streamId);
}

void Http2Listener::finish(quint32 streamId, const QString &cutShort)
{
    Http2Subscriber::Private *d = q->d.get();
    auto it = d->streams.find(streamId);
    if (it == d->streams.end())
        return;
    InStream s = std::move(*it);
    d->streams.erase(it);
    d->buffered -= s.body.size();
    d->lastHeard = now();
    Incoming m;
    m.payload = std::move(s.body);
    m.topic = s.topic;
    m.messageId = s.messageId;
    m.generateTime = s.generateTime;
    m.receivedAt = d->lastHeard;
    m.transportError = cutShort;
    const qint64 bytes = m.payload.size();
    if (!s.messageId.isEmpty()) {
        // Its window comes back once it is stored (the window bounds how many
        // wait here); qos 0 is never acknowledged.
        m.token = d->nextToken++;
        d->toAck.insert(m.token, Ack {s.messageId, s.topic, 0, bytes, s.qos >= 1});
    } else {
        releaseWindow(bytes);
    }
    q->pipeline()->ingest(std::move(m));
}

void Http2Listener::onStreamDropped(quint32 streamId, quint32 errorCode)
{
    // The codec reset the stream (the server broke flow control on it): its buffer goes.
    Http2Subscriber::Private *d = q->d.get();
    if (auto it = d->streams.find(streamId); it != d->streams.end()) {
        d->buffered -= it->body.size();
        releaseWindow(it->body.size());
        d->streams.erase(it);
    }
    qCWarning(lcHttp2).noquote() << "dropped stream" << streamId << http2::errorCodeName(errorCode);
}

void Http2Listener::onStreamReset(quint32 streamId, quint32 errorCode)
{
    Http2Subscriber::Private *d = q->d.get();
    if (auto it = d->streams.find(streamId); it != d->streams.end()) {
        d->buffered -= it->body.size();
        releaseWindow(it->body.size());
        d->streams.erase(it);
    }
    if (streamId == d->authStream && !d->subscribed) {
        q->fail(ConnectionState::AuthFailed,
                Http2Subscriber::tr("the cloud reset the login stream (%1)")
                    .arg(http2::errorCodeName(errorCode)));
        return;
    }
    if (auto it = d->ackStreams.find(streamId); it != d->ackStreams.end()) {
        // Refused (too many streams at once, or any other reset): sent again,
        // never dropped; after a few refusals the message is left for the
        // cloud to deliver again.
        Ack ack = *it;
        d->ackStreams.erase(it);
        const bool refused = errorCode == quint32(http2::ErrorCode::RefusedStream);
        if (++ack.attempts < (refused ? kMaxRefusedAttempts : kMaxResetAttempts))
            d->ackQueue.push_front(std::move(ack));
        else
            qCWarning(lcHttp2).noquote()
                << "the server reset the acknowledgement of" << ack.messageId << ack.attempts << "times ("
                << http2::errorCodeName(errorCode) << "); the cloud will deliver it again";
        q->pumpAcks();
    }
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

void Http2Listener::onPingAck(const QByteArray &opaque)
{
    Q_UNUSED(opaque);
    q->d->lastHeard = now();
}

void Http2Subscriber::sendAcks(const QList<quint64> &tokens)
{
    if (!d->h2 || !d->subscribed)
        return; // tokens of a connection that is gone: the cloud will redeliver
    qint64 released = 0;
    for (quint64 token : tokens) {
        auto it = d->toAck.find(token);
        if (it == d->toAck.end())
            continue;
        released += it->bytes; // stored: its window goes back
        if (it->send)
            d->ackQueue.push_back(std::move(*it));
        d->toAck.erase(it);
    }
    if (released > 0) {
        d->listener.releaseWindow(released);
        flushOutput();
    }
    if (qsizetype(d->ackQueue.size()) > d->limits.maxPendingAcks) {
        // The server frees no stream for them: it is not listening to us.
        fail(ConnectionState::Reconnecting,
             tr("the server answers no acknowledgement (%1 waiting)").arg(d->ackQueue.size()));
        return;
    }
    pumpAcks();
}

void Http2Subscriber::pumpAcks()
{
    if (!d->h2 || !d->subscribed)
        return;
    // Our streams count against the server's limit (the login stream too).
    const int limit = int(std::min<quint32>(d->h2->peerMaxConcurrentStreams(), 1000));
    bool sent = false;
    while (!d->ackQueue.empty() && d->h2->openLocalStreams() < limit) {
        Ack ack = std::move(d->ackQueue.front());
        d->ackQueue.pop_front();
        HeaderList h {{":method", "GET"},
                      {":scheme", "https"},
                      {":authority", profile().host.toUtf8()},
                      {":path", profile().http2Path.toUtf8()},
                      {"x-message-id", ack.messageId.toUtf8()},
                      {"x-topic", ack.topic.toUtf8()}};
        const quint32 id = d->h2->nextStreamId();
        d->h2->sendHeaders(id, h, true);
        d->ackStreams.insert(id, std::move(ack));
        ++d->acksSent;
        sent = true;
    }
    if (sent)
        flushOutput();
}

void Http2Subscriber::keepAlive()
{
    if (!d->h2 || !d->subscribed)
        return;
    if (now() - d->lastHeard >= d->timing.silenceTimeoutMs) {
        fail(ConnectionState::Reconnecting,
             tr("nothing arrived for %1 s").arg((now() - d->lastHeard) / 1000));
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
                 int(std::max<qint64>(100, d->lastHeard + d->timing.silenceTimeoutMs - now()))));
}

void Http2Subscriber::onGoodbye()
{
    if (!d->h2)
        return;
    d->h2->goAway(http2::ErrorCode::NoError, "client shutting down"); // a polite goodbye, then close
    flushOutput();
}

void Http2Subscriber::onConnectionGone()
{
    d->pingTimer->stop();
    d->streams.clear();
    d->buffered = 0;
    d->toAck.clear();
    d->ackQueue.clear();
    d->ackStreams.clear();
    d->acksSent = 0;
    d->subscribed = false;
    d->retired = std::move(d->h2);
}

} // namespace linkscope::transport
