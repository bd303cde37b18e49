#pragma once

#include "core/history.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace linkscope::store {

// The store's read side: plain functions over a connection, run on the
// store's thread. Each returns the answer or why there is none.
Result<QList<DeviceSummary>> queryDevices(QSqlDatabase &db);
Result<QList<SampleBucket>> querySamples(QSqlDatabase &db, const SampleQuery &query);
Result<QList<StatusInterval>> queryStatus(QSqlDatabase &db, const QList<DeviceKey> &devices, qint64 from,
                                          qint64 to);
Result<DeviceBindings> queryBindings(QSqlDatabase &db, const DeviceKey &device);
Result<Page<DeviceEvent>> queryEvents(QSqlDatabase &db, const LogQuery &query);
Result<Page<ServiceReply>> queryReplies(QSqlDatabase &db, const LogQuery &query);

} // namespace linkscope::store
