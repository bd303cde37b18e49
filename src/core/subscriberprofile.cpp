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

} // namespace linkscope
