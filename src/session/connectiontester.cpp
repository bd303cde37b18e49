#include "connectiontester.h"

#include "cloudapi/cloudapiclient.h"
#include "cloudapihost.h"
#include "transport/subscriber.h"

namespace linkscope {

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(TimedOut, QString()); });
    m_thread.setObjectName(QStringLiteral("connection-test"));
}

ConnectionTester::~ConnectionTester()
{
    shutDown();
}

void ConnectionTester::test(const SubscriberProfile &profile, int timeoutMs)
{
    shutDown();
    m_profile = profile;
    m_subscriber = transport::makeSubscriber(profile).release();
    m_subscriber->moveToThread(&m_thread);
    connect(m_subscriber, &transport::Subscriber::connectionStateChanged, this, &ConnectionTester::onState);
    m_thread.start();
    QMetaObject::invokeMethod(m_subscriber, &transport::Subscriber::start, Qt::QueuedConnection);
    m_timeout.start(timeoutMs);
}

void ConnectionTester::onState(ConnectionState state, const QString &detail)
{
    if (!m_subscriber)
        return;
    switch (state) {
    case ConnectionState::Subscribed:
        finish(Connected, detail);
        break;
    case ConnectionState::AuthFailed:
        finish(WrongCredentials, detail);
        break;
    case ConnectionState::TlsFailed:
        finish(CertificateNotTrusted, detail);
        break;
    case ConnectionState::Reconnecting:
        finish(HostUnreachable, detail);
        break;
    case ConnectionState::Failed:
        finish(Failed, detail);
        break;
    default:
        break;
    }
}

void ConnectionTester::finish(Outcome outcome, const QString &detail)
{
    m_timeout.stop();
    shutDown();
    const QString words = describe(outcome, detail);
    if (!m_profile.projectId.trimmed().isEmpty()) {
        if (const QString problem = CloudApiHost::problemOf(m_profile); !problem.isEmpty()) {
            emit finished(outcome, words + u'\n' + tr("Cloud API: %1").arg(problem));
            return;
        }
        testApi(outcome, words);
        return;
    }
    emit finished(outcome, words);
}

void ConnectionTester::testApi(Outcome pushOutcome, const QString &pushWords)
{
    // A test answers within seconds: throttling is tried twice, not for minutes.
    // (Its token replaces a running session's; that session renews its own once.)
    cloudapi::CloudApiOptions options = CloudApiHost::optionsFor(m_profile);
    options.maxThrottleRetries = 2;
    options.maxNetworkRetries = 0;
    m_api = std::make_unique<CloudApiHost>(options);
    using C = cloudapi::CloudApiClient;
    C *client = m_api->client();
    const auto done = [this, pushOutcome, pushWords](const QString &apiWords) {
        // The host goes once this slot of its own has returned.
        QTimer::singleShot(0, this, [this] { m_api.reset(); });
        emit finished(pushOutcome, pushWords + u'\n' + apiWords);
    };
    connect(client, &C::credentialsVerified, m_api.get(), [this, done](quint64) {
        done(tr("Cloud API: the project %1 answered.").arg(m_profile.projectId));
    });
    connect(client, &C::failed, m_api.get(),
            [done](quint64, const cloudapi::ApiError &e) { done(tr("Cloud API: %1").arg(e.message)); });
    QMetaObject::invokeMethod(client, [client] { client->verifyCredentials(1); });
}

void ConnectionTester::shutDown()
{
    m_api.reset();
    if (!m_subscriber)
        return;
    transport::Subscriber *s = m_subscriber;
    m_subscriber = nullptr;
    disconnect(s, nullptr, this, nullptr);
    QMetaObject::invokeMethod(s, &transport::Subscriber::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        s, [s] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString ConnectionTester::describe(Outcome outcome, const QString &detail)
{
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')';
    switch (outcome) {
    case Connected:
        return tr("Connected: the cloud accepted the AppKey and AppSecret.");
    case WrongCredentials:
        return tr("Wrong AppKey or AppSecret: the cloud refused the login.") + suffix;
    case CertificateNotTrusted:
        return tr("Certificate not trusted: the server's certificate does not verify against the CA.")
            + suffix;
    case HostUnreachable:
        return tr("Host unreachable: no connection could be made.") + suffix;
    case TimedOut:
        return tr("No answer: the host did not complete the login in time.");
    case Failed:
        return tr("The connection failed inside LinkScope.") + suffix;
    }
    return {};
}

} // namespace linkscope
