#include "subscriberprofile.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace linkscope {

QString defaultClientId()
{
    // Host name plus a hash of the machine id: stable, not personally revealing.
    const QByteArray machine = QSysInfo::machineUniqueId();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(machine.isEmpty() ? QSysInfo::machineHostName().toUtf8() : machine,
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(12));
    QString host = QSysInfo::machineHostName();
    host.remove(u'|').remove(u',');
    return (QStringLiteral("linkscope-") + host.left(40) + u'-' + hash).left(64);
}

const RegionEndpoint *regionOfHost(const QString &host)
{
    for (const RegionEndpoint &r : Regions)
        if (host == QLatin1String(r.amqpHost) || host == QLatin1String(r.http2Host))
            return &r;
    return nullptr;
}

const RegionEndpoint *regionById(const QString &id)
{
    for (const RegionEndpoint &r : Regions)
        if (id == QLatin1String(r.id))
            return &r;
    return nullptr;
}

QString cloudApiEndpoint(const SubscriberProfile &profile)
{
    if (!profile.apiEndpoint.trimmed().isEmpty())
        return profile.apiEndpoint.trimmed();
    if (const RegionEndpoint *r = regionOfHost(profile.host))
        return QStringLiteral("https://") + QLatin1String(r->apiHost);
    return {};
}

} // namespace linkscope
