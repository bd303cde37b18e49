#include "amqpserver.h"

#include "cloudqueue.h"
#include "saslplain_p.h"

#include <QDateTime>

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.h>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/link.h>
#include <proton/listen_handler.hpp>
#include <proton/listener.hpp>
#include <proton/message.hpp>
#include <proton/message_id.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/sasl.hpp>
#include <proton/scalar.hpp>
#include <proton/sender.hpp>
#include <proton/ssl.hpp>
#include <proton/tracker.hpp>
#include <proton/transport.hpp>
#include <proton/work_queue.hpp>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace linkscope::sim {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toQ(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr uint32_t kMaxIdleMs = 300'000;
constexpr qint64 kAttachWithinMs = 15'000;

struct ConnState {
    quint64 id = 0;
    int session = 0;
    proton::sender sender;
    int delivered = 0;
    quint64 copies = 0;
    bool closing = false;
    qint64 openedAt = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

struct AmqpServer::Private : proton::messaging_handler, proton::listen_handler {
    Private(CloudQueue &q, AmqpServerOptions o) : queue(q), options(std::move(o)) { }

    CloudQueue &queue;
    AmqpServerOptions options;
    std::unique_ptr<proton::container> container;
    std::thread thread;
    std::function<void(const QString &)> log;

    // Handshake with start(): the listener's outcome.
    std::mutex mutex;
    std::condition_variable cv;
    bool listenDone = false;
    int port = -1;
    QString listenError;

    std::map<proton::connection, ConnState> conns; // container thread only
    // Work queues of open connections, for waking them from other threads:
    // work added there runs in the connection's context, so its output is flushed.
    std::mutex queuesMutex;
    // Keyed by a plain number: proton objects are never copied off its thread.
    std::map<quint64, proton::work_queue *> queues;
    std::map<quint64, proton::connection> byId; // container thread only
    quint64 nextId = 0;

    void say(const QString &line)
    {
        if (log)
            log(line);
    }

