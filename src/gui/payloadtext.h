#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace linkscope {

// How the message inspector shows a payload.
// Indented JSON, or why the bytes are not JSON (with the offset).
Result<QString> prettyJson(const QByteArray &payload);
// Offset, hex bytes and printable ASCII, 16 bytes a line.
QString hexDump(const QByteArray &bytes, int maxBytes = 64 * 1024);
// The diff of two payloads' pretty JSON (or raw text when not JSON) as
// HTML: removed lines red with "-", added green with "+".
QString diffHtml(const QByteArray &before, const QByteArray &after);

} // namespace linkscope
