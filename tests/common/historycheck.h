#pragma once

// What tests read back after a run against the emulator: its manifest (the
// ids it sent and those acknowledged) and the message ids in a history file.

#include "common/manifest.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

// Message ids in a history file, with how often each is there.
inline QHash<QString, int> storedIds(const QString &path)
{
    QHash<QString, int> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec("SELECT message_id FROM messages");
            while (q.next())
                ++out[q.value(0).toString()];
        }
    }
    QSqlDatabase::removeDatabase("inspect");
    return out;
}

// Ids of `stored` that the emulator's manifest does not list as acknowledged.
inline int storedButNotAcknowledged(const QHash<QString, int> &stored, const QString &manifest)
{
    const QStringList acked = strings(readManifest(manifest).value("acknowledged"));
    const QSet<QString> ackedSet(acked.begin(), acked.end());
    int n = 0;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        n += ackedSet.contains(it.key()) ? 0 : 1;
    return n;
}
