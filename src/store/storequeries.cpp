#include "storequeries.h"

#include "core/valuecodec.h"
#include "rollups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace linkscope::store {

namespace {

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error {QStringLiteral("%1 failed: %2").arg(QLatin1String(what), q.lastError().text())};
}

std::optional<qint64> deviceId(QSqlDatabase &db, const DeviceKey &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM devices WHERE product_key = ? AND device_name = ?"));
    q.addBindValue(key.productKey);
    q.addBindValue(key.deviceName);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// WHERE clauses shared by the event and reply views.
struct Filter {
    QStringList clauses;
    QVariantList values;
    void add(const QString &clause, const QVariantList &v)
    {
        clauses << clause;
        values << v;
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bind(QSqlQuery &q) const
    {
        for (const QVariant &v : values)
            q.addBindValue(v);
    }
};

Filter commonFilter(const LogQuery &query, const QString &table)
{
    Filter f;
    f.add(table + QStringLiteral(".time BETWEEN ? AND ?"), {query.from, query.to});
    if (!query.device.productKey.isEmpty())
        f.add(QStringLiteral("d.product_key = ?"), {query.device.productKey});
    if (!query.device.deviceName.isEmpty())
        f.add(QStringLiteral("d.device_name = ?"), {query.device.deviceName});
    return f;
}

template<typename T, typename RowFn>
Result<Page<T>> runPage(QSqlDatabase &db, const QString &from, const Filter &f, const QString &columns,
                        const QString &order, const LogQuery &query, RowFn &&row)
{
    Page<T> page;
    if (query.countTotal) {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + from + f.where());
        f.bind(count);
        if (!count.exec() || !count.next())
            return sqlError(count, "counting rows");
        page.total = count.value(0).toLongLong();
    } else {
        page.total = -1; // not counted
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from + f.where() + order
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    f.bind(q);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return sqlError(q, "reading rows");
    while (q.next())
        page.rows.append(row(q));
    return page;
}

MessageMeta metaFrom(const QSqlQuery &q, int at)
{
    MessageMeta m;
    m.messageId = q.value(at).toString();
    m.topic = q.value(at + 1).toString();
    m.generateTime = q.value(at + 2).toLongLong();
    m.receivedAt = q.value(at + 3).toLongLong();
    return m;
}

DeviceKey keyFrom(const QSqlQuery &q, int at)
{
    return DeviceKey {q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toString()};
}

} // namespace

Result<QList<DeviceSummary>> queryDevices(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT d.id, d.product_key, d.device_name, d.iot_id, d.device_type, d.first_seen, "
            "d.last_seen, d.online, d.online_since, d.message_count, a.name, a.last_value, a.last_time "
            "FROM devices d LEFT JOIN attributes a ON a.device_id = d.id "
            "ORDER BY d.product_key, d.device_name, a.name")))
        return sqlError(q, "reading the device list");
    QList<DeviceSummary> out;
    qint64 current = -1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            current = id;
            DeviceSummary s;
            s.device = keyFrom(q, 1);
            s.deviceType = q.value(4).toString();
            s.firstSeen = q.value(5).toLongLong();
            s.lastSeen = q.value(6).toLongLong();
            s.online = q.value(7).toBool();
            s.onlineSince = q.value(8).toLongLong();
            s.messageCount = q.value(9).toLongLong();
            out.append(s);
        }
        if (!q.value(10).isNull())
            out.last().lastValues.append(
                {q.value(10).toString(), valueFromJson(q.value(11).toByteArray()), q.value(12).toLongLong()});
    }
    return out;
}

