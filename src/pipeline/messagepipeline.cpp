#include "messagepipeline.h"

#include "core/intakemessage.h"

#include <QDateTime>

namespace linkscope::transport {

namespace {
constexpr int kFlushMs = 50;

constexpr qsizetype kMaxBatch = 5000; // flush early rather than hold more
// A commit came back while this many waited: the stream is busy, and they
// go to the store now rather than at the next tick, so that the store
// never idles while the credit is held by messages waiting for a timer.
constexpr qsizetype kEagerBatch = 256;
} // namespace

MessagePipeline::MessagePipeline(const QStringList &topicFilters, QObject *parent)
    : QObject(parent), m_flushTimer(new QTimer(this))
{
    for (const QString &f : topicFilters)
        m_filters.add(f); // validated by the caller (the profile)
    m_flushTimer->setInterval(kFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &MessagePipeline::flush);
    m_flushTimer->start();
}

qint64 MessagePipeline::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

StatsSnapshot MessagePipeline::stats() const
{
    return m_stats.snapshot(now());
}

void MessagePipeline::ingest(Incoming in)
{
    m_stats.recordReceived(in.receivedAt);
    if (in.receivedAt > m_newestReceived.load(std::memory_order_relaxed))
        m_newestReceived.store(in.receivedAt, std::memory_order_relaxed);
    if (!m_filters.accepts(in.topic)) {
        // Not wanted: acknowledged so the cloud stops offering it, not stored.
        if (in.token)
            emit acknowledgeNow({in.token});
        return;
    }
    // An id is the peer's choice: a huge one is refused (and the message
    // kept under its content's id, as rejected).
    if (const qsizetype n = in.messageId.toUtf8().size(); n > MaxMessageIdBytes) {
        if (in.transportError.isEmpty())
            in.transportError
                = QStringLiteral("the message id is %1 bytes long, over the %2-byte limit (it begins %3…)")
                      .arg(n)
                      .arg(MaxMessageIdBytes)
                      .arg(in.messageId.left(40));
        in.messageId.clear();
    }
    // Without an id, the content is the id: the same bytes twice are one
    // message, two different messages are two. Never a shared "null".
    if (in.messageId.isEmpty())
        in.messageId = contentMessageId(in.topic, in.payload);
    if (m_persisted.contains(in.messageId)) {
        m_stats.recordDuplicate();
        if (in.token)
            emit acknowledgeNow({in.token});
        return;
    }
    if (auto pending = m_pending.find(in.messageId); pending != m_pending.end()) {
        // Already on its way to the store: acknowledged with the first copy.
        m_stats.recordDuplicate();
        if (in.token)
            pending->tokens.append(in.token);
        return;
    }
    const quint64 token = in.token;
    const qint64 receivedAt = in.receivedAt;
    IntakeMessage intake {std::move(in.messageId), std::move(in.topic),   in.generateTime,
                          in.receivedAt,           std::move(in.payload), std::move(in.transportError)};
    if (m_intakeBatches)
        m_intake.append(intake); // (its strings and bytes are shared, not copied)
    DecodedMessage decoded = decodeIntake(m_decoder, std::move(intake), m_maxClockSkewMs);
    const MessageMeta &m = metaOf(decoded);
    Pending &pending = m_pending[m.messageId];
    pending.receivedAt = receivedAt;
    if (token)
        pending.tokens.append(token);
    const MessageKind kind = kindOf(decoded);
    m_stats.recordDecoded(kind);
    ++m_batched;
    // The cloud's delay: from the post's (or the status change's) time to its receipt.
    if (const auto *post = std::get_if<PropertyPost>(&decoded); post && !post->reports.isEmpty())
        m_stats.recordLatency(receivedAt - post->reports.first().gmtCreate);
    else if (const auto *status = std::get_if<StatusChange>(&decoded))
        m_stats.recordLatency(receivedAt - status->gmtCreate);
    if (m_kindBatches)
        m_batches.add(std::move(decoded));
    if (m_batched >= kMaxBatch)
        flush();
}

void MessagePipeline::flush()
{
    if (m_batched == 0)
        return;
    m_batched = 0;
    if (!m_intake.isEmpty())
        emit intakeFlushed(std::exchange(m_intake, {}));
    KindBatches b = std::exchange(m_batches, {});
    if (!b.properties.isEmpty())
        emit propertiesReported(b.properties);
    if (!b.events.isEmpty())
        emit eventsReceived(b.events);
    if (!b.replies.isEmpty())
        emit serviceRepliesReceived(b.replies);
    if (!b.statuses.isEmpty())
        emit statusesChanged(b.statuses);
    if (!b.bindings.isEmpty())
        emit bindingsChanged(b.bindings);
    if (!b.other.isEmpty())
        emit otherReceived(b.other);
    if (!b.rejects.isEmpty())
        emit rejected(b.rejects);
    emit flushed();
}

void MessagePipeline::stopBatching()
{
    m_flushTimer->stop();
}

void MessagePipeline::connectionLost()
{
    // The messages still go to the store; their redeliveries bring new tokens.
    for (Pending &p : m_pending)
        p.tokens.clear();
}

void MessagePipeline::notStored(const QStringList &messageIds)
{
    QList<quint64> back;
    for (const QString &id : messageIds) {
        auto it = m_pending.find(id);
        if (it != m_pending.end()) {
            back.append(it->tokens);
            m_pending.erase(it);
        }
    }
    if (!back.isEmpty())
        emit releaseNow(back);
}

void MessagePipeline::persisted(const QStringList &messageIds)
{
    QList<quint64> ready;
    const qint64 at = now();
    for (const QString &id : messageIds) {
        auto it = m_pending.find(id);
        if (it != m_pending.end()) {
            ready.append(it->tokens);
            if (!m_clock) // a replay's messages were received long ago: no latency to speak of
                m_stats.recordStoreLatency(at - it->receivedAt);
            m_pending.erase(it);
        }
        m_persisted.insert(id);
    }
    if (!ready.isEmpty())
        emit acknowledgeNow(ready);
    if (m_batched >= kEagerBatch && m_flushTimer->isActive())
        flush();
}

} // namespace linkscope::transport
