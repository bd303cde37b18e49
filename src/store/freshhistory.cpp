#include "freshhistory.h"

#include "schema.h"

#include "core/privatefiles.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace linkscope::store {

namespace {

void removeHistory(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<bool> startOverKeepingAlerts(const QString &path)
{
    if (!QFile::exists(path))
        return true;
    const QString old = path + QStringLiteral(".previous");
    removeHistory(old);
    // The old file with its log, under another name (its WAL goes with it).
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, old + suffix))
            return Error {QStringLiteral("cannot move %1 aside").arg(path + suffix)};
    const QString name = QStringLiteral("fresh-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<bool> result = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!createPrivateFile(path) || !db.open()) { // 0600, as the store makes it
            result = Error {QStringLiteral("cannot create %1: %2").arg(path, db.lastError().text())};
        } else if (auto migrated = migrate(db); !migrated) {
            result = Error {migrated.error()};
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("ATTACH DATABASE ? AS previous"));
            q.addBindValue(old);
            int version = 0;
            if (q.exec() && q.exec(QStringLiteral("PRAGMA previous.user_version")) && q.next())
                version = q.value(0).toInt();
            q.finish();
            if (version >= 4) {
                db.transaction();
                const bool copied
                    = q.exec(QStringLiteral(
                          "INSERT INTO alert_transitions SELECT * FROM previous.alert_transitions"))
                    && q.exec(
                        QStringLiteral("INSERT INTO active_alerts SELECT * FROM previous.active_alerts"));
                if (!copied) {
                    result = Error {QStringLiteral("cannot keep the alerts: %1").arg(q.lastError().text())};
                    db.rollback();
                } else {
                    db.commit();
                }
            }
            q.exec(QStringLiteral("DETACH DATABASE previous"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    removeHistory(old);
    return result;
}

} // namespace linkscope::store
