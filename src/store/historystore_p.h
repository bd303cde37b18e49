#pragma once

// Private to src/store: the state of one HistoryStore, shared by its
// writing side (historystore.cpp), its indexer of the intake log
// (historystoreintake.cpp) and its reading side (historystorereads.cpp).

#include "historystore.h"

#include "core/decoder.h"
#include "intakelog.h"
#include "jsonlmirror.h"
#include "postonce.h"
#include "sqlthread.h"
#include "storewriter.h"
#include "walcheckpointer.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace linkscope::store {

inline Error notOpen()
{
    return Error {QStringLiteral("the history store is not open")};
}

struct HistoryStore::Private {
    QString path;
    Options options;
    QString connection;
    QSqlDatabase db;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<QLockFile> lock; // one LinkScope per history file
    JsonlMirror mirror;
    std::atomic<quint64> stored {0};
    std::atomic<qint64> writeDeadline {std::numeric_limits<qint64>::max()};
    QTimer *retentionTimer = nullptr; // a child: it moves threads with the store
    RetentionCursor retentionCursor; // where the sweep of samples goes on (retention.h)
    QTimer *retryTimer = nullptr; // likewise
    WalCheckpointer checkpointer;
    SqlThread reader {QStringLiteral("reader")}; // queries and exports, beside the writer

    // A batch received and not yet stored: how to write it (again), and
    // what its write gave.
    struct Waiting {
        std::function<Result<QStringList>(StoreWriter &)> write;
        std::function<void(JsonlMirror &, const QSet<QString> &)> mirror;
        QStringList ids;
        QSet<QString> fresh;
    };
    std::vector<Waiting> waiting; // in the order received
    QList<AlertTransition> alertsWaiting; // written with the next group
    QString problem; // the storage fails: why
    PostOnce commitPosted; // a commitSoon() is in the queue

    // The intake log (Options::intakeDir): the tables hold it up to
    // `intakeIndexed`; it goes to `intakeTarget`; the batches waiting end at
    // record `intakeWaiting` (0: none of them came from the log).
    std::unique_ptr<IntakeReader> intake;
    Decoder decoder;
    quint64 intakeTarget = 0;
    quint64 intakeWaiting = 0;
    std::atomic<quint64> intakeIndexed {0};
    PostOnce indexPosted;
    // When the log's last records came (ms on `clock`, sequence number), over the last second.
    QElapsedTimer clock;
    std::function<qint64()> intakeClock; // tests: instead of `clock`
    std::deque<std::pair<qint64, quint64>> arrivals;
    QTimer *indexTimer = nullptr; // a child: the tables look again once a burst may be over

    template<typename T>
    static Waiting waitingFor(const QList<T> &batch,
                              Result<QStringList> (StoreWriter::*write)(const QList<T> &))
    {
        Waiting w;
        w.write = [batch, write](StoreWriter &writer) { return (writer.*write)(batch); };
        w.mirror = [batch](JsonlMirror &mirror, const QSet<QString> &fresh) { mirror.write(batch, fresh); };
        return w;
    }
};

} // namespace linkscope::store
