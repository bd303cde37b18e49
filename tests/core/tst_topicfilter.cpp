#include "core/topicfilter.h"

#include <QtTest>

using namespace linkscope;

class TestTopicFilter : public QObject {
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << "/pk/dn/thing/lifecycle"
                               << "/pk/dn/thing/lifecycle" << true;
        QTest::newRow("exact differs") << "/pk/dn/thing/lifecycle"
                                       << "/pk/dn/thing/lifecycle2" << false;
        QTest::newRow("# rest") << "/pk/dn/#"
                                << "/pk/dn/thing/event/property/post" << true;
        QTest::newRow("# zero levels") << "/pk/dn/#"
                                       << "/pk/dn" << true;
        QTest::newRow("# other device") << "/pk/dn/#"
                                        << "/pk/dn2/thing/lifecycle" << false;
        QTest::newRow("# everything") << "#"
                                      << "/any/thing" << true;
        QTest::newRow("+ one level") << "/pk/+/thing/lifecycle"
                                     << "/pk/dev9/thing/lifecycle" << true;
        QTest::newRow("+ not two") << "/pk/+/lifecycle"
                                   << "/pk/a/b/lifecycle" << false;
        QTest::newRow("+ empty level") << "/pk/+/x"
                                       << "/pk//x" << true;
        QTest::newRow("+ then #") << "/+/+/thing/event/+/post"
                                  << "/pk/dn/thing/event/Alarm/post" << true;
        QTest::newRow("too short") << "/pk/+/thing"
                                   << "/pk/dn" << false;
        QTest::newRow("too long") << "/pk/+"
                                  << "/pk/dn/thing" << false;
        QTest::newRow("status") << "/mqtt/status/#"
                                << "/mqtt/status/pk/dn" << true;
        QTest::newRow("prefix is not a level") << "/pk/d/#"
                                               << "/pk/dn/x" << false;
    }
    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, topic);
        QFETCH(bool, match);
        const auto f = TopicFilter::parse(pattern);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f->matches(topic), match);
    }

    void rejectsBadPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "the topic filter is empty";
        QTest::newRow("# in middle") << "/pk/#/x"
                                     << "in \"/pk/#/x\", # must be the last level";
        QTest::newRow("mixed +") << "/pk/dn+/x"
                                 << "in \"/pk/dn+/x\", the level \"dn+\" mixes a wildcard with text; "
                                    "+ and # must stand alone between slashes";
        QTest::newRow("mixed #") << "/pk/a#"
                                 << "in \"/pk/a#\", the level \"a#\" mixes a wildcard with text; "
                                    "+ and # must stand alone between slashes";
    }
    void rejectsBadPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        const auto f = TopicFilter::parse(pattern);
        QVERIFY(!f.ok());
        QCOMPARE(f.error(), reason);
    }

    void specificPatternWins()
    {
        TopicFilterSet set;
        QVERIFY(set.add(QStringLiteral("/#")).ok());
        QVERIFY(set.add(QStringLiteral("/pk/dn/thing/lifecycle")).ok());
        QVERIFY(set.add(QStringLiteral("/pk/+/thing/lifecycle")).ok());
        // "/#" sorts before the exact pattern, yet the exact one wins.
        QCOMPARE(set.route(u"/pk/dn/thing/lifecycle"),
                 std::optional<QString>(QStringLiteral("/pk/dn/thing/lifecycle")));
        QCOMPARE(set.route(u"/pk/other/thing/lifecycle"), std::optional<QString>(QStringLiteral("/#")));
    }

    void alphabeticallyFirstOfGenericMatches()
    {
        TopicFilterSet set;
        QVERIFY(set.add(QStringLiteral("/pk/dn/#")).ok());
        QVERIFY(set.add(QStringLiteral("/pk/+/thing/#")).ok());
        QVERIFY(set.add(QStringLiteral("/+/dn/#")).ok());
        QCOMPARE(set.route(u"/pk/dn/thing/lifecycle"), std::optional<QString>(QStringLiteral("/+/dn/#")));
        QCOMPARE(set.route(u"/pk/dn2/thing/x"), std::optional<QString>(QStringLiteral("/pk/+/thing/#")));
        QCOMPARE(set.route(u"/other/x"), std::nullopt);
        QVERIFY(!set.accepts(u"/other/x"));
    }

    void addingTwiceIsOnce()
    {
        TopicFilterSet set;
        QCOMPARE(set.add(QStringLiteral("/a/#")).value(), true);
        QCOMPARE(set.add(QStringLiteral("/a/#")).value(), false);
        QCOMPARE(set.size(), 1);
        QVERIFY(!set.add(QStringLiteral("/a/#/b")).ok());
        QCOMPARE(set.size(), 1);
    }

    void emptySetAcceptsAll()
    {
        TopicFilterSet set;
        QVERIFY(set.accepts(u"/anything"));
        QCOMPARE(set.route(u"/anything"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTopicFilter)
#include "tst_topicfilter.moc"
