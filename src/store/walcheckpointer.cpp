#include "walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace linkscope::store {

namespace {
std::atomic<int> g_checkpointers {0};
}

struct WalCheckpointer::Private {
    QThread thread;
    QObject *context = nullptr; // lives on `thread`: what runs there runs in its name
    QTimer *timer = nullptr; // made and deleted on `thread`
    QString connection;
};

WalCheckpointer::WalCheckpointer() : d(std::make_unique<Private>())
{
    d->connection = QStringLiteral("linkscope-checkpointer-%1").arg(++g_checkpointers);
    d->thread.setObjectName(QStringLiteral("checkpointer"));
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::isRunning() const
{
    return d->thread.isRunning();
}

Result<bool> WalCheckpointer::start(const QString &path, int intervalMs)
{
    if (isRunning())
        return true;
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.start();
    Result<bool> opened = true;
    QMetaObject::invokeMethod(
        d->context,
        [&, this] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
            db.setDatabaseName(path);
            if (!db.open()) {
                opened = Error {
                    QStringLiteral("the checkpointer cannot open %1: %2").arg(path, db.lastError().text())};
                return;
            }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            d->timer = new QTimer;
            d->timer->setInterval(std::max(1, intervalMs));
            QObject::connect(d->timer, &QTimer::timeout, d->context, [this] {
                // PASSIVE: copies what no reader still needs, and never blocks the writer.
                QSqlQuery q(QSqlDatabase::database(d->connection, false));
                if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    m_checkpoints.fetch_add(1, std::memory_order_relaxed);
            });
            d->timer->start();
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        stop();
    return opened;
}

void WalCheckpointer::stop()
{
    if (!isRunning())
        return;
    QMetaObject::invokeMethod(
        d->context,
        [this] {
            delete d->timer;
            d->timer = nullptr;
            {
                QSqlDatabase db = QSqlDatabase::database(d->connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(d->connection);
        },
        Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->context; // its thread has ended: safe from here
    d->context = nullptr;
}

} // namespace linkscope::store
