#include "apienvelope.h"

#include <QHash>
#include <QJsonDocument>

namespace linkscope::cloudapi {

QByteArray requestBody(const QString &id, const QString &apiVer, const QString &cloudToken,
                       const QJsonObject &params)
{
    QJsonObject request {{QStringLiteral("apiVer"), apiVer}};
    if (!cloudToken.isEmpty())
        request.insert(QStringLiteral("cloudToken"), cloudToken);
    const QJsonObject envelope {{QStringLiteral("id"), id},
                                {QStringLiteral("version"), QStringLiteral("1.0")},
                                {QStringLiteral("request"), request},
                                {QStringLiteral("params"), params}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Result<ApiReply> parseReply(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        QString start = QString::fromUtf8(body.left(80)).simplified();
        return Error {QStringLiteral("the answer is not JSON (%1 at byte %2): \"%3\"")
                          .arg(e.errorString())
                          .arg(e.offset)
                          .arg(start)};
    }
    if (!doc.isObject())
        return Error {QStringLiteral("the answer is JSON but not an object")};
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(u"code");
    ApiReply r;
    if (code.isDouble())
        r.code = code.toInt();
    else if (code.isString() && !code.toString().isEmpty())
        r.code = code.toString().toInt();
    else
        return Error {QStringLiteral("the answer has no \"code\"")};
    r.id = o.value(u"id").toVariant().toString();
    r.message = o.value(u"message").toString();
    r.localizedMsg = o.value(u"localizedMsg").toString();
    r.data = o.value(u"data");
    return r;
}

QString codeMeaning(int code)
{
    static const QHash<int, QString> meanings = {
        {400, QStringLiteral("request error")},
        {401, QStringLiteral("request auth error: check the AppKey, AppSecret and cloud token")},
        {403, QStringLiteral("request forbidden: the AppKey may not call this API")},
        {404, QStringLiteral("service not found")},
        {429, QStringLiteral("too many requests")},
        {460, QStringLiteral("request parameter error")},
        {500, QStringLiteral("service error")},
        {503, QStringLiteral("service not available")},
        {781, QStringLiteral("access to the resource denied")},
        {2000, QStringLiteral("parameter invalid")},
        {20003, QStringLiteral("gateway: backend router not found")},
        {20004, QStringLiteral("gateway: backend service error")},
        {20013, QStringLiteral("gateway: API not online")},
        {20050, QStringLiteral("gateway: parameters invalid")},
        {20055, QStringLiteral("gateway: backend service invalid")},
        {20056, QStringLiteral("gateway: backend call timed out")},
        {28560, QStringLiteral("device does not exist")},
    };
    return meanings.value(code);
}

} // namespace linkscope::cloudapi
