#include "core/messagekind.h"

#include <QtTest>

using namespace linkscope;

class TestMessageKind : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        QSet<QString> seen;
        for (int i = 0; i < MessageKindCount; ++i) {
            const auto kind = MessageKind(i);
            const QString name = kindName(kind);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(kindFromName(name), std::optional<MessageKind>(kind));
        }
        QCOMPARE(kindFromName(u"Property"), std::nullopt); // names are exact
        QCOMPARE(kindName(MessageKind::ServiceReply), QStringLiteral("serviceReply"));
    }
};

QTEST_GUILESS_MAIN(TestMessageKind)
#include "tst_messagekind.moc"
