#pragma once

// Private to src/cloudapi: one signed POST to the API gateway over Qt
// Network, and what came back, classified. The client builds on it.

#include "core/apigatewaysigner.h"
#include "core/secret.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace linkscope::cloudapi {

struct HttpOutcome {
    enum class Failure : quint8 { None, Network, Tls, Timeout };
    Failure failure = Failure::None;
    QString failureText; // for Network, Tls, Timeout
    int status = 0; // HTTP status
    QByteArray body;
    QByteArray errorMessage; // X-Ca-Error-Message
    QByteArray requestId; // X-Ca-Request-Id
};

class GatewayHttp : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QUrl endpoint; // https://host[:port]
        QString caFile; // trusted besides the system's CAs (empty: those alone)
        QString appKey;
        Secret appSecret;
        GatewaySdkStyle style = GatewaySdkStyle::Tea;
    };

    explicit GatewayHttp(Settings settings, QObject *parent = nullptr);
    ~GatewayHttp() override;

    // Signs and posts `body` to `path`; `done` runs once, on this object's thread.
    void post(const QString &path, const QByteArray &body, int timeoutMs,
              std::function<void(HttpOutcome)> done);
    // Drops every request in flight without calling their `done`.
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

private:
    QNetworkAccessManager *manager();

    Settings m_settings;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_manager = nullptr;
    QList<QNetworkReply *> m_replies;
};

} // namespace linkscope::cloudapi
