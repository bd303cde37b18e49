#include "amqpsubscriber.h"

#include "backoff.h"
#include "core/amqpauth.h"
#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver.hpp>
#include <proton/receiver_options.hpp>
#include <proton/scalar.hpp>
#include <proton/ssl.hpp>
#include <proton/transport.hpp>
#include <proton/value.hpp>
#include <proton/work_queue.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcAmqp, "linkscope.amqp")

namespace linkscope::transport {

namespace {

enum Disconnect { Lost = 0, Auth = 1, Tls = 2, Stopped = 3 };

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toQ(const std::string &s)
{
    return QString::fromStdString(s);
}

// Any AMQP scalar as text: the cloud's messageId may be a string or a number.
QString scalarText(const proton::value &v)
{
    if (v.empty())
        return {};
    try {
        return toQ(proton::to_string(v));
    } catch (...) {
        return {};
    }
}

qint64 scalarInt(const proton::value &v)
{
    if (v.empty())
        return 0;
    try {
        return proton::coerce<int64_t>(v);
    } catch (...) {
        return scalarText(v).toLongLong();
    }
}

} // namespace

// Runs on Proton's thread; reaches the subscriber only by queued calls.
struct AmqpHandler : proton::messaging_handler {
    AmqpSubscriber *q = nullptr;
    SubscriberProfile profile;
    proton::connection connection;
    proton::receiver receiver;
    std::unordered_map<quint64, proton::delivery> deliveries;
    quint64 nextToken = 0;
    bool reported = false; // the current connection's end was reported
    bool stopping = false;

    std::mutex mutex; // guards work, closed
    proton::work_queue *work = nullptr;
    bool closed = true;
    std::condition_variable closedCv;

    template<typename Fn> void toQt(Fn &&fn)
    {
        QMetaObject::invokeMethod(q, std::forward<Fn>(fn), Qt::QueuedConnection);
    }

    void open(proton::container &c)
    {
        const qint64 random = profile.signRandom ? profile.signRandom : now();
        AmqpAppKeyParams p;
        p.clientId = profile.clientId.isEmpty() ? defaultClientId() : profile.clientId;
        p.appKey = profile.appKey;
        p.groupId = profile.groupId;
        p.random = random;
        const AmqpCredentials creds = amqpAppKeyCredentials(p, profile.appSecret);
        proton::connection_options o;
        o.handler(*this);
        o.user(creds.username.toStdString());
        o.password(creds.password.toStdString());
        o.sasl_enabled(true);
        o.sasl_allowed_mechs("PLAIN");
        o.idle_timeout(proton::duration(profile.idleTimeoutMs));
        o.virtual_host(profile.host.toStdString());
        if (profile.caFile.isEmpty())
            o.ssl_client_options(proton::ssl_client_options(proton::ssl::VERIFY_PEER_NAME));
        else
            o.ssl_client_options(
                proton::ssl_client_options(profile.caFile.toStdString(), proton::ssl::VERIFY_PEER_NAME));
        reported = false;
        {
            std::lock_guard lock(mutex);
            closed = false;
        }
        const std::string url = "amqps://" + profile.host.toStdString() + ':' + std::to_string(profile.port);
        c.connect(url, o);
    }

    void on_transport_open(proton::transport &t) override
    {
        connection = t.connection();
        {
            std::lock_guard lock(mutex);
            work = &connection.work_queue();
        }
        toQt([s = q] { s->setState(ConnectionState::Authenticating, QString()); });
    }

    void on_connection_open(proton::connection &c) override
    {
        // The cloud does not check the address; the SDKs use "default".
        receiver = c.open_receiver("default", proton::receiver_options().credit_window(0).auto_accept(false));
    }

    void on_receiver_open(proton::receiver &r) override
    {
        r.add_credit(uint32_t(std::max(1, profile.credit)));
        toQt([s = q] { s->setState(ConnectionState::Subscribed, QString()); });
    }

