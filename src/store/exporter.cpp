#include "exporter.h"

#include "core/csv.h"

#include "core/messagekind.h"
#include "core/topicrouter.h"
#include "core/valuecodec.h"
#include "storequeries.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace linkscope::store {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool write(QIODevice &out, const QByteArray &bytes)
{
    return out.write(bytes) == bytes.size();
}

Error writeError(QIODevice &out)
{
    return Error {QStringLiteral("cannot write the export: %1").arg(out.errorString())};
}

// All pages of a log query, page by page.
template<typename T, typename Fetch, typename Emit>
Result<qint64> allPages(LogQuery query, Fetch &&fetch, Emit &&emitRow)
{
    qint64 n = 0;
    query.offset = 0;
    query.limit = 5000;
    while (true) {
        auto page = fetch(query);
        if (!page)
            return Error {page.error()};
        for (const T &row : page->rows) {
            if (!emitRow(row))
                return Error {QStringLiteral("cannot write the export")};
            ++n;
        }
        if (page->rows.size() < query.limit)
            return n;
        query.offset += query.limit;
    }
}

} // namespace

QByteArray jsonlLine(const QString &messageId, const QString &kind, const QString &topic,
                     const QString &productKey, const QString &deviceName, qint64 generateTime,
                     qint64 receivedAt, const QByteArray &payload, const QString &reason)
{
    QJsonObject o {{QStringLiteral("messageId"), messageId},   {QStringLiteral("kind"), kind},
                   {QStringLiteral("topic"), topic},           {QStringLiteral("productKey"), productKey},
                   {QStringLiteral("deviceName"), deviceName}, {QStringLiteral("generateTime"), generateTime},
                   {QStringLiteral("receivedAt"), receivedAt}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    const bool json = err.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
    if (json && !payload.contains('\n') && !payload.contains('\r')) {
        // The original bytes, key order and all, so that a replay is exact.
        QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        line.chop(1);
        line += ",\"payload\":" + payload.trimmed();
        if (!reason.isEmpty())
            line += ",\"reason\":"
                + QJsonDocument(QJsonArray {reason}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        return line + "}\n";
    }
    if (json)
        o.insert(QStringLiteral("payload"),
                 doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    else {
        auto toUtf16 = QStringDecoder(QStringDecoder::Utf8);
        const QString text = toUtf16(payload);
        if (toUtf16.hasError())
            o.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(payload.toBase64()));
        else
            o.insert(QStringLiteral("payload"), text);
    }
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Result<qint64> exportPropertyCsv(QSqlDatabase &db, const SampleQuery &range, QIODevice &out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.time, s.num, s.text FROM samples s JOIN attributes a ON a.id = s.attribute_id "
        "JOIN devices d ON d.id = a.device_id WHERE d.product_key = ? AND d.device_name = ? "
        "AND a.name = ? AND s.time BETWEEN ? AND ? ORDER BY s.time, s.rowid"));
    q.addBindValue(range.device.productKey);
    q.addBindValue(range.device.deviceName);
    q.addBindValue(range.attribute);
    q.addBindValue(range.from);
    q.addBindValue(range.to);
    if (!q.exec())
        return Error {QStringLiteral("reading samples failed: %1").arg(q.lastError().text())};
    if (!write(out, csvRow({QStringLiteral("time_ms"), QStringLiteral("time"), range.attribute})))
        return writeError(out);
    qint64 n = 0;
    while (q.next()) {
        const QString value = q.value(2).isNull() ? QString::number(q.value(1).toDouble(), 'g', 15)
                                                  : valueFromJson(q.value(2).toByteArray()).toString();
        const qint64 t = q.value(0).toLongLong();
        if (!write(out, csvRow({QString::number(t), iso(t), value})))
            return writeError(out);
        ++n;
    }
    return n;
}

Result<qint64> exportEvents(QSqlDatabase &db, const LogQuery &query, ExportFormat format, QIODevice &out)
{
    if (format == ExportFormat::Csv
        && !write(out,
                  csvRow({QStringLiteral("time_ms"), QStringLiteral("time"), QStringLiteral("productKey"),
                          QStringLiteral("deviceName"), QStringLiteral("identifier"), QStringLiteral("name"),
                          QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("messageId")})))
        return writeError(out);
    if (format == ExportFormat::Json && !write(out, "["))
        return writeError(out);
    bool first = true;
    auto n = allPages<DeviceEvent>(
        query, [&](const LogQuery &q) { return queryEvents(db, q); },
        [&](const DeviceEvent &e) {
            const QString value = QString::fromUtf8(valueToJson(e.value));
            if (format == ExportFormat::Csv)
                return write(
                    out,
                    csvRow({QString::number(e.time), iso(e.time), e.device.productKey, e.device.deviceName,
                            e.identifier, e.name, eventTypeName(e.type), value, e.meta.messageId}));
            QJsonObject o {{QStringLiteral("time"), e.time},
                           {QStringLiteral("productKey"), e.device.productKey},
                           {QStringLiteral("deviceName"), e.device.deviceName},
                           {QStringLiteral("identifier"), e.identifier},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("type"), eventTypeName(e.type)},
                           {QStringLiteral("value"), QJsonObject::fromVariantMap(e.value)},
                           {QStringLiteral("messageId"), e.meta.messageId}};
            const QByteArray sep = std::exchange(first, false) ? "\n" : ",\n";
            return write(out, sep + QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
    if (n && format == ExportFormat::Json && !write(out, "\n]\n"))
        return writeError(out);
    return n;
}

Result<qint64> exportReplies(QSqlDatabase &db, const LogQuery &query, ExportFormat format, QIODevice &out)
{
    if (format == ExportFormat::Csv
        && !write(
            out,
            csvRow({QStringLiteral("time_ms"), QStringLiteral("time"), QStringLiteral("productKey"),
                    QStringLiteral("deviceName"), QStringLiteral("requestId"), QStringLiteral("code"),
                    QStringLiteral("meaning"), QStringLiteral("message"), QStringLiteral("downlinkTopic"),
                    QStringLiteral("data"), QStringLiteral("messageId")})))
        return writeError(out);
    if (format == ExportFormat::Json && !write(out, "["))
        return writeError(out);
    bool first = true;
    auto n = allPages<ServiceReply>(
        query, [&](const LogQuery &q) { return queryReplies(db, q); },
        [&](const ServiceReply &r) {
            if (format == ExportFormat::Csv)
                return write(out,
                             csvRow({QString::number(r.gmtCreate), iso(r.gmtCreate), r.device.productKey,
                                     r.device.deviceName, r.requestId, QString::number(r.code),
                                     replyCodeMeaning(r.code), r.message, r.downlinkTopic,
                                     QString::fromUtf8(valueToJson(r.data)), r.meta.messageId}));
            QJsonObject o {{QStringLiteral("time"), r.gmtCreate},
                           {QStringLiteral("productKey"), r.device.productKey},
                           {QStringLiteral("deviceName"), r.device.deviceName},
                           {QStringLiteral("requestId"), r.requestId},
                           {QStringLiteral("code"), r.code},
                           {QStringLiteral("meaning"), replyCodeMeaning(r.code)},
                           {QStringLiteral("message"), r.message},
                           {QStringLiteral("downlinkTopic"), r.downlinkTopic},
                           {QStringLiteral("data"), QJsonValue::fromVariant(r.data)},
                           {QStringLiteral("messageId"), r.meta.messageId}};
            const QByteArray sep = std::exchange(first, false) ? "\n" : ",\n";
            return write(out, sep + QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
    if (n && format == ExportFormat::Json && !write(out, "\n]\n"))
        return writeError(out);
    return n;
}

Result<qint64> exportJsonl(QSqlDatabase &db, qint64 from, qint64 to, QIODevice &out, const DeviceKey &device)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.message_id, m.kind, m.topic, d.product_key, d.device_name, m.generate_time, "
                       "m.received_at, m.payload, r.reason FROM messages m "
                       "LEFT JOIN devices d ON d.id = m.device_id "
                       "LEFT JOIN rejects r ON r.message_id = m.message_id "
                       "WHERE m.received_at BETWEEN ? AND ? %1 ORDER BY m.received_at, m.rowid")
            .arg(device.isValid() ? QStringLiteral("AND d.product_key = ? AND d.device_name = ?")
                                  : QString()));
    q.addBindValue(from);
    q.addBindValue(to);
    if (device.isValid()) {
        q.addBindValue(device.productKey);
        q.addBindValue(device.deviceName);
    }
    if (!q.exec())
        return Error {QStringLiteral("reading messages failed: %1").arg(q.lastError().text())};
    qint64 n = 0;
    while (q.next()) {
        const QString kind = kindName(MessageKind(q.value(1).toInt()));
        const QString topic = q.value(2).toString();
        QString productKey = q.value(3).toString();
        QString deviceName = q.value(4).toString();
        if (productKey.isEmpty()) { // rejects and raw messages: the topic may still name the device
            const TopicRoute route = routeTopic(topic);
            productKey = route.productKey;
            deviceName = route.deviceName;
        }
        if (!write(out,
                   jsonlLine(q.value(0).toString(), kind, topic, productKey, deviceName,
                             q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toByteArray(),
                             q.value(8).toString())))
            return writeError(out);
        ++n;
    }
    return n;
}

} // namespace linkscope::store
