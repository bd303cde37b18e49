#include "decoder.h"

#include "jsonreader_p.h"
#include "payloaddecoders_p.h"
#include "sizetext.h"
#include "topicrouter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>
#include <vector>

namespace linkscope {

using namespace detail;

struct Decoder::Private {
    DecoderOptions options;
    simdjson::dom::parser parser;
    std::vector<char> padded; // reused copy of the payload with simdjson's padding
};

Decoder::Decoder(DecoderOptions options) : d(std::make_unique<Private>())
{
    d->options = options;
    // Allocation failure here only means parse() allocates on first use.
    [[maybe_unused]] const auto allocated = d->parser.allocate(64 * 1024, size_t(qMax(1, options.maxDepth)));
}

Decoder::~Decoder() = default;
Decoder::Decoder(Decoder &&) noexcept = default;
Decoder &Decoder::operator=(Decoder &&) noexcept = default;

const DecoderOptions &Decoder::options() const
{
    return d->options;
}

namespace {

QString parseErrorText(simdjson::error_code code, int maxDepth)
{
    switch (code) {
    case simdjson::EMPTY:
        return QStringLiteral("the payload is empty (only white space)");
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("the JSON nests deeper than %1 levels").arg(maxDepth);
    case simdjson::UTF8_ERROR:
        return QStringLiteral("the payload is not valid UTF-8");
    case simdjson::NUMBER_ERROR:
        return QStringLiteral("the payload is not valid JSON: a number is malformed or out of range");
    case simdjson::UNCLOSED_STRING:
        return QStringLiteral("the payload is not valid JSON: a string is not closed");
    case simdjson::UNESCAPED_CHARS:
        return QStringLiteral("the payload is not valid JSON: a string holds an unescaped control character");
    case simdjson::STRING_ERROR:
        return QStringLiteral("the payload is not valid JSON: a string has a bad escape");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return QStringLiteral("the payload is not valid JSON: a word that is not true, false or null");
    default:
        return {}; // structural: located by structuralErrorText()
    }
}

// simdjson says only that the structure is broken; Qt's parser (run only on
// this error path) says where and how.
QString structuralErrorText(const QByteArray &payload)
{
    QJsonParseError error;
    QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError)
        return QStringLiteral("the payload is not valid JSON: its structure is broken");
    return QStringLiteral("the payload is not valid JSON at byte %1: %2")
        .arg(error.offset)
        .arg(error.errorString());
}

// The device named by the topic, checked against the payload's own fields.
Rejected makeRejected(const MessageMeta &meta, MessageKind kind, QString reason, const QByteArray &payload)
{
    Rejected r;
    r.meta = meta;
    r.expectedKind = kind;
    r.reason = std::move(reason);
    r.payload = payload;
    return r;
}

} // namespace

QString contentMessageId(const QString &topic, const QByteArray &payload)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(topic.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(payload);
    return QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex());
}

DecodedMessage Decoder::decode(const QByteArray &payload, MessageMeta meta)
{
    if (meta.messageId.isEmpty())
        meta.messageId = contentMessageId(meta.topic, payload);

    meta.payload
        = payload.size() > d->options.maxPayloadBytes ? payload.left(d->options.maxPayloadBytes) : payload;
    const TopicRoute route = routeTopic(meta.topic);
    if (route.kind == MessageKind::Raw) {
        if (payload.size() > d->options.maxPayloadBytes) {
            return makeRejected(meta, MessageKind::Raw,
                                QStringLiteral("the payload is %1, over the %2 limit")
                                    .arg(sizeText(payload.size()), sizeText(d->options.maxPayloadBytes)),
                                payload.left(d->options.maxPayloadBytes));
        }
        RawMessage raw;
        raw.meta = std::move(meta);
        raw.payload = payload;
        return raw;
    }

    if (payload.size() > d->options.maxPayloadBytes) {
        // Keep only the first part: the rest is unread by design.
        return makeRejected(meta, route.kind,
                            QStringLiteral("the payload is %1, over the %2 limit")
                                .arg(sizeText(payload.size()), sizeText(d->options.maxPayloadBytes)),
                            payload.left(d->options.maxPayloadBytes));
    }
    if (payload.isEmpty())
        return makeRejected(meta, route.kind, QStringLiteral("the payload is empty"), payload);

    d->padded.resize(size_t(payload.size()) + simdjson::SIMDJSON_PADDING);
    std::memcpy(d->padded.data(), payload.constData(), size_t(payload.size()));
    std::memset(d->padded.data() + payload.size(), 0, simdjson::SIMDJSON_PADDING);

    simdjson::dom::element root;
    const auto code = d->parser.parse(d->padded.data(), size_t(payload.size()), false).get(root);
    if (code != simdjson::SUCCESS) {
        QString reason = parseErrorText(code, d->options.maxDepth);
        if (reason.isEmpty())
            reason = structuralErrorText(payload);
        return makeRejected(meta, route.kind, reason, payload);
    }

    try {
        if (!root.is_object())
            fail(QStringLiteral("the payload is %1, expected a JSON object").arg(describe(root)));
        rejectDuplicateKeys(root);
        const qint64 fallbackTime = meta.generateTime > 0 ? meta.generateTime : meta.receivedAt;
        const DecodeContext ctx {root.get_object().value_unsafe(), route, meta, fallbackTime};
        switch (route.kind) {
        case MessageKind::Property:
            return decodeProperty(ctx);
        case MessageKind::Event:
            return decodeEvent(ctx);
        case MessageKind::ServiceReply:
            return decodeServiceReply(ctx);
        case MessageKind::Status:
            return decodeStatus(ctx);
        case MessageKind::Binding:
            return decodeBinding(ctx);
        case MessageKind::Lifecycle:
            return decodeLifecycle(ctx);
        case MessageKind::Topology:
            return decodeTopology(ctx);
        case MessageKind::OtaProgress:
            return decodeOta(ctx);
        case MessageKind::Raw:
        case MessageKind::Rejected:
            break;
        }
        fail(QStringLiteral("the topic routes to no decoder"));
    } catch (const DecodeFailure &failure) {
        return makeRejected(meta, route.kind, failure.reason, payload);
    }
}

} // namespace linkscope
