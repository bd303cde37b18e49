#include "core/csv.h"

#include <QtTest>

using namespace linkscope;

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "Temperature"
                               << "Temperature";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "two\nlines"
                                 << "\"two\nlines\"";
        // Spreadsheet formulas from device text stay text.
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+cmd|' /C calc'!A0"
                              << "'+cmd|' /C calc'!A0";
        QTest::newRow("minus text") << "-2+3"
                                    << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "\"'\r=1\"";
        // Numbers stay numbers.
        QTest::newRow("negative number") << "-5.25"
                                         << "-5.25";
        QTest::newRow("signed exponent") << "+1e3"
                                         << "+1e3";
        QTest::newRow("empty") << ""
                               << "";
    }
    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void rows() { QCOMPARE(csvRow({"1", "=x", "a,b"}), QByteArray("1,'=x,\"a,b\"\r\n")); }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
