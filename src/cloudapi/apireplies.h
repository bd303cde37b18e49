#pragma once

#include "core/inventory.h"
#include "core/result.h"

#include <QJsonValue>
#include <QList>

#include <optional>

// The `data` of each API's answer, read leniently where CLOUD_API says the
// cloud's shapes vary (§10), strictly where a wrong shape means a wrong answer.
namespace linkscope::cloudapi {

struct TokenGrant {
    QString token;
    qint64 expiresInMs = 0; // expireIn in ms; or expiresIn, in seconds when ≤ 86400 (§4, §10.1)
};
Result<TokenGrant> parseToken(const QJsonValue &data);

// productList/get: an array of products (status as a number or a word).
Result<QList<ProductInfo>> parseProducts(const QJsonValue &data);

// things/get: {totalNum, items} or a bare array (§5).
struct DevicePage {
    QList<DeviceInfo> devices;
    std::optional<qint64> total; // when the answer says
};
Result<DevicePage> parseDevices(const QJsonValue &data, const QString &productKey);

// status/get: {"time":…, "status":…}.
struct StatusAnswer {
    DeviceStatus status = DeviceStatus::Unknown;
    qint64 time = 0;
};
Result<StatusAnswer> parseStatus(const QJsonValue &data);

// properties/get: an array of {attribute, value, gmtModified} (a time as a number or a string).
Result<QList<LastValue>> parseProperties(const QJsonValue &data);

} // namespace linkscope::cloudapi
