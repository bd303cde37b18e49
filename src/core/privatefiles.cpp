#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace linkscope {

bool makePrivateDirs(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    QString current;
    for (const QString &part : parts) {
        current += u'/' + part;
        if (QFileInfo(current).isDir())
            continue;
        if (!QDir().mkdir(current, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return QFileInfo(current).isDir(); // made by someone else meanwhile
    }
    return true;
}

bool createPrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || QFileInfo::exists(path);
}

QString secretFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("%1 does not exist").arg(path);
    const QFileDevice::Permissions p = info.permissions();
    const bool others = p
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
           | QFileDevice::WriteOther);
    if (!others)
        return {};
    const int mode = (p & QFileDevice::ReadOwner ? 0400 : 0) | (p & QFileDevice::WriteOwner ? 0200 : 0)
        | (p & QFileDevice::ExeOwner ? 0100 : 0) | (p & QFileDevice::ReadGroup ? 040 : 0)
        | (p & QFileDevice::WriteGroup ? 020 : 0) | (p & QFileDevice::ExeGroup ? 010 : 0)
        | (p & QFileDevice::ReadOther ? 04 : 0) | (p & QFileDevice::WriteOther ? 02 : 0)
        | (p & QFileDevice::ExeOther ? 01 : 0);
    return QStringLiteral(
               "%1 can be read by others than its owner (mode %2); an AppSecret must be the owner's "
               "alone: chmod 600 %1")
        .arg(path, QString::number(mode, 8).rightJustified(4, u'0'));
}

Result<Secret> commandLineAppSecret(const QString &file)
{
    if (!file.isEmpty()) {
        if (const QString problem = secretFileProblem(file); !problem.isEmpty())
            return Error {problem}; // as ssh refuses a key others can read
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("cannot read %1: %2").arg(file, f.errorString())};
        Secret secret(f.readAll().trimmed());
        if (secret.isEmpty())
            return Error {QStringLiteral("%1 is empty: it must hold the AppSecret").arg(file)};
        return secret;
    }
    if (!qEnvironmentVariableIsEmpty("LINKSCOPE_APPSECRET"))
        return Secret(qgetenv("LINKSCOPE_APPSECRET"));
    return Error {QStringLiteral("no AppSecret: set LINKSCOPE_APPSECRET or give --appsecret-file")};
}

} // namespace linkscope
