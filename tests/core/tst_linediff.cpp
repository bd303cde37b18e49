#include "core/linediff.h"

#include <QtTest>

using namespace linkscope;

namespace {
QString render(const QList<DiffLine> &lines)
{
    QString s;
    for (const DiffLine &l : lines)
        s += QLatin1Char(l.op == DiffLine::Same ? ' ' : l.op == DiffLine::Added ? '+' : '-') + l.text + u'\n';
    return s;
}
QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(u'\n');
}
} // namespace

class TestLineDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalTextsAreAllSame()
    {
        const QStringList a = split("{\na\nb\n}");
        const auto d = diffLines(a, a);
        QCOMPARE(d.size(), 4);
        for (const auto &l : d)
            QCOMPARE(l.op, DiffLine::Same);
    }

    void changedValueIsOneRemovedOneAdded()
    {
        const auto d = diffLines(split("{\n  \"t\": 21.5,\n  \"h\": 40\n}"),
                                 split("{\n  \"t\": 22.0,\n  \"h\": 40\n}"));
        QCOMPARE(render(d), QStringLiteral(" {\n-  \"t\": 21.5,\n+  \"t\": 22.0,\n   \"h\": 40\n }\n"));
    }

    void insertionsAndDeletionsInTheMiddle()
    {
        const auto d = diffLines(split("a\nb\nc\nd\ne"), split("a\nc\nx\nd\ne\nf"));
        QCOMPARE(render(d), QStringLiteral(" a\n-b\n c\n+x\n d\n e\n+f\n"));
    }

    void emptySides()
    {
        QCOMPARE(render(diffLines({}, split("a\nb"))), QStringLiteral("+a\n+b\n"));
        QCOMPARE(render(diffLines(split("a"), {})), QStringLiteral("-a\n"));
        QVERIFY(diffLines({}, {}).isEmpty());
    }

    void overTheLimitComparesAsAWhole()
    {
        QStringList a, b;
        for (int i = 0; i < 50; ++i) {
            a << QString::number(i);
            b << QString::number(i * 7);
        }
        a.prepend(QStringLiteral("head"));
        b.prepend(QStringLiteral("head"));
        const auto d = diffLines(a, b, 10);
        QCOMPARE(d.first(), (DiffLine {DiffLine::Same, QStringLiteral("head")}));
        int removed = 0, added = 0;
        for (const auto &l : d) {
            removed += l.op == DiffLine::Removed;
            added += l.op == DiffLine::Added;
        }
        QCOMPARE(removed, 49); // "0" is common to both
        QCOMPARE(added, 49);
    }
};

QTEST_APPLESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
