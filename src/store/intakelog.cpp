#include "intakelog.h"

#include "core/privatefiles.h"

#include <QDir>
#include <QLoggingCategory>
#include <QtEndian>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcIntakeLog, "linkscope.intake")

namespace linkscope::store {

namespace {

constexpr qsizetype kHeader = 8; // body length, CRC-32
constexpr qsizetype kFixedBody = 8 + 8 + 8 + 4 * 4;
// A body past this is damage, not a message (the decoder caps payloads at 1 MiB).
constexpr quint32 kMaxBody = 64 * 1024 * 1024;
constexpr qint64 kReadChunk = 1024 * 1024;

const std::array<quint32, 256> &crcTable()
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const char *data, qsizetype size)
{
    const auto &t = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        c = t[(c ^ quint8(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The log's files, by the first sequence number each holds, oldest first.
QList<quint64> segments(const QString &dir)
{
    QList<quint64> firsts;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.size() != 24)
            continue;
        bool ok = false;
        const quint64 first = name.left(20).toULongLong(&ok);
        if (ok)
            firsts << first;
    }
    return firsts;
}

template<typename T> void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

template<typename T> T take(const char *&p)
{
    const T v = qFromLittleEndian<T>(p);
    p += sizeof(T);
    return v;
}

// The record whose body is `body`, or an empty seq when it does not read.
IntakeRecord decodeBody(const char *body, quint32 size)
{
    IntakeRecord r;
    if (size < kFixedBody)
        return r;
    const char *p = body;
    const quint64 seq = take<quint64>(p);
    r.message.generateTime = take<qint64>(p);
    r.message.receivedAt = take<qint64>(p);
    quint32 lengths[4];
    quint64 total = kFixedBody;
    for (quint32 &n : lengths) {
        n = take<quint32>(p);
        total += n;
    }
    if (total != size)
        return r;
    r.message.messageId = QString::fromUtf8(p, lengths[0]);
    p += lengths[0];
    r.message.topic = QString::fromUtf8(p, lengths[1]);
    p += lengths[1];
    r.message.transportError = QString::fromUtf8(p, lengths[2]);
    p += lengths[2];
    r.message.payload = QByteArray(p, lengths[3]);
    r.seq = seq;
    return r;
}

int openSegment(const QString &dir, quint64 first, int flags)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(IntakeLog::segmentName(first)));
    int fd;
    do
        fd = ::open(path.constData(), flags | O_CLOEXEC, 0600);
    while (fd < 0 && errno == EINTR);
    return fd;
}

bool syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString IntakeLog::segmentName(quint64 firstSeq)
{
    return QStringLiteral("%1.log").arg(firstSeq, 20, 10, QLatin1Char('0'));
}

QByteArray IntakeLog::encode(quint64 seq, const IntakeMessage &m)
{
    const QByteArray id = m.messageId.toUtf8(), topic = m.topic.toUtf8(), error = m.transportError.toUtf8();
    QByteArray out;
    out.reserve(kHeader + kFixedBody + id.size() + topic.size() + error.size() + m.payload.size());
    out.append(kHeader, '\0');
    put<quint64>(out, seq);
    put<qint64>(out, m.generateTime);
    put<qint64>(out, m.receivedAt);
    put<quint32>(out, quint32(id.size()));
    put<quint32>(out, quint32(topic.size()));
    put<quint32>(out, quint32(error.size()));
    put<quint32>(out, quint32(m.payload.size()));
    out += id;
    out += topic;
    out += error;
    out += m.payload;
    const auto bodySize = quint32(out.size() - kHeader);
    qToLittleEndian(bodySize, out.data());
    qToLittleEndian(crc32(out.constData() + kHeader, bodySize), out.data() + 4);
    return out;
}

IntakeLog::IntakeLog(QString dir, qint64 segmentBytes) : m_dir(std::move(dir)), m_segmentBytes(segmentBytes)
{
}

IntakeLog::~IntakeLog()
{
    close();
}

void IntakeLog::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<bool> IntakeLog::startSegment(quint64 firstSeq)
{
    close();
    m_fd = openSegment(m_dir, firstSeq, O_WRONLY | O_CREAT | O_APPEND);
    if (m_fd < 0)
        return Error {QStringLiteral("cannot create the intake log file %1: %2")
                          .arg(QDir(m_dir).filePath(segmentName(firstSeq)), systemError(errno))};
    m_size = 0;
    // The new file's name is on disk before anything in it is acknowledged:
    // without that, nothing is written into it (a retry starts it again).
    if (!syncDir(m_dir)) {
        const int error = errno;
        close();
        QFile::remove(QDir(m_dir).filePath(segmentName(firstSeq)));
        return Error {
            QStringLiteral("cannot sync the intake log folder %1: %2").arg(m_dir, systemError(error))};
    }
    return true;
}

Result<quint64> IntakeLog::open(quint64 floor)
{
    close();
    if (!makePrivateDirs(m_dir))
        return Error {QStringLiteral("cannot create the intake log folder %1").arg(m_dir)};
    const QList<quint64> files = segments(m_dir);
    if (files.isEmpty()) {
        m_lastSeq = floor;
        if (auto s = startSegment(floor + 1); !s)
            return Error {s.error()};
        return m_lastSeq;
    }
    // The newest file: its records up to the first that does not read.
    const quint64 first = files.last();
    const QString path = QDir(m_dir).filePath(segmentName(first));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read the intake log file %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    file.close();
    qsizetype at = 0;
    quint64 next = first;
    while (bytes.size() - at >= kHeader) {
        const auto size = qFromLittleEndian<quint32>(bytes.constData() + at);
        const auto crc = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype left = bytes.size() - at - kHeader;
        if (size <= kMaxBody && left < qsizetype(size))
            break; // runs past the end: torn
        const char *body = bytes.constData() + at + kHeader;
        const bool whole = size <= kMaxBody && size >= 8 && crc32(body, size) == crc
            && qFromLittleEndian<quint64>(body) == next;
        if (!whole) {
            // The last record, whole in length but not in content, is torn
            // too; one with more behind it is damage, and the records behind
            // it were acknowledged: nothing is cut, the file stays as it is.
            if (size <= kMaxBody && left == qsizetype(size))
                break;
            return Error {
                QStringLiteral("the intake log file %1 is damaged at byte %2 (record %3), before its "
                               "end; it is left as it is: move it away to go on without the "
                               "records from there")
                    .arg(path)
                    .arg(at)
                    .arg(next)};
        }
        at += kHeader + size;
        ++next;
    }
    m_fd = openSegment(m_dir, first, O_WRONLY | O_APPEND);
    if (m_fd < 0)
        return Error {QStringLiteral("cannot open the intake log file %1: %2").arg(path, systemError(errno))};
    if (at < bytes.size()) {
        // A torn end: never acknowledged (the append it belonged to never returned).
        qCWarning(lcIntakeLog).noquote()
            << "cut" << (bytes.size() - at) << "bytes of a torn record off" << path;
        if (::ftruncate(m_fd, at) != 0 || ::fdatasync(m_fd) != 0)
            return Error {QStringLiteral("cannot cut the torn end off the intake log file %1: %2")
                              .arg(path, systemError(errno))};
    }
    m_size = at;
    m_lastSeq = next - 1;
    if (m_lastSeq < floor) {
        m_lastSeq = floor;
        if (auto s = startSegment(floor + 1); !s)
            return Error {s.error()};
    }
    return m_lastSeq;
}

Result<quint64> IntakeLog::append(const QList<IntakeMessage> &messages)
{
    if (m_fd < 0)
        return Error {QStringLiteral("the intake log is not open")};
    if (messages.isEmpty())
        return m_lastSeq;
    if (m_size >= m_segmentBytes)
        if (auto s = startSegment(m_lastSeq + 1); !s)
            return Error {s.error()};
    QByteArray out;
    quint64 seq = m_lastSeq;
    for (const IntakeMessage &m : messages)
        out += encode(++seq, m);
    const char *p = out.constData();
    qsizetype left = out.size();
    int error = 0;
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        p += n;
        left -= n;
    }
    if (error == 0 && ::fdatasync(m_fd) != 0)
        error = errno;
    if (error != 0) {
        // None of it stays: a later append must not follow half a record.
        if (::ftruncate(m_fd, m_size) != 0)
            close(); // (open() cuts the tail off before the next append)
        return Error {QStringLiteral("cannot write the intake log in %1: %2").arg(m_dir, systemError(error))};
    }
    m_size += out.size();
    m_lastSeq = seq;
    return m_lastSeq;
}

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
