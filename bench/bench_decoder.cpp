// Decoder throughput: LinkScope's simdjson decoder against a QJsonDocument
// baseline doing the same work (parse, route, build the PropertyReports).
//
//   build/release/bin/bench_decoder [--messages N] [--rounds R]

#include "core/decoder.h"
#include "core/topicrouter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace linkscope;

namespace {

struct Sample {
    QByteArray payload;
    MessageMeta meta;
};

// Property posts like the seed's, with 1-4 attributes each.
std::vector<Sample> makeProperties(int n)
{
    QRandomGenerator rng(42);
    const char *attrs[] = {"Temperature", "Humidity", "PowerSwitch", "Brightness", "RSSI", "Battery"};
    std::vector<Sample> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const QByteArray dn = "dev" + QByteArray::number(i % 200);
        const qint64 t = 1700000000000 + i;
        QByteArray items;
        const int count = 1 + int(rng.bounded(4));
        for (int k = 0; k < count; ++k) {
            const QByteArray attr = attrs[(i + k) % 6];
            const QByteArray value = attr == "PowerSwitch" ? QByteArray(k % 2 ? "1" : "0")
                                                           : QByteArray::number(rng.bounded(1000) / 10.0);
            items += (k ? "," : "")
                + ("\"" + attr + "\":{\"value\":" + value + ",\"time\":" + QByteArray::number(t) + "}");
        }
        Sample s;
        s.payload
            = R"({"deviceType":"SmartDoor","iotId":"Xzf15db9WR001046b400","productKey":"a17TYNA","gmtCreate":)"
            + QByteArray::number(t) + R"(,"deviceName":")" + dn + R"(","items":{)" + items + "}}";
        s.meta.topic = QStringLiteral("/a17TYNA/%1/thing/event/property/post").arg(QString::fromLatin1(dn));
        s.meta.messageId = QString::number(i);
        s.meta.generateTime = t;
        out.push_back(std::move(s));
    }
    return out;
}

// The baseline: what a straightforward Qt decoder does for the same result.
qsizetype baselineDecode(const Sample &s)
{
    const TopicRoute route = routeTopic(s.meta.topic);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(s.payload, &err);
    if (!doc.isObject())
        return 0;
    const QJsonObject root = doc.object();
    const QJsonObject items = root.value(u"items").toObject();
    PropertyPost post;
    post.meta = s.meta;
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        PropertyReport r;
        r.meta = s.meta;
        r.device = {route.productKey, route.deviceName, root.value(u"iotId").toString()};
        r.deviceType = root.value(u"deviceType").toString();
        r.attribute = it.key();
        r.value = item.value(u"value").toVariant();
        r.time = item.value(u"time").toInteger();
        r.gmtCreate = root.value(u"gmtCreate").toInteger();
        post.reports.append(std::move(r));
    }
    return post.reports.size();
}

template<typename F> double bestRate(int rounds, size_t n, F &&run)
{
    double best = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        run();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        best = std::max(best, double(n) / secs);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 200'000;
    int rounds = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--messages")
            messages = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    const std::vector<Sample> samples = makeProperties(messages);

    // Both decoders must agree on every message before their speed counts.
    Decoder decoder;
    qsizetype ours = 0, base = 0;
    for (const Sample &s : samples) {
        const DecodedMessage m = decoder.decode(s.payload, s.meta);
        if (const auto *post = std::get_if<PropertyPost>(&m))
            ours += post->reports.size();
        base += baselineDecode(s);
    }
    if (ours != base || ours == 0) {
        std::fprintf(stderr, "decoders disagree: %lld vs %lld reports\n", qlonglong(ours), qlonglong(base));
        return 1;
    }

    volatile qsizetype sink = 0;
    const double baseline = bestRate(rounds, samples.size(), [&] {
        for (const Sample &s : samples)
            sink = sink + baselineDecode(s);
    });
    const double linkscope = bestRate(rounds, samples.size(), [&] {
        for (const Sample &s : samples)
            sink = sink + qsizetype(decoder.decode(s.payload, s.meta).index());
    });
    std::printf("messages: %d property posts (%lld reports), best of %d rounds\n", messages, qlonglong(ours),
                rounds);
    std::printf("baseline QJsonDocument decode: %10.0f msg/s\n", baseline);
    std::printf("linkscope simdjson decode:     %10.0f msg/s\n", linkscope);
    std::printf("speed-up: %.2fx\n", linkscope / baseline);
    return 0;
}
