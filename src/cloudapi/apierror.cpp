#include "apierror.h"

namespace linkscope::cloudapi {

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Gateway:
        return QStringLiteral("gateway");
    case ApiError::Kind::Credentials:
        return QStringLiteral("credentials");
    case ApiError::Kind::Business:
        return QStringLiteral("business");
    case ApiError::Kind::Throttled:
        return QStringLiteral("throttled");
    case ApiError::Kind::BadReply:
        return QStringLiteral("bad-reply");
    }
    return {};
}

} // namespace linkscope::cloudapi
