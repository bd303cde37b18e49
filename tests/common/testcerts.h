#pragma once

// Test helper: a CA and a server certificate with exactly the names a test
// asks for (subjectAltName), made with the openssl command line, in the
// layout linkscope-sim reads from --cert-dir (ca.pem, server.pem, server.key).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace testcerts {

inline bool run(const QString &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1: %2").arg(args.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

// `san` as openssl writes it: "DNS:localhost,IP:127.0.0.1", or empty for a
// certificate with no subjectAltName at all (only its CN).
inline bool make(const QString &dir, const QString &san, QString *error = nullptr,
                 const QString &commonName = QStringLiteral("linkscope test server"))
{
    QDir().mkpath(dir);
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\n");
    if (!san.isEmpty())
        ext.write("subjectAltName=" + san.toUtf8() + "\n");
    ext.close();
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return run(dir,
               QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                   + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                  QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=LinkScope test CA")},
               error)
        && run(dir,
               QStringList {QStringLiteral("req")} + ec
                   + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                  QStringLiteral("-out"), QStringLiteral("server.csr"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
               error)
        && run(dir,
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                QStringLiteral("3650"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
               error);
}

} // namespace testcerts
