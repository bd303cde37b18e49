// libFuzzer target: the topic router, topic filters and the decoder.
// Input: the topic, a newline, then the payload bytes.

#include "core/decoder.h"
#include "core/messagejson.h"
#include "core/topicfilter.h"
#include "core/topicrouter.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static linkscope::Decoder decoder([] {
        linkscope::DecoderOptions o;
        o.maxPayloadBytes = 64 * 1024; // keep runs fast; the cap itself is exercised too
        return o;
    }());

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString topic = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray payload = newline < 0 ? QByteArray() : input.mid(newline + 1);

    (void)linkscope::routeTopic(topic);
    // The topic doubles as a filter pattern, matched against itself and a fixed topic.
    if (auto filter = linkscope::TopicFilter::parse(topic); filter.ok()) {
        (void)filter->matches(topic);
        (void)filter->matches(u"/pk/dn/thing/event/property/post");
    }

    linkscope::MessageMeta meta;
    meta.topic = topic;
    meta.generateTime = 1700000000000;
    meta.receivedAt = 1700000000001;
    const linkscope::DecodedMessage decoded = decoder.decode(payload, meta);
    // Serialising walks every decoded field, so bad values surface here too.
    const QByteArray json = QJsonDocument(linkscope::toJson(decoded)).toJson(QJsonDocument::Compact);
    if (json.isEmpty())
        __builtin_trap();
    return 0;
}
