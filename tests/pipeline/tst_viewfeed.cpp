#include "pipeline/viewfeed.h"

#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::transport;

namespace {

DeviceKey dev(int i)
{
    return {QStringLiteral("pk%1").arg(i % 3), QStringLiteral("dev%1").arg(i), {}};
}

PropertyReport value(const QString &id, const DeviceKey &d, const QString &attribute, double v, qint64 time)
{
    PropertyReport r;
    r.meta.messageId = id;
    r.meta.receivedAt = time;
    r.device = d;
    r.attribute = attribute;
    r.value = v;
    r.time = time;
    return r;
}

ViewUpdate last(const QSignalSpy &spy)
{
    return spy.last().at(0).value<ViewUpdate>();
}

ViewFeed::Limits manual()
{
    ViewFeed::Limits l;
    l.intervalMs = 3'600'000; // the test says when
    l.maxRows = 10;
    l.maxStatuses = 10;
    l.maxChartPoints = 5;
    return l;
}

} // namespace

class TestViewFeed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    void theLatestValueOfEachPropertyArrives()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        const qint64 t = 1'700'000'000'000;
        feed.addProperties({value("a", dev(1), "T", 1, t), value("b", dev(1), "T", 2, t + 10),
                            value("c", dev(1), "T", 0, t - 1000), // late: older, does not replace
                            value("d", dev(2), "T", 7, t)});
        feed.flushNow();
        QCOMPARE(updates.count(), 1);
        const ViewUpdate u = last(updates);
        QCOMPARE(u.sequence, 1ULL);
        QCOMPARE(u.latestValues.size(), 2);
        for (const PropertyReport &r : u.latestValues)
            QCOMPARE(r.value.toDouble(), r.device == dev(1) ? 2.0 : 7.0);
        QCOMPARE(u.devices.size(), 2);
        for (const DeviceView &d : u.devices)
            QCOMPARE(d.messages, d.device == dev(1) ? 3 : 1);
        QCOMPARE(u.log.size(), 4); // one row per message
        QCOMPARE(u.newestReceivedAt, t + 10);
        feed.applied(1);
        feed.flushNow();
        QCOMPARE(updates.count(), 1); // nothing new: nothing sent
    }

    void theNextUpdateWaitsForTheWindow()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        const qint64 t = 1'700'000'000'000;
        feed.addProperties({value("a", dev(1), "T", 1, t)});
        feed.flushNow();
        QCOMPARE(updates.count(), 1);
        // The window has not applied #1: everything merges, nothing is sent.
        for (int i = 0; i < 100; ++i) {
            feed.addProperties({value(QStringLiteral("m%1").arg(i), dev(1), "T", i, t + 1 + i)});
            feed.flushNow();
        }
        QCOMPARE(updates.count(), 1);
        // Every message: 99 came while the window was behind, and the first
        // one's row left the bounded log before an update took it.
        QCOMPARE(feed.merged(), 100ULL);
        feed.applied(1);
        feed.flushNow();
        QCOMPARE(updates.count(), 2);
        const ViewUpdate u = last(updates);
        QCOMPARE(u.latestValues.size(), 1);
        QCOMPARE(u.latestValues.first().value.toDouble(), 99.0); // the latest
        QCOMPARE(u.devices.first().messages, 101);
        QCOMPARE(u.merged, feed.merged()); // the window can say how much it thinned
    }

    void rowsAreBounded()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        QList<DeviceEvent> events;
        for (int i = 0; i < 50; ++i) {
            DeviceEvent e;
            e.meta.messageId = QStringLiteral("e%1").arg(i);
            e.meta.receivedAt = 1000 + i;
            e.device = dev(i);
            e.type = i % 2 ? EventType::Alert : EventType::Info;
            events << e;
        }
        feed.addEvents(events);
        feed.flushNow();
        const ViewUpdate u = last(updates);
        QCOMPARE(u.events.size(), 10); // the newest ten
        QCOMPARE(u.events.last().meta.messageId, QString("e49"));
        QCOMPARE(u.log.size(), 10);
        QCOMPARE(feed.merged(), 40ULL); // 40 messages never shown one by one, each counted once
        int alerts = 0;
        for (const DeviceView &d : u.devices)
            alerts += d.newAlerts;
        QCOMPARE(alerts, 25);
    }

    void chartedSeriesGetEveryValue()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        feed.setCharted({{dev(1), "T"}});
        QList<PropertyReport> reports;
        for (int i = 0; i < 4; ++i)
            reports << value(QStringLiteral("c%1").arg(i), dev(1), "T", i, 1000 + i)
                    << value(QStringLiteral("u%1").arg(i), dev(2), "T", i, 1000 + i);
        feed.addProperties(reports);
        feed.flushNow();
        const ViewUpdate u = last(updates);
        QCOMPARE(u.chartPoints.size(), 4); // all of the charted one, none of the other
        for (const PropertyReport &r : u.chartPoints)
            QCOMPARE(r.device, dev(1));
        QCOMPARE(u.latestValues.size(), 2);
    }

    void statusesAndTheOnlineState()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        StatusChange on, off;
        on.meta.messageId = "s1";
        on.meta.receivedAt = 10;
        on.device = dev(5);
        on.online = true;
        on.time = 10;
        off = on;
        off.meta.messageId = "s0";
        off.online = false;
        off.time = 5; // older
        feed.addStatuses({on, off});
        feed.flushNow();
        const ViewUpdate u = last(updates);
        QCOMPARE(u.statuses.size(), 2); // the timeline gets both
        QCOMPARE(u.devices.size(), 1);
        QCOMPARE(u.devices.first().online, std::optional<bool>(true)); // the newest state
    }

    void rowsKeepTheBytesOfWhatWasNotDecoded()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        Rejected bad;
        bad.meta.messageId = "bad";
        bad.meta.topic = "/pk/lamp1/thing/event/property/post";
        bad.meta.receivedAt = 5;
        bad.payload = "{\"items\":";
        bad.reason = "truncated JSON at byte 9";
        feed.addRejects({bad});
        RawMessage raw;
        raw.meta.messageId = "raw";
        raw.meta.topic = "/pk/lamp1/user/custom";
        raw.meta.receivedAt = 6;
        raw.payload = QByteArray("\x01\x02", 2);
        feed.addOther({DecodedMessage(raw)});
        feed.flushNow();
        const ViewUpdate u = last(updates);
        QCOMPARE(u.log.size(), 2);
        QCOMPARE(u.log[0].kind, MessageKind::Rejected);
        QCOMPARE(u.log[0].reason, bad.reason);
        QCOMPARE(u.log[0].meta.payload, bad.payload); // the inspector shows what could not be read
        QCOMPARE(u.log[0].device, (DeviceKey {"pk", "lamp1", {}}));
        QCOMPARE(u.log[1].kind, MessageKind::Raw);
        QCOMPARE(u.log[1].meta.payload, raw.payload);
        QCOMPARE(u.rejects.size(), 1);
        QCOMPARE(u.rejects[0], u.log[0]); // the Rejected tab lists the same row
    }

    void reportsOfOnePostAreOneMessage()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        const qint64 t = 1'700'000'000'000;
        feed.addProperties({value("p1", dev(1), "T", 1, t), value("p1", dev(1), "H", 40, t),
                            value("p2", dev(1), "T", 2, t + 1)});
        feed.flushNow();
        const ViewUpdate u = last(updates);
        QCOMPARE(u.devices.size(), 1);
        QCOMPARE(u.devices.first().messages, 2);
        QCOMPARE(u.devices.first().perMinute, 2);
        QCOMPARE(u.log.size(), 2);
        QCOMPARE(u.latestValues.size(), 2); // T and H
    }

    void ratesFallAsTheMinutePasses()
    {
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        const qint64 t = 1'700'000'000'000;
        qint64 now = t;
        feed.setNow([&] { return now; });
        feed.addProperties({value("a", dev(1), "T", 1, t), value("b", dev(1), "T", 2, t + 10)});
        feed.addProperties({value("c", dev(2), "T", 3, t + 30'000)});
        feed.tick();
        QCOMPARE(updates.count(), 1);
        feed.applied(1);
        now = t + 40'000; // both still within their minute: no change to say
        feed.tick();
        QCOMPARE(updates.count(), 1);
        now = t + 61'000; // dev1's two messages are over a minute old, dev2's is not
        feed.tick();
        QCOMPARE(updates.count(), 2);
        ViewUpdate u = last(updates);
        QCOMPARE(u.devices.size(), 1);
        QCOMPARE(u.devices.first().device, dev(1));
        QCOMPARE(u.devices.first().perMinute, 0);
        QCOMPARE(u.devices.first().messages, 2); // the count stays
        feed.applied(2);
        now = t + 91'000;
        feed.tick();
        QCOMPARE(updates.count(), 3);
        u = last(updates);
        QCOMPARE(u.devices.size(), 1);
        QCOMPARE(u.devices.first().device, dev(2));
        QCOMPARE(u.devices.first().perMinute, 0);
    }

    void aHundredThousandMessagesAreAFewUpdates()
    {
        // The contract: whatever the rate, one update per interval, bounded.
        ViewFeed feed(manual());
        QSignalSpy updates(&feed, &ViewFeed::updated);
        const qint64 t = 1'700'000'000'000;
        for (int batch = 0; batch < 100; ++batch) {
            QList<PropertyReport> reports;
            for (int i = 0; i < 1000; ++i) {
                const int n = batch * 1000 + i;
                reports << value(QStringLiteral("m%1").arg(n), dev(n % 2000), "T", n, t + n);
            }
            feed.addProperties(reports);
            if (batch % 10 == 9) { // ten intervals
                feed.flushNow();
                feed.applied(updates.count());
            }
        }
        QCOMPARE(updates.count(), 10);
        for (int k = 0; k < updates.count(); ++k) {
            // 10,000 messages an interval over 2,000 devices: five values of
            // each property became one, the newest; the log keeps its bound.
            const ViewUpdate u = updates.at(k).at(0).value<ViewUpdate>();
            QCOMPARE(u.latestValues.size(), 2000);
            QCOMPARE(u.devices.size(), 2000);
            QCOMPARE(u.log.size(), 10);
            for (const PropertyReport &r : u.latestValues) {
                const int d = r.device.deviceName.mid(3).toInt();
                QCOMPARE(r.value.toInt(), k * 10'000 + 8000 + d);
            }
            QCOMPARE(u.log.last().meta.messageId, QStringLiteral("m%1").arg(k * 10'000 + 9999));
        }
    }
};

QTEST_GUILESS_MAIN(TestViewFeed)
#include "tst_viewfeed.moc"
