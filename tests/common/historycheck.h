#pragma once

// What tests read back after a run against the emulator: its manifest (the
// ids it sent and those acknowledged) and the message ids in a history file.

#include "common/manifest.h"

#include <QHash>
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
