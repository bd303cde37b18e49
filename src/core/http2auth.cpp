#include "http2auth.h"

namespace linkscope {

HeaderList http2AuthHeaders(const Http2AuthParams &p, const Secret &appSecret)
{
    const QByteArray random = QByteArray::number(p.random);
    HeaderList h;
    auto add
        = [&h](const char *name, const QByteArray &value) { h.append(qMakePair(QByteArray(name), value)); };
    add("x-auth-name", QByteArrayLiteral("appkey"));
    add("x-auth-param-app-key", p.appKey.toUtf8());
    add("x-auth-param-sign-method", signMethodName(p.method).toLatin1());
    add("x-auth-param-random", random);
    add("x-auth-param-sign", hmacHex(p.method, appSecret, "random=" + random));
    add("x-clear-session", p.clearSession ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    if (!p.sdkVersion.isEmpty())
        add("x-sdk-version", p.sdkVersion.toUtf8());
    if (!p.sdkVersionName.isEmpty())
        add("x-sdk-version-name", p.sdkVersionName.toUtf8());
    if (!p.sdkPlatform.isEmpty())
        add("x-sdk-platform", p.sdkPlatform.toUtf8());
    return h;
}

Result<Http2Login> verifyHttp2AuthHeaders(const HeaderList &headers, const SecretLookup &lookup)
{
    auto get = [&](const char *name) { return headerValue(headers, name); };
    const QByteArray authName = get("x-auth-name");
    if (authName.isNull())
        return Error {QStringLiteral("the x-auth-name header is missing")};
    if (authName != "appkey")
        return Error {
            QStringLiteral("x-auth-name is \"%1\", expected appkey").arg(QString::fromUtf8(authName))};
    const QString appKey = QString::fromUtf8(get("x-auth-param-app-key"));
    if (appKey.isEmpty())
        return Error {QStringLiteral("the x-auth-param-app-key header is missing")};
    const QByteArray methodName = get("x-auth-param-sign-method");
    const auto method = signMethodFromName(QString::fromLatin1(methodName));
    if (!method)
        return Error {QStringLiteral("x-auth-param-sign-method \"%1\" is not supported")
                          .arg(QString::fromLatin1(methodName))};
    const QByteArray random = get("x-auth-param-random");
    bool numeric = false;
    random.toLongLong(&numeric);
    if (!numeric)
        return Error {QStringLiteral("x-auth-param-random is missing or not a number")};
    const QByteArray sign = get("x-auth-param-sign");
    if (sign.isEmpty())
        return Error {QStringLiteral("the x-auth-param-sign header is missing")};
    const auto secret = lookup(appKey);
    if (!secret)
        return Error {QStringLiteral("AppKey %1 is unknown").arg(appKey)};
    if (!constantTimeEquals(hmacHex(*method, *secret, "random=" + random), sign.toLower()))
        return Error {QStringLiteral("the signature does not match AppKey %1's AppSecret").arg(appKey)};
    Http2Login login;
    login.appKey = appKey;
    login.method = *method;
    login.clearSession = get("x-clear-session") == "1";
    return login;
}

} // namespace linkscope
