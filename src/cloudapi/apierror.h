#pragma once

#include <QMetaType>
#include <QString>

namespace linkscope::cloudapi {

// Why a call failed, in words a user can act on, and of which kind.
struct ApiError {
    enum class Kind : quint8 {
        Network, // no connection, refused, reset
        Tls, // the gateway's certificate was not trusted
        Timeout, // no answer within the call's documented timeout
        Gateway, // the API gateway answered HTTP 4xx/5xx
        Credentials, // the AppKey, AppSecret or Project ID were refused
        Business, // the API answered code ≠ 200
        Throttled, // still throttled after every retry
        BadReply, // an answer that is no envelope, or data of the wrong shape
    };
    Kind kind = Kind::Network;
    QString path; // the API, e.g. /cloud/things/get
    QString message;
    int httpStatus = 0;
    int code = 0; // the body's code for Business and Credentials

    // The credentials (or Project ID) are wrong: retrying will not help.
    bool refusesCredentials() const { return kind == Kind::Credentials; }
    // The gateway could not be reached or did not answer in time.
    bool isUnreachable() const { return kind == Kind::Network || kind == Kind::Tls || kind == Kind::Timeout; }
};

QString apiErrorKindName(ApiError::Kind kind);

} // namespace linkscope::cloudapi

Q_DECLARE_METATYPE(linkscope::cloudapi::ApiError)
