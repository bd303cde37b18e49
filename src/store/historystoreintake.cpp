// The history's indexer: the tables built from the intake log (intakelog.h),
// behind its writer, one group of records per transaction, each recording
// how far it reached.

#include "historystore_p.h"

#include "core/intakemessage.h"
#include "core/kindbatches.h"

#include <QThread>

namespace linkscope::store {

namespace {
// Records per transaction: large groups write the devices' and attributes'
// rows once for many messages; small enough that queries and alerts get
// the thread between them.
constexpr int kIndexGroup = 2000;
// The window of the log's rate, and how long a quiet log takes to count as
// quiet. Under a burst the log's appends (one per fdatasync) came up to
// 300 ms apart on the benchmark's machine: at 200 ms the tables took turns
// mid-burst, each group's CPU taken from the receiving (docs/PERFORMANCE.md).
// A second costs the tables only a second's wait after a burst.
constexpr qint64 kRateWindowMs = 1000;
constexpr qint64 kQuietMs = 1000;
// How soon the tables look again while the log grows fast.
constexpr int kBusyRecheckMs = 100;
} // namespace

quint64 HistoryStore::intakeIndexed() const
{
    return d->intakeIndexed.load(std::memory_order_relaxed);
}

void HistoryStore::setIntakeClock(std::function<qint64()> msNow)
{
    d->intakeClock = std::move(msNow);
}

void HistoryStore::intakeAppended(quint64 lastSeq)
{
    const qint64 now = d->intakeClock ? d->intakeClock() : d->clock.elapsed();
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
    if ((d->intakeClock ? d->intakeClock() : d->clock.elapsed()) - lastMs > kQuietMs)
        return false; // the burst is over
    const auto &[firstMs, firstSeq] = d->arrivals.front();
    const double perSecond
        = double(lastSeq - firstSeq) * 1000.0 / double(std::max<qint64>(1, lastMs - firstMs));
    return perSecond > d->options.intakeWaitAbove;
}

void HistoryStore::indexSoon()
{
    if (d->intake)
        d->indexPosted.post(this, [this] { indexIntakeStep(); });
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
    quint64 from = intakeIndexed();
    if (from >= d->intakeTarget)
        return false;
    // The log starts later than the tables stop: this history is a copy
    // older than the log (restored from a backup), and what lies between
    // went into another. The tables go on from the log's oldest record.
    if (const quint64 oldest = d->intake->oldestSeq(); oldest > from + 1 && oldest <= d->intakeTarget) {
        qCWarning(lcStore).noquote() << "the intake log starts at record" << oldest
                                     << "and the history holds it up to" << from << "- records" << from + 1
                                     << "to" << oldest - 1 << "went into another copy of the history";
        from = oldest - 1;
        d->intakeIndexed.store(from, std::memory_order_relaxed);
    }
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
    KindBatches batches;
    for (IntakeRecord &r : records.value())
        batches.add(decodeIntake(d->decoder, std::move(r.message), d->options.maxClockSkewMs));
    auto add = [this](const auto &batch, auto write) {
        if (!batch.isEmpty())
            d->waiting.push_back(Private::waitingFor(batch, write));
    };
    add(batches.properties, &StoreWriter::writeProperties);
    add(batches.events, &StoreWriter::writeEvents);
    add(batches.replies, &StoreWriter::writeReplies);
    add(batches.statuses, &StoreWriter::writeStatuses);
    add(batches.bindings, &StoreWriter::writeBindings);
    add(batches.other, &StoreWriter::writeOther);
    add(batches.rejects, &StoreWriter::writeRejects);
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
    // it as its writer does cuts a torn end off and finds the last record.
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
