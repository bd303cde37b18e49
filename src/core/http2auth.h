#pragma once

#include "amqpauth.h"
#include "headerlist.h"
#include "hmac.h"
#include "result.h"
#include "secret.h"

#include <QString>

namespace linkscope {

// The auth request of the HTTP/2 push (PROTOCOL §4).
struct Http2AuthParams {
    QString appKey;
    qint64 random = 0; // may be negative
    SignMethod method = SignMethod::HmacSha256;
    bool clearSession = false; // true drops the offline backlog
    QString sdkVersion; // optional x-sdk-* headers, sent when set
    QString sdkVersionName;
    QString sdkPlatform;
};

// The x-auth-* headers (lowercase names, no pseudo-headers).
HeaderList http2AuthHeaders(const Http2AuthParams &params, const Secret &appSecret);

// What a server learns from verified auth headers.
struct Http2Login {
    QString appKey;
    SignMethod method = SignMethod::HmacSha256;
    bool clearSession = false;
};

// Checks the auth headers the way the cloud does (used by the emulator).
Result<Http2Login> verifyHttp2AuthHeaders(const HeaderList &headers, const SecretLookup &lookup);

} // namespace linkscope
