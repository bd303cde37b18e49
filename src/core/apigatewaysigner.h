#pragma once

#include "headerlist.h"
#include "secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

// The API gateway's digest signature (CLOUD_API §2), for the client that
// signs and for the emulated gateway that checks: one string-to-sign for both.
namespace linkscope {

// Which official SDK's header set a request carries (CLOUD_API §2.1).
enum class GatewaySdkStyle : quint8 {
    // The Darabonba "tea" SDKs (C++, Go, Python, TypeScript): lower-case
    // names, x-ca-signaturemethod, no timestamp, every header signed but
    // the filter list. What LinkScope sends.
    Tea,
    // The Java cloudapi SDK (iotx-api-gateway-client): X-Ca-* names with a
    // timestamp and X-Ca-Version, only X-Ca-* headers signed.
    Java,
};

// One POST to the cloud API gateway, before signing.
struct ApiGatewayRequest {
    QString host; // the gateway's host (and :port when not 443)
    QString path; // e.g. /cloud/token
    QByteArray body;
    QString appKey;
    QString nonce; // a UUID, unique per request
    qint64 timestamp = 0; // ms epoch (the Java style sends it)
    QDateTime date; // sent as the RFC 1123 Date header
    GatewaySdkStyle style = GatewaySdkStyle::Tea;
};

struct SignedApiRequest {
    HeaderList headers; // every header to send, X-Ca-Signature included
    QByteArray stringToSign; // kept for diagnostics; contains no secret
};

// The parts of the string to sign. Signed header names are written as
// given; the caller sorts them.
struct GatewayStringParts {
    QByteArray method = "POST";
    QByteArray accept;
    QByteArray contentMd5;
    QByteArray contentType;
    QByteArray date;
    HeaderList signedHeaders;
    QByteArray url; // path, plus "?" and sorted parameters when there are any
};

// "METHOD\nAccept\nContent-MD5\nContent-Type\nDate\n" + "name:value" lines
// joined by "\n" + "\n" + url: the Darabonba signer's form, which is the
// documented one whenever at least one header is signed (§2.2, §2.6).
QByteArray gatewayStringToSign(const GatewayStringParts &parts);
// Base64(HMAC-SHA256(AppSecret, stringToSign)).
QByteArray gatewaySignature(const Secret &appSecret, const QByteArray &stringToSign);
// The Url part: path, then "?" and the parameters sorted by key, "k=v"
// joined by "&", a key alone when its value is empty (§2.4).
QByteArray gatewayUrl(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &params = {});
// Base64(MD5(body)).
QByteArray contentMd5(const QByteArray &body);

// Signs as the SDK of `request.style` does.
SignedApiRequest signApiGatewayRequest(const ApiGatewayRequest &request, const Secret &appSecret);

// What the gateway rebuilds from a request it received: the names listed in
// X-Ca-Signature-Headers (comma-separated), sorted, each written as listed
// with its value looked up case-insensitively. `header` answers a header's
// value by its lower-case name (a null array when absent).
QByteArray serverStringToSign(const QByteArray &method, const QByteArray &url,
                              const std::function<QByteArray(const QByteArray &lowerName)> &header);

// "Thu, 26 Nov 2026 07:22:22 GMT"
QByteArray httpDate(const QDateTime &when);

} // namespace linkscope
