#include "core/secret.h"

#include <QtTest>

using namespace linkscope;

namespace {
QStringList g_logged;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logged << msg;
}
} // namespace

class TestSecret : public QObject {
    Q_OBJECT

private slots:
    void debugOutputIsRedacted()
    {
        const Secret s = Secret::fromString(QStringLiteral("hunter2-appsecret"));
        g_logged.clear();
        const auto previous = qInstallMessageHandler(capture);
        qDebug() << "connecting with" << s;
        qInstallMessageHandler(previous);
        QCOMPARE(g_logged.size(), 1);
        QVERIFY(!g_logged.first().contains(u"hunter2"));
        QVERIFY(g_logged.first().contains(u"<redacted>"));
    }

    void revealGivesTheBytes()
    {
        const Secret s(QByteArray("k\0ey", 4));
        QCOMPARE(s.reveal(), QByteArray("k\0ey", 4));
        QVERIFY(!s.isEmpty());
        QVERIFY(Secret().isEmpty());
    }

    void copiesShareUntilTheLastGoes()
    {
        auto *a = new Secret(Secret::fromString(QStringLiteral("abc")));
        const Secret b = *a;
        delete a; // must not wipe the buffer b still uses
        QCOMPARE(b.reveal(), QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
