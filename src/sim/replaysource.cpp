#include "replaysource.h"

#include "core/capturefile.h"
#include "core/decoder.h"

#include <QFile>

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
        auto record = parseCaptureLine(line);
        if (!record)
            return Error {QStringLiteral("%1 line %2: %3").arg(path).arg(lineNo).arg(record.error())};
        SimMessage m;
        m.topic = record->topic;
        m.messageId = record->messageId;
        m.generateTime = record->generateTime;
        m.payload = record->payload;
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
