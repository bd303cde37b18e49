// An options file turns into the same arguments as a command line, and
// anything it cannot mean is refused with its file and line.

#include "core/optionsfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

class TestOptionsFile : public QObject {
    Q_OBJECT

    QList<QCommandLineOption> m_known {
        {"endpoint", "e", "url"},
        {"appkey", "k", "key"},
        {"topic", "t", "filter"},
        {"exit-on-auth-failure", "switch"},
    };

    Result<QStringList> read(const QString &text)
    {
        return argumentsFromOptionsText(text, "x.conf", m_known);
    }

private slots:
    void linesBecomeArgumentsInOrder()
    {
        const auto args = read("# a comment\n\n endpoint = amqps://h:5671 \nappkey=123\n"
                               "topic = /a/+/thing/#\ntopic = /b/#\nexit-on-auth-failure\n");
        QVERIFY2(args, qPrintable(args.error()));
        QCOMPARE(*args,
                 QStringList({"--endpoint", "amqps://h:5671", "--appkey", "123", "--topic", "/a/+/thing/#",
                              "--topic", "/b/#", "--exit-on-auth-failure"}));
    }

    void quotesKeepSpacesAndDashesAreForgiven()
    {
        const auto args = read("--appkey = \" k \"\n");
        QVERIFY2(args, qPrintable(args.error()));
        QCOMPARE(*args, QStringList({"--appkey", " k "}));
    }

    void switchesTakeTrueOrFalse()
    {
        QCOMPARE(*read("exit-on-auth-failure = yes\n"), QStringList {"--exit-on-auth-failure"});
        QCOMPARE(*read("exit-on-auth-failure = false\n"), QStringList {});
        const auto bad = read("exit-on-auth-failure = maybe\n");
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains("x.conf:1") && bad.error().contains("switch"), qPrintable(bad.error()));
    }

    void mistakesAreRefusedWithTheirLine()
    {
        const auto unknown = read("appkey = 1\nappsecret = hunter2\n");
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains("x.conf:2")
                     && unknown.error().contains("unknown option \"appsecret\""),
                 qPrintable(unknown.error()));
        QVERIFY2(!unknown.error().contains("hunter2"), "the value of a refused line is not repeated");

        const auto pasted = read("appkey = 1\nhunter2\n");
        QVERIFY(!pasted);
        QVERIFY2(pasted.error().contains("x.conf:2") && !pasted.error().contains("hunter2"),
                 qPrintable(pasted.error()));

        const auto missing = read("\nendpoint\n");
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains("x.conf:2") && missing.error().contains("needs a value"),
                 qPrintable(missing.error()));

        const auto nested = read("config = other.conf\n");
        QVERIFY(!nested);
        QVERIFY2(nested.error().contains("cannot be given"), qPrintable(nested.error()));
    }

    void theCommandLineWinsOverTheFile()
    {
        QCommandLineParser p;
        p.addOptions(m_known);
        const auto fromFile = read("appkey = file\nendpoint = amqps://file:1\n");
        QVERIFY(fromFile);
        QVERIFY(p.parse(QStringList {"prog"} + *fromFile + QStringList {"--appkey", "cli"}));
        QCOMPARE(p.value("appkey"), QString("cli"));
        QCOMPARE(p.value("endpoint"), QString("amqps://file:1"));
    }

    void aFileThatCannotBeReadSaysSo()
    {
        QTemporaryDir dir;
        const auto r = argumentsFromOptionsFile(dir.filePath("nope.conf"), m_known);
        QVERIFY(!r);
        QVERIFY2(r.error().contains("nope.conf"), qPrintable(r.error()));
        QFile f(dir.filePath("ok.conf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("appkey = 7\n");
        f.close();
        QCOMPARE(*argumentsFromOptionsFile(f.fileName(), m_known), QStringList({"--appkey", "7"}));
    }
};

QTEST_GUILESS_MAIN(TestOptionsFile)
#include "tst_optionsfile.moc"
