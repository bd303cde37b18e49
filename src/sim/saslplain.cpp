#include "saslplain_p.h"

#include <QLoggingCategory>
#include <QMutex>

#include <proton/sasl_plugin.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcSasl, "linkscope.sim.sasl")

namespace linkscope::sim::detail {

namespace {

QMutex g_mutex;
PlainVerifier g_verifier;

const char kPlain[] = "PLAIN";

void implFree(pn_transport_t *transport)
{
    free(pnx_sasl_get_context(transport));
}

const char *listMechanisms(pn_transport_t *)
{
    return kPlain;
}

bool initServer(pn_transport_t *transport)
{
    pnx_sasl_set_desired_state(transport, SASL_POSTED_MECHANISMS);
    return true;
}

bool initClient(pn_transport_t *)
{
    return true;
}

void prepareWrite(pn_transport_t *)
{
}

// Server: the client's initial response is "authzid\0authcid\0password".
void processInit(pn_transport_t *transport, const char *mechanism, const pn_bytes_t *recv)
{
    bool ok = false;
    QString user;
    if (std::strcmp(mechanism, kPlain) == 0 && recv && recv->start) {
        const QByteArray response(recv->start, qsizetype(recv->size));
        const QList<QByteArray> parts = response.split('\0');
        if (parts.size() == 3) {
            user = QString::fromUtf8(parts[1]);
            PlainVerifier verifier;
            {
                QMutexLocker lock(&g_mutex);
                verifier = g_verifier;
            }
            const QString reason
                = verifier ? verifier(user, parts[2]) : QStringLiteral("no verifier installed");
            ok = reason.isEmpty();
            if (!ok)
                qCWarning(lcSasl).noquote() << "SASL PLAIN refused:" << reason;
        } else {
            qCWarning(lcSasl) << "SASL PLAIN refused: the response is not authzid\\0user\\0password";
        }
    } else {
        qCWarning(lcSasl) << "SASL refused: mechanism" << mechanism << "is not offered";
    }
    if (ok) {
        // Proton keeps the pointer, not a copy: the name lives in the SASL
        // context, which implFree releases with the transport.
        char *name = strdup(user.toUtf8().constData());
        free(pnx_sasl_get_context(transport));
        pnx_sasl_set_context(transport, name);
        pnx_sasl_set_succeeded(transport, name, nullptr);
    } else
        pnx_sasl_set_failed(transport);
    pnx_sasl_set_desired_state(transport, SASL_POSTED_OUTCOME);
}

void processResponse(pn_transport_t *, const pn_bytes_t *)
{
}

// Client (for completeness in this process): PLAIN with the set credentials.
bool processMechanisms(pn_transport_t *transport, const char *mechs)
{
    const char *user = pnx_sasl_get_username(transport);
    const char *password = pnx_sasl_get_password(transport);
    if (!std::strstr(mechs, kPlain) || !user || !password)
        return false;
    const size_t u = std::strlen(user), p = std::strlen(password);
    char *response = static_cast<char *>(malloc(u + p + 2));
    if (!response)
        return false;
    response[0] = 0;
    std::memcpy(response + 1, user, u);
    response[u + 1] = 0;
    std::memcpy(response + u + 2, password, p);
    pnx_sasl_set_context(transport, response);
    pnx_sasl_set_selected_mechanism(transport, kPlain);
    pnx_sasl_set_bytes_out(transport, pn_bytes(u + p + 2, response));
    pnx_sasl_clear_password(transport);
    pnx_sasl_set_desired_state(transport, SASL_POSTED_INIT);
    return true;
}

void processChallenge(pn_transport_t *, const pn_bytes_t *)
{
}
void processOutcome(pn_transport_t *, const pn_bytes_t *)
{
}
bool canEncrypt(pn_transport_t *)
{
    return false;
}
ssize_t maxEncryptSize(pn_transport_t *)
{
    return 0;
}
ssize_t encode(pn_transport_t *, pn_bytes_t, pn_bytes_t *)
{
    return 0;
}
ssize_t decode(pn_transport_t *, pn_bytes_t, pn_bytes_t *)
{
    return 0;
}

const pnx_sasl_implementation kImpl = {implFree,         listMechanisms, initServer,      initClient,
                                       prepareWrite,     processInit,    processResponse, processMechanisms,
                                       processChallenge, processOutcome, canEncrypt,      maxEncryptSize,
                                       encode,           decode};

} // namespace

void installSaslPlain(PlainVerifier verifier)
{
    {
        QMutexLocker lock(&g_mutex);
        g_verifier = std::move(verifier);
    }
    pnx_sasl_set_default_implementation(&kImpl);
}

} // namespace linkscope::sim::detail
