#include "sim/certificates.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::sim;

class TestCertificates : public QObject {
    Q_OBJECT

private slots:
    void generatesAChainForLoopback()
    {
        QTemporaryDir dir;
        const auto files = ensureCertificates(dir.filePath(QStringLiteral("certs")));
        QVERIFY2(files.ok(), qPrintable(files.error()));
        const auto ca = QSslCertificate::fromPath(files->caFile);
        const auto server = QSslCertificate::fromPath(files->certFile);
        QCOMPARE(ca.size(), 1);
        QCOMPARE(server.size(), 1);
        // Verified by OpenSSL's own tool, as a client would: chain to our CA, for 127.0.0.1.
        for (const QString &check :
             {QStringLiteral("-verify_ip=127.0.0.1"), QStringLiteral("-verify_hostname=localhost")}) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("verify"), QStringLiteral("-CAfile"), files->caFile,
                           check.section(u'=', 0, 0), check.section(u'=', 1), files->certFile});
            QVERIFY(openssl.waitForFinished(10000));
            QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
            QVERIFY(openssl.readAllStandardOutput().contains(": OK"));
        }
        const auto san = server.first().subjectAlternativeNames();
        QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QCOMPARE(server.first().issuerDisplayName(), ca.first().subjectDisplayName());
        QVERIFY(server.first().expiryDate() > QDateTime::currentDateTime().addYears(5));
        QCOMPARE(QFile::permissions(files->keyFile) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void reusesExistingFiles()
    {
        QTemporaryDir dir;
        const auto a = ensureCertificates(dir.path());
        const QByteArray before = QSslCertificate::fromPath(a->certFile).first().toPem();
        const auto b = ensureCertificates(dir.path());
        QCOMPARE(QSslCertificate::fromPath(b->certFile).first().toPem(), before);
    }

    void unwritableDirectoryIsAnError()
    {
        const auto r = ensureCertificates(QStringLiteral("/proc/linkscope-cannot-write-here"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().startsWith(u"cannot create the certificate directory"));
    }
};

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
