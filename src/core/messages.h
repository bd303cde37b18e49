#pragma once

#include "devicekey.h"
#include "messagekind.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>
#include <variant>

namespace linkscope {

// What the transport knew about a message before its payload was read.
struct MessageMeta {
    QString messageId;
    QString topic;
    qint64 generateTime = 0; // ms epoch, from the transport's properties/headers
    qint64 receivedAt = 0; // ms epoch, when this process received it
    // The original bytes (cut at the decoder's size cap), shared by every
    // report of the message: the store keeps them for the inspector and exports.
    QByteArray payload;
    // How far the device's clock was off, when its time was replaced by the
    // cloud's (clockcheck.h); 0 when it was within the window.
    qint64 clockSkewMs = 0;

    friend bool operator==(const MessageMeta &, const MessageMeta &) = default;
};

// One attribute of one property post. JSON values keep their type: qint64,
// double, bool, QString, QVariantMap, QVariantList, or a null QVariant.
struct PropertyReport {
    MessageMeta meta;
    DeviceKey device;
    QString deviceType;
    QString attribute;
    QVariant value;
    qint64 time = 0; // the attribute's own time, falling back to gmtCreate
    qint64 gmtCreate = 0; // falls back to the transport's generateTime
    bool history = false; // came on .../property/history/post
    QString requestId;

    friend bool operator==(const PropertyReport &, const PropertyReport &) = default;
};

enum class EventType : quint8 { Info, Alert, Error };
QString eventTypeName(EventType type);

// A thing-model event such as DoorOpenNotification (开门通知).
struct DeviceEvent {
    MessageMeta meta;
    DeviceKey device;
    QString deviceType;
    QString identifier;
    QString name; // display name, often Chinese
    EventType type = EventType::Info;
    qint64 time = 0;
    QVariantMap value;

    friend bool operator==(const DeviceEvent &, const DeviceEvent &) = default;
};

// A device's answer to a downlink (service call or property set).
struct ServiceReply {
    MessageMeta meta;
    DeviceKey device;
    qint64 gmtCreate = 0;
    QString requestId;
    int code = 0;
    QString message;
    QString downlinkTopic;
    QVariant data;

    friend bool operator==(const ServiceReply &, const ServiceReply &) = default;
};

// The meaning of a service reply code, for display.
QString replyCodeMeaning(int code);

struct StatusChange {
    MessageMeta meta;
    DeviceKey device;
    QString deviceType;
    bool online = false;
    qint64 time = 0;
    qint64 gmtCreate = 0;

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

// One user who owns (owned) or was shared (not owned) a device.
struct Identity {
    QString identityId;
    QString scopeId;
    QString tenantId;
    bool owned = false;

    friend bool operator==(const Identity &, const Identity &) = default;
};

struct BindingChange {
    MessageMeta meta;
    DeviceKey device;
    bool bind = false; // false: unbind
    qint64 time = 0; // messageCreateTime
    QList<Identity> identities;
    QVariantMap params;

    friend bool operator==(const BindingChange &, const BindingChange &) = default;
};

struct LifecycleChange {
    MessageMeta meta;
    DeviceKey device;
    QString action; // create, delete, enable, disable
    qint64 time = 0;

    friend bool operator==(const LifecycleChange &, const LifecycleChange &) = default;
};

// A gateway's sub-devices were added, removed, enabled or disabled.
struct TopologyChange {
    MessageMeta meta;
    DeviceKey gateway;
    QString action;
    qint64 time = 0;
    QList<DeviceKey> devices;

    friend bool operator==(const TopologyChange &, const TopologyChange &) = default;
};

struct OtaProgress {
    MessageMeta meta;
    DeviceKey device;
    QString module;
    QString status;
    int step = 0; // percent, or a negative failure code
    QString description;
    QString srcVersion;
    QString destVersion;
    qint64 time = 0;

    friend bool operator==(const OtaProgress &, const OtaProgress &) = default;
};

// A message on a topic we do not know; kept byte for byte.
struct RawMessage {
    MessageMeta meta;
    DeviceKey device; // filled when the topic still names one
    QByteArray payload;

    friend bool operator==(const RawMessage &, const RawMessage &) = default;
};

// A message that could not be decoded, kept for inspection.
struct Rejected {
    MessageMeta meta;
    MessageKind expectedKind = MessageKind::Raw; // what its topic promised
    QString reason;
    QByteArray payload;

    friend bool operator==(const Rejected &, const Rejected &) = default;
};

// All reports of one property post.
struct PropertyPost {
    MessageMeta meta;
    QList<PropertyReport> reports;

    friend bool operator==(const PropertyPost &, const PropertyPost &) = default;
};

// What decoding one message yields: exactly one of these.
using DecodedMessage = std::variant<PropertyPost, DeviceEvent, ServiceReply, StatusChange, BindingChange,
                                    LifecycleChange, TopologyChange, OtaProgress, RawMessage, Rejected>;

MessageKind kindOf(const DecodedMessage &message);
const MessageMeta &metaOf(const DecodedMessage &message);

// Registers every message type with Qt's meta-type system (for queued signals).
void registerMessageTypes();

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::MessageMeta)
Q_DECLARE_METATYPE(linkscope::PropertyReport)
Q_DECLARE_METATYPE(linkscope::DeviceEvent)
Q_DECLARE_METATYPE(linkscope::ServiceReply)
Q_DECLARE_METATYPE(linkscope::StatusChange)
Q_DECLARE_METATYPE(linkscope::Identity)
Q_DECLARE_METATYPE(linkscope::BindingChange)
Q_DECLARE_METATYPE(linkscope::LifecycleChange)
Q_DECLARE_METATYPE(linkscope::TopologyChange)
Q_DECLARE_METATYPE(linkscope::OtaProgress)
Q_DECLARE_METATYPE(linkscope::RawMessage)
Q_DECLARE_METATYPE(linkscope::Rejected)
Q_DECLARE_METATYPE(linkscope::PropertyPost)
