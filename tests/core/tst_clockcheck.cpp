#include "core/clockcheck.h"

#include <QtTest>

using namespace linkscope;

namespace {
constexpr qint64 kNow = 1'760'000'000'000; // the cloud's time of the message
constexpr qint64 kDay = 24 * 3'600'000LL;
constexpr qint64 kWindow = 10 * 60'000;

PropertyPost post(qint64 deviceTime, qint64 gmtCreate = kNow, qint64 receivedAt = kNow + 50)
{
    PropertyReport r;
    r.meta.messageId = "m";
    r.meta.receivedAt = receivedAt;
    r.attribute = "T";
    r.value = 1;
    r.time = deviceTime;
    r.gmtCreate = gmtCreate;
    PropertyPost p;
    p.meta = r.meta;
    p.reports = {r};
    return p;
}
} // namespace

class TestClockCheck : public QObject {
    Q_OBJECT

private slots:
    void deviceTimes_data()
    {
        QTest::addColumn<qint64>("deviceTime");
        QTest::addColumn<qint64>("gmtCreate");
        QTest::addColumn<qint64>("receivedAt");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<qint64>("skew");
        QTest::newRow("on time") << kNow - 20 << kNow << kNow + 50 << kNow - 20 << 0LL;
        QTest::newRow("within the window") << kNow + kWindow - 1 << kNow << kNow << kNow + kWindow - 1 << 0LL;
        QTest::newRow("three days ahead") << kNow + 3 * kDay << kNow << kNow + 50 << kNow << 3 * kDay;
        QTest::newRow("reset to 1970") << 5000LL << kNow << kNow + 50 << kNow << 5000 - kNow;
        // Delivered a day late from the offline queue: the cloud's time is
        // as old as the device's, so the device's time stands.
        QTest::newRow("redelivered late")
            << kNow - kDay + 10 << kNow - kDay << kNow << kNow - kDay + 10 << 0LL;
        // A cloud time ahead of our receipt is not believed either.
        QTest::newRow("cloud time ahead") << kNow + 2 * kDay << kNow + 2 * kDay << kNow << kNow << 2 * kDay;
    }
    void deviceTimes()
    {
        QFETCH(qint64, deviceTime);
        QFETCH(qint64, gmtCreate);
        QFETCH(qint64, receivedAt);
        QFETCH(qint64, expected);
        QFETCH(qint64, skew);
        DecodedMessage m = post(deviceTime, gmtCreate, receivedAt);
        checkDeviceClock(m, kWindow);
        const PropertyPost &p = std::get<PropertyPost>(m);
        QCOMPARE(p.reports.first().time, expected);
        QCOMPARE(p.reports.first().meta.clockSkewMs, skew);
        QCOMPARE(p.meta.clockSkewMs, skew);
    }

    void statusAndEvents()
    {
        StatusChange s;
        s.meta.receivedAt = kNow;
        s.gmtCreate = kNow;
        s.time = kNow + 365 * kDay;
        DecodedMessage m = s;
        checkDeviceClock(m, kWindow);
        QCOMPARE(std::get<StatusChange>(m).time, kNow);
        DeviceEvent e;
        e.meta.receivedAt = kNow;
        e.meta.generateTime = kNow - 100;
        e.time = kNow + kDay;
        m = e;
        checkDeviceClock(m, kWindow);
        QCOMPARE(std::get<DeviceEvent>(m).time, kNow - 100);
        QCOMPARE(std::get<DeviceEvent>(m).meta.clockSkewMs, kDay + 100);
    }

    void aWindowOfZeroChecksNothing()
    {
        DecodedMessage m = post(kNow + 3 * kDay);
        checkDeviceClock(m, 0);
        QCOMPARE(std::get<PropertyPost>(m).reports.first().time, kNow + 3 * kDay);
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
