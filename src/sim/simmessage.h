#pragma once

#include "core/messagekind.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace linkscope::sim {

// One message as the emulated cloud pushes it.
struct SimMessage {
    QString messageId;
    QString topic;
    QByteArray payload;
    qint64 generateTime = 0;
    int qos = 1;
    // What a correct client decodes it to: the message's own kind, Rejected
    // for a malformed one, Raw for an unknown topic.
    MessageKind expectedKind = MessageKind::Raw;
    bool malformed = false;
    // How the transport must break it (AMQP): "bad-transfer" sends bytes that
    // are no AMQP message, "huge-transfer" one over the client's size limit.
    QString transferFault;
    QString deviceId; // "productKey/deviceName"
    QVariantMap values; // a property post's attribute -> value, for the manifest

    friend bool operator==(const SimMessage &, const SimMessage &) = default;
};

} // namespace linkscope::sim
