#include "core/decoder.h"
#include "core/messagejson.h"
#include "fixtures.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace linkscope;

namespace {
MessageMeta metaFrom(const QJsonObject &f)
{
    MessageMeta m;
    m.topic = f.value(u"topic").toString();
    m.messageId = f.value(u"messageId").toString();
    m.generateTime = f.value(u"generateTime").toInteger();
    m.receivedAt = f.value(u"receivedAt").toInteger();
    return m;
}
} // namespace

class TestDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodesValidFixtures_data();
    void decodesValidFixtures();
    void rejectsMalformedFixtures_data();
    void rejectsMalformedFixtures();
    void hashesEmptyMessageIds();
    void keepsMetaOnEveryReport();
    void decoderIsReusableAfterRejects();
    void sizeCapAppliesToUnknownTopics();
    void payloadBeyondCapIsTruncatedInReject();
};

void TestDecoder::decodesValidFixtures_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = fixtures::files(QStringLiteral("decoder/valid"));
    QVERIFY2(files.size() >= 20, "the valid fixtures are missing");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).baseName())) << f;
}

void TestDecoder::decodesValidFixtures()
{
    QFETCH(QString, path);
    const QJsonObject fixture = fixtures::load(path);
    Decoder decoder;
    const DecodedMessage decoded = decoder.decode(fixtures::payload(fixture), metaFrom(fixture));
    const QJsonObject actual = toJson(decoded);
    if (const auto *r = std::get_if<Rejected>(&decoded))
        QFAIL(qPrintable(QStringLiteral("rejected: ") + r->reason));

    QJsonObject expect = fixture.value(u"expect").toObject();
    // The content hash cannot be written into the fixture by hand.
    if (expect.value(u"meta").toObject().value(u"messageId").toString() == u"sha1:HASH") {
        QVERIFY(actual.value(u"meta").toObject().value(u"messageId").toString().startsWith(u"sha1:"));
        QJsonObject meta = expect.value(u"meta").toObject();
        meta.remove(u"messageId");
        expect.insert(u"meta", meta);
    }
    QString where;
    QVERIFY2(fixtures::containsSubset(actual, expect, where),
             qPrintable(where + QStringLiteral("\nactual: ")
                        + QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact))));
    QCOMPARE(metaOf(decoded).topic, fixture.value(u"topic").toString());
}

void TestDecoder::rejectsMalformedFixtures_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = fixtures::files(QStringLiteral("decoder/malformed"));
    QVERIFY2(files.size() >= 30, "fewer than 30 malformed fixtures");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).baseName())) << f;
}

void TestDecoder::rejectsMalformedFixtures()
{
    QFETCH(QString, path);
    const QJsonObject fixture = fixtures::load(path);
    DecoderOptions options;
    if (fixture.contains(u"maxPayloadBytes"))
        options.maxPayloadBytes = fixture.value(u"maxPayloadBytes").toInteger();
    Decoder decoder(options);
    const QByteArray payload = fixtures::payload(fixture);
    MessageMeta meta = metaFrom(fixture);
    meta.receivedAt = 1700000000000;
    const DecodedMessage decoded = decoder.decode(payload, meta);
    const auto *rejected = std::get_if<Rejected>(&decoded);
    QVERIFY2(rejected, qPrintable(QStringLiteral("accepted as ") + kindName(kindOf(decoded))));
    QCOMPARE(rejected->reason, fixture.value(u"reason").toString());
    // The reject keeps what the user needs to inspect it.
    QCOMPARE(rejected->meta.topic, meta.topic);
    QCOMPARE(rejected->meta.messageId, meta.messageId);
    QCOMPARE(rejected->meta.receivedAt, meta.receivedAt);
    QCOMPARE(rejected->payload, payload.left(options.maxPayloadBytes));
    QVERIFY(rejected->expectedKind != MessageKind::Rejected);
}

