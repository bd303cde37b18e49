#pragma once

#include "apierror.h"

#include "core/apigatewaysigner.h"
#include "core/backoff.h"
#include "core/inventory.h"
#include "core/secret.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace linkscope::cloudapi {

class GatewayHttp;
struct HttpOutcome;

struct CloudApiOptions {
    QString endpoint; // https://host[:port]
    QString caFile; // a CA trusted besides the system's (empty: the system's alone)
    QString appKey;
    Secret appSecret;
    QString projectId;
    GatewaySdkStyle style = GatewaySdkStyle::Tea;
    int maxInFlight = 4; // calls at once: the gateway throttles bursts
    // Throttled calls wait throttleBaseMs, doubling to throttleMaxMs (±20 %),
    // up to maxThrottleRetries times before the call fails.
    int throttleBaseMs = 1000;
    int throttleMaxMs = 60'000;
    int maxThrottleRetries = 8;
    // A network failure is tried again this many times (after a short pause).
    int maxNetworkRetries = 1;
    int productPageSize = 100;
    int devicePageSize = 200; // the most things/get takes (§5)
    // How long before its expiry a token is refreshed: this share of its life, at most 10 minutes.
    double refreshAt = 0.2;
    // Properties of this many devices per valuesLoaded signal (or every 200 ms).
    int snapshotBatch = 200;
};

// The Life IoT cloud API, signed as the official SDKs sign (CLOUD_API): one
// cloud token per client, shared by every call and refreshed before it
// expires; calls with their documented timeouts, throttling answered with
// jittered backoff; every failure in precise words. Lives on the thread it
// is created on or moved to (its network objects are made there on first
// use). Results come as typed signals carrying the caller's request id.
class CloudApiClient : public QObject {
    Q_OBJECT

public:
    explicit CloudApiClient(CloudApiOptions options, QObject *parent = nullptr);
    ~CloudApiClient() override;

    // The documented timeout of each API (CLOUD_API §9), in ms.
    static int timeoutFor(const QString &path);
    // Whether the options can work at all (an endpoint, an AppKey, a secret, a Project ID), or why not.
    static QString optionsProblem(const CloudApiOptions &options);

    // Calls made since creation (every attempt, for tests and diagnostics).
    int callsMade() const { return m_callsMade; }
    // Tokens fetched (/cloud/token) and refreshed (/cloud/token/refresh).
    int tokensFetched() const { return m_tokensFetched; }
    int tokensRefreshed() const { return m_tokensRefreshed; }

public slots:
    // Products, devices with status, and each product's thing model, in one
    // inventoryLoaded(); with `withValues`, then every device's current
    // values in valuesLoaded() batches and valuesFinished().
    void fetchInventory(quint64 request, bool withValues);
    void fetchThingModel(quint64 request, const QString &productKey);
    void fetchProperties(quint64 request, const QList<linkscope::DeviceKey> &devices);
    void fetchStatus(quint64 request, const linkscope::DeviceKey &device);
    // A token and one call with it: whether the AppKey, AppSecret and Project ID work.
    void verifyCredentials(quint64 request);
    // Drops every call queued or in flight (their results never come).
    void cancelAll();

signals:
    void inventoryLoaded(quint64 request, const linkscope::Inventory &inventory);
    // The inventory could not be fetched (its products or devices); nothing more comes for `request`.
    void inventoryFailed(quint64 request, const linkscope::cloudapi::ApiError &error);
    void valuesLoaded(quint64 request, const QList<linkscope::DeviceSnapshot> &snapshots);
    void valuesFinished(quint64 request, int failedDevices);
    void thingModelLoaded(quint64 request, const linkscope::ThingModel &model);
    void statusLoaded(quint64 request, const linkscope::DeviceInfo &device);
    void credentialsVerified(quint64 request);
    // A call failed: the request's only answer for a thing model, status or
    // values of one device; for an inventory, a part it goes on without (a
    // thing model, some devices' values).
    void failed(quint64 request, const linkscope::cloudapi::ApiError &error);
    // Whether the API works, after a call that changed the verdict; `why`
    // when not: unreachable (network, TLS, timeout), credentials refused, or throttled.
    void reachabilityChanged(bool reachable, const linkscope::cloudapi::ApiError &why);

private:
    // error null: success, with the answer's data.
    using Done = std::function<void(const QJsonValue &data, const ApiError *error)>;
    struct Call {
        QString path;
        QString apiVer;
        QJsonObject params;
        bool needsToken = true;
        int throttleRetries = 0;
        int networkRetries = 0;
        bool tokenRenewed = false;
        quint64 generation = 0;
        Done done;
    };

    Call makeCall(const QString &path, const QString &apiVer, const QJsonObject &params, Done done) const;
    void call(const QString &path, const QString &apiVer, const QJsonObject &params, Done done);
    // The same behind every call(): for bulk work (snapshots) that must not hold up the rest.
    void callLater(const QString &path, const QString &apiVer, const QJsonObject &params, Done done);
    void enqueue(Call call);
    void pump();
    void send(Call call, const QString &token);
    void handle(Call call, const QString &usedToken, const HttpOutcome &outcome);
    bool tokenUsable() const;
    void requestToken();
    void failTokenWaiters(const ApiError &error);
    void throttled(Call call, const QString &why);
    void retryLater(Call call, qint64 delayMs);
    void requeue(Call call);
    void report(const ApiError &error);
    void reachable();

    // Paged walks and snapshots (cloudapicalls.cpp).
    void listProducts(int page, std::shared_ptr<QList<ProductInfo>> into,
                      std::function<void(const ApiError *)> done);
    void listDevices(const QString &productKey, int page, std::shared_ptr<QList<DeviceInfo>> into,
                     std::function<void(const ApiError *)> done);
    void snapshotDevices(quint64 request, const QList<DeviceKey> &devices, bool background);
    void flushSnapshots(quint64 request);

    CloudApiOptions m_options;
    GatewayHttp *m_http = nullptr;
    std::deque<Call> m_queue;
    std::deque<Call> m_background;
    int m_inFlight = 0;
    quint64 m_generation = 0; // cancelAll() moves it on: older calls are dropped
    // The one token (a new one kills the old: one per project and client).
    QString m_token;
    qint64 m_tokenRefreshAt = 0; // on m_clock
    qint64 m_tokenExpiresAt = 0;
    qint64 m_tokenMarginMs = 1000;
    bool m_tokenPending = false; // asked for: in m_tokenCall or in flight
    std::optional<Call> m_tokenCall; // the token call, waiting to be sent
    QElapsedTimer m_clock;
    Backoff m_throttle; // shared: the gateway throttles the AppKey, not one call
    qint64 m_pausedUntil = 0; // on m_clock
    QTimer *m_pauseTimer = nullptr;
    int m_callsMade = 0;
    int m_tokensFetched = 0;
    int m_tokensRefreshed = 0;
    std::optional<bool> m_reachable;
    QString m_lastProblem;
    // Snapshots answered but not yet sent, per request.
    struct SnapshotBatch {
        QList<DeviceSnapshot> ready;
        int pending = 0;
        int failed = 0;
        bool errorReported = false;
    };
    QHash<quint64, SnapshotBatch> m_snapshotBatches;
    QTimer *m_flushTimer = nullptr;
};

} // namespace linkscope::cloudapi
