#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace linkscope {

// Every kind of message the push channel can carry, plus the two outcomes
// that are not a device message: an unknown topic kept raw, and a reject.
enum class MessageKind : quint8 {
    Property,
    Event,
    ServiceReply,
    Status,
    Binding,
    Lifecycle,
    Topology,
    OtaProgress,
    Raw,
    Rejected,
};
inline constexpr int MessageKindCount = 10;

// Stable, lower-camel names used in files and on the wire between our tools
// (the emulator's manifest, linkscope-collect's JSONL).
QString kindName(MessageKind kind);
std::optional<MessageKind> kindFromName(QStringView name);

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::MessageKind)
