#include "apigateway.h"

#include "core/apigatewaysigner.h"
#include "core/hmac.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

namespace linkscope::sim {

namespace {

constexpr qsizetype kMaxHead = 16 * 1024;
constexpr qsizetype kMaxBody = 1024 * 1024;
constexpr qint64 kReplayWindowMs = 15 * 60'000; // X-Ca-Timestamp and nonces (CLOUD_API §2.1)

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    default:
        return "Error";
    }
}

// One client connection: HTTP/1.1 requests one after another (keep-alive),
// each verified and routed, answered in order.
class Connection : public QObject {
public:
    Connection(QSslSocket *socket, ApiGateway *gateway)
        : QObject(gateway), m_socket(socket), m_gateway(gateway)
    {
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, &Connection::process);
        connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
        process();
    }

private:
    void process()
    {
        while (!m_busy && m_socket) {
            m_buffer += m_socket->readAll();
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > kMaxHead)
                    return fail(400, "Request Format Error: header too large");
                return;
            }
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
                return fail(400, "Request Format Error: not an HTTP/1.1 request line");
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (!headers.contains(name)) // the first of repeated headers
                    headers.insert(name, line.mid(colon + 1).trimmed());
            }
            if (headers.value("transfer-encoding").toLower().contains("chunked"))
                return fail(411, "Request Format Error: chunked bodies are not supported");
            bool ok = true;
            const qsizetype length
                = headers.contains("content-length") ? headers.value("content-length").toLongLong(&ok) : 0;
            if (!ok || length < 0)
                return fail(400, "Request Format Error: bad Content-Length");
            if (length > kMaxBody)
                return fail(413, "Request Format Error: body over 1 MiB");
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            const QByteArray body = m_buffer.mid(headEnd + 4, length);
            m_buffer.remove(0, headEnd + 4 + length);
            m_close = headers.value("connection").toLower() == "close";
            respond(requestLine[0], requestLine[1], body, headers);
        }
    }

    void respond(const QByteArray &method, const QByteArray &url, const QByteArray &body,
                 const QHash<QByteArray, QByteArray> &headers)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto refusal = m_gateway->verify(
            method, url, body, [&headers](const QByteArray &n) { return headers.value(n); }, now);
        ApiGateway::Answer answer;
        if (refusal) {
            answer = *refusal;
        } else {
            const qsizetype q = url.indexOf('?');
            answer = m_gateway->route(QString::fromUtf8(q < 0 ? url : url.left(q)), body, now);
        }
        m_busy = true;
        const auto send = [self = QPointer<Connection>(this), answer] {
            if (self)
                self->write(answer);
        };
        if (m_gateway->latencyMs() > 0)
            QTimer::singleShot(m_gateway->latencyMs(), this, send);
        else
            send();
    }

    void write(const ApiGateway::Answer &a)
    {
        if (!m_socket)
            return;
        const QByteArray body
            = a.body.isEmpty() ? QByteArray() : QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reasonPhrase(a.status) + "\r\n";
        head += "Content-Type: application/json; charset=utf-8\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head
            += "X-Ca-Request-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper() + "\r\n";
        if (!a.errorMessage.isEmpty())
            head += "X-Ca-Error-Message: " + a.errorMessage + "\r\n";
        head += m_close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        m_socket->write(head + body);
        m_busy = false;
        if (m_close) {
            m_socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(0, this, &Connection::process); // a request that came meanwhile
    }

    void fail(int status, const QByteArray &message)
    {
        m_close = true;
        m_buffer.clear();
        write({status, {}, message});
    }

    QPointer<QSslSocket> m_socket;
    ApiGateway *m_gateway;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_close = false;
};

} // namespace

ApiGateway::ApiGateway(const CloudState &state, ApiGatewayOptions options, QObject *parent)
    : QObject(parent), m_state(state), m_options(std::move(options)), m_rng(m_options.seed * 7919 + 17)
{
}

ApiGateway::~ApiGateway()
{
    stop();
}

void ApiGateway::setLogger(std::function<void(const QString &)> log)
{
    m_log = std::move(log);
}

void ApiGateway::log(const QString &line) const
{
    if (m_log)
        m_log(QStringLiteral("API: ") + line);
}

