#include "jsonlmirror.h"

#include "core/topicrouter.h"
#include "exporter.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace linkscope::store {

namespace {

DeviceKey deviceOf(const PropertyReport &r)
{
    return r.device;
}
DeviceKey deviceOf(const DeviceEvent &e)
{
    return e.device;
}
DeviceKey deviceOf(const ServiceReply &r)
{
    return r.device;
}
DeviceKey deviceOf(const StatusChange &s)
{
    return s.device;
}
DeviceKey deviceOf(const BindingChange &b)
{
    return b.device;
}
DeviceKey deviceOf(const Rejected &r)
{
    return deviceOfTopic(r.meta.topic);
}
DeviceKey deviceOf(const DecodedMessage &m)
{
    return deviceOfTopic(metaOf(m).topic);
}

MessageKind kindOfItem(const PropertyReport &)
{
    return MessageKind::Property;
}
MessageKind kindOfItem(const DeviceEvent &)
{
    return MessageKind::Event;
}
MessageKind kindOfItem(const ServiceReply &)
{
    return MessageKind::ServiceReply;
}
MessageKind kindOfItem(const StatusChange &)
{
    return MessageKind::Status;
}
MessageKind kindOfItem(const BindingChange &)
{
    return MessageKind::Binding;
}
MessageKind kindOfItem(const Rejected &)
{
    return MessageKind::Rejected;
}
MessageKind kindOfItem(const DecodedMessage &m)
{
    return kindOf(m);
}

const MessageMeta &metaOfItem(const DecodedMessage &m)
{
    return metaOf(m);
}
template<typename T> const MessageMeta &metaOfItem(const T &item)
{
    return item.meta;
}

QString reasonOf(const Rejected &r)
{
    return r.reason;
}
template<typename T> QString reasonOf(const T &)
{
    return {};
}

} // namespace

Result<bool> JsonlMirror::open(const QString &path, Mode mode)
{
    close();
    m_problem.clear();
    m_path = path;
    if (path == u"-") {
        if (!m_file.open(stdout, QIODevice::WriteOnly))
            return Error {QStringLiteral("cannot write to standard output: %1").arg(m_file.errorString())};
        return true;
    }
    m_file.setFileName(path);
    const QIODevice::OpenMode how
        = QIODevice::WriteOnly | (mode == Mode::Append ? QIODevice::Append : QIODevice::Truncate);
    if (!m_file.open(how, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error {QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString())};
    return true;
}

void JsonlMirror::close()
{
    m_path.clear();
    m_problem.clear();
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

void JsonlMirror::line(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size() && m_problem.isEmpty())
        m_problem = m_file.errorString();
}

template<typename T> void JsonlMirror::write(const QList<T> &batch, const QSet<QString> &fresh)
{
    if (!m_file.isOpen() || fresh.isEmpty())
        return;
    QSet<QString> written;
    for (const T &item : batch) {
        const MessageMeta &m = metaOfItem(item);
        if (!fresh.contains(m.messageId) || written.contains(m.messageId))
            continue; // a duplicate, or another report of the same property post
        written.insert(m.messageId);
        const DeviceKey dev = deviceOf(item);
        line(jsonlLine(m.messageId, kindName(kindOfItem(item)), m.topic, dev.productKey, dev.deviceName,
                       m.generateTime, m.receivedAt, m.payload, reasonOf(item)));
    }
    if (!m_file.flush() && m_problem.isEmpty())
        m_problem = m_file.errorString();
}

template void JsonlMirror::write(const QList<PropertyReport> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<DeviceEvent> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<ServiceReply> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<StatusChange> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<BindingChange> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<DecodedMessage> &, const QSet<QString> &);
template void JsonlMirror::write(const QList<Rejected> &, const QSet<QString> &);

} // namespace linkscope::store
