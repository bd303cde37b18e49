// The history's indexer: the tables built from the intake log (intakelog.h),
// behind its writer, one group of records per transaction, each recording
// how far it reached.

#include "historystore_p.h"

#include "core/intakemessage.h"

#include <QThread>

namespace linkscope::store {

namespace {
// Records per transaction: large groups write the devices' and attributes'
// rows once for many messages; small enough that queries and alerts get
// the thread between them.
constexpr int kIndexGroup = 2000;
} // namespace

quint64 HistoryStore::intakeIndexed() const
{
    return d->intakeIndexed.load(std::memory_order_relaxed);
}

namespace {
// The window of the log's rate, and how long a quiet log takes to count as quiet.
constexpr qint64 kRateWindowMs = 1000;
constexpr qint64 kQuietMs = 200;
// How soon the tables look again while the log grows fast.
constexpr int kBusyRecheckMs = 100;
} // namespace

void HistoryStore::intakeAppended(quint64 lastSeq)
{
    const qint64 now = d->clock.elapsed();
    d->arrivals.emplace_back(now, lastSeq);
    while (d->arrivals.size() > 2 && now - d->arrivals.front().first > kRateWindowMs)
        d->arrivals.pop_front();
    d->intakeTarget = std::max(d->intakeTarget, lastSeq);
    indexSoon();
}

bool HistoryStore::intakeBusy() const
{
    if (d->options.intakeWaitAbove <= 0 || d->arrivals.size() < 2)
        return false;
    const auto &[lastMs, lastSeq] = d->arrivals.back();
    if (d->clock.elapsed() - lastMs > kQuietMs)
        return false; // the burst is over
    const auto &[firstMs, firstSeq] = d->arrivals.front();
    const double perSecond
        = double(lastSeq - firstSeq) * 1000.0 / double(std::max<qint64>(1, lastMs - firstMs));
    return perSecond > d->options.intakeWaitAbove;
}

void HistoryStore::indexSoon()
{
    if (!d->intake || std::exchange(d->indexPosted, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            d->indexPosted = false;
            indexIntakeStep();
        },
        Qt::QueuedConnection);
}

bool HistoryStore::indexIntakeStep()
{
    return indexIntake(false);
}

bool HistoryStore::indexIntake(bool retrying, bool anyRate)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!d->writer || !d->intake || (!retrying && !d->problem.isEmpty()) || d->intakeWaiting > 0)
        return false;
    if (QDeadlineTimer::current().deadline() > d->writeDeadline.load())
        return false;
    const quint64 from = intakeIndexed();
    if (from >= d->intakeTarget)
        return false;
    // A burst: the tables wait for it to pass, unless they are far behind.
    if (!anyRate && d->intakeTarget - from < d->options.intakeUrgentBacklog && intakeBusy()) {
        if (!d->indexTimer->isActive())
            d->indexTimer->start(kBusyRecheckMs);
        return false;
    }
    auto records = d->intake->read(from, d->intakeTarget, kIndexGroup);
    if (!records) {
        storageFailed(records.error());
        return false;
    }
    if (records->isEmpty())
        return false;
    QList<PropertyReport> properties;
    QList<DeviceEvent> events;
    QList<ServiceReply> replies;
    QList<StatusChange> statuses;
    QList<BindingChange> bindings;
    QList<DecodedMessage> other;
    QList<Rejected> rejects;
    for (IntakeRecord &r : records.value()) {
        DecodedMessage m = decodeIntake(d->decoder, std::move(r.message), d->options.maxClockSkewMs);
        switch (kindOf(m)) {
        case MessageKind::Property:
            properties += std::get<PropertyPost>(std::move(m)).reports;
            break;
        case MessageKind::Event:
            events.append(std::get<DeviceEvent>(std::move(m)));
            break;
        case MessageKind::ServiceReply:
            replies.append(std::get<ServiceReply>(std::move(m)));
            break;
        case MessageKind::Status:
            statuses.append(std::get<StatusChange>(std::move(m)));
            break;
        case MessageKind::Binding:
            bindings.append(std::get<BindingChange>(std::move(m)));
            break;
        case MessageKind::Rejected:
            rejects.append(std::get<Rejected>(std::move(m)));
            break;
        default:
            other.append(std::move(m));
            break;
        }
    }
    auto add = [this](const auto &batch, auto write) {
        if (!batch.isEmpty())
            d->waiting.push_back(Private::waitingFor(batch, write));
    };
    add(properties, &StoreWriter::writeProperties);
    add(events, &StoreWriter::writeEvents);
    add(replies, &StoreWriter::writeReplies);
    add(statuses, &StoreWriter::writeStatuses);
    add(bindings, &StoreWriter::writeBindings);
    add(other, &StoreWriter::writeOther);
    add(rejects, &StoreWriter::writeRejects);
    d->intakeWaiting = records->last().seq;
    writeWaiting();
    return d->intakeWaiting == 0 && intakeIndexed() > from;
}

void HistoryStore::intakeCommitted()
{
    const quint64 seq = std::exchange(d->intakeWaiting, 0);
    d->intakeIndexed.store(seq, std::memory_order_relaxed);
    d->intake->dropThrough(seq);
    emit intakeStored(seq);
    indexSoon(); // the next group, after what else waits for this thread
}

Result<bool> HistoryStore::storeIntakeLog(const QString &dir)
{
    // Nobody else writes it: this store holds the history's lock. Opening
    // it as its writer would cuts a torn end off and finds the last record.
    quint64 last = 0;
    {
        IntakeLog log(dir);
        auto opened = log.open(intakeIndexed());
        if (!opened)
            return Error {opened.error()};
        last = *opened;
    }
    if (last <= intakeIndexed())
        return true;
    qCInfo(lcStore).noquote() << "storing" << (last - intakeIndexed()) << "messages from the intake log"
                              << dir;
    d->intakeTarget = last;
    indexIntakeUntil(QDeadlineTimer(QDeadlineTimer::Forever));
    if (intakeIndexed() < last)
        return Error {QStringLiteral("cannot store the intake log %1 in the history %2: %3")
                          .arg(dir, d->path, d->problem.isEmpty() ? QStringLiteral("stopped") : d->problem)};
    return true;
}

void HistoryStore::indexIntakeUntil(QDeadlineTimer deadline)
{
    while (!deadline.hasExpired() && indexIntake(false, true)) { }
}

void HistoryStore::retryWriting()
{
    if (!d->waiting.empty() || !d->alertsWaiting.isEmpty()) {
        writeWaiting();
        return;
    }
    // Reading the intake log failed: read it again (storing it clears the problem).
    if (d->intake && !d->problem.isEmpty())
        indexIntake(true);
}

} // namespace linkscope::store