    // --- listen_handler
    void on_open(proton::listener &l) override
    {
        std::lock_guard lock(mutex);
        port = l.port();
        listenDone = true;
        cv.notify_all();
    }
    void on_error(proton::listener &, const std::string &what) override
    {
        std::lock_guard lock(mutex);
        listenError = toQ(what);
        listenDone = true;
        cv.notify_all();
    }
    proton::connection_options on_accept(proton::listener &) override
    {
        proton::ssl_certificate cert(options.certificates.certFile.toStdString(),
                                     options.certificates.keyFile.toStdString());
        proton::connection_options o;
        o.handler(*this);
        o.ssl_server_options(proton::ssl_server_options(cert));
        o.sasl_enabled(true);
        o.sasl_allowed_mechs("PLAIN");
        o.sasl_allow_insecure_mechs(false);
        // The cloud drops a connection that stays silent for longer.
        o.idle_timeout(proton::duration(120'000));
        return o;
    }

    // --- messaging_handler
    void on_connection_open(proton::connection &c) override
    {
        const uint32_t idle = c.idle_timeout();
        const QString user = toQ(c.transport().sasl().user());
        if (idle < options.minIdleMs || idle > kMaxIdleMs) {
            say(QStringLiteral("refusing %1: idle-time-out %2 ms is outside %3..%4 ms")
                    .arg(user)
                    .arg(idle)
                    .arg(options.minIdleMs)
                    .arg(kMaxIdleMs));
            c.open();
            c.close(
                proton::error_condition("amqp:precondition-failed",
                                        QStringLiteral("idle-time-out must be between %1 and %2 ms, got %3")
                                            .arg(options.minIdleMs)
                                            .arg(kMaxIdleMs)
                                            .arg(idle)
                                            .toStdString()));
            return;
        }
        ConnState st;
        st.id = ++nextId;
        conns[c] = st;
        byId[st.id] = c;
        {
            std::lock_guard lock(queuesMutex);
            queues[st.id] = &c.work_queue();
            wakePending.store(false); // a round queued before it would not pump it
        }
        c.open();
        // The receiver must attach within 15 s: checked by housekeeping(), not
        // by a Proton timer, which would hold up container::stop() until it fires.
    }

    void checkAttach(quint64 id)
    {
        auto byIt = byId.find(id);
        if (byIt == byId.end())
            return;
        proton::connection c = byIt->second;
        auto it = conns.find(c);
        if (it == conns.end() || it->second.sender || it->second.closing)
            return;
        if (QDateTime::currentMSecsSinceEpoch() - it->second.openedAt < kAttachWithinMs)
            return;
        say(QStringLiteral("closing a connection that attached no receiver within 15 s"));
        it->second.closing = true;
        c.close(proton::error_condition("amqp:resource-limit-exceeded", "no receiver attached within 15 s"));
    }

    void housekeeping()
    {
        std::lock_guard lock(queuesMutex);
        for (auto &[id, wq] : queues) {
            const quint64 key = id;
            wq->add([this, key] { checkAttach(key); });
        }
    }

    void on_sender_open(proton::sender &s) override
    {
        proton::connection c = s.connection();
        auto it = conns.find(c);
        if (it == conns.end())
            return;
        if (it->second.sender) {
            s.open();
            s.close(
                proton::error_condition("amqp:resource-limit-exceeded", "only one receiver per connection"));
            return;
        }
        s.open();
        it->second.sender = s;
        it->second.session = queue.attach(toQ(c.transport().sasl().user()).section(u'|', 0, 0));
        pump(it->second);
    }

    void on_sendable(proton::sender &s) override
    {
        auto it = conns.find(s.connection());
        if (it != conns.end())
            pump(it->second);
    }

    void pump(ConnState &st)
    {
        if (!st.sender || st.closing)
            return;
        while (st.sender.credit() > 0) {
            auto next = queue.take(st.session);
            if (!next)
                return;
            const std::string tag = next->messageId.toStdString() + '#' + std::to_string(++st.copies);
            if (next->transferFault == u"bad-transfer") {
                sendRaw(st.sender, tag, next->payload);
                ++st.delivered;
                continue;
            }
            proton::message m;
            m.inferred(true); // a binary body travels as a Data section
            m.body(proton::binary(next->payload.begin(), next->payload.end()));
            m.id(proton::message_id(next->messageId.toStdString()));
            m.properties().put("topic", next->topic.toStdString());
            m.properties().put("messageId", next->messageId.toStdString());
            m.properties().put("generateTime", int64_t(next->generateTime));
            m.properties().put("qos", int32_t(next->qos));
            st.sender.send(m, proton::binary(tag.begin(), tag.end()));
            ++st.delivered;
            if (options.dropAfterMessages > 0 && st.delivered >= options.dropAfterMessages) {
                say(QStringLiteral("fault: dropping the connection after %1 messages").arg(st.delivered));
                st.closing = true;
                st.sender.connection().close(
                    proton::error_condition("amqp:connection:forced", "emulator fault: connection dropped"));
                return;
            }
        }
    }

    // A transfer of raw bytes, past Proton's message encoder (for the fault).
    struct RawLink : proton::sender {
        explicit RawLink(const proton::sender &s) : proton::sender(s) { }
        pn_link_t *raw() const { return pn_object(); }
    };
    static void sendRaw(const proton::sender &sender, const std::string &tag, const QByteArray &bytes)
    {
        pn_link_t *link = RawLink(sender).raw();
        pn_delivery(link, pn_dtag(tag.data(), tag.size()));
        pn_link_send(link, bytes.constData(), size_t(bytes.size()));
        pn_link_advance(link);
    }

    static QString idOf(const proton::tracker &t)
    {
        const proton::binary tag = t.tag();
        const std::string s(tag.begin(), tag.end());
        return QString::fromStdString(s.substr(0, s.rfind('#')));
    }

    int sessionOf(const proton::tracker &t)
    {
        auto it = conns.find(t.connection());
        return it == conns.end() ? 0 : it->second.session;
    }

    void on_tracker_accept(proton::tracker &t) override { queue.acknowledge(sessionOf(t), idOf(t)); }
    void on_tracker_reject(proton::tracker &t) override { queue.release(sessionOf(t), idOf(t), nowMs()); }
    void on_tracker_release(proton::tracker &t) override { queue.release(sessionOf(t), idOf(t), nowMs()); }
    void on_tracker_settle(proton::tracker &t) override
    {
        // Settled without an outcome we know (e.g. modified): not accepted.
        if (t.state() != proton::transfer::ACCEPTED && t.state() != proton::transfer::REJECTED
            && t.state() != proton::transfer::RELEASED)
            queue.release(sessionOf(t), idOf(t), nowMs());
    }

    void forget(const proton::connection &c)
    {
        auto it = conns.find(c);
        if (it == conns.end())
            return;
        {
            std::lock_guard lock(queuesMutex);
            queues.erase(it->second.id);
        }
        byId.erase(it->second.id);
        wakePending.store(false); // a round queued for this connection may never run
        if (it->second.session)
            queue.detach(it->second.session, nowMs());
        conns.erase(it);
    }
    void on_connection_close(proton::connection &c) override { forget(c); }
    void on_transport_close(proton::transport &t) override { forget(t.connection()); }
    void on_transport_error(proton::transport &t) override
    {
        const QString why = toQ(t.error().what());
        if (!why.isEmpty())
            say(QStringLiteral("connection ended: %1").arg(why));
        forget(t.connection());
    }
    void on_sender_close(proton::sender &s) override
    {
        auto it = conns.find(s.connection());
        if (it != conns.end() && it->second.sender == s) {
            queue.detach(it->second.session, nowMs());
            it->second.session = 0;
            it->second.sender = proton::sender();
        }
    }
    void on_error(const proton::error_condition &e) override
    {
        say(QStringLiteral("AMQP error: %1").arg(toQ(e.what())));
    }

    // A round of pumps is on its way: it serves every message published
    // until it runs. (A round for each message cost the emulator a work
    // item, a lock and a container wake-up per message at full rate.)
    std::atomic<bool> wakePending {false};

    void wakeAll()
    {
        if (wakePending.exchange(true))
            return;
        std::lock_guard lock(queuesMutex);
        bool added = false;
        for (auto &[id, wq] : queues) {
            const quint64 key = id;
            added |= wq->add([this, key] {
                // Cleared before the pump takes: a message published from
                // here on is taken by it, or wakes another round.
                wakePending.store(false);
                auto byIt = byId.find(key);
                if (byIt == byId.end())
                    return;
                auto it = conns.find(byIt->second);
                if (it != conns.end())
                    pump(it->second);
            });
        }
        if (!added)
            wakePending.store(false);
    }
};

AmqpServer::AmqpServer(CloudQueue &queue, AmqpServerOptions options)
    : d(std::make_unique<Private>(queue, std::move(options)))
{
}

AmqpServer::~AmqpServer()
{
    stop();
}

void AmqpServer::setLogger(std::function<void(const QString &)> log)
{
    d->log = std::move(log);
}

Result<quint16> AmqpServer::start()
{
    detail::installSaslPlain([lookup = d->options.secrets](const QString &user, const QByteArray &password) {
        const auto login = verifyAmqpLogin(user, password, lookup);
        return login ? QString() : login.error();
    });
    d->container = std::make_unique<proton::container>("linkscope-sim");
    d->container->auto_stop(false);
    const QString host = d->options.host.contains(u':') ? u'[' + d->options.host + u']' : d->options.host;
    const std::string url = host.toStdString() + ':' + std::to_string(d->options.port);
    try {
        d->container->listen(url, static_cast<proton::listen_handler &>(*d));
    } catch (const std::exception &e) {
        return Error {QStringLiteral("cannot listen on %1: %2")
                          .arg(QString::fromStdString(url), QString::fromUtf8(e.what()))};
    }
    d->thread = std::thread([this] {
        try {
            d->container->run();
        } catch (const std::exception &e) {
            d->say(QStringLiteral("the AMQP container stopped: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    std::unique_lock lock(d->mutex);
    d->cv.wait(lock, [this] { return d->listenDone; });
    if (!d->listenError.isEmpty())
        return Error {
            QStringLiteral("cannot listen on %1: %2").arg(QString::fromStdString(url), d->listenError)};
    return quint16(d->port);
}

void AmqpServer::wake()
{
    if (d->container)
        d->wakeAll();
}

void AmqpServer::housekeeping()
{
    if (d->container)
        d->housekeeping();
}

void AmqpServer::stop()
{
    if (!d->container)
        return;
    d->container->stop();
    if (d->thread.joinable())
        d->thread.join();
    d->container.reset();
}

} // namespace linkscope::sim
