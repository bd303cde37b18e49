#include "core/topicrouter.h"
#include "fixtures.h"

#include <QtTest>

using namespace linkscope;

class TestTopicRouter : public QObject {
    Q_OBJECT

private slots:
    void routes_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QJsonObject>("expected");
        QFile f(fixtures::dataDir(QStringLiteral("router/topics.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(rows.size() >= 25);
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString topic = o.value(u"topic").toString();
            QTest::newRow(qPrintable(topic.isEmpty() ? QStringLiteral("(empty)") : topic)) << topic << o;
        }
    }
    void routes()
    {
        QFETCH(QString, topic);
        QFETCH(QJsonObject, expected);
        const TopicRoute r = routeTopic(topic);
        QCOMPARE(kindName(r.kind), expected.value(u"kind").toString());
        QCOMPARE(r.productKey, expected.value(u"productKey").toString());
        QCOMPARE(r.deviceName, expected.value(u"deviceName").toString());
        QCOMPARE(r.identifier, expected.value(u"identifier").toString());
        QCOMPARE(r.history, expected.value(u"history").toBool());
        QCOMPARE(r.sysPrefix, expected.value(u"sysPrefix").toBool());
    }
};

QTEST_GUILESS_MAIN(TestTopicRouter)
#include "tst_topicrouter.moc"
