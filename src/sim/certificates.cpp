#include "certificates.h"

#include "core/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace linkscope::sim {

namespace {

struct Deleter {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
template<typename T> using Ptr = std::unique_ptr<T, Deleter>;

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Ptr<X509> makeCert(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey, long serial,
                   bool isCa)
{
    Ptr<X509> cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("LinkScope emulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok &= addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok &= addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        ok &= addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok &= addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok &= addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok &= addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok &= addExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost");
        ok &= addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

bool writePem(const QString &path, X509 *cert, EVP_PKEY *key)
{
    Ptr<BIO> bio(BIO_new_file(QFile::encodeName(path).constData(), "w"));
    if (!bio)
        return false;
    if (cert)
        return PEM_write_bio_X509(bio.get(), cert) == 1;
    return PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
}

} // namespace

Result<CertificateFiles> ensureCertificates(const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error {QStringLiteral("cannot create the certificate directory %1").arg(dirPath)};
    CertificateFiles files {dir.filePath(QStringLiteral("ca.pem")),
                            dir.filePath(QStringLiteral("server.pem")),
                            dir.filePath(QStringLiteral("server.key"))};
    if (QFile::exists(files.caFile) && QFile::exists(files.certFile) && QFile::exists(files.keyFile))
        return files;

    Ptr<EVP_PKEY> caKey(EVP_EC_gen("P-256"));
    Ptr<EVP_PKEY> serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return Error {QStringLiteral("OpenSSL could not generate a key")};
    Ptr<X509> ca = makeCert(caKey.get(), "LinkScope emulator CA", nullptr, nullptr, 1, true);
    if (!ca)
        return Error {QStringLiteral("OpenSSL could not make the CA certificate")};
    Ptr<X509> server = makeCert(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(), 2, false);
    if (!server)
        return Error {QStringLiteral("OpenSSL could not make the server certificate")};
    // The key is written first and readable by its owner only.
    // 0600 from the moment it exists: made empty and private, then filled.
    QFile::remove(files.keyFile);
    if (!createPrivateFile(files.keyFile) || !writePem(files.keyFile, nullptr, serverKey.get()))
        return Error {QStringLiteral("cannot write %1").arg(files.keyFile)};
    if (!writePem(files.certFile, server.get(), nullptr) || !writePem(files.caFile, ca.get(), nullptr))
        return Error {QStringLiteral("cannot write the certificates in %1").arg(dirPath)};
    return files;
}

Result<QSslConfiguration> serverTlsConfiguration(const CertificateFiles &files, const QList<QByteArray> &alpn)
{
    const auto certs = QSslCertificate::fromPath(files.certFile);
    QFile keyFile(files.keyFile);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read the server certificate or key in %1").arg(files.certFile)};
    const QSslKey key(&keyFile, QSsl::Ec);
    if (key.isNull())
        return Error {QStringLiteral("cannot read the private key %1").arg(files.keyFile)};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certs.first());
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setAllowedNextProtocols(alpn);
    return config;
}

} // namespace linkscope::sim
