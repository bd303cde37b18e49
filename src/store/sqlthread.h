#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace linkscope::store {

// A connection to a history file on a thread of its own: the store's
// reader (queries and exports that hold up no write) and its checkpointer.
// Qt SQL connections belong to the thread that opened them, so everything
// that uses this one is posted to its thread.
class SqlThread {
public:
    explicit SqlThread(const QString &name); // the thread's name
    ~SqlThread(); // stops

    // Opens the connection on the thread, then runs `setup` there (its
    // pragmas; a timer, made with `context` as its parent). Why not, in words.
    using Setup = std::function<void(QSqlDatabase &db, QObject *context)>;
    Result<bool> start(const QString &path, const Setup &setup = {});
    // Drops what was posted and has not begun, runs `teardown` on the
    // thread once the job under way (if any) is done, closes the connection
    // and joins the thread.
    void stop(const std::function<void()> &teardown = {});
    bool isRunning() const;
    // Runs `job` on the thread with the open connection, after what was posted before.
    void post(std::function<void(QSqlDatabase &db)> job);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::store
