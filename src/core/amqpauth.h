#pragma once

#include "hmac.h"
#include "result.h"
#include "secret.h"

#include <QMap>
#include <QString>

#include <functional>

namespace linkscope {

// SASL PLAIN credentials for the AMQP push (PROTOCOL §3).
struct AmqpCredentials {
    QString username;
    QByteArray password; // a signature, but still never logged
};

// Life IoT "appkey" mode: HMAC over "random=<n>", lowercase hex.
struct AmqpAppKeyParams {
    QString clientId;
    QString appKey;
    QString groupId; // empty: the AppKey, as Life IoT defaults it
    qint64 random = 0;
    SignMethod method = SignMethod::HmacSha256;
};
AmqpCredentials amqpAppKeyCredentials(const AmqpAppKeyParams &params, const Secret &appSecret);

// Enterprise platform "aksign" mode: base64 HMAC over "authId=<ak>&timestamp=<ms>".
struct AmqpAkSignParams {
    QString clientId;
    QString accessKeyId;
    QString iotInstanceId;
    QString consumerGroupId;
    qint64 timestamp = 0;
    SignMethod method = SignMethod::HmacSha256;
};
AmqpCredentials amqpAkSignCredentials(const AmqpAkSignParams &params, const Secret &accessSecret);

// "<clientId>|k=v,k=v|" split into its parts; the pairs in any order.
struct AmqpUsername {
    QString clientId;
    QMap<QString, QString> params;

    friend bool operator==(const AmqpUsername &, const AmqpUsername &) = default;
};
Result<AmqpUsername> parseAmqpUsername(const QString &username);

// What a server learns from a verified login.
struct AmqpLogin {
    QString clientId;
    QString authMode; // "appkey" or "aksign"
    QString key; // the AppKey (appkey) or AccessKey id (aksign)
    QString group; // groupId / consumerGroupId, the AppKey when absent
};

// Looks up the secret of an AppKey / AccessKey id; nothing if unknown.
using SecretLookup = std::function<std::optional<Secret>(const QString &key)>;

// Checks a SASL PLAIN login the way the cloud does (used by the emulator).
Result<AmqpLogin> verifyAmqpLogin(const QString &username, const QByteArray &password,
                                  const SecretLookup &lookup);

} // namespace linkscope
