#include "intakelog.h"

#include "intakeformat_p.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

namespace linkscope::store {

using namespace intake;

namespace {
constexpr qint64 kReadChunk = 1024 * 1024;
} // namespace

IntakeReader::IntakeReader(QString dir) : m_dir(std::move(dir))
{
}

IntakeReader::~IntakeReader()
{
    closeFile();
}

void IntakeReader::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buffer.clear();
    m_pos = 0;
    m_offset = 0;
}

Result<bool> IntakeReader::fill(qint64 need)
{
    if (m_buffer.size() - m_pos >= need)
        return true;
    m_buffer.remove(0, m_pos);
    m_offset += m_pos;
    m_pos = 0;
    while (m_buffer.size() < need) {
        const qint64 want = std::max(need - m_buffer.size(), kReadChunk);
        const qsizetype have = m_buffer.size();
        m_buffer.resize(have + want);
        ssize_t n;
        do
            n = ::pread(m_fd, m_buffer.data() + have, size_t(want), off_t(m_offset + have));
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            const int error = errno;
            m_buffer.resize(have);
            return Error {
                QStringLiteral("cannot read the intake log in %1: %2").arg(m_dir, systemError(error))};
        }
        m_buffer.resize(have + n);
        if (n == 0)
            return false;
    }
    return true;
}

Result<bool> IntakeReader::seek(quint64 seq)
{
    closeFile();
    const QList<quint64> files = segments(m_dir);
    qsizetype i = files.size() - 1;
    while (i >= 0 && files[i] > seq)
        --i;
    if (i < 0)
        return Error {QStringLiteral("the intake log in %1 has no record %2").arg(m_dir).arg(seq)};
    m_fileFirst = files[i];
    m_fd = openSegment(m_dir, m_fileFirst, O_RDONLY);
    if (m_fd < 0)
        return Error {QStringLiteral("cannot read the intake log in %1: %2").arg(m_dir, systemError(errno))};
    m_next = m_fileFirst;
    // Past the records before `seq` (a restart resumes in mid-file).
    while (m_next < seq) {
        auto header = fill(kHeader);
        if (!header)
            return Error {header.error()};
        if (!*header)
            return Error {QStringLiteral("the intake log in %1 has no record %2").arg(m_dir).arg(seq)};
        const auto size = qFromLittleEndian<quint32>(m_buffer.constData() + m_pos);
        if (size > kMaxBody)
            return Error {
                QStringLiteral("the intake log in %1 is damaged before record %2").arg(m_dir).arg(seq)};
        auto body = fill(kHeader + size);
        if (!body || !*body)
            return Error {
                QStringLiteral("the intake log in %1 is damaged before record %2").arg(m_dir).arg(seq)};
        m_pos += kHeader + size;
        ++m_next;
    }
    return true;
}

Result<QList<IntakeRecord>> IntakeReader::read(quint64 after, quint64 upTo, int max)
{
    auto records = readRecords(after, upTo, max);
    if (!records)
        closeFile(); // the next try reads the disk afresh, not what this one buffered
    return records;
}

quint64 IntakeReader::oldestSeq() const
{
    const QList<quint64> files = segments(m_dir);
    return files.isEmpty() ? 0 : files.first();
}

Result<QList<IntakeRecord>> IntakeReader::readRecords(quint64 after, quint64 upTo, int max)
{
    QList<IntakeRecord> out;
    if (after >= upTo || max <= 0)
        return out;
    if (m_fd < 0 || m_next != after + 1)
        if (auto s = seek(after + 1); !s)
            return Error {s.error()};
    const auto damaged = [this] {
        return Error {QStringLiteral("the intake log in %1 is damaged at record %2 (file %3)")
                          .arg(m_dir)
                          .arg(m_next)
                          .arg(IntakeLog::segmentName(m_fileFirst))};
    };
    while (out.size() < max && m_next <= upTo) {
        auto header = fill(kHeader);
        if (!header)
            return Error {header.error()};
        if (!*header) {
            if (m_buffer.size() > m_pos)
                return damaged();
            // A file that ends before its first record: the record is nowhere.
            if (m_fileFirst == m_next)
                return Error {QStringLiteral("the intake log in %1 misses record %2").arg(m_dir).arg(m_next)};
            // This file is done: the record is the first of the next.
            closeFile();
            m_fileFirst = m_next;
            m_fd = openSegment(m_dir, m_next, O_RDONLY);
            if (m_fd < 0)
                return Error {QStringLiteral("the intake log in %1 misses record %2").arg(m_dir).arg(m_next)};
            continue;
        }
        const auto size = qFromLittleEndian<quint32>(m_buffer.constData() + m_pos);
        const auto crc = qFromLittleEndian<quint32>(m_buffer.constData() + m_pos + 4);
        if (size > kMaxBody)
            return damaged();
        auto body = fill(kHeader + size);
        if (!body)
            return Error {body.error()};
        if (!*body)
            return damaged();
        const char *p = m_buffer.constData() + m_pos + kHeader;
        if (crc32(p, size) != crc)
            return damaged();
        IntakeRecord r = decodeBody(p, size);
        if (r.seq != m_next)
            return damaged();
        m_pos += kHeader + size;
        ++m_next;
        out.append(std::move(r));
    }
    return out;
}

Result<QList<IntakeRecord>> IntakeReader::readAll(const QString &dir)
{
    const QList<quint64> files = segments(dir);
    if (files.isEmpty())
        return QList<IntakeRecord> {};
    // The last whole record: what open() would keep (without cutting anything off).
    IntakeReader reader(dir);
    QList<IntakeRecord> all;
    quint64 after = files.first() - 1;
    for (;;) {
        // One at a time: a torn end fails its read, and keeps the rest.
        auto some = reader.read(after, std::numeric_limits<quint64>::max(), 1);
        if (!some) {
            // In the newest file: its end (torn or not), not a record lost.
            if (reader.m_next >= files.last())
                return all;
            return Error {some.error()};
        }
        if (some->isEmpty())
            return all;
        after = some->last().seq;
        all += *some;
    }
}

void IntakeReader::dropThrough(quint64 seq)
{
    const QList<quint64> files = segments(m_dir);
    for (qsizetype i = 0; i + 1 < files.size(); ++i) {
        if (files[i + 1] > seq + 1)
            break;
        if (m_fd >= 0 && m_fileFirst == files[i])
            closeFile();
        QFile::remove(QDir(m_dir).filePath(IntakeLog::segmentName(files[i])));
    }
}

} // namespace linkscope::store
