#include "statejournal.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace linkscope::sim {

QString StateJournal::fileName(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("journal.jsonl"));
}

StateJournal::Loaded StateJournal::load(const QString &dir)
{
    Loaded out;
    QFile f(fileName(dir));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return out;
    }
    QSet<QString> acked;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.endsWith('\n'))
            break; // the last line was cut by a crash: it never happened
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString event = o.value(u"e").toString();
        const QString id = o.value(u"id").toString();
        if (event == u"sent") {
            SimMessage m;
            m.messageId = id;
            m.topic = o.value(u"topic").toString();
            m.payload = QByteArray::fromBase64(o.value(u"payload").toString().toLatin1());
            m.generateTime = o.value(u"gt").toInteger();
            m.qos = o.value(u"qos").toInt(1);
            m.expectedKind = kindFromName(o.value(u"kind").toString()).value_or(MessageKind::Raw);
            m.malformed = o.value(u"malformed").toBool();
            m.deviceId = o.value(u"device").toString();
            m.values = o.value(u"values").toObject().toVariantMap();
            out.sent.append(std::move(m));
        } else if (event == u"ack") {
            if (!acked.contains(id)) {
                acked.insert(id);
                out.acknowledged.append(id);
            }
        } else if (event == u"drop") {
            out.dropped.insert(id);
        }
    }
    return out;
}

bool StateJournal::open(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the state directory %1").arg(dir);
        return false;
    }
    m_file.setFileName(fileName(dir));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // A line cut by a crash would glue onto the next one: start clean.
    if (m_file.size() > 0) {
        QFile check(m_file.fileName());
        if (check.open(QIODevice::ReadOnly) && check.seek(check.size() - 1) && check.read(1) != "\n")
            writeLine(QByteArray());
    }
    return true;
}

void StateJournal::writeLine(const QByteArray &line)
{
    if (m_file.isOpen())
        m_file.write(line + '\n');
}

void StateJournal::recordSent(const SimMessage &m)
{
    QJsonObject o {{QStringLiteral("e"), QStringLiteral("sent")},
                   {QStringLiteral("id"), m.messageId},
                   {QStringLiteral("topic"), m.topic},
                   {QStringLiteral("payload"), QString::fromLatin1(m.payload.toBase64())},
                   {QStringLiteral("gt"), m.generateTime},
                   {QStringLiteral("qos"), m.qos},
                   {QStringLiteral("kind"), kindName(m.expectedKind)},
                   {QStringLiteral("malformed"), m.malformed},
                   {QStringLiteral("device"), m.deviceId}};
    if (!m.values.isEmpty())
        o.insert(QStringLiteral("values"), QJsonObject::fromVariantMap(m.values));
    writeLine(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void StateJournal::recordAck(const QString &messageId)
{
    writeLine(QJsonDocument(QJsonObject {{QStringLiteral("e"), QStringLiteral("ack")},
                                         {QStringLiteral("id"), messageId}})
                  .toJson(QJsonDocument::Compact));
}

void StateJournal::recordDropped(const QString &messageId)
{
    writeLine(QJsonDocument(QJsonObject {{QStringLiteral("e"), QStringLiteral("drop")},
                                         {QStringLiteral("id"), messageId}})
                  .toJson(QJsonDocument::Compact));
}

} // namespace linkscope::sim