Result<quint16> ApiGateway::start()
{
    auto config = serverTlsConfiguration(m_options.certificates, {QByteArrayLiteral("http/1.1")});
    if (!config)
        return Error {config.error()};
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(*config);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &ApiGateway::onConnection);
    connect(m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
        log(QStringLiteral("a TLS handshake failed"));
    });
    if (!m_server->listen(QHostAddress(m_options.host), m_options.port))
        return Error {QStringLiteral("cannot listen on %1:%2: %3")
                          .arg(m_options.host)
                          .arg(m_options.port)
                          .arg(m_server->errorString())};
    return m_server->serverPort();
}

void ApiGateway::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (socket)
            new Connection(socket, this);
    }
}

void ApiGateway::stop()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

std::optional<ApiGateway::Answer>
ApiGateway::verify(const QByteArray &method, const QByteArray &url, const QByteArray &body,
                   const std::function<QByteArray(const QByteArray &)> &header, qint64 nowMs)
{
    const auto refuse = [this, &url](int status, const QByteArray &message) {
        log(QStringLiteral("refused %1: %2")
                .arg(QString::fromUtf8(url), QString::fromUtf8(message.left(120))));
        return Answer {status, {}, message};
    };
    if (method != "POST")
        return refuse(400, "Invalid Method: the cloud APIs take POST");
    const QByteArray key = header("x-ca-key");
    if (key.isEmpty())
        return refuse(400, "Invalid AppKey: X-Ca-Key is missing");
    if (key != m_options.appKey.toUtf8())
        return refuse(400, "Invalid AppKey");
    const QByteArray signature = header("x-ca-signature");
    if (signature.isEmpty())
        return refuse(401, "Empty Signature");
    const QByteArray md5 = header("content-md5");
    if (!md5.isEmpty() && md5 != contentMd5(body))
        return refuse(400, "Invalid Content-MD5, Server Content-MD5:" + contentMd5(body));
    const QByteArray timestamp = header("x-ca-timestamp");
    if (!timestamp.isEmpty()) {
        bool ok = false;
        const qint64 t = timestamp.toLongLong(&ok);
        if (!ok)
            return refuse(400, "Invalid Timestamp");
        if (std::abs(nowMs - t) > kReplayWindowMs)
            return refuse(400, "Timestamp Expired");
    }
    const QByteArray method2 = header("x-ca-signaturemethod").isEmpty() ? header("x-ca-signature-method")
                                                                        : header("x-ca-signaturemethod");
    if (!method2.isEmpty() && method2 != "HmacSHA256" && method2 != "HmacSHA1")
        return refuse(400, "Invalid Signature Method: " + method2);
    const QByteArray expected = serverStringToSign(method, url, header);
    const QByteArray mine = method2 == "HmacSHA1"
        ? hmacBase64(SignMethod::HmacSha1, m_options.appSecret, expected)
        : gatewaySignature(m_options.appSecret, expected);
    if (!constantTimeEquals(mine, signature)) {
        // The gateway's own words: its string to sign, newlines shown as '#'
        // (a header cannot carry them), so a client can compare it with its own.
        QByteArray shown = expected;
        shown.replace('\n', '#');
        return refuse(m_options.badSignatureStatus, "Invalid Signature, Server StringToSign:" + shown);
    }
    const QByteArray nonce = header("x-ca-nonce");
    if (!nonce.isEmpty()) {
        if (nowMs - m_noncesPrunedAt > 1000) { // once a second, not once a call
            m_noncesPrunedAt = nowMs;
            for (auto it = m_nonces.begin(); it != m_nonces.end();)
                it = nowMs - it.value() > kReplayWindowMs ? m_nonces.erase(it) : std::next(it);
        }
        if (m_nonces.contains(nonce))
            return refuse(400, "Nonce Used: X-Ca-Nonce " + nonce + " came before (a replayed request)");
        m_nonces.insert(nonce, nowMs);
    }
    if (m_options.throttleFraction > 0
        && std::uniform_real_distribution<double>(0, 1)(m_rng) < m_options.throttleFraction)
        return refuse(m_options.throttleStatus, "Throttled by APP Flow Control");
    return std::nullopt;
}

} // namespace linkscope::sim
