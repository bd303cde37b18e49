#include "intakefixtures.h"
#include "store/intakeformat_p.h"
#include "store/intakelog.h"
#include "store/intakewriter.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace linkscope;
using namespace linkscope::store;
using namespace intakefixtures;

namespace {
QStringList files(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
}

QString newest(const QString &dir)
{
    return QDir(dir).filePath(files(dir).last());
}

bool appendBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(bytes) == bytes.size();
}

// Flips one bit of the byte at `at` in the file, as bit rot would.
bool flipBit(const QString &path, qsizetype at)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(at))
        return false;
    return f.putChar(char(c ^ 0x01));
}

// Where record `seq` of `messages(0, …)` ends in a file that starts at record 1.
qsizetype endOfRecord(int seq)
{
    qsizetype at = 0;
    for (int s = 1; s <= seq; ++s)
        at += IntakeLog::encode(quint64(s), message(s - 1)).size();
    return at;
}
} // namespace

// The intake log: appended durably, read back whole from another handle,
// a torn or damaged end found, and its files dropped once stored.
class TestIntakeLog : public QObject {
    Q_OBJECT

private slots:
    void init() { registerMessageTypes(); }

    void recordsCarryTheIeeeCrc32()
    {
        // docs/FORMATS.md: CRC-32 (IEEE, as zlib's); logs written before and after must agree.
        QCOMPARE(intake::crc32("123456789", 9), 0xCBF43926u);
        QCOMPARE(intake::crc32("", 0), 0u);
        const QByteArray odd(1001, '\xa5'); // past any word-at-a-time path, and a tail
        quint32 c = 0xFFFFFFFFu;
        for (const char byte : odd) {
            c ^= quint8(byte);
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        QCOMPARE(intake::crc32(odd.constData(), odd.size()), c ^ 0xFFFFFFFFu);
    }

    void whatIsAppendedReadsBackInOrderAcrossFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        IntakeLog log(path, 4096); // a new file every few kilobytes
        QCOMPARE(log.open().value(), 0u);
        const QList<IntakeMessage> sent = messages(0, 120);
        for (int i = 0; i < 3; ++i) {
            auto last = log.append(sent.mid(i * 40, 40));
            QVERIFY2(last.ok(), qPrintable(last.error()));
            QCOMPARE(*last, quint64((i + 1) * 40));
        }
        QCOMPARE(log.lastSeq(), 120u);
        QVERIFY(files(path).size() >= 3);
        QCOMPARE(files(path).first(), IntakeLog::segmentName(1));

        IntakeReader reader(path);
        auto all = reader.read(0, 120, 1000);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 120);
        for (int i = 0; i < 120; ++i) {
            QCOMPARE(all->at(i).seq, quint64(i + 1));
            QCOMPARE(all->at(i).message, sent[i]);
        }
        // In pieces, and never past what the writer said is on disk.
        IntakeReader pieces(path);
        quint64 after = 0;
        QList<IntakeRecord> got;
        while (after < 50) {
            auto some = pieces.read(after, 50, 7);
            QVERIFY2(some.ok(), qPrintable(some.error()));
            QVERIFY(!some->isEmpty());
            after = some->last().seq;
            got += *some;
        }
        QCOMPARE(got.size(), 50);
        QCOMPARE(got.last().message, sent[49]);
        QVERIFY(pieces.read(50, 50, 10)->isEmpty());
        // A jump back (a store reopened) reads from there again.
        auto again = pieces.read(10, 12, 10);
        QCOMPARE(again->size(), 2);
        QCOMPARE(again->first().seq, 11u);
    }

    void aTornEndIsCutOffAndTheNumbersGoOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        {
            IntakeLog log(path);
            QVERIFY(log.open().ok());
            QVERIFY(log.append(messages(0, 10)).ok());
        }
        const qint64 whole = QFileInfo(newest(path)).size();
        // A crash in mid-append: half of record 11, never acknowledged.
        const QByteArray eleventh = IntakeLog::encode(11, message(10));
        QVERIFY(appendBytes(newest(path), eleventh.left(eleventh.size() / 2)));
        auto readable = IntakeReader::readAll(path);
        QVERIFY2(readable.ok(), qPrintable(readable.error()));
        QCOMPARE(readable->size(), 10);

        IntakeLog log(path);
        QCOMPARE(log.open().value(), 10u);
        QCOMPARE(QFileInfo(newest(path)).size(), whole);
        QCOMPARE(log.append({message(99)}).value(), 11u);
        auto all = IntakeReader::readAll(path);
        QCOMPARE(all->size(), 11);
        QCOMPARE(all->last().message, message(99));

        // A whole last record whose checksum fails is cut off alike.
        log.close();
        QByteArray bad = IntakeLog::encode(12, message(100));
        bad[bad.size() - 3] = bad[bad.size() - 3] ^ 0x20;
        QVERIFY(appendBytes(newest(path), bad));
        QCOMPARE(log.open().value(), 11u);
    }

    void aFileDamagedBeforeItsEndIsRefusedAndKept()
    {
        // Acknowledged records lie behind the damage: nothing is cut.
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        {
            IntakeLog log(path);
            QVERIFY(log.open().ok());
            QVERIFY(log.append(messages(0, 10)).ok());
        }
        const qint64 size = QFileInfo(newest(path)).size();
        QVERIFY(flipBit(newest(path), endOfRecord(1) + 20)); // inside record 2
        IntakeLog log(path);
        auto opened = log.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"damaged") && opened.error().contains(u"record 2"),
                 qPrintable(opened.error()));
        QCOMPARE(QFileInfo(newest(path)).size(), size);
    }

    void aNewFileLeftEmptyByACrashHoldsNoRecord()
    {
        // The writer started the next file and died before writing into it.
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        {
            IntakeLog log(path);
            QVERIFY(log.open().ok());
            QVERIFY(log.append(messages(0, 10)).ok());
        }
        QFile empty(QDir(path).filePath(IntakeLog::segmentName(11)));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto all = IntakeReader::readAll(path);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 10);
        IntakeReader reader(path);
        auto beyond = reader.read(10, 11, 5); // (as if the writer had said 11 was on disk)
        QVERIFY(!beyond.ok());
        QVERIFY2(beyond.error().contains(u"misses record 11"), qPrintable(beyond.error()));
        IntakeLog log(path);
        QCOMPARE(log.open().value(), 10u);
        QCOMPARE(log.append({message(10)}).value(), 11u);
        QCOMPARE(IntakeReader::readAll(path)->size(), 11);
    }

    void damageBeforeTheEndIsAnErrorThatSaysWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        IntakeLog log(path);
        QVERIFY(log.open().ok());
        QVERIFY(log.append(messages(0, 10)).ok());
        // One bit of record 5's payload flipped.
        QVERIFY(flipBit(newest(path), endOfRecord(5) - 2));
        IntakeReader reader(path);
        auto first = reader.read(0, 10, 4);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 4);
        auto rest = reader.read(4, 10, 10);
        QVERIFY(!rest.ok());
        QVERIFY2(rest.error().contains(u"damaged at record 5"), qPrintable(rest.error()));
    }

    void numberingGoesOnAfterWhatTheHistoryHolds()
    {
        // The history stored up to 500 and the files that held them are gone.
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        {
            IntakeLog log(path);
            QCOMPARE(log.open(500).value(), 500u);
            QCOMPARE(log.append(messages(0, 2)).value(), 502u);
            QCOMPARE(files(path), QStringList {IntakeLog::segmentName(501)});
        }
        // A log behind the history (its folder restored from an old copy): past the history's count.
        IntakeLog log(path);
        QCOMPARE(log.open(800).value(), 800u);
        QCOMPARE(log.append({message(7)}).value(), 801u);
        IntakeReader reader(path);
        auto after = reader.read(800, 801, 10);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), 1);
        QCOMPARE(after->first().message, message(7));
    }

    void storedFilesAreDroppedButNeverTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        IntakeLog log(path, 2048);
        QVERIFY(log.open().ok());
        for (int i = 0; i < 6; ++i)
            QVERIFY(log.append(messages(i * 10, 10)).ok());
        const QStringList before = files(path);
        QVERIFY(before.size() >= 4);
        const quint64 secondFirst = before[1].left(20).toULongLong();
        IntakeReader reader(path);
        // Up to the last record of the first file: that file only.
        reader.dropThrough(secondFirst - 1);
        QCOMPARE(files(path), before.mid(1));
        // Up to one record short of a file's end: it stays.
        const quint64 thirdFirst = before[2].left(20).toULongLong();
        reader.dropThrough(thirdFirst - 2);
        QCOMPARE(files(path), before.mid(1));
        // Everything stored: the newest file stays, and carries the count on.
        reader.dropThrough(60);
        QCOMPARE(files(path), QStringList {before.last()});
        auto rest = reader.read(60, 60, 10);
        QVERIFY(rest.ok() && rest->isEmpty());
        IntakeLog reopened(path, 2048);
        QCOMPARE(reopened.open().value(), 60u);
    }

    void aFailedAppendLeavesNothingBehind()
    {
        // The file size limit makes write() fail as a full disk would.
        QTemporaryDir dir;
        const QString path = dir.filePath("log");
        IntakeLog log(path);
        QVERIFY(log.open().ok());
        QVERIFY(log.append(messages(0, 5)).ok());
        const qint64 size = QFileInfo(newest(path)).size();
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit cap = old;
        cap.rlim_cur = rlim_t(size + 500); // room for one record, not for fifty
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &cap), 0);
        auto failed = log.append(messages(5, 50));
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(u"cannot write the intake log"), qPrintable(failed.error()));
        QCOMPARE(QFileInfo(newest(path)).size(), size);
        QCOMPARE(log.lastSeq(), 5u);
        // Room again: the numbers go on from the last whole record.
        QCOMPARE(log.append(messages(5, 50)).value(), 55u);
        auto all = IntakeReader::readAll(path);
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 55);
        QCOMPARE(all->last().message, message(54));
    }

    void theWriterSaysLoggedOnlyOnceOnDiskAndHoldsWhileTheHistoryCannotStore()
    {
        QTemporaryDir dir;
        IntakeWriter writer(dir.filePath("log"), {});
        QCOMPARE(writer.openNow(0).value(), 0u);
        QSignalSpy logged(&writer, &IntakeWriter::logged);
        QSignalSpy appended(&writer, &IntakeWriter::appended);
        writer.append(messages(0, 3));
        writer.append(messages(3, 2));
        QCOMPARE(logged.size(), 0); // not before the write
        writer.writeSoon();
        QTRY_COMPARE(logged.size(), 1); // both flushes in one append
        QCOMPARE(logged.first().first().toStringList(), (QStringList {"m0", "m1", "m2", "m3", "m4"}));
        QCOMPARE(appended.first().first().toULongLong(), 5u);
        QCOMPARE(IntakeReader::readAll(dir.filePath("log"))->size(), 5);

        writer.setStoreProblem(QStringLiteral("database or disk is full"));
        writer.append(messages(5, 2));
        writer.writeNow();
        QCOMPARE(logged.size(), 1); // held: nothing more acknowledged
        QCOMPARE(writer.waiting(), 2);
        QCOMPARE(writer.lastSeq(), 5u);
        writer.setStoreProblem(QString());
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.last().first().toStringList(), (QStringList {"m5", "m6"}));
        QCOMPARE(writer.lastSeq(), 7u);
    }

    void theWriterHoldsWhileTheHistoryLagsTooFarBehind()
    {
        QTemporaryDir dir;
        IntakeWriter::Options o;
        o.maxUnindexed = 20;
        IntakeWriter writer(dir.filePath("log"), o);
        QVERIFY(writer.openNow(0).ok());
        QSignalSpy logged(&writer, &IntakeWriter::logged);
        QSignalSpy problems(&writer, &IntakeWriter::storageChanged);
        // All on this thread and direct: every count below is exact when the
        // call before it returns, however slow the machine (no waiting, no clock).
        writer.append(messages(0, 20));
        writer.writeNow();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(problems.size(), 0);
        writer.append(messages(20, 5));
        writer.writeNow();
        QCOMPARE(logged.size(), 1); // 20 unstored: held, and said so
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.last().first().toString().contains(u"20 messages behind"),
                 qPrintable(problems.last().first().toString()));
        writer.indexed(5);
        QCOMPARE(logged.size(), 2); // room again: written at once
        QCOMPARE(writer.lastSeq(), 25u);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.last().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntakeLog)
#include "tst_intakelog.moc"
