#pragma once

#include "result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace linkscope {

// One line of a message capture (docs/FORMATS.md "Message JSONL": an
// export, linkscope-collect --jsonl, File > Record…) as it can be pushed or
// replayed again: the push's topic, id and times, and the payload's bytes.
struct CaptureRecord {
    QString topic;
    QString messageId;
    qint64 generateTime = 0;
    qint64 receivedAt = 0; // 0: the line has none (then generateTime is its time)
    QByteArray payload;
    // When it happened in the capture: receivedAt, else generateTime.
    qint64 time() const { return receivedAt > 0 ? receivedAt : generateTime; }
};

// Parses one line (without its '\n'). `payload` is the message's JSON as
// written, or a string holding raw text; `payloadBase64` holds bytes that
// are not UTF-8. Why a line cannot be read, in words (no line number: the
// caller knows it).
Result<CaptureRecord> parseCaptureLine(QByteArrayView line);

// Where a replay is in its capture, for the window's replay bar.
struct ReplayProgress {
    qint64 position = 0; // the capture's time now (ms epoch)
    qint64 first = 0; // the first and the last line's time
    qint64 last = 0;
    qint64 linesRead = 0;
    qint64 lines = 0; // in the whole file
    qint64 unreadable = 0; // lines kept as rejected: not JSON, no topic ...
    double speed = 1; // 0: as fast as the store takes them
    bool paused = false;
    bool finished = false;
};

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::ReplayProgress)
