#pragma once

#include <QString>
#include <QStringList>

namespace linkscope::store {

// A capture replays into a temporary history of its own, in a folder
// "replay-XXXXXX" of the cache, removed when the replay ends. A replay that
// did not end (the app was killed, or crashed) leaves its folder behind:
// this removes every such folder whose history nobody holds (its lock is
// free, or its holder is gone) and that is older than `minAgeMs` (a folder
// just made, whose history is not open yet, is left to its maker).
// Returns the folders removed.
QStringList removeStaleReplayDirs(const QString &cacheDir, qint64 minAgeMs = 60'000);

} // namespace linkscope::store
