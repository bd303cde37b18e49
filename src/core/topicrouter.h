#pragma once

#include "devicekey.h"
#include "messagekind.h"

#include <QString>
#include <QStringView>

namespace linkscope {

// Where a topic points: which kind of message and which device.
struct TopicRoute {
    MessageKind kind = MessageKind::Raw; // Raw: unknown topic
    QString productKey;
    QString deviceName;
    QString identifier; // the event identifier, for MessageKind::Event
    bool history = false; // .../thing/event/property/history/post
    bool sysPrefix = false; // the /sys/... form

    friend bool operator==(const TopicRoute &, const TopicRoute &) = default;
};

// Classifies a topic by its shape (PROTOCOL §5). Never fails: a topic of no
// known shape routes to MessageKind::Raw.
TopicRoute routeTopic(QStringView topic);
// The device a topic names (none for a topic of no known shape): for
// messages that name none themselves, such as rejects and raw messages.
DeviceKey deviceOfTopic(QStringView topic);

} // namespace linkscope
