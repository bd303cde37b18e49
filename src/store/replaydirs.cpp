#include "replaydirs.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace linkscope::store {

QStringList removeStaleReplayDirs(const QString &cacheDir, qint64 minAgeMs)
{
    QStringList removed;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QFileInfoList dirs
        = QDir(cacheDir).entryInfoList({QStringLiteral("replay-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : dirs) {
        if (info.isSymLink() || now - info.lastModified().toMSecsSinceEpoch() < minAgeMs)
            continue;
        // The history's own lock (HistoryStore::open): held by a live
        // process, the replay is going on there; free, or left by a process
        // that is gone, nobody will come back for it.
        QLockFile lock(QDir(info.filePath()).filePath(QStringLiteral("history.sqlite.lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        if (QDir(info.filePath()).removeRecursively())
            removed << info.filePath();
    }
    return removed;
}

} // namespace linkscope::store
