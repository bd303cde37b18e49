#include "replaysource.h"

#include "core/decoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkscope::sim {

Result<QList<SimMessage>> readReplayFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    QList<SimMessage> out;
    Decoder decoder;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (!doc.isObject())
            return Error {QStringLiteral("%1 line %2 is not a JSON object: %3")
                              .arg(path)
                              .arg(lineNo)
                              .arg(err.errorString())};
        const QJsonObject o = doc.object();
        SimMessage m;
        m.topic = o.value(u"topic").toString();
        m.messageId = o.value(u"messageId").toVariant().toString();
        m.generateTime = o.value(u"generateTime").toInteger();
        if (m.topic.isEmpty() || m.messageId.isEmpty())
            return Error {QStringLiteral("%1 line %2 lacks topic or messageId").arg(path).arg(lineNo)};
        const QJsonValue payload = o.value(u"payload");
        if (o.contains(u"payloadBase64"))
            m.payload = QByteArray::fromBase64(o.value(u"payloadBase64").toString().toLatin1());
        else if (payload.isString())
            m.payload = payload.toString().toUtf8();
        else if (payload.isObject())
            m.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        else if (payload.isArray())
            m.payload = QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact);
        else
            return Error {QStringLiteral("%1 line %2 has no payload").arg(path).arg(lineNo)};
        MessageMeta meta {m.messageId, m.topic, m.generateTime, m.generateTime, m.payload};
        const DecodedMessage decoded = decoder.decode(m.payload, meta);
        m.expectedKind = kindOf(decoded);
        m.malformed = m.expectedKind == MessageKind::Rejected;
        if (const auto *post = std::get_if<PropertyPost>(&decoded)) {
            for (const PropertyReport &r : post->reports) {
                m.deviceId = r.device.id();
                m.values.insert(r.attribute, r.value);
            }
        }
        out.append(std::move(m));
    }
    return out;
}

} // namespace linkscope::sim
