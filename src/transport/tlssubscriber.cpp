#include "tlssubscriber.h"

#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "linkscope.transport")

namespace linkscope::transport {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The words of a state that retries: "in 8 s (reason)" or "reason; retrying in 8 s".
QString retryText(ConnectionState state, const QString &reason, qint64 delayMs)
{
    const qint64 s = (delayMs + 999) / 1000;
    return state == ConnectionState::Reconnecting
        ? TlsSubscriber::tr("in %1 s (%2)").arg(s).arg(reason)
        : reason + QStringLiteral("; ") + TlsSubscriber::tr("retrying in %1 s").arg(s);
}

// Every name a certificate is valid for: DNS and IP entries, else its CN.
QStringList certificateNames(const QSslCertificate &cert)
{
    QStringList names;
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString listed(const QStringList &names)
{
    if (names.isEmpty())
        return TlsSubscriber::tr("no name at all");
    if (names.size() == 1)
        return names.first();
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + TlsSubscriber::tr(" and ")
        + names.last();
}

} // namespace

TlsSubscriber::TlsSubscriber(SubscriberProfile profile, Policy policy, QObject *parent)
    : Subscriber(parent), m_profile(std::move(profile)), m_policy(std::move(policy))
{
    if (!m_policy.delays)
        m_policy.delays = std::make_unique<Backoff>(1000, 60'000, 0.2);
    if (!m_policy.authDelays)
        m_policy.authDelays = std::make_unique<Backoff>(30'000, 300'000, 0.2);
    m_pipeline = new MessagePipeline(m_profile.topicFilters, this);
    m_pipeline->setMaxClockSkew(m_profile.maxClockSkewMs);
    forwardPipeline(m_pipeline);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &TlsSubscriber::connectNow);
    m_loginTimer = new QTimer(this);
    m_loginTimer->setSingleShot(true);
    connect(m_loginTimer, &QTimer::timeout, this, [this] {
        const int s = m_policy.loginTimeoutMs / 1000;
        if (m_state == ConnectionState::Authenticating)
            fail(ConnectionState::AuthFailed, tr("the login was not answered within %1 s").arg(s));
        else
            fail(ConnectionState::Reconnecting, tr("the server did not answer within %1 s").arg(s));
    });
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, [this] { emit statsUpdated(m_pipeline->stats()); });
}

TlsSubscriber::~TlsSubscriber() = default; // subclasses stop() in their own destructor

QSslSocket *TlsSubscriber::socket() const
{
    return m_socket;
}

void TlsSubscriber::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    qCInfo(lcTransport).noquote() << connectionStateName(state) << detail;
    emit connectionStateChanged(state, detail);
}

void TlsSubscriber::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_running)
        return;
    if (const QString problem = caFileProblem(m_profile.caFile); !problem.isEmpty()) {
        setState(ConnectionState::TlsFailed, problem); // no retry: the file will not mend itself
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        setState(ConnectionState::TlsFailed, tr("TLS is not available (no OpenSSL backend for Qt)"));
        return;
    }
    m_running = true;
    m_statsTimer->start();
    connectNow();
}

void TlsSubscriber::connectNow()
{
    if (!m_running)
        return;
    const qint64 wait = m_rateLimit.delayFor(now());
    if (wait > 0) {
        scheduleReconnect(ConnectionState::Reconnecting, tr("connection limit of 100 a minute reached"),
                          wait);
        return;
    }
    m_rateLimit.record(now());
    teardown();
    m_ending = false;
    setState(ConnectionState::Connecting, QStringLiteral("%1:%2").arg(m_profile.host).arg(m_profile.port));

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(tlsConfiguration(m_profile, m_policy.alpn));
    socket->setPeerVerifyName(m_profile.host); // DNS or IP entries (Qt checks both)
    socket->setReadBufferSize(4 * 1024 * 1024); // past it, TCP holds the peer back
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (socket == m_socket)
            onEncrypted();
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == m_socket && m_receiving)
            onReadable();
    });
    connect(socket, &QSslSocket::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) { onSslErrors(socket, errors); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != m_socket)
            return;
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError
            || error == QAbstractSocket::SslInvalidUserDataError
            || error == QAbstractSocket::SslInternalError;
        if (tls)
            fail(ConnectionState::TlsFailed,
                 tr("the server's certificate is not trusted (%1)").arg(socket->errorString()));
        else if (error == QAbstractSocket::RemoteHostClosedError)
            onClosed(socket);
        else
            fail(ConnectionState::Reconnecting, socket->errorString());
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] { onClosed(socket); });
    socket->connectToHostEncrypted(m_profile.host, m_profile.port);
    m_loginTimer->start(m_policy.loginTimeoutMs);
}

