#include "catalogfixture.h"
#include "gui/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceEvent makeEvent(const QString &id, qint64 t, EventType type, const QString &name = "开门通知")
{
    DeviceEvent e;
    e.meta.messageId = id;
    e.device = {"pk", "door1", {}};
    e.identifier = "DoorOpenNotification";
    e.name = name;
    e.type = type;
    e.time = t;
    e.value = {{"KeyID", "k1"}};
    return e;
}
} // namespace

class TestEventLogModel : public QObject {
    Q_OBJECT

private slots:
    // The thing model names the event and its fields, labels its values,
    // and names the service a reply answers.
    void thingModelNamesEventsFieldsAndServices()
    {
        EventLogModel m(100);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeviceEvent e = makeEvent("e1", 1000, EventType::Alert, QString());
        e.device = {"pk1", "plug001", {}};
        e.identifier = "OverloadAlarm";
        e.value = {{"Level", 2}};
        ServiceReply r;
        r.meta.messageId = "r1";
        r.device = {"pk1", "plug001", {}};
        r.gmtCreate = 900;
        r.code = 200;
        r.requestId = "7";
        r.downlinkTopic = "/sys/pk1/plug001/thing/service/Reboot";
        m.addEvents({e});
        m.addReplies({r});
        QCOMPARE(m.index(0, EventLogModel::WhatColumn).data().toString(), QStringLiteral("OverloadAlarm"));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setCatalog(catalogfixture::catalog());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.index(0, EventLogModel::WhatColumn).data().toString(),
                 QStringLiteral("过载报警 (OverloadAlarm)"));
        QCOMPARE(m.index(0, EventLogModel::DetailColumn).data().toString(), QStringLiteral("级别 重要"));
        QVERIFY(
            m.index(1, EventLogModel::DetailColumn).data().toString().startsWith(QStringLiteral("重启 · ")));
    }

    void newestFirstOneInsertPerBatch()
    {
        EventLogModel m(100);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.addEvents({makeEvent("a", 1000, EventType::Info), makeEvent("b", 3000, EventType::Alert),
                     makeEvent("c", 2000, EventType::Error)});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0, EventLogModel::TypeColumn).data().toString(), QStringLiteral("alert"));
        QCOMPARE(m.index(0, 0).data(EventLogModel::SeverityRole).toInt(), int(EventLogModel::Alert));
        QCOMPARE(m.index(1, EventLogModel::TypeColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(m.index(0, EventLogModel::WhatColumn).data().toString(),
                 QStringLiteral("开门通知 (DoorOpenNotification)"));
        QCOMPARE(m.index(0, EventLogModel::DetailColumn).data().toString(),
                 QStringLiteral("{\"KeyID\":\"k1\"}"));
        QVERIFY(m.index(1, EventLogModel::TypeColumn).data(Qt::ForegroundRole).isValid()); // coloured
        QVERIFY(!m.index(2, EventLogModel::TypeColumn).data(Qt::ForegroundRole).isValid());
    }

    void repliesShowTheCodesMeaning()
    {
        EventLogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServiceReply r;
        r.meta.messageId = "r1";
        r.device = {"pk", "lamp", {}};
        r.gmtCreate = 5;
        r.code = 9201;
        r.requestId = "77";
        r.downlinkTopic = "/sys/pk/lamp/thing/service/property/set";
        m.addReplies({r});
        QCOMPARE(m.index(0, EventLogModel::WhatColumn).data().toString(),
                 QStringLiteral("reply 9201: device offline"));
        QCOMPARE(m.index(0, EventLogModel::TypeColumn).data().toString(), QStringLiteral("failed reply"));
        QCOMPARE(m.index(0, EventLogModel::DetailColumn).data().toString(),
                 QStringLiteral("/sys/pk/lamp/thing/service/property/set · request 77"));
    }

    void boundedByCapacity()
    {
        EventLogModel m(10);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DeviceEvent> batch;
        for (int i = 0; i < 8; ++i)
            batch << makeEvent(QString::number(i), i, EventType::Info);
        m.addEvents(batch);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        batch.clear();
        for (int i = 100; i < 105; ++i)
            batch << makeEvent(QString::number(i), i, EventType::Info);
        m.addEvents(batch);
        QCOMPARE(m.rowCount(), 10);
        QCOMPARE(removed.count(), 1); // the 3 oldest, in one go
        QCOMPARE(m.index(9, 0).data(EventLogModel::MessageIdRole).toString(), QStringLiteral("3"));
        QCOMPARE(m.index(0, 0).data(EventLogModel::MessageIdRole).toString(), QStringLiteral("104"));
    }

    void anOlderBatchGoesWhereItsTimesBelong()
    {
        // The history's answer may come after the first live rows: it must
        // not land above them.
        EventLogModel m(10);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addEvents({makeEvent("live1", 100, EventType::Info), makeEvent("live2", 110, EventType::Info)});
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.addEvents({makeEvent("old1", 10, EventType::Info), makeEvent("old2", 20, EventType::Info),
                     makeEvent("mid", 105, EventType::Info)});
        QCOMPARE(inserted.count(), 2); // one run between the live rows, one run below them
        QStringList order;
        for (int r = 0; r < m.rowCount(); ++r)
            order << m.index(r, 0).data(EventLogModel::MessageIdRole).toString();
        QCOMPARE(order, QStringList({"live2", "mid", "live1", "old2", "old1"}));
        // Full, an older batch still keeps the newest: the oldest leave.
        QList<DeviceEvent> older;
        for (int i = 0; i < 8; ++i)
            older << makeEvent(QStringLiteral("h%1").arg(i), i, EventType::Info);
        m.addEvents(older);
        QCOMPARE(m.rowCount(), 10);
        QCOMPARE(m.index(0, 0).data(EventLogModel::MessageIdRole).toString(), QStringLiteral("live2"));
        QCOMPARE(m.index(9, 0).data(EventLogModel::MessageIdRole).toString(), QStringLiteral("h3"));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
