#pragma once

// Alert transitions in the history (schema 4): every transition, and the
// alerts firing now, changed together in the caller's transaction.

#include "core/alertengine.h"
#include "core/result.h"

#include <QList>

class QSqlDatabase;

namespace linkscope::store {

// Appends the transitions and brings active_alerts in step: a firing one is
// added, an acknowledgement marks it, a clearing removes it. Runs in the
// caller's transaction.
Result<bool> writeAlertTransitions(QSqlDatabase &db, const QList<AlertTransition> &transitions);
// The alerts firing now, oldest first.
Result<QList<ActiveAlert>> readActiveAlerts(QSqlDatabase &db);
// Transitions from `from` to `to` (ms), newest first, at most `limit`.
Result<QList<AlertTransition>> readAlertHistory(QSqlDatabase &db, qint64 from, qint64 to, int limit);

} // namespace linkscope::store
