#pragma once

// Private to src/store: the state of one HistoryStore, shared by its
// writing side (historystore.cpp) and its reading side (historystorereads.cpp).

#include "historystore.h"

#include "jsonlmirror.h"
#include "sqlthread.h"
#include "storewriter.h"
#include "walcheckpointer.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
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
    bool commitPosted = false; // a commitSoon() is in the queue
};

} // namespace linkscope::store
