#include "gatewayhttp_p.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUuid>

namespace linkscope::cloudapi {

GatewayHttp::GatewayHttp(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    // TLS verified always: the system's CAs, and the profile's CA too when it
    // names one (a region's gateway has a public certificate even when the
    // push goes through a host with a private one).
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    if (!m_settings.caFile.isEmpty())
        cas += QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
    m_tls.setCaCertificates(cas);
}

GatewayHttp::~GatewayHttp()
{
    abortAll();
    // Its kept-alive TLS connections end here, on this thread, not with the process.
    if (m_manager)
        m_manager->clearConnectionCache();
    delete m_manager;
}

QNetworkAccessManager *GatewayHttp::manager()
{
    // Made on first use, on the thread this object lives on.
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    return m_manager;
}

void GatewayHttp::abortAll()
{
    const QList<QNetworkReply *> replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void GatewayHttp::post(const QString &path, const QByteArray &body, int timeoutMs,
                       std::function<void(HttpOutcome)> done)
{
    QUrl url = m_settings.endpoint;
    url.setPath(path);
    const int defaultPort = 443;
    ApiGatewayRequest r;
    r.host = url.host()
        + (url.port(defaultPort) != defaultPort ? u':' + QString::number(url.port()) : QString());
    r.path = path;
    r.body = body;
    r.appKey = m_settings.appKey;
    r.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.timestamp = QDateTime::currentMSecsSinceEpoch();
    r.date = QDateTime::currentDateTimeUtc();
    r.style = m_settings.style;
    const SignedApiRequest signedRequest = signApiGatewayRequest(r, m_settings.appSecret);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager()->post(request, body);
    m_replies.append(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    auto sslProblems = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslProblems](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslProblems->append(e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, sslProblems, timeoutMs, done = std::move(done)] {
                if (!m_replies.removeOne(reply))
                    return; // aborted by abortAll()
                reply->deleteLater();
                HttpOutcome out;
                out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->isOpen())
                    out.body = reply->readAll();
                out.errorMessage = reply->rawHeader("X-Ca-Error-Message");
                out.requestId = reply->rawHeader("X-Ca-Request-Id");
                const QString host = reply->url().host();
                if (*timedOut) {
                    out.failure = HttpOutcome::Failure::Timeout;
                    out.failureText = tr("no answer from %1 within %2 s").arg(host).arg(timeoutMs / 1000.0);
                } else if (!sslProblems->isEmpty()
                           || reply->error() == QNetworkReply::SslHandshakeFailedError) {
                    out.failure = HttpOutcome::Failure::Tls;
                    out.failureText
                        = tr("the certificate of %1 is not trusted: %2")
                              .arg(host,
                                   sslProblems->isEmpty() ? reply->errorString() : sslProblems->join(u"; "));
                } else if (out.status == 0 && reply->error() != QNetworkReply::NoError) {
                    out.failure = HttpOutcome::Failure::Network;
                    out.failureText = tr("cannot reach %1: %2").arg(host, reply->errorString());
                }
                done(std::move(out));
            });
}

} // namespace linkscope::cloudapi
