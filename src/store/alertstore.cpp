#include "alertstore.h"

#include "core/valuecodec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace linkscope::store {

namespace {

Error failed(const QSqlQuery &q, const char *what)
{
    return Error {QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text())};
}

// Qt binds a null QString as SQL NULL, which the NOT NULL columns refuse:
// a constraint failure here would hold up every message after it.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

DeviceKey device(const QSqlQuery &q, int column)
{
    return DeviceKey {q.value(column).toString(), q.value(column + 1).toString(), {}};
}

} // namespace

Result<bool> writeAlertTransitions(QSqlDatabase &db, const QList<AlertTransition> &transitions)
{
    QSqlQuery insert(db), fire(db), ack(db), clear(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO alert_transitions(rule, product_key, device_name, "
                                       "severity, state, time, value, detail)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        || !fire.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO active_alerts(rule, product_key, device_name, severity, fired_at, value,"
            " detail, acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"))
        || !ack.prepare(QStringLiteral("UPDATE active_alerts SET acknowledged = 1 WHERE rule = ? AND "
                                       "product_key = ? AND device_name = ?"))
        || !clear.prepare(QStringLiteral(
            "DELETE FROM active_alerts WHERE rule = ? AND product_key = ? AND device_name = ?")))
        return failed(insert, "preparing the alert statements");
    for (const AlertTransition &t : transitions) {
        const QString value = QString::fromUtf8(valueToJson(t.value));
        insert.addBindValue(notNull(t.rule));
        insert.addBindValue(notNull(t.device.productKey));
        insert.addBindValue(notNull(t.device.deviceName));
        insert.addBindValue(int(t.severity));
        insert.addBindValue(int(t.state));
        insert.addBindValue(t.time);
        insert.addBindValue(value);
        insert.addBindValue(notNull(t.detail));
        if (!insert.exec())
            return failed(insert, "recording an alert");
        QSqlQuery &q = t.state == AlertState::Firing ? fire
            : t.state == AlertState::Acknowledged    ? ack
                                                     : clear;
        q.addBindValue(notNull(t.rule));
        q.addBindValue(notNull(t.device.productKey));
        q.addBindValue(notNull(t.device.deviceName));
        if (t.state == AlertState::Firing) {
            q.addBindValue(int(t.severity));
            q.addBindValue(t.time);
            q.addBindValue(value);
            q.addBindValue(notNull(t.detail));
        }
        if (!q.exec())
            return failed(q, "updating the active alerts");
    }
    return true;
}

Result<QList<ActiveAlert>> readActiveAlerts(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rule, product_key, device_name, fired_at, value, acknowledged"
                               " FROM active_alerts ORDER BY fired_at, rule")))
        return failed(q, "reading the active alerts");
    QList<ActiveAlert> out;
    while (q.next())
        out << ActiveAlert {q.value(0).toString(), device(q, 1), q.value(3).toLongLong(),
                            valueFromJson(q.value(4).toString().toUtf8()), q.value(5).toBool()};
    return out;
}

Result<QList<AlertTransition>> readAlertHistory(QSqlDatabase &db, qint64 from, qint64 to, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rule, product_key, device_name, severity, state, time, value, detail"
                             " FROM alert_transitions WHERE time >= ? AND time <= ?"
                             " ORDER BY time DESC, id DESC LIMIT ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q, "reading the alert history");
    QList<AlertTransition> out;
    while (q.next()) {
        AlertTransition t;
        t.rule = q.value(0).toString();
        t.device = device(q, 1);
        t.severity = AlertSeverity(std::clamp(q.value(3).toInt(), 0, int(AlertSeverity::Critical)));
        t.state = AlertState(std::clamp(q.value(4).toInt(), 0, int(AlertState::Acknowledged)));
        t.time = q.value(5).toLongLong();
        t.value = valueFromJson(q.value(6).toString().toUtf8());
        t.detail = q.value(7).toString();
        out << t;
    }
    return out;
}

} // namespace linkscope::store
