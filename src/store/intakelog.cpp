#include "intakelog.h"

#include "core/privatefiles.h"
#include "intakeformat_p.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcIntakeLog, "linkscope.intake")

namespace linkscope::store {

using namespace intake;

QString IntakeLog::segmentName(quint64 firstSeq)
{
    return intake::segmentName(firstSeq);
}

QByteArray IntakeLog::encode(quint64 seq, const IntakeMessage &message)
{
    return encodeRecord(seq, message);
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

} // namespace linkscope::store