    void on_message(proton::delivery &d, proton::message &m) override
    {
        Incoming in;
        in.receivedAt = now();
        const proton::value &body = m.body();
        try {
            if (body.type() == proton::BINARY) {
                const auto b = proton::get<proton::binary>(body);
                in.payload = QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
            } else if (body.type() == proton::STRING) {
                in.payload = QByteArray::fromStdString(proton::get<std::string>(body));
            } else if (!body.empty()) {
                in.payload = QByteArray::fromStdString(proton::to_string(body));
            }
        } catch (...) {
        }
        const auto &props = m.properties();
        in.topic = props.exists("topic") ? scalarText(props.get("topic")) : QString();
        in.messageId = props.exists("messageId") ? scalarText(props.get("messageId")) : QString();
        if (in.messageId.isEmpty())
            in.messageId = toQ(proton::to_string(m.id()));
        in.generateTime = props.exists("generateTime") ? scalarInt(props.get("generateTime")) : 0;
        in.token = ++nextToken;
        deliveries.emplace(in.token, d);
        toQt([s = q, in = std::move(in)]() mutable { s->pipeline()->ingest(std::move(in)); });
    }

    void accept(const QList<quint64> &tokens)
    {
        uint32_t n = 0;
        for (quint64 t : tokens) {
            auto it = deliveries.find(t);
            if (it == deliveries.end())
                continue; // from a connection that is gone
            it->second.accept();
            deliveries.erase(it);
            ++n;
        }
        if (n && receiver && receiver.active())
            receiver.add_credit(n);
    }

    void report(int kind, const QString &reason)
    {
        if (reported)
            return;
        reported = true;
        deliveries.clear();
        receiver = proton::receiver();
        {
            std::lock_guard lock(mutex);
            work = nullptr;
            closed = true;
        }
        closedCv.notify_all();
        toQt([s = q, kind, reason] { s->onDisconnected(kind, reason); });
    }

    static int classify(const proton::error_condition &e)
    {
        const std::string name = e.name();
        const std::string what = e.description();
        if (name == "amqp:unauthorized-access")
            return Auth;
        // A certificate problem, not a link that dropped mid-way ("unexpected eof").
        if (what.find("certificate") != std::string::npos || what.find("verify failed") != std::string::npos
            || what.find("unknown ca") != std::string::npos
            || what.find("handshake failure") != std::string::npos)
            return Tls;
        return Lost;
    }

    static QString describe(const proton::error_condition &e)
    {
        QString text = toQ(e.description());
        if (text.isEmpty())
            text = toQ(e.name());
        return text;
    }

    void on_transport_error(proton::transport &t) override
    {
        const proton::error_condition e = t.error();
        report(stopping ? Stopped : classify(e), describe(e));
    }
    void on_connection_error(proton::connection &c) override
    {
        const proton::error_condition e = c.error();
        report(stopping ? Stopped : classify(e), describe(e));
    }
    void on_receiver_error(proton::receiver &r) override
    {
        // The cloud refused the link: end the connection and start over.
        const proton::error_condition e = r.error();
        qCWarning(lcAmqp).noquote() << "the receiver was refused:" << describe(e);
        r.connection().close();
    }
    void on_transport_close(proton::transport &) override
    {
        report(stopping ? Stopped : Lost, QStringLiteral("the connection closed"));
    }
};

struct AmqpSubscriber::Private {
    SubscriberProfile profile;
    MessagePipeline *pipeline = nullptr; // children of the subscriber: they move threads with it
    AmqpHandler handler;
    std::unique_ptr<proton::container> container;
    std::thread thread;
    ConnectionState state = ConnectionState::Stopped;
    Backoff backoff {1000, 60'000, 0.2};
    Backoff authBackoff {30'000, 300'000, 0.2};
    ConnectRateLimit rateLimit {100};
    QTimer *reconnectTimer = nullptr;
    QTimer *statsTimer = nullptr;
    bool running = false;
    qint64 subscribedAt = 0;
};

AmqpSubscriber::AmqpSubscriber(SubscriberProfile profile, QObject *parent)
    : Subscriber(parent), d(std::make_unique<Private>())
{
    d->profile = std::move(profile);
    d->handler.q = this;
    d->handler.profile = d->profile;
    d->pipeline = new MessagePipeline(d->profile.topicFilters, this);
    d->reconnectTimer = new QTimer(this);
    d->statsTimer = new QTimer(this);
    MessagePipeline *p = d->pipeline;
    forwardPipeline(p);
    connect(p, &MessagePipeline::acknowledgeNow, this, [this](const QList<quint64> &tokens) {
        std::lock_guard lock(d->handler.mutex);
        if (d->handler.work)
            d->handler.work->add([h = &d->handler, tokens] { h->accept(tokens); });
    });
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, &AmqpSubscriber::connectNow);
    d->statsTimer->setInterval(1000);
    connect(d->statsTimer, &QTimer::timeout, this, [this] { emit statsUpdated(d->pipeline->stats()); });
}

AmqpSubscriber::~AmqpSubscriber()
{
    stop();
}

ConnectionState AmqpSubscriber::state() const
{
    return d->state;
}

MessagePipeline *AmqpSubscriber::pipeline() const
{
    return d->pipeline;
}

void AmqpSubscriber::setState(ConnectionState state, const QString &detail)
{
    if (state == ConnectionState::Subscribed) {
        d->subscribedAt = now();
        d->backoff.reset();
        d->authBackoff.reset();
    }
    d->state = state;
    qCInfo(lcAmqp).noquote() << connectionStateName(state) << detail;
    emit connectionStateChanged(state, detail);
}

void AmqpSubscriber::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (d->running)
        return;
    if (const QString problem = caFileProblem(d->profile); !problem.isEmpty()) {
        setState(ConnectionState::TlsFailed, problem);
        return;
    }
    d->running = true;
    d->handler.stopping = false;
    d->container = std::make_unique<proton::container>(d->handler);
    d->container->auto_stop(false);
    d->thread = std::thread([this] {
        try {
            d->container->run();
        } catch (const std::exception &e) {
            qCWarning(lcAmqp) << "Proton stopped:" << e.what();
        }
    });
    d->statsTimer->start();
    connectNow();
}

