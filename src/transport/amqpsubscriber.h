#pragma once

#include "tlssubscriber.h"

#include <memory>

namespace linkscope::transport {

// Subscribes to a project's AMQP 1.0 push (PROTOCOL §3). Qpid Proton's C
// engine speaks AMQP without I/O (a connection driver) over the shared TLS
// connection, so everything runs on the subscriber's one thread in one
// order: deliveries are decoded as they arrive, accepted only after the
// store persisted their message, and the link's detach and the close are
// written behind every acceptance already due. SASL PLAIN signed with the
// AppSecret, one receiver on `default` with a credit window given back as
// messages are stored (held back past maxBytesInFlight), heartbeats from the idle timeout, a maximum frame
// and message size. A transfer that is too large or cannot be decoded is kept among the rejected messages
// with its reason and accepted once stored, as the cloud expects of every delivery (PROTOCOL §3); the link
// goes on. Reconnects with exponential backoff and jitter.
class AmqpSubscriber : public TlsSubscriber {
    Q_OBJECT

public:
    struct Limits {
        quint32 maxFrameSize = 256 * 1024;
        // Past the decoder's 1 MiB a payload is rejected by the decoder, with
        // its properties read; past this, by the AMQP layer, unread.
        quint64 maxMessageSize = 4 * 1024 * 1024;
        // Credit freed by settlements goes back only while the messages held
        // unstored, and the credit the peer holds at their average size, stay
        // under this: a stream of large messages is not held `credit` at a
        // time. (A peer that sends small messages and then huge ones can
        // still bring credit × maxMessageSize; the frame and message limits
        // above hold.)
        quint64 maxBytesInFlight = 32 * 1024 * 1024;
    };

    explicit AmqpSubscriber(SubscriberProfile profile, QObject *parent = nullptr);
    AmqpSubscriber(SubscriberProfile profile, Limits limits, QObject *parent = nullptr);
    ~AmqpSubscriber() override;

protected:
    void onEncrypted() override;
    void onReadable() override;
    void onGoodbye() override;
    void onPeerClosed() override;
    void onConnectionGone() override;

private:
    // Runs Proton's timers and events, then writes what it has to say.
    void process();
    // Accepted (stored) or released (not stored: the cloud delivers it again).
    void settle(const QList<quint64> &tokens, bool accepted = true);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::transport
