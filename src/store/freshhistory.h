#pragma once

#include "core/result.h"

#include <QString>

namespace linkscope::store {

// Starts the history at `path` over, empty but for its alerts: the demo's
// fleet sends the same messages at every start (a fixed seed), so its
// messages cannot stay, but what its alerts did is history to keep. No file:
// nothing to do. A file too old to have alerts simply goes.
Result<bool> startOverKeepingAlerts(const QString &path);

} // namespace linkscope::store
