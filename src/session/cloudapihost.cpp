#include "cloudapihost.h"

#include "cloudapi/cloudapiclient.h"

namespace linkscope {

cloudapi::CloudApiOptions CloudApiHost::optionsFor(const SubscriberProfile &profile)
{
    cloudapi::CloudApiOptions o;
    o.endpoint = cloudApiEndpoint(profile);
    // The system's CAs, and the profile's CA besides (a custom gateway may
    // have a certificate only that CA signed).
    o.caFile = profile.caFile;
    o.appKey = profile.appKey;
    o.appSecret = profile.appSecret;
    o.projectId = profile.projectId.trimmed();
    return o;
}

QString CloudApiHost::problemOf(const SubscriberProfile &profile)
{
    if (profile.projectId.trimmed().isEmpty())
        return tr("no Project ID in Settings: only devices that send are listed, without names or units");
    if (cloudApiEndpoint(profile).isEmpty())
        return tr("a custom push host needs the cloud API gateway's address in Settings");
    return cloudapi::CloudApiClient::optionsProblem(optionsFor(profile));
}

CloudApiHost::CloudApiHost(const cloudapi::CloudApiOptions &options, QObject *parent) : QObject(parent)
{
    m_client = new cloudapi::CloudApiClient(options);
    m_client->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("cloudapi"));
    m_thread.start();
}

CloudApiHost::~CloudApiHost()
{
    stop();
}

void CloudApiHost::stop()
{
    if (!m_client)
        return;
    cloudapi::CloudApiClient *client = m_client;
    m_client = nullptr;
    // Its network objects go on their own thread, before it ends.
    QMetaObject::invokeMethod(
        client,
        [client] {
            client->cancelAll();
            delete client;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace linkscope
