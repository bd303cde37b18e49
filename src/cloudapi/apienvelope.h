#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace linkscope::cloudapi {

// The request envelope every call posts (CLOUD_API §3):
// {"id":…,"version":"1.0","request":{"apiVer":…,"cloudToken":…},"params":{…}}.
// `cloudToken` empty: none (the token call itself).
QByteArray requestBody(const QString &id, const QString &apiVer, const QString &cloudToken,
                       const QJsonObject &params);

// The response envelope: {"id","code","message","localizedMsg","data"}.
struct ApiReply {
    QString id;
    int code = 0;
    QString message;
    QString localizedMsg;
    QJsonValue data;
};

// Reads a response body; says what is wrong when it is no envelope.
Result<ApiReply> parseReply(const QByteArray &body);

// What a body code means (CLOUD_API §8), or empty for codes it does not list.
QString codeMeaning(int code);

} // namespace linkscope::cloudapi
