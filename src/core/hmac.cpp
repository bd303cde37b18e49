#include "hmac.h"

#include <QMessageAuthenticationCode>

namespace linkscope {

namespace {
QCryptographicHash::Algorithm algorithm(SignMethod method)
{
    switch (method) {
    case SignMethod::HmacSha1:
        return QCryptographicHash::Sha1;
    case SignMethod::HmacSha256:
        return QCryptographicHash::Sha256;
    case SignMethod::HmacSha384:
        return QCryptographicHash::Sha384;
    case SignMethod::HmacSha512:
        return QCryptographicHash::Sha512;
    case SignMethod::HmacMd5:
        return QCryptographicHash::Md5;
    }
    return QCryptographicHash::Sha256;
}
} // namespace

QString signMethodName(SignMethod method)
{
    switch (method) {
    case SignMethod::HmacSha1:
        return QStringLiteral("SHA1");
    case SignMethod::HmacSha256:
        return QStringLiteral("SHA256");
    case SignMethod::HmacSha384:
        return QStringLiteral("SHA384");
    case SignMethod::HmacSha512:
        return QStringLiteral("SHA512");
    case SignMethod::HmacMd5:
        return QStringLiteral("HMACMD5");
    }
    return {};
}

std::optional<SignMethod> signMethodFromName(QStringView name)
{
    QString n = name.trimmed().toString().toUpper();
    if (n.startsWith(u"HMAC") && n != u"HMACMD5")
        n.remove(0, 4);
    if (n == u"SHA1")
        return SignMethod::HmacSha1;
    if (n == u"SHA256")
        return SignMethod::HmacSha256;
    if (n == u"SHA384")
        return SignMethod::HmacSha384;
    if (n == u"SHA512")
        return SignMethod::HmacSha512;
    if (n == u"HMACMD5" || n == u"MD5")
        return SignMethod::HmacMd5;
    return std::nullopt;
}

QByteArray hmac(SignMethod method, const Secret &key, QByteArrayView data)
{
    QMessageAuthenticationCode mac(algorithm(method), key.reveal());
    mac.addData(data.data(), data.size());
    return mac.result();
}

QByteArray hmacHex(SignMethod method, const Secret &key, QByteArrayView data)
{
    return hmac(method, key, data).toHex();
}

QByteArray hmacBase64(SignMethod method, const Secret &key, QByteArrayView data)
{
    return hmac(method, key, data).toBase64();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace linkscope
