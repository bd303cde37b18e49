#include "amqpauth.h"

namespace linkscope {

namespace {
QString wrap(const QString &clientId, const QList<std::pair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[k, v] : pairs)
        parts << k + u'=' + v;
    return clientId + u'|' + parts.join(u',') + u'|';
}
} // namespace

AmqpCredentials amqpAppKeyCredentials(const AmqpAppKeyParams &p, const Secret &appSecret)
{
    const QString group = p.groupId.isEmpty() ? p.appKey : p.groupId;
    const QString random = QString::number(p.random);
    AmqpCredentials c;
    c.username = wrap(p.clientId,
                      {{QStringLiteral("authMode"), QStringLiteral("appkey")},
                       {QStringLiteral("signMethod"), signMethodName(p.method)},
                       {QStringLiteral("random"), random},
                       {QStringLiteral("appKey"), p.appKey},
                       {QStringLiteral("groupId"), group}});
    c.password = hmacHex(p.method, appSecret, QByteArray("random=") + random.toLatin1());
    return c;
}

AmqpCredentials amqpAkSignCredentials(const AmqpAkSignParams &p, const Secret &accessSecret)
{
    const QString ts = QString::number(p.timestamp);
    QList<std::pair<QString, QString>> pairs = {
        {QStringLiteral("authMode"), QStringLiteral("aksign")},
        {QStringLiteral("signMethod"), QStringLiteral("hmac") + signMethodName(p.method).toLower()},
        {QStringLiteral("timestamp"), ts},
        {QStringLiteral("authId"), p.accessKeyId},
    };
    if (!p.iotInstanceId.isEmpty())
        pairs.append({QStringLiteral("iotInstanceId"), p.iotInstanceId});
    pairs.append({QStringLiteral("consumerGroupId"), p.consumerGroupId});
    AmqpCredentials c;
    c.username = wrap(p.clientId, pairs);
    c.password = hmacBase64(p.method, accessSecret,
                            QStringLiteral("authId=%1&timestamp=%2").arg(p.accessKeyId, ts).toUtf8());
    return c;
}

Result<AmqpUsername> parseAmqpUsername(const QString &username)
{
    const qsizetype open = username.indexOf(u'|');
    if (open < 0 || !username.endsWith(u'|') || open == username.size() - 1)
        return Error {QStringLiteral("the username is not of the form clientId|key=value,...|")};
    AmqpUsername u;
    u.clientId = username.left(open);
    if (u.clientId.isEmpty())
        return Error {QStringLiteral("the username has no clientId before the first |")};
    if (u.clientId.size() > 64)
        return Error {QStringLiteral("the clientId is %1 characters, over 64").arg(u.clientId.size())};
    const QString body = username.mid(open + 1, username.size() - open - 2);
    for (const QString &pair : body.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return Error {QStringLiteral("the username part \"%1\" is not key=value").arg(pair)};
        const QString key = pair.left(eq).trimmed();
        if (u.params.contains(key))
            return Error {QStringLiteral("the username names %1 twice").arg(key)};
        u.params.insert(key, pair.mid(eq + 1).trimmed());
    }
    return u;
}

namespace {

Result<QString> need(const AmqpUsername &u, const QString &key)
{
    const QString v = u.params.value(key);
    if (v.isEmpty())
        return Error {QStringLiteral("the username has no %1").arg(key)};
    return v;
}

} // namespace

Result<AmqpLogin> verifyAmqpLogin(const QString &username, const QByteArray &password,
                                  const SecretLookup &lookup)
{
    auto parsed = parseAmqpUsername(username);
    if (!parsed)
        return Error {parsed.error()};
    const AmqpUsername &u = *parsed;

    auto mode = need(u, QStringLiteral("authMode"));
    if (!mode)
        return Error {mode.error()};
    auto methodName = need(u, QStringLiteral("signMethod"));
    if (!methodName)
        return Error {methodName.error()};
    const auto method = signMethodFromName(*methodName);
    if (!method)
        return Error {QStringLiteral("signMethod %1 is not supported").arg(*methodName)};

    AmqpLogin login;
    login.clientId = u.clientId;
    login.authMode = *mode;
    QByteArray expected;
    if (*mode == u"appkey") {
        auto appKey = need(u, QStringLiteral("appKey"));
        auto random = need(u, QStringLiteral("random"));
        if (!appKey)
            return Error {appKey.error()};
        if (!random)
            return Error {random.error()};
        const auto secret = lookup(*appKey);
        if (!secret)
            return Error {QStringLiteral("AppKey %1 is unknown").arg(*appKey)};
        login.key = *appKey;
        login.group = u.params.value(QStringLiteral("groupId"), *appKey);
        expected = hmacHex(*method, *secret, QByteArray("random=") + random->toUtf8());
        if (!constantTimeEquals(expected, password.toLower()))
            return Error {QStringLiteral("the signature does not match AppKey %1's AppSecret").arg(*appKey)};
    } else if (*mode == u"aksign") {
        auto authId = need(u, QStringLiteral("authId"));
        auto ts = need(u, QStringLiteral("timestamp"));
        if (!authId)
            return Error {authId.error()};
        if (!ts)
            return Error {ts.error()};
        const auto secret = lookup(*authId);
        if (!secret)
            return Error {QStringLiteral("AccessKey %1 is unknown").arg(*authId)};
        login.key = *authId;
        login.group = u.params.value(QStringLiteral("consumerGroupId"), *authId);
        expected = hmacBase64(*method, *secret,
                              QStringLiteral("authId=%1&timestamp=%2").arg(*authId, *ts).toUtf8());
        if (!constantTimeEquals(expected, password))
            return Error {QStringLiteral("the signature does not match AccessKey %1's secret").arg(*authId)};
    } else {
        return Error {QStringLiteral("authMode %1 is not supported (appkey or aksign)").arg(*mode)};
    }
    return login;
}

} // namespace linkscope
