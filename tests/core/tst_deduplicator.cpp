#include "core/deduplicator.h"

#include <QtTest>

using namespace linkscope;

class TestDeduplicator : public QObject {
    Q_OBJECT

private slots:
    void secondSightingIsDuplicate()
    {
        Deduplicator d(10);
        QVERIFY(d.insert(QStringLiteral("a")));
        QVERIFY(!d.insert(QStringLiteral("a")));
        QVERIFY(d.insert(QStringLiteral("b")));
        QVERIFY(d.contains(QStringLiteral("a")));
        QCOMPARE(d.size(), 2);
    }

    void memoryIsBounded()
    {
        Deduplicator d(100);
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(d.insert(QString::number(i)));
        QCOMPARE(d.size(), 100);
        // The newest 100 are remembered, the older ones forgotten.
        QVERIFY(!d.insert(QString::number(9'999)));
        QVERIFY(!d.insert(QString::number(9'900)));
        QVERIFY(d.insert(QString::number(9'899)));
        QCOMPARE(d.size(), 100);
    }

    void removeForgetsAndSlotIsReused()
    {
        Deduplicator d(3);
        d.insert(QStringLiteral("a"));
        d.insert(QStringLiteral("b"));
        d.remove(QStringLiteral("a"));
        QVERIFY(!d.contains(QStringLiteral("a")));
        QVERIFY(d.insert(QStringLiteral("a"))); // seen again: new again
        d.insert(QStringLiteral("c"));
        d.insert(QStringLiteral("d")); // evicts the oldest slot ("a", first insert)
        QVERIFY(d.size() <= 3);
        QVERIFY(d.contains(QStringLiteral("d")));
        QVERIFY(d.contains(QStringLiteral("c")));
    }

    void boundedInBytesToo()
    {
        // Ids are the peer's choice: long ones fill bytes long before the count.
        Deduplicator d(100'000, 64 * 1024);
        for (int i = 0; i < 5000; ++i)
            d.insert(QStringLiteral("%1-").arg(i) + QString(200, u'x'));
        QVERIFY2(d.bytes() <= 64 * 1024, qPrintable(QString::number(d.bytes())));
        QVERIFY(d.size() < 200);
        QVERIFY(d.contains(QStringLiteral("4999-") + QString(200, u'x'))); // the newest stay
        QVERIFY(!d.contains(QStringLiteral("0-") + QString(200, u'x')));
    }

    void clearForgetsAll()
    {
        Deduplicator d(5);
        d.insert(QStringLiteral("x"));
        d.clear();
        QCOMPARE(d.size(), 0);
        QVERIFY(d.insert(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestDeduplicator)
#include "tst_deduplicator.moc"
