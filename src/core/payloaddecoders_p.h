#pragma once

// Private to src/core: one function per message kind, from a parsed payload.

#include "jsonreader_p.h"
#include "messages.h"
#include "topicrouter.h"

namespace linkscope::detail {

struct DecodeContext {
    JsonObject root;
    const TopicRoute &route;
    const MessageMeta &meta;
    qint64 fallbackTime; // generateTime, or the receive time when that is 0
};

PropertyPost decodeProperty(const DecodeContext &ctx);
DeviceEvent decodeEvent(const DecodeContext &ctx);
ServiceReply decodeServiceReply(const DecodeContext &ctx);
StatusChange decodeStatus(const DecodeContext &ctx);
BindingChange decodeBinding(const DecodeContext &ctx);
LifecycleChange decodeLifecycle(const DecodeContext &ctx);
TopologyChange decodeTopology(const DecodeContext &ctx);
OtaProgress decodeOta(const DecodeContext &ctx);

} // namespace linkscope::detail
