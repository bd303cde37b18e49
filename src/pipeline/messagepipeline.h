#pragma once

#include "core/decoder.h"
#include "core/deduplicator.h"
#include "core/intakemessage.h"
#include "core/kindbatches.h"
#include "core/messages.h"
#include "core/messagestats.h"
#include "core/topicfilter.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace linkscope::transport {

// One message as a transport received it. `token` identifies the delivery
// to acknowledge (the transport's own meaning); 0 means none is needed.
struct Incoming {
    QByteArray payload;
    QString topic;
    QString messageId;
    qint64 generateTime = 0;
    qint64 receivedAt = 0;
    quint64 token = 0;
    // The transport could not read the message (undecodable, too large):
    // it is kept as rejected with this reason, and its bytes if any.
    QString transportError;
};

// What both subscribers share, on their worker thread: decode, recognise
// duplicates, batch per kind (one signal per kind every 50 ms, or as soon
// as the store committed the last flush while a busy stream filled the
// next, or at 5,000 messages), and decide when a delivery may be
// acknowledged: once its message is on disk (persisted(): by the intake
// log, or the history's commit), or at once when it is a duplicate of a
// stored one or a topic the user filtered out.
class MessagePipeline : public QObject {
    Q_OBJECT

public:
    explicit MessagePipeline(const QStringList &topicFilters = {}, QObject *parent = nullptr);

    // Device times further than this from the cloud's are replaced (clockcheck.h); 0: never.
    void setMaxClockSkew(qint64 ms) { m_maxClockSkewMs = ms; }
    qint64 maxClockSkew() const { return m_maxClockSkewMs; }
    static constexpr qsizetype MaxMessageIdBytes = 256;
    // Also emit each flush's messages as they came in (intakeFlushed()), for
    // the intake log: then the log, not the store, says when they are stored.
    void setIntakeBatches(bool on) { m_intakeBatches = on; }
    // Emit the decoded kinds (propertiesReported() …, rejected()); on by
    // default. Off when nothing takes them: with the intake log, the store
    // decodes the log itself, and without alerts or a window the batches
    // would only be built and thrown away (a fifth of the subscriber
    // thread at full rate). Messages are still decoded, for the statistics.
    void setKindBatches(bool on) { m_kindBatches = on; }
    // The clock of its statistics (ms epoch): a replay's capture time; none: the wall clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void ingest(Incoming message);
    // The connection went away: its delivery tokens are void now.
    void connectionLost();
    // The store committed these messages.
    void persisted(const QStringList &messageIds);
    // The store could not write these: forgotten, their deliveries released.
    void notStored(const QStringList &messageIds);
    // Emits whatever is batched now.
    void flush();
    // No more timed flushes (a stop is under way): what is ingested now waits for flush().
    void stopBatching();

    qsizetype awaitingStore() const { return m_pending.size(); }
    // When the newest message arrived (ms epoch; any thread).
    qint64 newestReceivedAt() const { return m_newestReceived.load(std::memory_order_relaxed); }
    StatsSnapshot stats() const;

signals:
    // With setIntakeBatches(): every message of the flush that goes to the
    // store, as received, ahead of its decoded kinds.
    void intakeFlushed(const QList<linkscope::IntakeMessage> &messages);
    void propertiesReported(const QList<linkscope::PropertyReport> &reports);
    void eventsReceived(const QList<linkscope::DeviceEvent> &events);
    void serviceRepliesReceived(const QList<linkscope::ServiceReply> &replies);
    void statusesChanged(const QList<linkscope::StatusChange> &changes);
    void bindingsChanged(const QList<linkscope::BindingChange> &changes);
    void otherReceived(const QList<linkscope::DecodedMessage> &messages);
    void rejected(const QList<linkscope::Rejected> &rejects);
    // The batches of one flush were all emitted: the store commits them together.
    void flushed();
    // Deliveries that may be acknowledged to the cloud now.
    void acknowledgeNow(const QList<quint64> &tokens);
    // Deliveries to hand back unacknowledged (their messages were not stored).
    void releaseNow(const QList<quint64> &tokens);

private:
    Decoder m_decoder;
    TopicFilterSet m_filters;
    // Stored ids, to acknowledge a redelivery without asking the store (which
    // recognises older ones by its own key): 100,000 ids or 12 MiB as the
    // Deduplicator counts them, whichever comes first (about 12 MB resident
    // for the cloud's 19-digit ids).
    Deduplicator m_persisted {100'000, 12 * 1024 * 1024};
    struct Pending {
        QList<quint64> tokens; // deliveries to acknowledge once stored
        qint64 receivedAt = 0;
    };
    QHash<QString, Pending> m_pending; // decoded, waiting for the store
    MessageStats m_stats;
    qint64 m_maxClockSkewMs = 10 * 60'000;
    std::function<qint64()> m_clock;
    qint64 now() const;
    std::atomic<qint64> m_newestReceived {0};
    QTimer *m_flushTimer; // a child: it moves threads with us

    KindBatches m_batches;
    QList<IntakeMessage> m_intake;
    bool m_intakeBatches = false;
    bool m_kindBatches = true;
    qsizetype m_batched = 0;
};

} // namespace linkscope::transport
