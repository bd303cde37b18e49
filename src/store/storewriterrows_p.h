#pragma once

// Private to src/store: the rows a StoreWriter caches and the helpers its
// writes share (kinds, SQL values, failures), apart from its state
// (storewriter_p.h).

#include "storewriter.h"

#include "core/messagejson.h"
#include "core/propertyvalue.h"
#include "core/valuecodec.h"
#include "rollups.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace linkscope::store::detail {

struct DeviceRow {
    qint64 id = 0;
    qint64 onlineSince = 0;
};

struct DeviceUpdate {
    qint64 lastSeen = 0;
    qint64 newMessages = 0;
    QString iotId;
    QString deviceType;
};

struct AttributeRow {
    qint64 id = 0;
    qint64 lastTime = std::numeric_limits<qint64>::min();
};

struct LastValue {
    qint64 time = 0;
    QString json;
};

// What a transaction's messages add up to, written once when it commits:
// per device its last sighting and message count, per attribute its last
// value, and the rollups.
struct Accumulated {
    QHash<qint64, DeviceUpdate> updates;
    QHash<qint64, LastValue> lastValues;
    RollupBatch rollups;

    void clear()
    {
        updates.clear();
        lastValues.clear();
        rollups.clear();
    }
};

// Failure inside a batch: rolled back by the caller.
struct BatchError {
    QString reason;
};

// The storage failed, not one message: retrying message by message would fail alike.
inline bool isStorageFailure(const QString &why)
{
    static const char *const kinds[]
        = {"disk is full",       "disk I/O error", "readonly",       "read-only",
           "database is locked", "unable to open", "not open",       "out of memory",
           "interrupted",        "malformed",      "not a database", "rolled back whole"};
    for (const char *k : kinds)
        if (why.contains(QLatin1String(k), Qt::CaseInsensitive))
            return true;
    return false;
}

inline const MessageMeta &metaOfItem(const DecodedMessage &m)
{
    return metaOf(m);
}
template<typename T> const MessageMeta &metaOfItem(const T &item)
{
    return item.meta;
}

inline MessageKind expectedKindOf(const PropertyReport &)
{
    return MessageKind::Property;
}
inline MessageKind expectedKindOf(const DeviceEvent &)
{
    return MessageKind::Event;
}
inline MessageKind expectedKindOf(const ServiceReply &)
{
    return MessageKind::ServiceReply;
}
inline MessageKind expectedKindOf(const StatusChange &)
{
    return MessageKind::Status;
}
inline MessageKind expectedKindOf(const BindingChange &)
{
    return MessageKind::Binding;
}
inline MessageKind expectedKindOf(const DecodedMessage &m)
{
    return kindOf(m);
}
inline MessageKind expectedKindOf(const Rejected &r)
{
    return r.expectedKind;
}

[[noreturn]] inline void failQuery(const QSqlQuery &q, const char *what)
{
    throw BatchError {QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text())};
}

// A null QByteArray binds as SQL NULL; an empty payload is still a payload.
inline QByteArray blob(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArrayLiteral("") : bytes;
}

// A null QString binds as SQL NULL; the text columns want an empty string.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline void run(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        failQuery(q, what);
}

} // namespace linkscope::store::detail
