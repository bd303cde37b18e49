#include "walcheckpointer.h"

#include "sqlthread.h"

#include <QSqlQuery>
#include <QTimer>

namespace linkscope::store {

struct WalCheckpointer::Private {
    SqlThread sql {QStringLiteral("checkpointer")};
    QTimer *timer = nullptr; // made and deleted on the thread
};

WalCheckpointer::WalCheckpointer() : d(std::make_unique<Private>())
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::isRunning() const
{
    return d->sql.isRunning();
}

Result<bool> WalCheckpointer::start(const QString &path, int intervalMs)
{
    return d->sql.start(path, [this, intervalMs](QSqlDatabase &db, QObject *context) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
        d->timer = new QTimer(context);
        d->timer->setInterval(std::max(1, intervalMs));
        QObject::connect(d->timer, &QTimer::timeout, context, [this, name = db.connectionName()] {
            // PASSIVE: copies what no reader still needs, and never blocks the writer.
            QSqlQuery q(QSqlDatabase::database(name, false));
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                m_checkpoints.fetch_add(1, std::memory_order_relaxed);
        });
        d->timer->start();
    });
}

void WalCheckpointer::stop()
{
    d->sql.stop([this] {
        delete d->timer;
        d->timer = nullptr;
    });
}

} // namespace linkscope::store