QSslConfiguration TlsSubscriber::tlsConfiguration(const SubscriberProfile &profile, const QByteArray &alpn)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!alpn.isEmpty())
        config.setAllowedNextProtocols({alpn});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!profile.caFile.isEmpty()) // the profile's CA in place of the system's
        config.setCaCertificates(QSslCertificate::fromPath(profile.caFile, QSsl::Pem));
    else
        config.setCaCertificates(QSslConfiguration::systemCaCertificates());
    return config;
}

void TlsSubscriber::onClosed(QSslSocket *socket)
{
    if (socket != m_socket || m_ending)
        return;
    if (socket->isEncrypted()) {
        if (socket->bytesAvailable() > 0 && m_receiving)
            onReadable(); // what came before the close
        if (socket == m_socket && !m_ending)
            onPeerClosed();
    }
    if (socket == m_socket && !m_ending)
        fail(ConnectionState::Reconnecting, tr("the server closed the connection"));
}

void TlsSubscriber::onSslErrors(QSslSocket *socket, const QList<QSslError> &errors)
{
    if (socket != m_socket)
        return;
    QStringList why;
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch)
            why << tr("the certificate is for %1, not for %2")
                       .arg(listed(certificateNames(e.certificate())), m_profile.host);
        else
            why << e.errorString();
    }
    why.removeDuplicates();
    fail(ConnectionState::TlsFailed,
         tr("the server's certificate is not trusted (%1)").arg(why.join(QStringLiteral("; "))));
}

bool TlsSubscriber::write(const char *data, qint64 size)
{
    if (!m_socket || m_ending)
        return false;
    const qint64 unsent = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    if (unsent + size > m_policy.maxUnsentBytes) {
        fail(ConnectionState::Reconnecting,
             tr("the server stopped reading (%1 KiB unsent)").arg((unsent + size) / 1024));
        return false;
    }
    return m_socket->write(data, size) == size;
}

void TlsSubscriber::subscribed(const QString &detail)
{
    m_loginTimer->stop();
    m_policy.delays->reset();
    m_policy.authDelays->reset();
    setState(ConnectionState::Subscribed, detail);
}

void TlsSubscriber::fail(ConnectionState state, const QString &reason)
{
    if (m_ending)
        return;
    m_ending = true;
    teardown();
    onConnectionGone();
    m_pipeline->connectionLost();
    if (!m_running) {
        setState(ConnectionState::Stopped, QString());
        return;
    }
    const qint64 delay
        = state == ConnectionState::AuthFailed ? m_policy.authDelays->next() : m_policy.delays->next();
    scheduleReconnect(state, reason, delay);
}

void TlsSubscriber::scheduleReconnect(ConnectionState state, const QString &reason, qint64 delayMs)
{
    setState(state, retryText(state, reason, delayMs));
    m_reconnectTimer->start(int(delayMs));
}

void TlsSubscriber::teardown()
{
    m_loginTimer->stop();
    if (QSslSocket *s = m_socket) {
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void TlsSubscriber::stopReceiving()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_receiving = false; // bytes stay in the socket; what they hold comes again
    m_pipeline->flush();
    m_pipeline->stopBatching();
}

void TlsSubscriber::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_running && !m_socket)
        return;
    m_running = false;
    m_reconnectTimer->stop();
    m_statsTimer->stop();
    if (m_socket && m_socket->isEncrypted() && !m_ending) {
        // Behind whatever is already queued on the socket (acknowledgements
        // first), in order: nothing due is lost to the close.
        onGoodbye();
        // Every byte out before the socket goes (waitForBytesWritten returns
        // after the first write, so wait until nothing is left). A server
        // that reads is waited for, however slowly it reads (a loaded
        // machine); one that has read nothing for 0.7 s is not (5 s at most).
        const auto unsent = [this] { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); };
        QElapsedTimer waited, stalled;
        waited.start();
        stalled.start();
        qint64 left = unsent();
        while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && left > 0
               && stalled.elapsed() < 700 && waited.elapsed() < 5000) {
            m_socket->waitForBytesWritten(int(std::max<qint64>(1, 700 - stalled.elapsed())));
            if (!m_socket)
                break;
            if (const qint64 now = unsent(); now < left) {
                left = now;
                stalled.restart();
            }
        }
        // Then let the server close first, dropping what it still sends: a
        // socket closed with unread bytes resets the connection, and a
        // reset may cost the server the acknowledgements it has not read yet.
        // Half a second; a server still sending is busy, not gone, and gets
        // more time to reach our goodbye (5 s at most, so a quit stays prompt;
        // a server at ease closes within milliseconds).
        waited.restart();
        qint64 patience = 500;
        while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState
               && waited.elapsed() < patience) {
            m_socket->readAll();
            if (m_socket->waitForReadyRead(50))
                patience = std::min<qint64>(5000, std::max(patience, waited.elapsed() + 300));
        }
        if (m_socket)
            m_socket->readAll();
    }
    m_ending = true;
    teardown();
    onConnectionGone();
    m_pipeline->connectionLost();
    setState(ConnectionState::Stopped, QString());
}

} // namespace linkscope::transport
