#pragma once

#include "certificates.h"
#include "core/result.h"
#include "core/secret.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>
#include <random>

class QSslServer;

namespace linkscope::sim {

class CloudState;

struct ApiGatewayOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    CertificateFiles certificates;
    QString appKey;
    Secret appSecret;
    QString projectId = QStringLiteral("demoProject");
    qint64 tokenTtlMs = 7'200'000; // the documented default (CLOUD_API §4)
    int badSignatureStatus = 400; // 400 or 401 (CLOUD_API §10.5)
    int tokenErrorCode = 401; // the body code for a token that is no good (§10.8)
    double throttleFraction = 0; // fault: answer this share of calls as throttled ...
    int throttleStatus = 429; // ... with HTTP 429, or 403 as the gateway's flow control does
    int latencyMs = 0; // fault: answer every call this late
    bool thingsAsArray = false; // things/get's data as a bare array (§10.2)
    bool tslAsString = false; // tsl/get's data as a JSON string (§10.4)
    quint64 seed = 1;
};

// The cloud API gateway (CLOUD_API) on loopback HTTPS: verifies signatures
// as the gateway does (the block rebuilt from X-Ca-Signature-Headers, the
// tea SDK's and the Java SDK's header sets alike, Content-MD5, timestamp
// and nonce), issues cloud tokens (a new one kills the old; they expire),
// and answers products, devices, status, thing models and current values
// from the emulated fleet, consistent with what the push says.
class ApiGateway : public QObject {
    Q_OBJECT

public:
    ApiGateway(const CloudState &state, ApiGatewayOptions options, QObject *parent = nullptr);
    ~ApiGateway() override;

    Result<quint16> start();
    void stop();
    void setLogger(std::function<void(const QString &)> log);

    // The answer to one verified call: HTTP status, body, and the gateway's
    // error message when there is one (apiroutes.cpp).
    struct Answer {
        int status = 200;
        QJsonObject body;
        QByteArray errorMessage;
    };
    Answer route(const QString &path, const QByteArray &body, qint64 nowMs);
    // What a received request gets before any route: nothing when its
    // signature and headers are fine, else the gateway's refusal.
    std::optional<Answer> verify(const QByteArray &method, const QByteArray &url, const QByteArray &body,
                                 const std::function<QByteArray(const QByteArray &)> &header, qint64 nowMs);
    int latencyMs() const { return m_options.latencyMs; }
    void log(const QString &line) const;

private:
    void onConnection();
    QJsonObject ok(const QJsonObject &request, const QJsonValue &data) const;
    QJsonObject businessError(const QJsonObject &request, int code, const QString &message) const;
    Answer token(const QJsonObject &request, qint64 nowMs);
    Answer refresh(const QJsonObject &request, qint64 nowMs);
    std::optional<QString> tokenProblem(const QJsonObject &request, qint64 nowMs) const;

    const CloudState &m_state;
    ApiGatewayOptions m_options;
    QSslServer *m_server = nullptr;
    std::function<void(const QString &)> m_log;
    QHash<QString, qint64> m_tokens; // live token -> expiry (ms epoch)
    QHash<QByteArray, qint64> m_nonces; // seen nonce -> when (anti-replay, 15 min)
    qint64 m_noncesPrunedAt = 0;
    std::mt19937_64 m_rng;
    quint64 m_tokenCounter = 0;
};

} // namespace linkscope::sim
