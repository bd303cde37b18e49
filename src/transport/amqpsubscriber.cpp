#include "amqpsubscriber.h"

#include "core/amqpauth.h"
#include "core/sizetext.h"
#include "pipeline/messagepipeline.h"
#include "protonvalues_p.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <proton/codec.h>
#include <proton/condition.h>
#include <proton/connection.h>
#include <proton/connection_driver.h>
#include <proton/delivery.h>
#include <proton/disposition.h>
#include <proton/error.h>
#include <proton/event.h>
#include <proton/link.h>
#include <proton/message.h>
#include <proton/sasl.h>
#include <proton/session.h>
#include <proton/terminus.h>
#include <proton/transport.h>

#include <exception>

Q_LOGGING_CATEGORY(lcAmqp, "linkscope.amqp")

namespace linkscope::transport {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A monotonic clock for Proton's timers.
qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed() + 1;
}

TlsSubscriber::Policy amqpPolicy()
{
    TlsSubscriber::Policy p;
    p.delays = std::make_unique<Backoff>(1000, 60'000, 0.2);
    p.authDelays = std::make_unique<Backoff>(30'000, 300'000, 0.2);
    return p;
}

} // namespace

struct AmqpSubscriber::Private {
    AmqpSubscriber *q = nullptr;
    Limits limits;
    pn_connection_driver_t driver {};
    bool live = false; // driver initialised, not yet destroyed
    int processing = 0; // inside process(): destroying the driver waits
    bool destroyPending = false;
    pn_link_t *receiver = nullptr;
    pn_message_t *message = nullptr; // reused for every decode
    QTimer *tickTimer = nullptr;

    // Deliveries waiting for their message to be stored, with the bytes
    // each holds; credit freed while too many bytes are held waits here.
    struct Held {
        pn_delivery_t *delivery = nullptr;
        quint64 bytes = 0;
    };
    QHash<quint64, Held> deliveries;
    quint64 bytesHeld = 0;
    int creditOwed = 0;
    quint64 nextToken = 1;

    // The transfer being received (deliveries on a link come one after another).
    QByteArray current;
    quint64 currentSize = 0;

    void handle(pn_event_t *e);
    void receive(pn_delivery_t *delivery);
    void giveCredit();
    void readMessage(Incoming &in);

    void destroy()
    {
        if (!live)
            return;
        if (processing) {
            destroyPending = true;
            return;
        }
        pn_connection_driver_destroy(&driver);
        live = false;
        destroyPending = false;
    }
};

AmqpSubscriber::AmqpSubscriber(SubscriberProfile profile, QObject *parent)
    : AmqpSubscriber(std::move(profile), Limits {}, parent)
{
}

AmqpSubscriber::AmqpSubscriber(SubscriberProfile profile, Limits limits, QObject *parent)
    : TlsSubscriber(std::move(profile), amqpPolicy(), parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->limits = limits;
    d->message = pn_message();
    d->tickTimer = new QTimer(this);
    d->tickTimer->setSingleShot(true);
    connect(d->tickTimer, &QTimer::timeout, this, [this] { process(); });
    connect(pipeline(), &MessagePipeline::acknowledgeNow, this,
            [this](const QList<quint64> &tokens) { settle(tokens, true); });
    connect(pipeline(), &MessagePipeline::releaseNow, this,
            [this](const QList<quint64> &tokens) { settle(tokens, false); });
}

AmqpSubscriber::~AmqpSubscriber()
{
    stop();
    d->destroy();
    pn_message_free(d->message);
}

