#include "apigatewaysigner.h"

#include "hmac.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace linkscope {

namespace {

// Headers the Darabonba signers never sign (UTIL-go, UTIL-cpp).
bool teaSkipsHeader(const QByteArray &lowerName)
{
    static const QByteArrayList skip = {"x-ca-signature", "x-ca-signature-headers",
                                        "accept",         "content-md5",
                                        "content-type",   "date",
                                        "host",           "token",
                                        "user-agent"};
    return skip.contains(lowerName);
}

const QByteArray kUserAgent = "LinkScope";

} // namespace

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

QByteArray contentMd5(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
}

QByteArray gatewayStringToSign(const GatewayStringParts &p)
{
    QByteArray s
        = p.method + '\n' + p.accept + '\n' + p.contentMd5 + '\n' + p.contentType + '\n' + p.date + '\n';
    QByteArrayList lines;
    lines.reserve(p.signedHeaders.size());
    for (const auto &[name, value] : p.signedHeaders)
        lines << name + ':' + value;
    s += lines.join('\n');
    s += '\n';
    s += p.url;
    return s;
}

QByteArray gatewaySignature(const Secret &appSecret, const QByteArray &stringToSign)
{
    return hmacBase64(SignMethod::HmacSha256, appSecret, stringToSign);
}

QByteArray gatewayUrl(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &params)
{
    if (params.isEmpty())
        return path;
    auto sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QByteArrayList parts;
    for (const auto &[key, value] : sorted)
        parts << (value.isEmpty() ? key : key + '=' + value);
    return path + '?' + parts.join('&');
}

SignedApiRequest signApiGatewayRequest(const ApiGatewayRequest &r, const Secret &appSecret)
{
    const bool tea = r.style == GatewaySdkStyle::Tea;
    const QByteArray md5 = contentMd5(r.body);
    HeaderList headers;
    if (tea) {
        headers = {
            {"host", r.host.toUtf8()},
            {"date", httpDate(r.date)},
            {"x-ca-nonce", r.nonce.toUtf8()},
            {"x-ca-key", r.appKey.toUtf8()},
            {"x-ca-signaturemethod", "HmacSHA256"},
            {"accept", "application/json"},
            {"user-agent", kUserAgent},
            {"content-type", "application/octet-stream"},
            {"content-md5", md5},
        };
    } else {
        headers = {
            {"Date", httpDate(r.date)},
            {"X-Ca-Timestamp", QByteArray::number(r.timestamp)},
            {"X-Ca-Nonce", r.nonce.toUtf8()},
            {"User-Agent", kUserAgent},
            {"Host", r.host.toUtf8()},
            {"X-Ca-Key", r.appKey.toUtf8()},
            {"X-Ca-Version", "1"},
            {"Content-Type", "application/octet-stream; charset=utf-8"},
            {"Accept", "application/json; charset=utf-8"},
            {"X-Ca-Signature-Method", "HmacSHA256"},
            {"Content-MD5", md5},
        };
    }
    HeaderList toSign;
    for (const auto &h : std::as_const(headers)) {
        const bool sign = tea ? !teaSkipsHeader(h.first.toLower()) : h.first.startsWith("X-Ca-");
        if (sign)
            toSign.append(h);
    }
    std::sort(toSign.begin(), toSign.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArrayList names;
    for (const auto &h : std::as_const(toSign))
        names << h.first;

    GatewayStringParts parts;
    parts.accept = headerValue(headers, "accept");
    parts.contentMd5 = md5;
    parts.contentType = headerValue(headers, "content-type");
    parts.date = headerValue(headers, "date");
    parts.signedHeaders = toSign;
    parts.url = gatewayUrl(r.path.toUtf8());

    SignedApiRequest out;
    out.stringToSign = gatewayStringToSign(parts);
    out.headers = headers;
    out.headers.append({tea ? "x-ca-signature-headers" : "X-Ca-Signature-Headers", names.join(',')});
    out.headers.append(
        {tea ? "x-ca-signature" : "X-Ca-Signature", gatewaySignature(appSecret, out.stringToSign)});
    return out;
}

QByteArray serverStringToSign(const QByteArray &method, const QByteArray &url,
                              const std::function<QByteArray(const QByteArray &)> &header)
{
    QByteArrayList names;
    for (const QByteArray &n : header("x-ca-signature-headers").split(',')) {
        const QByteArray name = n.trimmed();
        if (!name.isEmpty())
            names << name;
    }
    std::sort(names.begin(), names.end());
    GatewayStringParts parts;
    parts.method = method;
    parts.accept = header("accept");
    parts.contentMd5 = header("content-md5");
    parts.contentType = header("content-type");
    parts.date = header("date");
    for (const QByteArray &name : std::as_const(names))
        parts.signedHeaders.append({name, header(name.toLower())});
    parts.url = url;
    return gatewayStringToSign(parts);
}

} // namespace linkscope