Result<QList<SampleBucket>> querySamples(QSqlDatabase &db, const SampleQuery &query)
{
    if (query.to <= query.from || query.buckets <= 0)
        return Error {QStringLiteral("an empty time range or no buckets")};
    const auto dev = deviceId(db, query.device);
    if (!dev)
        return QList<SampleBucket>();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT id FROM attributes WHERE device_id = ? AND name = ?"));
    a.addBindValue(*dev);
    a.addBindValue(query.attribute);
    if (!a.exec())
        return sqlError(a, "finding the attribute");
    if (!a.next())
        return QList<SampleBucket>();
    const qint64 attribute = a.value(0).toLongLong();
    const qint64 span = query.to - query.from + 1;
    const qint64 width = span / query.buckets;

    // Wide buckets read the per-minute or per-hour rollups (a few rows, exact
    // to within one rollup period at the bucket edges); narrow ones, the samples.
    qint64 level = 0;
    for (qint64 l : RollupLevels) {
        if (width >= l)
            level = l;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (level) {
        q.prepare(
            QStringLiteral("SELECT start, mn, mx, cnt, last, last_time FROM sample_rollups "
                           "WHERE attribute_id = ? AND level = ? AND start BETWEEN ? AND ? ORDER BY start"));
        q.addBindValue(attribute);
        q.addBindValue(level);
        q.addBindValue(rollupStart(query.from, level));
        q.addBindValue(query.to);
    } else {
        q.prepare(QStringLiteral(
            "SELECT time, num, num, 1, num, time FROM samples "
            "WHERE attribute_id = ? AND time BETWEEN ? AND ? AND num IS NOT NULL ORDER BY time"));
        q.addBindValue(attribute);
        q.addBindValue(query.from);
        q.addBindValue(query.to);
    }
    if (!q.exec())
        return sqlError(q, "reading samples");
    std::vector<SampleBucket> buckets(size_t(query.buckets));
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        const qint64 b = std::clamp<qint64>((t - query.from) * query.buckets / span, 0, query.buckets - 1);
        SampleBucket &k = buckets[size_t(b)];
        const double mn = q.value(1).toDouble(), mx = q.value(2).toDouble();
        const int cnt = q.value(3).toInt();
        const qint64 lastTime = q.value(5).toLongLong();
        k.min = k.count ? std::min(k.min, mn) : mn;
        k.max = k.count ? std::max(k.max, mx) : mx;
        if (k.count == 0 || lastTime >= k.lastTime) {
            k.lastTime = lastTime;
            k.last = q.value(4).toDouble();
        }
        k.count += cnt;
    }
    QList<SampleBucket> out;
    for (qint64 b = 0; b < query.buckets; ++b) {
        SampleBucket &k = buckets[size_t(b)];
        if (k.count == 0)
            continue;
        k.start = query.from + b * span / query.buckets;
        k.end = query.from + (b + 1) * span / query.buckets - 1;
        out.append(k);
    }
    return out;
}

Result<QList<StatusInterval>> queryStatus(QSqlDatabase &db, const QList<DeviceKey> &devices, qint64 from,
                                          qint64 to)
{
    QList<QPair<DeviceKey, qint64>> targets;
    if (devices.isEmpty()) {
        QSqlQuery all(db);
        if (!all.exec(QStringLiteral("SELECT product_key, device_name, iot_id, id FROM devices ORDER BY "
                                     "product_key, device_name")))
            return sqlError(all, "listing devices");
        while (all.next())
            targets.append({keyFrom(all, 0), all.value(3).toLongLong()});
    } else {
        for (const DeviceKey &k : devices) {
            if (auto id = deviceId(db, k))
                targets.append({k, *id});
        }
    }
    QSqlQuery before(db), within(db);
    before.prepare(QStringLiteral("SELECT online, time FROM status_changes WHERE device_id = ? AND time < ? "
                                  "ORDER BY time DESC, id DESC LIMIT 1"));
    within.prepare(
        QStringLiteral("SELECT online, time FROM status_changes WHERE device_id = ? AND time BETWEEN ? AND ? "
                       "ORDER BY time, id"));
    QList<StatusInterval> out;
    for (const auto &[key, id] : targets) {
        std::optional<bool> state;
        qint64 since = from;
        before.addBindValue(id);
        before.addBindValue(from);
        if (!before.exec())
            return sqlError(before, "reading the state before the range");
        if (before.next())
            state = before.value(0).toBool();
        before.finish();
        within.addBindValue(id);
        within.addBindValue(from);
        within.addBindValue(to);
        if (!within.exec())
            return sqlError(within, "reading status changes");
        while (within.next()) {
            const bool online = within.value(0).toBool();
            const qint64 t = within.value(1).toLongLong();
            if (state && *state == online)
                continue; // a repeat of the same state extends the interval
            if (state && t > since)
                out.append({key, since, t, *state, false});
            state = online;
            since = t;
        }
        if (state)
            out.append({key, since, to, *state, true});
    }
    return out;
}

