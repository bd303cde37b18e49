#include "gui/inspectorwidget.h"
#include "gui/messagelogmodel.h"
#include "gui/payloadtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QtTest>

using namespace linkscope;

namespace {
const DeviceKey kLamp {QStringLiteral("pk"), QStringLiteral("lamp1"), {}};

PropertyReport report(const QString &id, const QString &attribute, double value, qint64 t)
{
    PropertyReport r;
    r.meta.messageId = id;
    r.meta.topic = QStringLiteral("/pk/lamp1/thing/event/property/post");
    r.meta.receivedAt = t;
    r.meta.payload = QStringLiteral("{\"items\":{\"%1\":{\"value\":%2}},\"iotId\":\"x\"}")
                         .arg(attribute)
                         .arg(value)
                         .toUtf8();
    r.device = kLamp;
    r.attribute = attribute;
    r.value = value;
    return r;
}

Rejected reject(const QString &id, qint64 t)
{
    Rejected r;
    r.meta.messageId = id;
    r.meta.topic = QStringLiteral("/pk/lamp1/thing/event/property/post");
    r.meta.receivedAt = t;
    r.payload = "{\"items\":";
    r.reason = QStringLiteral("truncated JSON at byte 9");
    return r;
}
} // namespace

class TestMessageLogModel : public QObject {
    Q_OBJECT

private slots:
    void oneRowPerMessageNewestFirst()
    {
        MessageLogModel m(100);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        // Two reports of one post are one message.
        PropertyReport a = report("m1", "Temp", 21, 1000);
        PropertyReport b = a;
        b.attribute = QStringLiteral("Humidity");
        m.addRows(logRows(QList<PropertyReport> {a, b, report("m2", "Temp", 22, 2000)}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 0).data(MessageLogModel::MessageIdRole).toString(), QStringLiteral("m2"));
        QCOMPARE(m.index(0, MessageLogModel::KindColumn).data().toString(), QStringLiteral("property"));
        QCOMPARE(m.index(0, MessageLogModel::DeviceColumn).data().toString(), QStringLiteral("pk/lamp1"));
        QCOMPARE(m.previousOnTopic(0), 1);
        QCOMPARE(m.previousOnTopic(1), -1);
        m.addRows(logRows(QList<Rejected> {reject("bad", 3000)}));
        QCOMPARE(m.index(0, MessageLogModel::KindColumn).data().toString(),
                 QStringLiteral("rejected: truncated JSON at byte 9"));
        QCOMPARE(m.index(0, 0).data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("{\"items\":"));
        QCOMPARE(m.previousOnTopic(0), 1); // a reject is not what the next message is compared with
        QCOMPARE(m.rowOf(QStringLiteral("m1")), 2);
    }

    void boundedByCapacity()
    {
        MessageLogModel m(10);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int batch = 0; batch < 5; ++batch) {
            QList<PropertyReport> reports;
            for (int i = 0; i < 4; ++i)
                reports << report(QStringLiteral("m%1").arg(batch * 4 + i), "T", i, batch * 4 + i);
            m.addRows(logRows(reports));
        }
        QCOMPARE(m.rowCount(), 10);
        QCOMPARE(m.index(0, 0).data(MessageLogModel::MessageIdRole).toString(), QStringLiteral("m19"));
        QCOMPARE(m.index(9, 0).data(MessageLogModel::MessageIdRole).toString(), QStringLiteral("m10"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void payloadTexts()
    {
        const auto pretty = prettyJson("{\"a\":1,\"b\":[true,null]}");
        QVERIFY(pretty.ok());
        QVERIFY(pretty->contains(QStringLiteral("\n    \"a\": 1,\n")));
        const auto bad = prettyJson("{\"a\":");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QStringLiteral("Not valid JSON: "))
                     && bad.error().contains(QStringLiteral("at byte")),
                 qPrintable(bad.error()));
        const QString hex = hexDump(QByteArray("{\"a\":1}\x01\xff", 9));
        QCOMPARE(
            hex,
            QStringLiteral("00000000  7b 22 61 22 3a 31 7d 01  ff                       |{\"a\":1}..|\n"));
        QVERIFY(hexDump(QByteArray(100, 'x'), 32).endsWith(QStringLiteral("… 68 more bytes")));
        const QString diff
            = QTextDocumentFragment::fromHtml(diffHtml("{\"t\":21.5,\"h\":40}", "{\"t\":22,\"h\":40}"))
                  .toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("-     \"t\": 21.5")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("+     \"t\": 22")));
        QVERIFY(diff.contains(QStringLiteral("      \"h\": 40")));
    }

    void inspectorShowsPrettyRawAndDiff()
    {
        MessageLogModel messages, rejects;
        InspectorWidget w(&messages, &rejects);
        messages.addRows(logRows(QList<PropertyReport> {report("m1", "Temp", 21.5, 1000)}));
        messages.addRows(logRows(QList<PropertyReport> {report("m2", "Temp", 22.5, 2000)}));
        rejects.addRows(logRows(QList<Rejected> {reject("bad", 3000)}));
        QVERIFY(w.selectMessage(QStringLiteral("m2")));
        QVERIFY2(w.prettyText().contains(QStringLiteral("\"value\": 22.5")), qPrintable(w.prettyText()));
        QVERIFY(w.rawText().startsWith(QStringLiteral("00000000  7b 22 69 74")));
        const QString diff = w.diffText();
        QVERIFY2(diff.contains(QStringLiteral("Against message m1")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("-             \"value\": 21.5")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("\"value\": 21.5"))
                && diff.contains(QStringLiteral("\"value\": 22.5")));
        QVERIFY(w.selectMessage(QStringLiteral("m1")));
        QVERIFY(w.diffText().contains(QStringLiteral("No earlier message")));
        QVERIFY(!w.selectMessage(QStringLiteral("nope")));
        // A filter that hides the message is cleared to show it.
        w.setFilter(QStringLiteral("no such device"));
        QVERIFY(w.selectMessage(QStringLiteral("m2")));
        QVERIFY(w.prettyText().contains(QStringLiteral("22.5")));
        QVERIFY(!w.headerText().contains(u"clock"));
    }

    void inspectorMarksADeviceClockThatWasOff()
    {
        MessageLogModel messages, rejects;
        InspectorWidget w(&messages, &rejects);
        PropertyReport ahead = report("skewed", "Temp", 20, 1000);
        ahead.meta.clockSkewMs = 3 * 24 * 3'600'000LL + 2 * 3'600'000LL;
        messages.addRows(logRows(QList<PropertyReport> {ahead}));
        QCOMPARE(messages.index(0, 0).data(MessageLogModel::ClockSkewRole).toLongLong(),
                 ahead.meta.clockSkewMs);
        QVERIFY(w.selectMessage("skewed"));
        QVERIFY2(w.headerText().contains(u"clock was 3 d 2 h ahead"), qPrintable(w.headerText()));
        PropertyReport behind = report("behind", "Temp", 20, 2000);
        behind.meta.clockSkewMs = -90'000;
        messages.addRows(logRows(QList<PropertyReport> {behind}));
        QVERIFY(w.selectMessage("behind"));
        QVERIFY2(w.headerText().contains(u"clock was 1 min 30 s behind"), qPrintable(w.headerText()));
    }
};

QTEST_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
