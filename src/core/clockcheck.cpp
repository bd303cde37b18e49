#include "clockcheck.h"

#include <cstdlib>

namespace linkscope {

namespace {

// The cloud's time for the message: its own stamp, unless that is ahead of
// our receipt by more than the window (then the receipt time).
qint64 cloudTime(const MessageMeta &meta, qint64 gmtCreate, qint64 maxSkewMs)
{
    qint64 t = meta.generateTime > 0 ? meta.generateTime : gmtCreate;
    if (t <= 0 || (meta.receivedAt > 0 && t > meta.receivedAt + maxSkewMs))
        t = meta.receivedAt;
    return t;
}

// Keeps `time` when it is within the window around `reference`; else the
// reference, with the skew recorded.
void clamp(qint64 &time, qint64 reference, qint64 maxSkewMs, MessageMeta &meta)
{
    if (reference <= 0 || std::llabs(time - reference) <= maxSkewMs)
        return;
    meta.clockSkewMs = time - reference;
    time = reference;
}

} // namespace

void checkDeviceClock(DecodedMessage &message, qint64 maxSkewMs)
{
    if (maxSkewMs <= 0)
        return;
    if (auto *post = std::get_if<PropertyPost>(&message)) {
        for (PropertyReport &r : post->reports) {
            const qint64 ref = cloudTime(r.meta, r.gmtCreate, maxSkewMs);
            clamp(r.gmtCreate, ref, maxSkewMs, r.meta);
            clamp(r.time, ref, maxSkewMs, r.meta);
            if (r.meta.clockSkewMs != 0)
                post->meta.clockSkewMs = r.meta.clockSkewMs;
        }
        for (PropertyReport &r : post->reports) // one message, one clock: every report says so
            r.meta.clockSkewMs = post->meta.clockSkewMs;
    } else if (auto *e = std::get_if<DeviceEvent>(&message)) {
        clamp(e->time, cloudTime(e->meta, 0, maxSkewMs), maxSkewMs, e->meta);
    } else if (auto *s = std::get_if<StatusChange>(&message)) {
        const qint64 ref = cloudTime(s->meta, s->gmtCreate, maxSkewMs);
        clamp(s->gmtCreate, ref, maxSkewMs, s->meta);
        clamp(s->time, ref, maxSkewMs, s->meta);
    } else if (auto *r = std::get_if<ServiceReply>(&message)) {
        clamp(r->gmtCreate, cloudTime(r->meta, 0, maxSkewMs), maxSkewMs, r->meta);
    } else if (auto *b = std::get_if<BindingChange>(&message)) {
        clamp(b->time, cloudTime(b->meta, 0, maxSkewMs), maxSkewMs, b->meta);
    }
}

} // namespace linkscope
