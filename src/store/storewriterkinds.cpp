#include "storewriter_p.h"

#include "core/messagejson.h"
#include "core/propertyvalue.h"
#include "core/valuecodec.h"

#include <QJsonDocument>

namespace linkscope::store {

Result<QStringList> StoreWriter::writeProperties(const QList<PropertyReport> &batch)
{
    return d->write(batch, [this](const PropertyReport &r) {
        DeviceRow &dev = d->device(r.device, r.deviceType, r.meta.receivedAt);
        if (!d->admit(r.meta, MessageKind::Property, dev.id))
            return;
        AttributeRow &attr = d->attribute(dev.id, r.attribute);
        const auto number = propertyNumber(r.value); // never NaN: "nan" stays text
        const bool isText = !number || r.value.typeId() == QMetaType::QString;
        d->insertSample.addBindValue(attr.id);
        d->insertSample.addBindValue(r.time);
        d->insertSample.addBindValue(number ? QVariant(*number) : QVariant());
        d->insertSample.addBindValue(isText ? QVariant(QString::fromUtf8(valueToJson(r.value))) : QVariant());
        d->insertSample.addBindValue(text(r.meta.messageId));
        run(d->insertSample, "adding a sample");
        if (number)
            d->acc.rollups.add(attr.id, r.time, *number);
        d->offerLastValue(attr, r.time, r.value);
    });
}

Result<QStringList> StoreWriter::writeEvents(const QList<DeviceEvent> &batch)
{
    return d->write(batch, [this](const DeviceEvent &e) {
        const DeviceRow &dev = d->device(e.device, e.deviceType, e.meta.receivedAt);
        if (!d->admit(e.meta, MessageKind::Event, dev.id))
            return;
        d->insertEvent.addBindValue(dev.id);
        d->insertEvent.addBindValue(e.time);
        d->insertEvent.addBindValue(text(e.identifier));
        d->insertEvent.addBindValue(text(e.name));
        d->insertEvent.addBindValue(int(e.type));
        d->insertEvent.addBindValue(QString::fromUtf8(valueToJson(e.value)));
        d->insertEvent.addBindValue(text(e.meta.messageId));
        d->insertEvent.addBindValue(d->messageRow);
        run(d->insertEvent, "adding an event");
    });
}

Result<QStringList> StoreWriter::writeReplies(const QList<ServiceReply> &batch)
{
    return d->write(batch, [this](const ServiceReply &r) {
        const DeviceRow &dev = d->device(r.device, {}, r.meta.receivedAt);
        if (!d->admit(r.meta, MessageKind::ServiceReply, dev.id))
            return;
        d->insertReply.addBindValue(dev.id);
        d->insertReply.addBindValue(r.gmtCreate);
        d->insertReply.addBindValue(text(r.requestId));
        d->insertReply.addBindValue(r.code);
        d->insertReply.addBindValue(text(r.message));
        d->insertReply.addBindValue(text(r.downlinkTopic));
        d->insertReply.addBindValue(QString::fromUtf8(valueToJson(r.data)));
        d->insertReply.addBindValue(text(r.meta.messageId));
        d->insertReply.addBindValue(d->messageRow);
        run(d->insertReply, "adding a reply");
    });
}

Result<QStringList> StoreWriter::writeStatuses(const QList<StatusChange> &batch)
{
    return d->write(batch, [this](const StatusChange &s) {
        DeviceRow &dev = d->device(s.device, s.deviceType, s.meta.receivedAt);
        if (!d->admit(s.meta, MessageKind::Status, dev.id))
            return;
        d->insertStatus.addBindValue(dev.id);
        d->insertStatus.addBindValue(s.time);
        d->insertStatus.addBindValue(s.online ? 1 : 0);
        d->insertStatus.addBindValue(text(s.meta.messageId));
        run(d->insertStatus, "adding a status change");
        if (s.time >= dev.onlineSince) { // a late message is history, not the current state
            dev.onlineSince = s.time;
            d->updateOnline.addBindValue(s.online ? 1 : 0);
            d->updateOnline.addBindValue(s.time);
            d->updateOnline.addBindValue(dev.id);
            run(d->updateOnline, "updating the online state");
        }
    });
}

Result<QStringList> StoreWriter::writeBindings(const QList<BindingChange> &batch)
{
    return d->write(batch, [this](const BindingChange &b) {
        const DeviceRow &dev = d->device(b.device, {}, b.meta.receivedAt);
        if (!d->admit(b.meta, MessageKind::Binding, dev.id))
            return;
        for (const Identity &i : b.identities) {
            if (b.bind) {
                d->insertBinding.addBindValue(dev.id);
                d->insertBinding.addBindValue(text(i.identityId));
                d->insertBinding.addBindValue(text(i.scopeId));
                d->insertBinding.addBindValue(text(i.tenantId));
                d->insertBinding.addBindValue(i.owned ? 1 : 0);
                d->insertBinding.addBindValue(b.time);
                run(d->insertBinding, "adding a binding");
            } else {
                d->deleteBinding.addBindValue(dev.id);
                d->deleteBinding.addBindValue(text(i.identityId));
                run(d->deleteBinding, "removing a binding");
            }
            d->insertBindingHistory.addBindValue(dev.id);
            d->insertBindingHistory.addBindValue(b.time);
            d->insertBindingHistory.addBindValue(b.bind ? 1 : 0);
            d->insertBindingHistory.addBindValue(text(i.identityId));
            d->insertBindingHistory.addBindValue(text(i.scopeId));
            d->insertBindingHistory.addBindValue(text(i.tenantId));
            d->insertBindingHistory.addBindValue(i.owned ? 1 : 0);
            d->insertBindingHistory.addBindValue(text(b.meta.messageId));
            run(d->insertBindingHistory, "adding binding history");
        }
    });
}

Result<QStringList> StoreWriter::writeOther(const QList<DecodedMessage> &batch)
{
    return d->write(batch, [this](const DecodedMessage &m) {
        const MessageMeta &meta = metaOf(m);
        const MessageKind kind = kindOf(m);
        if (const auto *raw = std::get_if<RawMessage>(&m)) {
            if (!d->admit(meta, kind, std::nullopt))
                return;
            d->insertRaw.addBindValue(meta.receivedAt);
            d->insertRaw.addBindValue(text(meta.topic));
            d->insertRaw.addBindValue(text(meta.messageId));
            d->insertRaw.addBindValue(blob(raw->payload));
            run(d->insertRaw, "adding a raw message");
            return;
        }
        const QJsonObject json = toJson(m);
        const QJsonObject dev = json.value(u"device").toObject();
        const DeviceKey key {dev.value(u"productKey").toString(), dev.value(u"deviceName").toString(),
                             dev.value(u"iotId").toString()};
        std::optional<qint64> deviceId;
        if (key.isValid())
            deviceId = d->device(key, {}, meta.receivedAt).id;
        if (!d->admit(meta, kind, deviceId))
            return;
        d->insertOther.addBindValue(deviceId ? QVariant(*deviceId) : QVariant());
        d->insertOther.addBindValue(int(kind));
        d->insertOther.addBindValue(json.value(u"time").toInteger(meta.receivedAt));
        d->insertOther.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        d->insertOther.addBindValue(text(meta.messageId));
        run(d->insertOther, "adding a message");
    });
}

Result<QStringList> StoreWriter::writeRejects(const QList<Rejected> &batch)
{
    return d->write(batch, [this](const Rejected &r) { d->rejectOne(r); });
}

} // namespace linkscope::store
