#pragma once

// Test helper: one raw HTTPS POST to the emulated API gateway with the
// headers a test chose (signed, then perhaps tampered with), and what came
// back: status, X-Ca-Error-Message and the body. Waits in an event loop.

#include "core/apigatewaysigner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

struct GatewayExchange {
    int status = 0;
    QByteArray errorMessage; // X-Ca-Error-Message
    QJsonObject body;
    QString networkError;
};

inline linkscope::SignedApiRequest
signForTest(const QString &path, const QByteArray &body, const QString &appKey, const QByteArray &secret,
            linkscope::GatewaySdkStyle style = linkscope::GatewaySdkStyle::Tea, const QString &nonce = {})
{
    linkscope::ApiGatewayRequest r;
    r.host = QStringLiteral("127.0.0.1");
    r.path = path;
    r.body = body;
    r.appKey = appKey;
    r.nonce = nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : nonce;
    r.timestamp = QDateTime::currentMSecsSinceEpoch();
    r.date = QDateTime::currentDateTimeUtc();
    r.style = style;
    return linkscope::signApiGatewayRequest(r, linkscope::Secret(secret));
}

inline QByteArray envelope(const QString &apiVer, const QJsonObject &params, const QString &token = {})
{
    QJsonObject request {{QStringLiteral("apiVer"), apiVer}};
    if (!token.isEmpty())
        request.insert(QStringLiteral("cloudToken"), token);
    return QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("t1")},
                                      {QStringLiteral("version"), QStringLiteral("1.0")},
                                      {QStringLiteral("request"), request},
                                      {QStringLiteral("params"), params}})
        .toJson(QJsonDocument::Compact);
}

inline GatewayExchange postToGateway(int port, const QString &caFile, const QString &path,
                                     const QByteArray &body, const linkscope::HeaderList &headers)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    request.setSslConfiguration(tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    GatewayExchange out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.errorMessage = reply->rawHeader("X-Ca-Error-Message");
    out.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}
