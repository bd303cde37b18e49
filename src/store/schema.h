#pragma once

#include "core/result.h"

class QSqlDatabase;

namespace linkscope::store {

// The current schema version; PRAGMA user_version records what a file has.
inline constexpr int SchemaVersion = 5;

// Brings a database to SchemaVersion, one migration per version, each in its
// own transaction. A file from a newer LinkScope is refused, not damaged.
// (`target`: an older version, for the tests of the migrations.)
Result<int> migrate(QSqlDatabase &db, int target = SchemaVersion);

} // namespace linkscope::store
