#include "apigatewaysigner.h"

#include "hmac.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace linkscope {

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

SignedApiRequest signApiGatewayRequest(const ApiGatewayRequest &r, const Secret &appSecret)
{
    const QByteArray accept = "application/json";
    const QByteArray contentType = "application/octet-stream; charset=utf-8";
    const QByteArray contentMd5 = QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toBase64();
    const QByteArray date = httpDate(r.date);

    // The x-ca-* headers that are signed, sorted by lowercase name.
    HeaderList signedHeaders = {
        {"x-ca-key", r.appKey.toUtf8()},
        {"x-ca-nonce", r.nonce.toUtf8()},
        {"x-ca-signature-method", "HmacSHA256"},
        {"x-ca-timestamp", QByteArray::number(r.timestamp)},
    };
    std::sort(signedHeaders.begin(), signedHeaders.end());

    QByteArray s = "POST\n" + accept + '\n' + contentMd5 + '\n' + contentType + '\n' + date + '\n';
    QByteArrayList names;
    for (const auto &[name, value] : signedHeaders) {
        s += name + ':' + value + '\n';
        names << name;
    }
    s += r.path.toUtf8();

    SignedApiRequest out;
    out.stringToSign = s;
    out.headers = {
        {"Date", date},
        {"Accept", accept},
        {"Content-Type", contentType},
        {"Content-MD5", contentMd5},
        {"X-Ca-Key", r.appKey.toUtf8()},
        {"X-Ca-Nonce", r.nonce.toUtf8()},
        {"X-Ca-Timestamp", QByteArray::number(r.timestamp)},
        {"X-Ca-Signature-Method", "HmacSHA256"},
        {"X-Ca-Signature-Headers", names.join(',')},
        {"X-Ca-Signature", hmacBase64(SignMethod::HmacSha256, appSecret, s)},
    };
    return out;
}

} // namespace linkscope