void AmqpSubscriber::onEncrypted()
{
    setState(ConnectionState::Authenticating, QString());
    d->destroy();
    pn_connection_driver_init(&d->driver, nullptr, nullptr);
    d->live = true;
    d->current.clear();
    d->currentSize = 0;
    pn_transport_t *t = d->driver.transport;
    pn_connection_t *c = d->driver.connection;
    pn_transport_set_idle_timeout(t, pn_millis_t(std::max(0, profile().idleTimeoutMs)));
    pn_transport_set_max_frame(t, d->limits.maxFrameSize);
    pn_sasl_t *sasl = pn_sasl(t);
    pn_sasl_allowed_mechs(sasl, "PLAIN");
    pn_sasl_set_allow_insecure_mechs(sasl, true); // the TLS around it is ours, not Proton's

    AmqpAppKeyParams p;
    p.clientId = profile().clientId.isEmpty() ? defaultClientId() : profile().clientId;
    p.appKey = profile().appKey;
    p.groupId = profile().groupId;
    p.random = profile().signRandom ? profile().signRandom : now();
    const AmqpCredentials creds = amqpAppKeyCredentials(p, profile().appSecret);
    pn_connection_set_container(c, p.clientId.toUtf8().constData());
    pn_connection_set_hostname(c, profile().host.toUtf8().constData());
    pn_connection_set_user(c, creds.username.toUtf8().constData());
    pn_connection_set_password(c, creds.password.constData()); // Proton wipes it once used
    pn_connection_open(c);
    pn_session_t *s = pn_session(c);
    pn_session_open(s);
    // The cloud does not check the address; the SDKs use "default".
    d->receiver = pn_receiver(s, "linkscope");
    pn_terminus_set_address(pn_link_source(d->receiver), "default");
    pn_link_set_rcv_settle_mode(d->receiver, PN_RCV_FIRST);
    pn_link_set_max_message_size(d->receiver, d->limits.maxMessageSize);
    pn_link_open(d->receiver);
    pn_link_flow(d->receiver, std::max(1, profile().credit));
    pn_connection_driver_bind(&d->driver);
    process();
}

void AmqpSubscriber::onReadable()
{
    QSslSocket *s = socket();
    while (s && d->live && s->bytesAvailable() > 0) {
        pn_rwbytes_t buffer = pn_connection_driver_read_buffer(&d->driver);
        if (buffer.size == 0) {
            process(); // let the engine catch up, then try once more
            if (!d->live || socket() != s)
                return;
            buffer = pn_connection_driver_read_buffer(&d->driver);
            if (buffer.size == 0)
                return; // the engine reads no more (it is closing)
        }
        const qint64 n = s->read(buffer.start, qint64(buffer.size));
        if (n <= 0)
            break;
        pn_connection_driver_read_done(&d->driver, size_t(n));
        process();
        if (socket() != s)
            return; // the connection ended while processing
    }
}

