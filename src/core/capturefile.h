#pragma once

#include "result.h"

#include <QByteArray>
#include <QFile>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

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
    // What the capture said of it: "rejected" (and why) for a message that
    // was not taken as it came; a replay keeps it so.
    QString kind;
    QString reason;
    // When it happened in the capture: receivedAt, else generateTime.
    qint64 time() const { return receivedAt > 0 ? receivedAt : generateTime; }
};

// Parses one line (without its '\n'). `payload` is the message's JSON as
// written, or a string holding raw text; `payloadBase64` holds bytes that
// are not UTF-8. Why a line cannot be read, in words (no line number: the
// caller knows it).
Result<CaptureRecord> parseCaptureLine(QByteArrayView line);

// A capture's lines in order, read in bounded chunks (never mapped: a file
// cut short while it is read just ends early).
class CaptureLineReader {
public:
    Result<bool> open(const QString &path);
    qint64 size() const { return m_file.size(); }
    // The next line that is not blank, without its '\n', and its number
    // (from 1, blank lines counted); nothing at the end.
    std::optional<std::pair<qint64, QByteArray>> next();

private:
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qint64 m_number = 0;
};

// What a capture holds: its lines that are not blank, and the time of the
// first and the last line that can be replayed (0: none can).
struct CaptureExtent {
    qint64 lines = 0;
    qint64 first = 0;
    qint64 last = 0;
};
Result<CaptureExtent> scanCapture(const QString &path);

// Where a replay is in its capture, for the window's replay bar.
struct ReplayProgress {
    qint64 position = 0; // the capture's time now (ms epoch)
    qint64 first = 0; // the first and the last line's time
    qint64 last = 0;
    qint64 linesRead = 0;
    qint64 lines = 0; // in the whole file
    qint64 unreadable = 0; // lines kept as rejected: not JSON, no topic ...
    qint64 notStored = 0; // messages the history refused for good
    double speed = 1; // 0: as fast as the store takes them
    bool paused = false;
    bool finished = false;
};

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::ReplayProgress)
