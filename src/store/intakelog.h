#pragma once

#include "core/intakemessage.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace linkscope::store {

// One message of the intake log and its place in it (1, 2, 3, … in order).
struct IntakeRecord {
    quint64 seq = 0;
    IntakeMessage message;
};

// The intake log: every message, as it came in, appended to files in a
// folder beside the history and made durable (fdatasync) before it may be
// acknowledged. The history's tables are built from it behind, at their own
// pace (the indexer, historystore.h), so a burst is acknowledged as fast as
// the disk appends while the tables catch up after it. A file is named by
// the first sequence number it holds ("00000000000000000001.log"); past
// `segmentBytes` the next file starts, and the indexer deletes the files it
// has stored (never the newest, which carries the count on).
//
// A record: 4 bytes of body length, 4 of CRC-32 of the body, then the body
// (sequence number, generateTime, receivedAt, then the id, topic, transport
// error and payload, each with its length). A crash in mid-append leaves a
// torn last record; open() cuts it off (it was never acknowledged), and
// refuses a file damaged before its end, which it leaves as it is.
class IntakeLog {
public:
    static constexpr qint64 DefaultSegmentBytes = 64 * 1024 * 1024;

    explicit IntakeLog(QString dir, qint64 segmentBytes = DefaultSegmentBytes);
    ~IntakeLog();
    IntakeLog(const IntakeLog &) = delete;
    IntakeLog &operator=(const IntakeLog &) = delete;

    // Makes the folder (0700) when missing, finds the last record and cuts a
    // torn one off. Numbering goes on after `floor` at least (the history
    // has stored up to there, and the files holding it may be gone). The
    // last sequence number, or why the log cannot be used.
    Result<quint64> open(quint64 floor = 0);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    QString dir() const { return m_dir; }
    quint64 lastSeq() const { return m_lastSeq; }

    // Appends the messages and returns once they are on disk: the last
    // sequence number. On an error (a full disk) none of them stays.
    Result<quint64> append(const QList<IntakeMessage> &messages);

    // The body and its framing (tests write torn and damaged files with it).
    static QByteArray encode(quint64 seq, const IntakeMessage &message);
    static QString segmentName(quint64 firstSeq);

private:
    Result<bool> startSegment(quint64 firstSeq);

    QString m_dir;
    qint64 m_segmentBytes;
    int m_fd = -1;
    qint64 m_size = 0; // of the file being written
    quint64 m_lastSeq = 0;
};

// Reads the intake log from another thread than the one appending: only up
// to a sequence number the writer said is on disk.
class IntakeReader {
public:
    explicit IntakeReader(QString dir);
    ~IntakeReader();
    IntakeReader(const IntakeReader &) = delete;
    IntakeReader &operator=(const IntakeReader &) = delete;

    // At most `max` records after `after` and not past `upTo`, in order.
    // A missing or damaged record before `upTo` is an error that says where.
    Result<QList<IntakeRecord>> read(quint64 after, quint64 upTo, int max);
    // Deletes the files whose records all lie at or before `seq` (never the newest file).
    void dropThrough(quint64 seq);
    // The first record of the oldest file (0: no file).
    quint64 oldestSeq() const;
    // Every record the folder's files hold (what a crash left; tests). The
    // newest file is read to its last whole record.
    static Result<QList<IntakeRecord>> readAll(const QString &dir);

private:
    Result<QList<IntakeRecord>> readRecords(quint64 after, quint64 upTo, int max);
    Result<bool> seek(quint64 seq);
    Result<bool> fill(qint64 need);
    void closeFile();

    QString m_dir;
    int m_fd = -1;
    quint64 m_fileFirst = 0; // the open file's first sequence number
    qint64 m_offset = 0; // of m_buffer's first byte in the file
    QByteArray m_buffer;
    qsizetype m_pos = 0; // in m_buffer: the next record
    quint64 m_next = 0; // the next record's sequence number
};

} // namespace linkscope::store
