#pragma once

#include "messages.h"

#include <QByteArray>

#include <memory>

namespace linkscope {

struct DecoderOptions {
    qsizetype maxPayloadBytes = 1024 * 1024; // larger payloads are rejected unread
    int maxDepth = 64; // deeper JSON nesting is rejected
};

// The id of a message that came without one (absent, empty or null): a
// hash of its topic and bytes, so the same bytes twice are one message and
// two different messages are two ("sha1:…").
QString contentMessageId(const QString &topic, const QByteArray &payload);

// Turns one pushed message (payload + what the transport knew) into exactly
// one decoded kind, or a Rejected carrying a reason a user can read.
// Not thread-safe: each worker owns its Decoder (it reuses parse buffers).
class Decoder {
public:
    explicit Decoder(DecoderOptions options = {});
    ~Decoder();
    Decoder(Decoder &&) noexcept;
    Decoder &operator=(Decoder &&) noexcept;

    const DecoderOptions &options() const;

    // meta.topic routes the payload; an empty meta.messageId is replaced by a
    // content hash ("sha1:…") so that duplicates can still be recognised.
    DecodedMessage decode(const QByteArray &payload, MessageMeta meta);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope
