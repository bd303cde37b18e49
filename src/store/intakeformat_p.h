#pragma once

// Private to src/store: the intake log's file format (docs/FORMATS.md),
// shared by its writing side (intakelog.cpp) and its reading side
// (intakereader.cpp).

#include "intakelog.h"

#include <QList>
#include <QString>

namespace linkscope::store::intake {

inline constexpr qsizetype kHeader = 8; // body length, CRC-32
inline constexpr qsizetype kFixedBody = 8 + 8 + 8 + 4 * 4;
// A body past this is damage, not a message (the decoder caps payloads at 1 MiB).
inline constexpr quint32 kMaxBody = 64 * 1024 * 1024;

// CRC-32 (IEEE, as zlib's).
quint32 crc32(const char *data, qsizetype size);
// The system's words for an errno.
QString systemError(int error);
// "00000000000000000001.log"
QString segmentName(quint64 firstSeq);
// The log's files, by the first sequence number each holds, oldest first.
QList<quint64> segments(const QString &dir);
// open(2) of one file of the log, 0600, close-on-exec; -1 and errno when not.
int openSegment(const QString &dir, quint64 first, int flags);
// fsync(2) of the folder: a new file's name is on disk.
bool syncDir(const QString &dir);
// One record, framed.
QByteArray encodeRecord(quint64 seq, const IntakeMessage &message);
// The record whose body is `body`, or an empty seq when it does not read.
IntakeRecord decodeBody(const char *body, quint32 size);

} // namespace linkscope::store::intake
