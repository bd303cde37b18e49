#pragma once

#include "core/result.h"

#include <QList>
#include <QSslConfiguration>
#include <QString>

namespace linkscope::sim {

// The emulator's TLS identity: a CA of its own and a server certificate for
// 127.0.0.1, ::1 and localhost that the CA signed.
struct CertificateFiles {
    QString caFile; // what a client is told to trust
    QString certFile; // server certificate (PEM)
    QString keyFile; // server private key (PEM)
};

// Uses the files in `dir` when they are there, or generates them (EC P-256,
// valid for 10 years) on first start.
Result<CertificateFiles> ensureCertificates(const QString &dir);

// A listener's TLS settings with these files, offering `alpn`; says which file it cannot read.
Result<QSslConfiguration> serverTlsConfiguration(const CertificateFiles &files,
                                                 const QList<QByteArray> &alpn);

} // namespace linkscope::sim