void AmqpSubscriber::connectNow()
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
    setState(ConnectionState::Connecting, QStringLiteral("%1:%2").arg(d->profile.host).arg(d->profile.port));
    d->container->schedule(proton::duration(0), [h = &d->handler, c = d->container.get()] { h->open(*c); });
}

void AmqpSubscriber::scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs)
{
    setState(state, retryText(state, reason, delayMs));
    d->reconnectTimer->start(int(delayMs));
}

void AmqpSubscriber::onDisconnected(int kind, const QString &reason)
{
    d->pipeline->connectionLost();
    if (!d->running || kind == Stopped) {
        setState(ConnectionState::Stopped, QString());
        return;
    }
    switch (kind) {
    case Auth:
        scheduleReconnect(ConnectionState::AuthFailed,
                          tr("the cloud refused the AppKey or AppSecret (%1)").arg(reason),
                          d->authBackoff.next());
        break;
    case Tls:
        scheduleReconnect(ConnectionState::TlsFailed,
                          tr("the server's certificate is not trusted (%1)").arg(reason), d->backoff.next());
        break;
    default:
        scheduleReconnect(ConnectionState::Reconnecting, reason, d->backoff.next());
        break;
    }
}

void AmqpSubscriber::acknowledge(const QStringList &messageIds)
{
    d->pipeline->persisted(messageIds);
}

void AmqpSubscriber::stop()
{
    if (!d->container)
        return;
    d->running = false;
    d->reconnectTimer->stop();
    d->statsTimer->stop();
    d->pipeline->flush();
    AmqpHandler *h = &d->handler;
    // Detach the link first, then close (some brokers drop acks sent just
    // before an abrupt close); give it a moment, then stop Proton.
    d->container->schedule(proton::duration(0), [h] {
        h->stopping = true;
        if (h->receiver && h->receiver.active())
            h->receiver.detach();
        if (h->connection && h->connection.active())
            h->connection.close();
    });
    {
        std::unique_lock lock(h->mutex);
        h->closedCv.wait_for(lock, std::chrono::milliseconds(1500), [h] { return h->closed; });
    }
    d->container->stop();
    if (d->thread.joinable())
        d->thread.join();
    d->container.reset();
    h->connection = proton::connection();
    h->receiver = proton::receiver();
    h->deliveries.clear();
    h->work = nullptr;
    h->closed = true;
    setState(ConnectionState::Stopped, QString());
}

} // namespace linkscope::transport
