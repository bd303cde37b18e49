#include "core/decoder.h"
#include "sim/fleet.h"

#include <QtTest>

using namespace linkscope;
using namespace linkscope::sim;

class TestFleet : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameStream()
    {
        FleetGenerator a({3, 20, 42, 0.05, 0, {}});
        FleetGenerator b({3, 20, 42, 0.05, 0, {}});
        FleetGenerator c({3, 20, 43, 0.05, 0, {}});
        int differs = 0;
        for (int i = 0; i < 500; ++i) {
            const SimMessage x = a.next(1000 + i);
            QCOMPARE(b.next(1000 + i), x);
            if (!(c.next(1000 + i) == x))
                ++differs;
        }
        QVERIFY(differs > 400);
        QCOMPARE(a.generated(), quint64(500));
    }

    void everyMessageDecodesAsPromised()
    {
        FleetGenerator fleet({4, 50, 7, 0, 0, {}});
        Decoder decoder;
        QSet<QString> ids;
        QHash<MessageKind, int> kinds;
        QSet<QString> eventNames;
        for (int i = 0; i < 5000; ++i) {
            const SimMessage m = fleet.next(1'700'000'000'000 + i);
            QVERIFY2(!ids.contains(m.messageId), qPrintable(m.messageId));
            ids.insert(m.messageId);
            const DecodedMessage d
                = decoder.decode(m.payload, {m.messageId, m.topic, m.generateTime, m.generateTime, {}});
            if (const auto *r = std::get_if<Rejected>(&d))
                QFAIL(qPrintable(r->reason + QStringLiteral(" in ") + QString::fromUtf8(m.payload)));
            QCOMPARE(kindOf(d), m.expectedKind);
            ++kinds[kindOf(d)];
            if (const auto *e = std::get_if<DeviceEvent>(&d))
                eventNames.insert(e->name);
            if (const auto *p = std::get_if<PropertyPost>(&d)) {
                // The manifest's values are exactly what the payload carried.
                QCOMPARE(p->reports.size(), m.values.size());
                for (const PropertyReport &r : p->reports)
                    QCOMPARE(r.value.toDouble(), m.values.value(r.attribute).toDouble());
                QCOMPARE(p->reports.first().device.id(), m.deviceId);
            }
        }
        for (MessageKind k : {MessageKind::Property, MessageKind::Event, MessageKind::ServiceReply,
                              MessageKind::Status, MessageKind::Binding})
            QVERIFY2(kinds.value(k) > 50, qPrintable(kindName(k)));
        QVERIFY(kinds.value(MessageKind::Property) > kinds.value(MessageKind::Event));
        QVERIFY(eventNames.contains(QStringLiteral("开门通知")));
        QCOMPARE(fleet.devices().size(), 50);
    }

    void malformedMessagesAreRejectedOrRaw()
    {
        FleetGenerator fleet({2, 10, 3, 1.0, 0, {}});
        Decoder decoder;
        QSet<MessageKind> seen;
        for (int i = 0; i < 300; ++i) {
            const SimMessage m = fleet.next(1'700'000'000'000);
            QVERIFY(m.malformed);
            QVERIFY(m.values.isEmpty() == (m.expectedKind != MessageKind::Property));
            const DecodedMessage d = decoder.decode(m.payload, {m.messageId, m.topic, 0, 1, {}, 0});
            QCOMPARE(kindName(kindOf(d)), kindName(m.expectedKind));
            seen.insert(kindOf(d));
        }
        QVERIFY(seen.contains(MessageKind::Rejected));
        QVERIFY(seen.contains(MessageKind::Raw));
        QVERIFY(seen.contains(MessageKind::Property)); // "nan", "inf", a clock ahead: valid posts
    }

    void everyMalformedKindIsWhatItSays_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        const QHash<QString, QString> expected {
            {"truncated", "rejected"}, {"wrong-type", "rejected"}, {"missing-field", "rejected"},
            {"oversize", "rejected"},  {"bad-utf8", "rejected"},   {"unknown-topic", "raw"},
            {"nan", "property"},       {"inf", "property"},        {"future-time", "property"},
            {"long-id", ""},           {"bad-transfer", ""},       {"huge-transfer", ""}};
        for (const QString &k : malformedKindNames())
            QTest::newRow(qPrintable(k)) << k << expected.value(k, "?");
        QCOMPARE(malformedKindNames().size(), expected.size());
    }

    void everyMalformedKindIsWhatItSays()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        FleetGenerator fleet({1, 3, 9, 1.0, 0, {kind}});
        const SimMessage m = fleet.next(1'700'000'000'000);
        QVERIFY(m.malformed);
        if (kind == "long-id") {
            QVERIFY(m.messageId.toUtf8().size() > 256);
        } else if (kind.endsWith("-transfer")) {
            QCOMPARE(m.transferFault, kind);
        } else {
            Decoder decoder;
            const DecodedMessage d = decoder.decode(m.payload, {m.messageId, m.topic, 0, 1, {}, 0});
            QCOMPARE(kindName(kindOf(d)), expected);
        }
        if (kind == "nan") {
            QCOMPARE(m.values.value("Temperature").toString(), QString("nan"));
        }
        if (kind == "future-time") {
            Decoder decoder;
            const auto d = decoder.decode(m.payload, {m.messageId, m.topic, 0, 1, {}, 0});
            const auto &r = std::get<PropertyPost>(d).reports.first();
            QVERIFY(r.time > r.gmtCreate + 2 * 24 * 3'600'000LL); // the device's clock, days ahead
        }
    }

    void clockSkewShiftsDeviceTime()
    {
        FleetGenerator fleet({1, 1, 5, 0, -60'000, {}});
        const SimMessage m = fleet.next(1'700'000'000'000);
        QCOMPARE(m.generateTime, 1'700'000'000'000 - 60'000);
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
