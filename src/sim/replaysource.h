#pragma once

#include "core/result.h"
#include "simmessage.h"

#include <QList>
#include <QString>

namespace linkscope::sim {

// Reads a JSONL recording (one message per line: topic, messageId,
// generateTime, payload) for the emulator to push instead of its fleet.
// `payload` is the message's JSON, or a string holding raw text, or
// `payloadBase64` holds raw bytes. The expected kind of each message is what
// LinkScope's own decoder makes of it.
Result<QList<SimMessage>> readReplayFile(const QString &path);

} // namespace linkscope::sim
