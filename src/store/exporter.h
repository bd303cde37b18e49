#pragma once

#include "core/history.h"
#include "core/result.h"

#include <QSqlDatabase>

class QIODevice;

namespace linkscope::store {

// Exports; each returns the number of rows written, or why it stopped.

// One property of one device in [from, to]: time_ms, time (ISO 8601 UTC), value.
Result<qint64> exportPropertyCsv(QSqlDatabase &db, const SampleQuery &range, QIODevice &out);

enum class ExportFormat { Csv, Json };
Result<qint64> exportEvents(QSqlDatabase &db, const LogQuery &query, ExportFormat format, QIODevice &out);
Result<qint64> exportReplies(QSqlDatabase &db, const LogQuery &query, ExportFormat format, QIODevice &out);

// Every stored message received in [from, to], in arrival order, one JSON
// object per line (docs/FORMATS.md): messageId, kind, topic, productKey,
// deviceName, generateTime, receivedAt, payload (the original JSON; a string
// when it is not JSON; payloadBase64 when it is not UTF-8), and for rejects
// the reason. linkscope-sim --replay reads it back.
// A valid `device` keeps only that device's messages.
Result<qint64> exportJsonl(QSqlDatabase &db, qint64 from, qint64 to, QIODevice &out,
                           const DeviceKey &device = {});

// One JSONL line for a message; shared with linkscope-collect's live output.
QByteArray jsonlLine(const QString &messageId, const QString &kind, const QString &topic,
                     const QString &productKey, const QString &deviceName, qint64 generateTime,
                     qint64 receivedAt, const QByteArray &payload, const QString &reason = {});

} // namespace linkscope::store