Result<DeviceBindings> queryBindings(QSqlDatabase &db, const DeviceKey &device)
{
    DeviceBindings out;
    out.device = device;
    const auto id = deviceId(db, device);
    if (!id)
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT identity_id, scope_id, tenant_id, owned, since FROM bindings WHERE device_id = ? "
        "ORDER BY owned DESC, since"));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(q, "reading bindings");
    while (q.next())
        out.current.append(
            {{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()},
             q.value(4).toLongLong(),
             true});
    q.prepare(
        QStringLiteral("SELECT identity_id, scope_id, tenant_id, owned, time, bind FROM binding_history "
                       "WHERE device_id = ? ORDER BY time DESC, id DESC"));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(q, "reading binding history");
    while (q.next())
        out.history.append(
            {{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()},
             q.value(4).toLongLong(),
             q.value(5).toBool()});
    return out;
}

Result<Page<DeviceEvent>> queryEvents(QSqlDatabase &db, const LogQuery &query)
{
    Filter f = commonFilter(query, QStringLiteral("e"));
    if (!query.identifier.isEmpty())
        f.add(QStringLiteral("e.identifier = ?"), {query.identifier});
    if ((query.eventTypeMask & 0x7) != 0x7)
        f.add(QStringLiteral("((1 << e.type) & ?) != 0"), {query.eventTypeMask});
    if (!query.text.isEmpty()) {
        const QString p = likePattern(query.text);
        f.add(
            QStringLiteral(
                "(e.name LIKE ? ESCAPE '\\' OR e.identifier LIKE ? ESCAPE '\\' OR e.value LIKE ? ESCAPE '\\' "
                "OR d.device_name LIKE ? ESCAPE '\\')"),
            {p, p, p, p});
    }
    return runPage<DeviceEvent>(
        db,
        QStringLiteral("events e JOIN devices d ON d.id = e.device_id LEFT JOIN messages m ON m.rowid = "
                       "e.message_row"),
        f,
        QStringLiteral(
            "d.product_key, d.device_name, d.iot_id, d.device_type, e.time, e.identifier, e.name, e.type, "
            "e.value, e.message_id, m.topic, m.generate_time, m.received_at"),
        QStringLiteral(" ORDER BY e.time DESC, e.id DESC"), query, [](const QSqlQuery &q) {
            DeviceEvent e;
            e.device = keyFrom(q, 0);
            e.deviceType = q.value(3).toString();
            e.time = q.value(4).toLongLong();
            e.identifier = q.value(5).toString();
            e.name = q.value(6).toString();
            e.type = EventType(q.value(7).toInt());
            e.value = valueFromJson(q.value(8).toByteArray()).toMap();
            e.meta = metaFrom(q, 9);
            return e;
        });
}

Result<Page<ServiceReply>> queryReplies(QSqlDatabase &db, const LogQuery &query)
{
    Filter f = commonFilter(query, QStringLiteral("r"));
    if (query.code)
        f.add(QStringLiteral("r.code = ?"), {*query.code});
    if (!query.text.isEmpty()) {
        const QString p = likePattern(query.text);
        f.add(
            QStringLiteral(
                "(r.message LIKE ? ESCAPE '\\' OR r.downlink_topic LIKE ? ESCAPE '\\' OR r.request_id LIKE ? "
                "ESCAPE '\\' OR r.data LIKE ? ESCAPE '\\' OR d.device_name LIKE ? ESCAPE '\\')"),
            {p, p, p, p, p});
    }
    return runPage<ServiceReply>(
        db,
        QStringLiteral("replies r JOIN devices d ON d.id = r.device_id LEFT JOIN messages m ON m.rowid "
                       "= r.message_row"),
        f,
        QStringLiteral("d.product_key, d.device_name, d.iot_id, r.time, r.request_id, r.code, r.message, "
                       "r.downlink_topic, "
                       "r.data, r.message_id, m.topic, m.generate_time, m.received_at"),
        QStringLiteral(" ORDER BY r.time DESC, r.id DESC"), query, [](const QSqlQuery &q) {
            ServiceReply r;
            r.device = keyFrom(q, 0);
            r.gmtCreate = q.value(3).toLongLong();
            r.requestId = q.value(4).toString();
            r.code = q.value(5).toInt();
            r.message = q.value(6).toString();
            r.downlinkTopic = q.value(7).toString();
            r.data = valueFromJson(q.value(8).toByteArray());
            r.meta = metaFrom(q, 9);
            return r;
        });
}

} // namespace linkscope::store
