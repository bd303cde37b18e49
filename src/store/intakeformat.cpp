#include "intakeformat_p.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

namespace linkscope::store::intake {

quint32 crc32(const char *data, qsizetype size)
{
    // zlib's, which reads several bytes a step: a byte-wise table took 8 %
    // of LinkScope's CPU while it took a burst (writing, and reading back).
    return quint32(::crc32_z(0, reinterpret_cast<const Bytef *>(data), size_t(size)));
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

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

namespace {
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

} // namespace

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
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(segmentName(first)));
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

QString segmentName(quint64 firstSeq)
{
    return QStringLiteral("%1.log").arg(firstSeq, 20, 10, QLatin1Char('0'));
}

QByteArray encodeRecord(quint64 seq, const IntakeMessage &m)
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

} // namespace linkscope::store::intake
