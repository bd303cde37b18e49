#include "sqlthread.h"

#include <QAtomicInt>
#include <QObject>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <memory>

namespace linkscope::store {

namespace {
QAtomicInt g_connections;
}

struct SqlThread::Private {
    QThread thread;
    QObject *context = nullptr; // lives on `thread`: what is posted runs in its name
    QString connection;
    // Set by stop(): what was posted and has not begun is dropped, so a
    // stop waits for the job under way only, not for a queue of exports.
    std::shared_ptr<std::atomic<bool>> stopping = std::make_shared<std::atomic<bool>>(false);
};

SqlThread::SqlThread(const QString &name) : d(std::make_unique<Private>())
{
    d->thread.setObjectName(name);
    d->connection = QStringLiteral("linkscope-%1-%2").arg(name).arg(g_connections.fetchAndAddRelaxed(1) + 1);
}

SqlThread::~SqlThread()
{
    stop();
}

bool SqlThread::isRunning() const
{
    return d->thread.isRunning();
}

Result<bool> SqlThread::start(const QString &path, const Setup &setup)
{
    if (isRunning())
        return true;
    d->stopping->store(false);
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
                opened = Error {QStringLiteral("cannot open %1 on the %2 thread: %3")
                                    .arg(path, d->thread.objectName(), db.lastError().text())};
                return;
            }
            if (setup)
                setup(db, d->context);
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        stop();
    return opened;
}

void SqlThread::stop(const std::function<void()> &teardown)
{
    if (!isRunning())
        return;
    d->stopping->store(true);
    QMetaObject::invokeMethod(
        d->context,
        [&, this] {
            if (teardown)
                teardown();
            QSqlDatabase::database(d->connection, false).close();
            QSqlDatabase::removeDatabase(d->connection);
        },
        Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->context; // its thread has ended (and with it what was still posted)
    d->context = nullptr;
}

void SqlThread::post(std::function<void(QSqlDatabase &db)> job)
{
    if (!isRunning())
        return;
    QMetaObject::invokeMethod(d->context,
                              [name = d->connection, stopping = d->stopping, job = std::move(job)] {
                                  if (stopping->load())
                                      return;
                                  QSqlDatabase db = QSqlDatabase::database(name, false);
                                  if (db.isOpen())
                                      job(db);
                              });
}

} // namespace linkscope::store
