#include "sim/statejournal.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::sim;

class TestStateJournal : public QObject {
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        SimMessage m;
        m.messageId = QStringLiteral("id \"1\"");
        m.topic = QStringLiteral("/pk/dn/thing/event/property/post");
        m.payload = QByteArray("{\"x\":\"\xff\"}"); // raw bytes survive, even invalid UTF-8
        m.generateTime = 123;
        m.expectedKind = MessageKind::Rejected;
        m.malformed = true;
        m.deviceId = QStringLiteral("pk/dn");
        {
            StateJournal j;
            QString error;
            QVERIFY(j.open(dir.path(), &error));
            j.recordSent(m);
            j.recordAck(m.messageId);
            j.recordAck(m.messageId);
            j.recordDropped(QStringLiteral("other"));
        }
        const auto loaded = StateJournal::load(dir.path());
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.sent.size(), 1);
        QCOMPARE(loaded.sent.first(), m);
        QCOMPARE(loaded.acknowledged, QList<QString>({m.messageId}));
        QVERIFY(loaded.dropped.contains(QStringLiteral("other")));
    }

    void aLineCutByACrashNeverHappened()
    {
        QTemporaryDir dir;
        {
            StateJournal j;
            QString error;
            QVERIFY(j.open(dir.path(), &error));
            j.recordAck(QStringLiteral("a"));
        }
        QFile f(StateJournal::fileName(dir.path()));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"e\":\"ack\",\"id\":\"b"); // the crash hit mid-line
        f.close();
        QCOMPARE(StateJournal::load(dir.path()).acknowledged, QList<QString>({QStringLiteral("a")}));
        {
            StateJournal j; // the next run starts on a fresh line
            QString error;
            QVERIFY(j.open(dir.path(), &error));
            j.recordAck(QStringLiteral("c"));
        }
        const auto loaded = StateJournal::load(dir.path());
        QVERIFY(loaded.acknowledged.contains(QStringLiteral("c")));
        QVERIFY(!loaded.acknowledged.contains(QStringLiteral("b")));
    }

    void missingJournalIsAnEmptyStart()
    {
        QTemporaryDir dir;
        const auto loaded = StateJournal::load(dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(loaded.error.isEmpty());
        QVERIFY(loaded.sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStateJournal)
#include "tst_statejournal.moc"
