#include "cloudapiclient.h"

#include "apienvelope.h"
#include "apireplies.h"
#include "gatewayhttp_p.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApi, "linkscope.cloudapi")

namespace linkscope::cloudapi {

namespace {

const QString kToken = QStringLiteral("/cloud/token");
const QString kRefresh = QStringLiteral("/cloud/token/refresh");

// A body code that says the cloud token is no good (CLOUD_API §8, §10.8:
// 401 is documented for auth errors; 460 is seen for expired tokens).
bool refusesToken(const ApiReply &r)
{
    return r.code == 401 || (r.code == 460 && r.message.contains(u"token", Qt::CaseInsensitive));
}

// The gateway's throttling: HTTP 429, or 403 "Throttled by … Flow Control",
// "Request Limited", "Quota Exhausted" (§2.7, §9).
bool isThrottled(const HttpOutcome &o)
{
    if (o.status == 429)
        return true;
    if (o.status != 403)
        return false;
    // The gateway's words are in X-Ca-Error-Message; a body may say them too.
    const QByteArray m = o.errorMessage.toLower() + ' ' + o.body.left(512).toLower();
    return m.contains("throttled") || m.contains("request limited") || m.contains("quota");
}

// A gateway message that says the signature or the key is wrong.
bool refusesSignature(const HttpOutcome &o)
{
    const QByteArray m = o.errorMessage.toLower();
    return m.contains("signature") || m.contains("appkey") || m.contains("appsecret")
        || m.contains("content-md5") || m.contains("nonce") || m.contains("timestamp");
}

QString businessText(const ApiReply &r)
{
    const QString meaning = codeMeaning(r.code);
    QString text = meaning.isEmpty() ? QStringLiteral("code %1").arg(r.code)
                                     : QStringLiteral("code %1 (%2)").arg(r.code).arg(meaning);
    const QString said = !r.localizedMsg.isEmpty() && r.localizedMsg != r.message
        ? r.message + QStringLiteral(" / ") + r.localizedMsg
        : r.message;
    if (!said.isEmpty())
        text += QStringLiteral(": ") + said;
    return text;
}

} // namespace

CloudApiClient::CloudApiClient(CloudApiOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_throttle(std::max(1, m_options.throttleBaseMs), std::max(1, m_options.throttleMaxMs), 0.2)
{
    GatewayHttp::Settings s;
    s.endpoint = QUrl(m_options.endpoint);
    s.caFile = m_options.caFile;
    s.appKey = m_options.appKey;
    s.appSecret = m_options.appSecret;
    s.style = m_options.style;
    m_http = new GatewayHttp(s, this);
    m_clock.start();
}

CloudApiClient::~CloudApiClient() = default;

int CloudApiClient::timeoutFor(const QString &path)
{
    // The server-side timeouts the API pages state (§9); the client waits as long.
    static const QHash<QString, int> timeouts = {
        {kToken, 3000},
        {kRefresh, 3000},
        {QStringLiteral("/cloud/thing/productList/get"), 3000},
        {QStringLiteral("/cloud/thing/status/get"), 3000},
        {QStringLiteral("/cloud/thing/info/get"), 5000},
        {QStringLiteral("/cloud/things/get"), 5000},
        {QStringLiteral("/cloud/thing/properties/get"), 15'000},
        {QStringLiteral("/cloud/thing/tsl/get"), 15'000},
        {QStringLiteral("/cloud/thing/properties/set"), 15'000},
        {QStringLiteral("/cloud/thing/service/invoke"), 15'000},
    };
    return timeouts.value(path, 10'000);
}

QString CloudApiClient::optionsProblem(const CloudApiOptions &o)
{
    const QUrl url(o.endpoint);
    if (o.endpoint.isEmpty())
        return tr("no cloud API gateway is set (a custom push host needs one)");
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
        return tr("the cloud API gateway must be an https:// address, not “%1”").arg(o.endpoint);
    if (o.appKey.isEmpty())
        return tr("no AppKey");
    if (o.appSecret.isEmpty())
        return tr("no AppSecret");
    if (o.projectId.trimmed().isEmpty())
        return tr("no Project ID");
    if (!o.caFile.isEmpty()) {
        QFile f(o.caFile);
        if (!f.open(QIODevice::ReadOnly))
            return tr("cannot read the CA file %1: %2").arg(o.caFile, f.errorString());
    }
    return {};
}

CloudApiClient::Call CloudApiClient::makeCall(const QString &path, const QString &apiVer,
                                              const QJsonObject &params, Done done) const
{
    Call c;
    c.path = path;
    c.apiVer = apiVer;
    c.params = params;
    c.generation = m_generation;
    c.done = std::move(done);
    return c;
}

void CloudApiClient::call(const QString &path, const QString &apiVer, const QJsonObject &params, Done done)
{
    enqueue(makeCall(path, apiVer, params, std::move(done)));
}

void CloudApiClient::callLater(const QString &path, const QString &apiVer, const QJsonObject &params,
                               Done done)
{
    m_background.push_back(makeCall(path, apiVer, params, std::move(done)));
    pump();
}

void CloudApiClient::enqueue(Call c)
{
    m_queue.push_back(std::move(c));
    pump();
}

bool CloudApiClient::tokenUsable() const
{
    // A margin (a second, less for a short-lived token): a token that
    // expires on the way is no token.
    return !m_token.isEmpty() && m_clock.elapsed() < m_tokenExpiresAt - m_tokenMarginMs;
}

void CloudApiClient::requestToken()
{
    if (m_tokenPending)
        return;
    m_tokenPending = true;
    Call c;
    c.needsToken = false;
    c.generation = m_generation;
    const bool refresh = tokenUsable();
    const QString old = m_token;
    if (refresh) {
        c.path = kRefresh;
        c.apiVer = QStringLiteral("1.0.1");
        c.params = {{QStringLiteral("cloudToken"), old}};
    } else {
        c.path = kToken;
        c.apiVer = QStringLiteral("1.0.1");
        c.params = {{QStringLiteral("grantType"), QStringLiteral("project")},
                    {QStringLiteral("res"), m_options.projectId}};
    }
    c.done = [this, refresh](const QJsonValue &data, const ApiError *error) {
        m_tokenPending = false;
        if (!error) {
            auto grant = parseToken(data);
            if (grant) {
                refresh ? ++m_tokensRefreshed : ++m_tokensFetched;
                const qint64 now = m_clock.elapsed();
                const qint64 early
                    = std::min<qint64>(600'000, qint64(grant->expiresInMs * m_options.refreshAt));
                m_token = grant->token;
                m_tokenExpiresAt = now + grant->expiresInMs;
                m_tokenRefreshAt = now + grant->expiresInMs - early;
                m_tokenMarginMs = std::min<qint64>(1000, grant->expiresInMs / 10);
                qCInfo(lcApi).noquote() << (refresh ? "cloud token refreshed" : "cloud token issued")
                                        << "valid for" << grant->expiresInMs / 1000 << "s";
                pump();
                return;
            }
            const ApiError e {ApiError::Kind::BadReply, refresh ? kRefresh : kToken,
                              tr("the cloud token answer is unusable: %1").arg(grant.error())};
            report(e);
            failTokenWaiters(e);
            return;
        }
        if (refresh && error->isUnreachable() && tokenUsable()) {
            // The token still works: keep it, and try the refresh again a little later.
            const qint64 now = m_clock.elapsed();
            m_tokenRefreshAt = now + std::clamp<qint64>((m_tokenExpiresAt - now) / 4, 1000, 30'000);
            pump();
            return;
        }
        if (refresh && error->kind != ApiError::Kind::Throttled && !error->isUnreachable()) {
            // A refresh the cloud refuses (another client took the project's
            // token, say): ask for a new token instead.
            qCInfo(lcApi).noquote() << "token refresh refused, fetching a new one:" << error->message;
            m_token.clear();
            pump();
            return;
        }
        m_token.clear();
        failTokenWaiters(*error);
    };
    m_tokenCall = std::move(c);
}

void CloudApiClient::failTokenWaiters(const ApiError &error)
{
    // Every call that needs a token fails with the token's reason (reported once, by handle()).
    std::deque<Call> keep;
    QList<Call> failing;
    for (std::deque<Call> *q : {&m_queue, &m_background}) {
        for (Call &c : *q) {
            if (c.needsToken)
                failing.append(std::move(c));
            else
                keep.push_back(std::move(c));
        }
        q->swap(keep);
        keep.clear();
    }
    for (Call &c : failing)
        if (c.generation == m_generation)
            c.done({}, &error);
    pump();
}

void CloudApiClient::pump()
{
    while (m_inFlight < std::max(1, m_options.maxInFlight)) {
        if (!m_tokenCall && m_queue.empty() && m_background.empty())
            return;
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntil) {
            if (!m_pauseTimer) {
                m_pauseTimer = new QTimer(this);
                m_pauseTimer->setSingleShot(true);
                connect(m_pauseTimer, &QTimer::timeout, this, &CloudApiClient::pump);
            }
            m_pauseTimer->start(int(m_pausedUntil - now));
            return;
        }
        // The token call goes first, whatever waits behind it.
        if (m_tokenCall) {
            Call c = std::move(*m_tokenCall);
            m_tokenCall.reset();
            if (c.generation == m_generation)
                send(std::move(c), QString());
            continue;
        }
        std::deque<Call> *q = !m_queue.empty() ? &m_queue : &m_background;
        if (q->front().needsToken) {
            if (!m_token.isEmpty() && now >= m_tokenRefreshAt) {
                requestToken(); // refresh early; calls go on with the current one meanwhile
                if (m_tokenCall)
                    continue;
            }
            if (!tokenUsable()) {
                requestToken();
                if (m_tokenCall)
                    continue;
                return; // the token call is on its way: the rest waits for it
            }
        }
        Call c = std::move(q->front());
        q->pop_front();
        if (c.generation != m_generation)
            continue;
        send(std::move(c), m_token);
    }
}

void CloudApiClient::send(Call c, const QString &token)
{
    ++m_inFlight;
    ++m_callsMade;
    const QString usedToken = c.needsToken ? token : QString();
    const QByteArray body
        = requestBody(QUuid::createUuid().toString(QUuid::WithoutBraces), c.apiVer, usedToken, c.params);
    const QString path = c.path;
    m_http->post(path, body, timeoutFor(path), [this, c = std::move(c), usedToken](HttpOutcome o) mutable {
        --m_inFlight;
        if (c.generation != m_generation) {
            pump();
            return;
        }
        handle(std::move(c), usedToken, o);
        pump();
    });
}

void CloudApiClient::handle(Call c, const QString &usedToken, const HttpOutcome &o)
{
    const auto fail = [&](ApiError::Kind kind, const QString &message, int code = 0) {
        ApiError e {kind, c.path, message, o.status, code};
        if (kind != ApiError::Kind::Business)
            report(e);
        c.done({}, &e);
    };
    switch (o.failure) {
    case HttpOutcome::Failure::Network:
        if (c.networkRetries++ < m_options.maxNetworkRetries) {
            retryLater(std::move(c), 500);
            return;
        }
        return fail(ApiError::Kind::Network, o.failureText);
    case HttpOutcome::Failure::Tls:
        return fail(ApiError::Kind::Tls, o.failureText);
    case HttpOutcome::Failure::Timeout:
        return fail(ApiError::Kind::Timeout, tr("%1: %2").arg(c.path, o.failureText));
    case HttpOutcome::Failure::None:
        break;
    }
    if (isThrottled(o)) {
        throttled(std::move(c), QString::fromUtf8(o.errorMessage));
        return;
    }
    const QString gatewaySaid = QString::fromUtf8(o.errorMessage);
    if (o.status != 200) {
        reachable();
        if ((o.status == 400 || o.status == 401 || o.status == 403) && refusesSignature(o)) {
            const QString what = gatewaySaid.contains(u"appkey", Qt::CaseInsensitive)
                ? tr("the API gateway does not accept the AppKey: %1")
                : tr("the API gateway rejected the signature (check the AppSecret): %1");
            return fail(ApiError::Kind::Credentials, what.arg(gatewaySaid));
        }
        const QString detail
            = !gatewaySaid.isEmpty() ? gatewaySaid : QString::fromUtf8(o.body.left(200)).simplified();
        return fail(ApiError::Kind::Gateway,
                    tr("the API gateway answered HTTP %1 to %2: %3").arg(o.status).arg(c.path, detail));
    }
    auto reply = parseReply(o.body);
    if (!reply)
        return fail(ApiError::Kind::BadReply, tr("%1: %2").arg(c.path, reply.error()));
    reachable();
    if (reply->code == 200) {
        m_throttle.reset();
        c.done(reply->data, nullptr);
        return;
    }
    if (reply->code == 429) {
        throttled(std::move(c), businessText(*reply));
        return;
    }
    if (c.path == kRefresh) // a refresh refused: requestToken() asks for a new token
        return fail(ApiError::Kind::Business, tr("%1 failed: %2").arg(c.path, businessText(*reply)),
                    reply->code);
    if (!c.needsToken) // the token call itself: the Project ID or the credentials are refused
        return fail(
            ApiError::Kind::Credentials,
            tr("the cloud refused a token for project “%1”: %2 (check the Project ID, AppKey and AppSecret)")
                .arg(m_options.projectId, businessText(*reply)),
            reply->code);
    if (refusesToken(*reply)) {
        if (!c.tokenRenewed) {
            // Renewed once: another client may have taken the project's token.
            qCInfo(lcApi).noquote() << c.path
                                    << "refused the cloud token, renewing it:" << businessText(*reply);
            c.tokenRenewed = true;
            if (m_token == usedToken) {
                m_token.clear();
                m_tokenExpiresAt = 0;
            }
            m_queue.push_front(std::move(c));
            return;
        }
        return fail(ApiError::Kind::Credentials,
                    tr("%1 refused a fresh cloud token: %2").arg(c.path, businessText(*reply)), reply->code);
    }
    fail(ApiError::Kind::Business, tr("%1 failed: %2").arg(c.path, businessText(*reply)), reply->code);
}

void CloudApiClient::throttled(Call c, const QString &why)
{
    reachable();
    if (c.throttleRetries++ >= m_options.maxThrottleRetries) {
        ApiError e {ApiError::Kind::Throttled, c.path,
                    tr("%1: still throttled after %2 tries (%3)").arg(c.path).arg(c.throttleRetries).arg(why),
                    429, 429};
        report(e);
        c.done({}, &e);
        return;
    }
    // Everyone waits: the gateway throttles the AppKey, not one call.
    const qint64 delay = m_throttle.next();
    m_pausedUntil = std::max(m_pausedUntil, m_clock.elapsed() + delay);
    qCInfo(lcApi).noquote() << c.path << "throttled (" << why << "), waiting" << delay << "ms";
    requeue(std::move(c));
}

void CloudApiClient::retryLater(Call c, qint64 delayMs)
{
    auto held = std::make_shared<Call>(std::move(c));
    QTimer::singleShot(int(delayMs), this, [this, held] {
        if (held->generation != m_generation)
            return;
        requeue(std::move(*held));
        pump();
    });
}

void CloudApiClient::requeue(Call c)
{
    // A token call keeps its own place, ahead of every call waiting for it.
    if (!c.needsToken)
        m_tokenCall = std::move(c);
    else
        m_queue.push_front(std::move(c));
}

void CloudApiClient::report(const ApiError &error)
{
    qCWarning(lcApi).noquote() << apiErrorKindName(error.kind) << error.message;
    if (error.isUnreachable() || error.refusesCredentials() || error.kind == ApiError::Kind::Throttled) {
        if (m_reachable != false || m_lastProblem != error.message) {
            m_reachable = false;
            m_lastProblem = error.message;
            emit reachabilityChanged(false, error);
        }
    }
}

void CloudApiClient::reachable()
{
    if (m_reachable == true)
        return;
    m_reachable = true;
    m_lastProblem.clear();
    emit reachabilityChanged(true, ApiError {});
}

void CloudApiClient::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    m_background.clear();
    m_tokenCall.reset();
    m_http->abortAll();
    m_inFlight = 0;
    m_tokenPending = false;
    m_snapshotBatches.clear();
}

} // namespace linkscope::cloudapi
