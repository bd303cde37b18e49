#include "intakemessage.h"

#include "clockcheck.h"
#include "topicrouter.h"

namespace linkscope {

DecodedMessage decodeIntake(Decoder &decoder, IntakeMessage in, qint64 maxClockSkewMs)
{
    MessageMeta meta {in.messageId, in.topic, in.generateTime, in.receivedAt, {}};
    DecodedMessage decoded;
    if (in.transportError.isEmpty()) {
        decoded = decoder.decode(in.payload, std::move(meta));
    } else {
        Rejected r;
        meta.payload = in.payload;
        r.meta = std::move(meta);
        r.expectedKind = routeTopic(in.topic).kind;
        r.reason = std::move(in.transportError);
        r.payload = std::move(in.payload);
        decoded = std::move(r);
    }
    checkDeviceClock(decoded, maxClockSkewMs);
    return decoded;
}

} // namespace linkscope
