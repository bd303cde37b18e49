#pragma once

#include "headerlist.h"
#include "secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace linkscope {

// One POST to the cloud API gateway (PROTOCOL §6), before signing.
struct ApiGatewayRequest {
    QString path; // e.g. /cloud/token
    QByteArray body;
    QString appKey;
    QString nonce; // a UUID, unique per request
    qint64 timestamp = 0; // ms epoch
    QDateTime date; // sent as the RFC 1123 Date header
};

struct SignedApiRequest {
    HeaderList headers; // every header to send, X-Ca-Signature included
    QByteArray stringToSign; // kept for diagnostics; contains no secret
};

// Signs with HMAC-SHA256 over the gateway's canonical string.
SignedApiRequest signApiGatewayRequest(const ApiGatewayRequest &request, const Secret &appSecret);

// "Thu, 26 Nov 2026 07:22:22 GMT"
QByteArray httpDate(const QDateTime &when);

} // namespace linkscope
