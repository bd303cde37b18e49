// Which names a server certificate must hold, on both transports: an
// endpoint given as an IP address is trusted when the certificate names that
// IP in subjectAltName, a DNS name when it names that name; anything else is
// refused, and the refusal says which names the certificate holds.

#include "common/simprocess.h"
#include "common/testcerts.h"
#include "pipelinefixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;

class TestTlsNames : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { registerMessageTypes(); }

    void certificateNames_data()
    {
        QTest::addColumn<QString>("san");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("http2");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("words"); // in the refusal, |-separated
        for (bool http2 : {false, true}) {
            const char *p = http2 ? "http2" : "amqp";
            // The broker: both names.
            QTest::addRow("%s both names, by IP", p) << "DNS:localhost,IP:127.0.0.1"
                                                     << "127.0.0.1" << http2 << true << "";
            QTest::addRow("%s both names, by name", p) << "DNS:localhost,IP:127.0.0.1"
                                                       << "localhost" << http2 << true << "";
            QTest::addRow("%s IP only, by IP", p) << "IP:127.0.0.1"
                                                  << "127.0.0.1" << http2 << true << "";
            QTest::addRow("%s IP only, by name", p)
                << "IP:127.0.0.1"
                << "localhost" << http2 << false << "the certificate is for 127.0.0.1, not for localhost";
            QTest::addRow("%s DNS only, by name", p) << "DNS:localhost"
                                                     << "localhost" << http2 << true << "";
            QTest::addRow("%s DNS only, by IP", p)
                << "DNS:localhost"
                << "127.0.0.1" << http2 << false << "the certificate is for localhost, not for 127.0.0.1";
            QTest::addRow("%s another name", p)
                << "DNS:iot.example.invalid,DNS:backup.example.invalid"
                << "127.0.0.1" << http2 << false
                << "iot.example.invalid|backup.example.invalid|not for 127.0.0.1";
        }
    }

    void certificateNames()
    {
        QFETCH(QString, san);
        QFETCH(QString, host);
        QFETCH(bool, http2);
        QFETCH(bool, trusted);
        QFETCH(QString, words);
        const QString certs = m_dir.filePath(QString(san).replace(u':', u'_').replace(u',', u'-'));
        if (!QFile::exists(certs + "/server.pem")) {
            QString error;
            QVERIFY2(testcerts::make(certs, san, &error), qPrintable(error));
        }
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start(
                     {"--appkey", "testKey", "--appsecret", "testSecret", "--cert-dir", certs, "--rate", "5"},
                     &error),
                 qPrintable(error));
        SubscriberProfile p;
        p.protocol = http2 ? PushProtocol::Http2 : PushProtocol::Amqp;
        p.host = host;
        p.port = quint16(http2 ? sim.http2Port() : sim.amqpPort());
        p.caFile = certs + "/ca.pem";
        p.appKey = "testKey";
        p.appSecret = Secret::fromString("testSecret");
        p.clientId = "tst-tlsnames";
        Pipeline pipe(p, m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag())));
        QVERIFY2(pipe.startError.isEmpty(), qPrintable(pipe.startError));
        QString detail;
        if (trusted) {
            QTRY_VERIFY_WITH_TIMEOUT(pipe.sawState(ConnectionState::Subscribed), 15000);
            QVERIFY(!pipe.sawState(ConnectionState::TlsFailed));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(pipe.sawState(ConnectionState::TlsFailed, &detail), 15000);
            for (const QString &w : words.split(u'|'))
                QVERIFY2(detail.contains(w), qPrintable(detail));
            QVERIFY(!pipe.sawState(ConnectionState::Subscribed));
            // Nothing was sent to a server the certificate does not name.
            QVERIFY2(!sim.log().contains(u"auth"), qPrintable(sim.log()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsNames)
#include "tst_tlsnames.moc"