void TestDecoder::hashesEmptyMessageIds()
{
    Decoder decoder;
    MessageMeta meta;
    meta.topic = QStringLiteral("/pk/dn/thing/event/property/post");
    const QByteArray payload = R"({"items":{"a":{"value":1}}})";
    const QString id1 = metaOf(decoder.decode(payload, meta)).messageId;
    const QString id2 = metaOf(decoder.decode(payload, meta)).messageId;
    const QString other = metaOf(decoder.decode(R"({"items":{"a":{"value":2}}})", meta)).messageId;
    QCOMPARE(id1, id2); // the same message twice: the same id, so dedupe works
    QVERIFY(id1 != other);
    // sha1 of topic + "\n" + payload, so other tools can compute it too.
    const QByteArray expected
        = QCryptographicHash::hash(meta.topic.toUtf8() + '\n' + payload, QCryptographicHash::Sha1).toHex();
    QCOMPARE(id1, QStringLiteral("sha1:") + QString::fromLatin1(expected));
}

void TestDecoder::keepsMetaOnEveryReport()
{
    Decoder decoder;
    MessageMeta meta {QStringLiteral("id-7"), QStringLiteral("/pk/dn/thing/event/property/post"), 11, 12, {}};
    const auto decoded = decoder.decode(R"({"items":{"a":{"value":1},"b":{"value":2}}})", meta);
    const auto &post = std::get<PropertyPost>(decoded);
    QCOMPARE(post.reports.size(), 2);
    meta.payload = R"({"items":{"a":{"value":1},"b":{"value":2}}})";
    for (const PropertyReport &r : post.reports) {
        QCOMPARE(r.meta, meta);
        QCOMPARE(r.device.id(), QStringLiteral("pk/dn"));
    }
}

void TestDecoder::decoderIsReusableAfterRejects()
{
    Decoder decoder;
    MessageMeta meta;
    meta.topic = QStringLiteral("/pk/dn/thing/event/property/post");
    for (int i = 0; i < 100; ++i) {
        QVERIFY(std::holds_alternative<Rejected>(decoder.decode("{\"items\":", meta)));
        const auto ok = decoder.decode(R"({"items":{"a":{"value":1}}})", meta);
        QVERIFY(std::holds_alternative<PropertyPost>(ok));
    }
    // A large payload after small ones grows the buffers and still decodes.
    QByteArray big = R"({"items":{)";
    for (int i = 0; i < 5000; ++i)
        big += (i ? "," : "") + QByteArray("\"a") + QByteArray::number(i)
            + "\":{\"value\":" + QByteArray::number(i) + "}";
    big += "}}";
    const auto decoded = decoder.decode(big, meta);
    QCOMPARE(std::get<PropertyPost>(decoded).reports.size(), 5000);
}

void TestDecoder::sizeCapAppliesToUnknownTopics()
{
    DecoderOptions options;
    options.maxPayloadBytes = 10;
    Decoder decoder(options);
    MessageMeta meta;
    meta.topic = QStringLiteral("/custom/thing");
    QVERIFY(std::holds_alternative<RawMessage>(decoder.decode("0123456789", meta)));
    const auto decoded = decoder.decode("0123456789A", meta);
    const auto &r = std::get<Rejected>(decoded);
    QCOMPARE(r.reason, QStringLiteral("the payload is 11 bytes, over the 10 bytes limit"));
    QCOMPARE(r.expectedKind, MessageKind::Raw);
}

void TestDecoder::payloadBeyondCapIsTruncatedInReject()
{
    Decoder decoder; // default 1 MiB
    MessageMeta meta;
    meta.topic = QStringLiteral("/pk/dn/thing/event/property/post");
    const QByteArray huge(2 * 1024 * 1024 + 10, 'x');
    const DecodedMessage decoded = decoder.decode(huge, meta);
    const auto &r = std::get<Rejected>(decoded);
    QCOMPARE(r.reason, QStringLiteral("the payload is 2.0 MiB, over the 1.0 MiB limit"));
    QCOMPARE(r.payload.size(), 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
