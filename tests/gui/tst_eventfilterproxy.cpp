#include "gui/eventfilterproxy.h"
#include "gui/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceEvent ev(const QString &id, const QString &device, const QString &identifier, EventType type, qint64 t)
{
    DeviceEvent e;
    e.meta.messageId = id;
    e.device = {QStringLiteral("pk"), device, {}};
    e.identifier = identifier;
    e.name = identifier;
    e.type = type;
    e.time = t;
    e.value = {{QStringLiteral("Level"), 2}};
    return e;
}
} // namespace

class TestEventFilterProxy : public QObject {
    Q_OBJECT

private slots:
    void filtersByDeviceTypeIdentifierTimeAndText()
    {
        EventLogModel source;
        EventFilterProxy proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.addEvents({ev("1", "lamp1", "OverheatAlarm", EventType::Alert, 1000),
                          ev("2", "lamp1", "PowerOnNotification", EventType::Info, 2000),
                          ev("3", "plug1", "RelayFault", EventType::Error, 3000)});
        ServiceReply r;
        r.meta.messageId = "4";
        r.device = {QStringLiteral("pk"), QStringLiteral("plug1"), {}};
        r.gmtCreate = 4000;
        r.code = 460;
        r.requestId = "99";
        r.downlinkTopic = "/sys/pk/plug1/thing/service/property/set";
        source.addReplies({r});
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setDevice(QStringLiteral("plug"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTypes(EventFilterProxy::ErrorFlag);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTypes(EventFilterProxy::ReplyFlag);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.index(0, EventLogModel::WhatColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("reply 460")));
        proxy.setDevice({});
        proxy.setTypes(EventFilterProxy::AllTypes);
        proxy.setIdentifier(QStringLiteral("alarm"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setIdentifier(QStringLiteral("property/set")); // a reply's downlink topic
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setIdentifier({});
        proxy.setTimeRange(1500, 3500);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTimeRange(0, std::numeric_limits<qint64>::max());
        proxy.setSearch(QStringLiteral("request 99"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearch(QStringLiteral("nothing like it"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearch({});
        source.addEvents(
            {ev("5", "lamp2", "OverheatAlarm", EventType::Alert, 5000)}); // live rows pass the filters too
        QCOMPARE(proxy.rowCount(), 5);
        source.addEvents(
            {ev("5", "lamp2", "OverheatAlarm", EventType::Alert, 5000)}); // the same message again
        QCOMPARE(proxy.rowCount(), 5);
    }
};

QTEST_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