void AmqpSubscriber::process()
{
    if (!d->live)
        return;
    ++d->processing;
    const QPointer<QSslSocket> s = socket();
    try {
        const qint64 deadline = pn_transport_tick(d->driver.transport, monotonicMs());
        while (pn_event_t *e = pn_connection_driver_next_event(&d->driver)) {
            d->handle(e);
            if (!s || socket() != s)
                break; // failed: the rest of this connection's events do not matter
        }
        while (s && socket() == s) {
            const pn_bytes_t out = pn_connection_driver_write_buffer(&d->driver);
            if (out.size == 0)
                break;
            if (!write(out.start, qint64(out.size)))
                break;
            pn_connection_driver_write_done(&d->driver, out.size);
        }
        if (s && socket() == s && deadline > 0)
            d->tickTimer->start(int(std::clamp<qint64>(deadline - monotonicMs(), 1, 60'000)));
    } catch (const std::exception &e) {
        // Nothing in Proton's C engine throws; our own code might (memory).
        --d->processing;
        fail(ConnectionState::Failed,
             tr("an error inside LinkScope's AMQP client: %1").arg(QString::fromUtf8(e.what())));
        d->destroy();
        return;
    }
    --d->processing;
    if (d->destroyPending)
        d->destroy();
}

void AmqpSubscriber::Private::handle(pn_event_t *e)
{
    switch (pn_event_type(e)) {
    case PN_LINK_REMOTE_OPEN:
        if (pn_event_link(e) == receiver) {
            if (pn_terminus_get_type(pn_link_remote_source(receiver)) == PN_UNSPECIFIED)
                break; // a null source: the peer refuses the link and detaches it next
            q->subscribed();
        }
        break;
    case PN_LINK_REMOTE_CLOSE:
    case PN_LINK_REMOTE_DETACH:
        if (pn_event_link(e) == receiver) {
            const QString why = conditionText(pn_link_remote_condition(receiver));
            pn_connection_close(driver.connection);
            q->fail(ConnectionState::Reconnecting,
                    why.isEmpty() ? AmqpSubscriber::tr("the cloud closed the receiver")
                                  : AmqpSubscriber::tr("the cloud closed the receiver (%1)").arg(why));
        }
        break;
    case PN_CONNECTION_REMOTE_CLOSE: {
        pn_condition_t *c = pn_connection_remote_condition(driver.connection);
        const QString why = conditionText(c);
        pn_connection_close(driver.connection);
        if (isUnauthorized(c))
            q->fail(ConnectionState::AuthFailed,
                    AmqpSubscriber::tr("the cloud refused the AppKey or AppSecret (%1)").arg(why));
        else
            q->fail(ConnectionState::Reconnecting,
                    why.isEmpty() ? AmqpSubscriber::tr("the cloud closed the connection")
                                  : AmqpSubscriber::tr("the cloud closed the connection (%1)").arg(why));
        break;
    }
    case PN_TRANSPORT_ERROR: {
        pn_condition_t *c = pn_transport_condition(driver.transport);
        const QString why = conditionText(c);
        if (isUnauthorized(c))
            q->fail(ConnectionState::AuthFailed,
                    AmqpSubscriber::tr("the cloud refused the AppKey or AppSecret (%1)").arg(why));
        else
            q->fail(ConnectionState::Reconnecting, AmqpSubscriber::tr("AMQP error: %1").arg(why));
        break;
    }
    case PN_TRANSPORT_CLOSED:
        q->fail(ConnectionState::Reconnecting, AmqpSubscriber::tr("the connection closed"));
        break;
    case PN_DELIVERY:
        receive(pn_event_delivery(e));
        break;
    default:
        break;
    }
}

void AmqpSubscriber::Private::receive(pn_delivery_t *delivery)
{
    pn_link_t *link = pn_delivery_link(delivery);
    if (link != receiver || !pn_delivery_readable(delivery))
        return;
    if (pn_delivery_aborted(delivery)) { // the sender gave up on it: nothing to keep
        pn_delivery_settle(delivery);
        current.clear();
        currentSize = 0;
        ++creditOwed;
        giveCredit();
        return;
    }
    // Read what arrived; past the size limit only count it (memory stays bounded).
    const quint64 keep = limits.maxMessageSize;
    char buffer[16 * 1024];
    ssize_t n;
    while ((n = pn_link_recv(link, buffer, sizeof buffer)) > 0) {
        currentSize += quint64(n);
        if (quint64(current.size()) < keep)
            current.append(buffer, qsizetype(std::min<quint64>(quint64(n), keep - quint64(current.size()))));
    }
    if (pn_delivery_partial(delivery))
        return;
    const QByteArray bytes = std::exchange(current, {});
    const quint64 size = std::exchange(currentSize, 0);
    pn_link_advance(link);

    Incoming in;
    in.receivedAt = now();
    in.token = nextToken++;
    if (size == 0) {
        in.transportError = AmqpSubscriber::tr("the AMQP transfer is empty (no message in it)");
    } else if (size > limits.maxMessageSize) {
        in.transportError = AmqpSubscriber::tr("the AMQP message is %1, over the %2 limit")
                                .arg(sizeText(size), sizeText(limits.maxMessageSize));
        in.payload = bytes;
    } else {
        pn_message_clear(message);
        if (pn_message_decode(message, bytes.constData(), size_t(bytes.size())) != 0) {
            in.transportError = AmqpSubscriber::tr("the AMQP message cannot be decoded: %1")
                                    .arg(QString::fromUtf8(pn_error_text(pn_message_error(message))));
            in.payload = bytes;
        } else {
            readMessage(in);
            if (!in.transportError.isEmpty())
                in.payload
                    = bytes; // the transfer as it came, for the inspector (and a content id of its own)
        }
    }
    if (!in.transportError.isEmpty())
        qCWarning(lcAmqp).noquote() << "rejected a transfer:" << in.transportError;
    const quint64 held = quint64(bytes.size());
    deliveries.insert(in.token, {delivery, held});
    bytesHeld += held;
    q->pipeline()->ingest(std::move(in));
}

void AmqpSubscriber::Private::readMessage(Incoming &in)
{
    pn_data_t *body = pn_message_body(message);
    pn_data_rewind(body);
    if (!pn_data_next(body)) {
        in.transportError = AmqpSubscriber::tr("the AMQP message has no body");
    } else {
        switch (pn_data_type(body)) {
        case PN_BINARY: // a Data section: the cloud's form
        case PN_STRING: {
            const pn_bytes_t b
                = pn_data_type(body) == PN_BINARY ? pn_data_get_binary(body) : pn_data_get_string(body);
            in.payload = QByteArray(b.start, qsizetype(b.size));
            break;
        }
        case PN_NULL:
            in.transportError = AmqpSubscriber::tr("the AMQP message body is null");
            break;
        default: {
            // Proton's decoder takes almost any bytes; what it makes of
            // them is no Data section with JSON in it, so it is rejected.
            QByteArray text(256, Qt::Uninitialized);
            size_t size = size_t(text.size());
            const QString shown = pn_data_format(body, text.data(), &size) == 0
                ? QString::fromUtf8(text.constData(), qsizetype(size))
                : QStringLiteral("?");
            in.transportError
                = AmqpSubscriber::tr("the AMQP message body is %1, not a Data section").arg(shown);
            break;
        }
        }
    }
    // Application properties: topic, messageId, generateTime.
    pn_data_t *props = pn_message_properties(message);
    pn_data_rewind(props);
    if (pn_data_next(props) && pn_data_type(props) == PN_MAP) {
        const size_t count = pn_data_get_map(props);
        pn_data_enter(props);
        for (size_t i = 0; i + 1 < count; i += 2) {
            if (!pn_data_next(props))
                break;
            const QString key = atomText(pn_data_get_atom(props));
            if (!pn_data_next(props))
                break;
            const pn_atom_t value = pn_data_get_atom(props);
            if (key == u"topic")
                in.topic = atomText(value);
            else if (key == u"messageId")
                in.messageId = atomText(value);
            else if (key == u"generateTime")
                in.generateTime = atomInt(value);
        }
        pn_data_exit(props);
    }
    if (in.messageId
            .isEmpty()) // absent, empty or null: the message's own id, or else the pipeline's content id
        in.messageId = atomText(pn_message_get_id(message));
}

void AmqpSubscriber::settle(const QList<quint64> &tokens, bool accepted)
{
    if (!d->live)
        return; // tokens of a connection that is gone: the cloud will redeliver
    uint32_t settled = 0;
    for (quint64 token : tokens) {
        const auto it = d->deliveries.constFind(token);
        if (it == d->deliveries.cend())
            continue;
        pn_delivery_t *delivery = it->delivery;
        pn_delivery_update(delivery, accepted ? PN_ACCEPTED : PN_RELEASED); // stored (rejects too): done with
        pn_delivery_settle(delivery);
        d->bytesHeld -= it->bytes;
        d->deliveries.erase(it);
        ++settled;
    }
    // The credit comes back as messages are settled, while we take messages
    // in: once a stop began, the server has only the credit it holds left to
    // send, and then goes quiet to read our goodbye. While the messages held
    // are too many bytes, it waits for the next settlement.
    d->creditOwed += int(settled);
    d->giveCredit();
    process();
}

// What settlements freed goes back to the peer while the messages held, and
// the credit it holds already at their average size, stay under
// maxBytesInFlight; the rest waits for the next settlement. With nothing
// held, all of it goes (so the link never stalls).
void AmqpSubscriber::Private::giveCredit()
{
    if (creditOwed <= 0 || !receiver || !q->isReceiving())
        return;
    int grant = creditOwed;
    if (!deliveries.isEmpty()) {
        const quint64 cap = std::max<quint64>(1, limits.maxBytesInFlight);
        const quint64 average = std::max<quint64>(1, bytesHeld / quint64(deliveries.size()));
        const quint64 room = bytesHeld < cap ? (cap - bytesHeld) / average : 0;
        const quint64 outstanding = quint64(std::max(0, pn_link_credit(receiver)));
        grant = int(std::min<quint64>(quint64(creditOwed), room > outstanding ? room - outstanding : 0));
    }
    if (grant <= 0)
        return;
    creditOwed -= grant;
    pn_link_flow(receiver, grant);
}

void AmqpSubscriber::onPeerClosed()
{
    if (!d->live)
        return;
    // Proton learns of the end, and says why in its events (a refused login).
    pn_connection_driver_read_close(&d->driver);
    process();
}

void AmqpSubscriber::onGoodbye()
{
    if (!d->live)
        return;
    // Behind the acceptances already written: detach, then close.
    if (d->receiver)
        pn_link_close(d->receiver);
    pn_connection_close(d->driver.connection);
    process();
}

void AmqpSubscriber::onConnectionGone()
{
    d->tickTimer->stop();
    d->deliveries.clear();
    d->bytesHeld = 0;
    d->creditOwed = 0;
    d->receiver = nullptr;
    d->current.clear();
    d->currentSize = 0;
    d->destroy();
}

} // namespace linkscope::transport
