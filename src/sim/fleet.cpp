#include "fleet.h"

#include "core/messages.h"
#include "thingmodels_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

namespace linkscope::sim {

using namespace detail;

namespace {

struct DeviceState {
    SimDevice device;
    const ProductModel *model = nullptr;
    std::array<double, 4> values {};
    double hue = 0; // HSVColor
    QVariantList history; // the recent values of properties[historyOf]
    bool online = true;
    bool flappy = false;
    QString owner;
    QStringList sharers;
};

const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int rssiIndex(const ProductModel &model)
{
    for (size_t i = 0; i < model.properties.size(); ++i)
        if (QLatin1String(model.properties[i].name) == u"RSSI")
            return int(i);
    return 0;
}

// Every third device has a nickname, as users give them in the app.
QString nicknameFor(int model, int n)
{
    static const char *const rooms[] = {"客厅", "卧室", "厨房", "书房", "门厅", "阳台"};
    static const char *const things[] = {"门锁", "灯", "插座", "温湿度计"};
    if (n % 3 != 1)
        return {};
    return QString::fromUtf8(rooms[(n / 3) % 6]) + QString::fromUtf8(things[model % 4]);
}

} // namespace

struct FleetGenerator::Private {
    FleetOptions options;
    std::mt19937_64 rng;
    // A plug's loads (a heater switched on and off) come from a stream of
    // their own, so that the main stream, and with it every message id,
    // stays what the seed always gave.
    std::mt19937_64 loads;
    QList<SimDevice> devices;
    QList<SimDevice> quiet;
    QList<SimProduct> products;
    QHash<QString, QVariantMap> initial; // device id -> starting values
    std::vector<DeviceState> states;
    quint64 counter = 0;
    quint64 idBase = 0;
    quint64 requestCounter = 1000;

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }
    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); }
    QString token(int length)
    {
        QString s;
        for (int i = 0; i < length; ++i)
            s += QLatin1Char(kAlnum[below(int(sizeof(kAlnum)) - 1)]);
        return s;
    }

    QJsonValue valueOf(const PropertySpec &spec, double v) const
    {
        switch (spec.type) {
        case PropertySpec::Bool:
            return int(v); // the platform sends bools as 0/1
        case PropertySpec::Int:
        case PropertySpec::Enum:
            return qint64(v);
        case PropertySpec::Double:
            return std::round(v * 10.0) / 10.0;
        }
        return {};
    }

    double walk(const PropertySpec &spec, double v)
    {
        if (spec.type == PropertySpec::Bool || spec.type == PropertySpec::Enum)
            return uniform() < 0.3 ? double(below(int(spec.max - spec.min) + 1)) + spec.min : v;
        if (spec.max > 100000) // a counter
            return v + below(3);
        if (qstrcmp(spec.name, "RealTimePower") == 0) {
            // Now and then a load of 1.5-1.9 kW for half a minute or so:
            // something for an alert rule to catch in the demo.
            const double r = std::uniform_real_distribution<double>(0.0, 1.0)(loads);
            if (v < 1500 && r < 0.02)
                v = 1550 + 400 * std::uniform_real_distribution<double>(0.0, 1.0)(loads);
            else if (v > 1500 && r < 0.05)
                v = 300 + 600 * std::uniform_real_distribution<double>(0.0, 1.0)(loads);
        }
        const double next = v + (uniform() * 2 - 1) * spec.step;
        return std::clamp(next, spec.min, spec.max);
    }

    QJsonObject header(const DeviceState &s, qint64 t) const
    {
        return QJsonObject {{QStringLiteral("deviceType"), s.device.deviceType},
                            {QStringLiteral("iotId"), s.device.iotId},
                            {QStringLiteral("productKey"), s.device.productKey},
                            {QStringLiteral("deviceName"), s.device.deviceName},
                            {QStringLiteral("gmtCreate"), t}};
    }

    QString topic(const DeviceState &s, const char *tail) const
    {
        return QStringLiteral("/%1/%2/%3").arg(s.device.productKey, s.device.deviceName, QLatin1String(tail));
    }

    void property(DeviceState &s, qint64 t, SimMessage &m)
    {
        QJsonObject items;
        const int count = 1 + below(3);
        const int first = below(4);
        for (int k = 0; k < count; ++k) {
            const int i = (first + k) % 4;
            const PropertySpec &spec = s.model->properties[size_t(i)];
            s.values[size_t(i)] = walk(spec, s.values[size_t(i)]);
            const QJsonValue v = valueOf(spec, s.values[size_t(i)]);
            items.insert(QLatin1String(spec.name),
                         QJsonObject {{QStringLiteral("value"), v}, {QStringLiteral("time"), t}});
            m.values.insert(QLatin1String(spec.name), v.toVariant());
            if (i == s.model->historyOf) {
                s.history.append(v.toVariant());
                while (s.history.size() > kHistoryLength)
                    s.history.removeFirst();
            }
        }
        // Now and then one of the model's struct or array properties too.
        if (below(4) == 0) {
            const int pick = below(s.model->hsvColor ? 3 : 2);
            QString name;
            QJsonValue v;
            if (pick == 0 && !s.history.isEmpty()) {
                name = QLatin1String(s.model->historyName);
                v = QJsonArray::fromVariantList(s.history);
            } else if (pick == 1) {
                name = QStringLiteral("NetworkInfo");
                const int rssi = int(s.values[size_t(rssiIndex(*s.model))]);
                v = QJsonObject {{QStringLiteral("SSID"), QStringLiteral("home-") + s.device.iotId.left(4)},
                                 {QStringLiteral("Channel"), 1 + int(qHash(s.device.iotId) % 13)},
                                 {QStringLiteral("RSSI"), rssi}};
            } else if (pick == 2) {
                s.hue = std::fmod(s.hue + 15 + below(30), 360.0);
                name = QStringLiteral("HSVColor");
                v = QJsonObject {{QStringLiteral("Hue"), int(s.hue)},
                                 {QStringLiteral("Saturation"), 60 + below(41)},
                                 {QStringLiteral("Value"), int(s.values[1])}};
            }
            if (!name.isEmpty()) {
                items.insert(name, QJsonObject {{QStringLiteral("value"), v}, {QStringLiteral("time"), t}});
                m.values.insert(name, v.toVariant());
            }
        }
        QJsonObject o = header(s, t);
        o.insert(QStringLiteral("items"), items);
        m.topic = topic(s, "thing/event/property/post");
        m.payload = compact(o);
        m.expectedKind = MessageKind::Property;
    }

    void event(DeviceState &s, qint64 t, SimMessage &m)
    {
        // Info events are common, alerts rarer, errors rare.
        const double r = uniform();
        const EventSpec &e = s.model->events[r < 0.7 ? 0 : (r < 0.93 ? 1 : 2)];
        QJsonObject value;
        if (QLatin1String(e.identifier) == u"DoorOpenNotification")
            value = {{QStringLiteral("KeyID"), token(5)}, {QStringLiteral("LockType"), 1 + below(4)}};
        else if (QLatin1String(e.type) == u"error")
            value = {{QStringLiteral("ErrorCode"), 1 + below(20)}};
        else
            value = {{QStringLiteral("Level"), 1 + below(3)}};
        QJsonObject o = header(s, t);
        o.remove(QStringLiteral("gmtCreate"));
        o.insert(QStringLiteral("identifier"), QLatin1String(e.identifier));
        o.insert(QStringLiteral("name"), QString::fromUtf8(e.name));
        o.insert(QStringLiteral("type"), QLatin1String(e.type));
        o.insert(QStringLiteral("time"), t);
        o.insert(QStringLiteral("value"), value);
        m.topic = topic(s, "thing/event/") + QLatin1String(e.identifier) + QStringLiteral("/post");
        m.payload = compact(o);
        m.expectedKind = MessageKind::Event;
    }

    void status(DeviceState &s, qint64 t, SimMessage &m)
    {
        s.online = !s.online;
        QJsonObject o = header(s, t);
        o.insert(QStringLiteral("action"), s.online ? QStringLiteral("online") : QStringLiteral("offline"));
        o.insert(
            QStringLiteral("status"),
            QJsonObject {{QStringLiteral("time"), t},
                         {QStringLiteral("value"), s.online ? QStringLiteral("1") : QStringLiteral("0")}});
        m.topic = QStringLiteral("/mqtt/status/%1/%2").arg(s.device.productKey, s.device.deviceName);
        m.payload = compact(o);
        m.expectedKind = MessageKind::Status;
    }

    void binding(DeviceState &s, qint64 t, SimMessage &m)
    {
        bool bind = true;
        QJsonArray ids;
        auto identity = [&](const QString &id, bool owned) {
            return QJsonObject {{QStringLiteral("identityId"), id},
                                {QStringLiteral("scopeId"), QString()},
                                {QStringLiteral("tenantId"), QStringLiteral("1D89B5861678FF")},
                                {QStringLiteral("owned"), owned ? 1 : 0}};
        };
        if (s.owner.isEmpty()) {
            s.owner = QString::number(5062000000LL + below(999999));
            ids.append(identity(s.owner, true));
        } else if (!s.sharers.isEmpty() && uniform() < 0.4) {
            bind = false;
            ids.append(identity(s.sharers.takeAt(below(int(s.sharers.size()))), false));
        } else if (s.sharers.size() < 3) {
            s.sharers.append(QString::number(5063000000LL + below(999999)));
            ids.append(identity(s.sharers.last(), false));
        } else {
            bind = false; // the owner leaves; the next bind makes a new owner
            ids.append(identity(s.owner, true));
            s.owner.clear();
        }
        QJsonObject o {{QStringLiteral("bind"), bind},
                       {QStringLiteral("productKey"), s.device.productKey},
                       {QStringLiteral("deviceName"), s.device.deviceName},
                       {QStringLiteral("iotId"), s.device.iotId},
                       {QStringLiteral("messageCreateTime"), t},
                       {QStringLiteral("identityInfos"), ids},
                       {QStringLiteral("params"), QJsonObject()}};
        m.topic = topic(s, "thing/awss/enrollee/user");
        m.payload = compact(o);
        m.expectedKind = MessageKind::Binding;
    }

    void reply(DeviceState &s, qint64 t, SimMessage &m)
    {
        static constexpr std::array<int, 6> kErrors = {400, 403, 429, 460, 9200, 9201};
        int code = 200;
        if (!s.online)
            code = 9201;
        else if (uniform() < 0.15)
            code = kErrors[size_t(below(int(kErrors.size())))];
        QJsonObject data;
        QString downlink = QStringLiteral("/sys/%1/%2/thing/service/property/set")
                               .arg(s.device.productKey, s.device.deviceName);
        if (uniform() < 0.3) {
            downlink = QStringLiteral("/sys/%1/%2/thing/service/Reboot")
                           .arg(s.device.productKey, s.device.deviceName);
            data = {{QStringLiteral("delay"), below(10)}};
        }
        QJsonObject o {{QStringLiteral("gmtCreate"), t},
                       {QStringLiteral("iotId"), s.device.iotId},
                       {QStringLiteral("productKey"), s.device.productKey},
                       {QStringLiteral("deviceName"), s.device.deviceName},
                       {QStringLiteral("requestId"), QString::number(++requestCounter)},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), replyCodeMeaning(code)},
                       {QStringLiteral("topic"), downlink},
                       {QStringLiteral("data"), data}};
        m.topic = topic(s, "thing/downlink/reply/message");
        m.payload = compact(o);
        m.expectedKind = MessageKind::ServiceReply;
    }

    void malform(const DeviceState &s, qint64 t, SimMessage &m)
    {
        const QStringList &kinds = options.malformedKinds.isEmpty() ? defaultKinds : options.malformedKinds;
        const QString kind = kinds.at(below(int(kinds.size())));
        m.malformed = true;
        m.values.clear();
        m.expectedKind = MessageKind::Rejected;
        const QByteArray iot = s.device.iotId.toUtf8();
        if (kind == u"truncated") { // cut off mid-way: invalid JSON
            m.payload.truncate(qMax<qsizetype>(1, m.payload.size() / 2));
        } else if (kind == u"wrong-type") { // a wrong type where a time belongs
            m.topic = topic(s, "thing/event/property/post");
            m.payload = R"({"iotId":")" + iot + R"(","items":{"RSSI":{"value":-50,"time":"soon"}}})";
        } else if (kind == u"missing-field") { // an event without its type
            m.topic = topic(s, "thing/event/TamperAlarm/post");
            m.payload = R"({"identifier":"TamperAlarm","time":)" + QByteArray::number(t) + "}";
        } else if (kind == u"oversize") { // over the decoder's 1 MiB limit
            m.payload = R"({"items":{"Blob":{"value":")" + QByteArray(1100 * 1024, 'x') + R"("}}})";
            m.topic = topic(s, "thing/event/property/post");
        } else if (kind == u"bad-utf8") { // invalid UTF-8 inside a string
            m.topic = topic(s, "thing/event/property/post");
            m.payload = "{\"items\":{\"Name\":{\"value\":\"\xff\xfe\"}}}";
        } else if (kind == u"nan" || kind == u"inf") {
            // Firmware that prints a float it could not measure: a valid
            // post whose value is the text "nan" (or "inf", "-inf"); kept as text.
            const QByteArray v = kind == u"nan" ? "nan" : (below(2) ? "inf" : "-inf");
            m.topic = topic(s, "thing/event/property/post");
            m.payload = R"({"iotId":")" + iot + R"(","gmtCreate":)" + QByteArray::number(t)
                + R"(,"items":{"Temperature":{"value":")" + v + R"(","time":)" + QByteArray::number(t)
                + "}}}";
            m.expectedKind = MessageKind::Property;
            m.values.insert(QStringLiteral("Temperature"), QString::fromLatin1(v));
        } else if (kind == u"future-time") {
            // A device clock three days ahead: a valid post, stored at the cloud's time.
            const qint64 ahead = t + 3 * 24 * 3'600'000LL;
            m.topic = topic(s, "thing/event/property/post");
            m.payload = R"({"iotId":")" + iot + R"(","gmtCreate":)" + QByteArray::number(t)
                + R"(,"items":{"RSSI":{"value":-61,"time":)" + QByteArray::number(ahead) + "}}}";
            m.expectedKind = MessageKind::Property;
            m.values.insert(QStringLiteral("RSSI"), -61);
        } else if (kind == u"long-id") { // a message id of 300 bytes
            m.messageId = m.messageId + u'-' + QString(300, u'x');
        } else if (kind == u"bad-transfer" || kind == u"huge-transfer") {
            m.transferFault = kind;
            if (kind == u"bad-transfer") {
                // A Data section announcing more bytes than follow: no AMQP
                // message (AMQP sends these bytes as the whole transfer), and no JSON.
                m.payload = QByteArray("\x00\x53\x75\xb0\x00\x10\x00\x00", 8)
                    + "not an AMQP message: " + m.messageId.toUtf8();
            } else {
                m.topic = topic(s, "thing/event/property/post");
                m.payload = R"({"items":{"Blob":{"value":")" + QByteArray(5 * 1024 * 1024, 'y') + R"("}}})";
            }
        } else { // unknown-topic: a topic nobody knows, kept raw, not rejected
            m.topic = topic(s, "user/custom/report");
            m.payload = R"({"note":"custom topic","time":)" + QByteArray::number(t) + "}";
            m.expectedKind = MessageKind::Raw;
        }
    }

    const QStringList defaultKinds = defaultMalformedKinds();
};

QStringList malformedKindNames()
{
    return defaultMalformedKinds()
        + QStringList {QStringLiteral("long-id"), QStringLiteral("bad-transfer"),
                       QStringLiteral("huge-transfer")};
}

QStringList defaultMalformedKinds()
{
    // The ones a client stores under the message's own id.
    return {QStringLiteral("truncated"), QStringLiteral("wrong-type"), QStringLiteral("missing-field"),
            QStringLiteral("oversize"),  QStringLiteral("bad-utf8"),   QStringLiteral("unknown-topic"),
            QStringLiteral("nan"),       QStringLiteral("inf"),        QStringLiteral("future-time")};
}

FleetGenerator::FleetGenerator(FleetOptions options) : d(std::make_unique<Private>())
{
    d->options = options;
    d->options.products = qMax(1, options.products);
    d->options.devices = qMax(1, options.devices);
    d->rng.seed(options.seed);
    d->loads.seed(options.seed ^ 0x6c6f616473ULL);
    d->idBase = 1'000'000'000'000'000'000ULL + (options.seed % 1000) * 1'000'000'000'000'000ULL;

    QStringList productKeys;
    for (int p = 0; p < d->options.products; ++p)
        productKeys << QStringLiteral("a1") + d->token(9);
    for (int p = 0; p < d->options.products; ++p) {
        const int model = p % int(kModels.size());
        const int round = p / int(kModels.size());
        const QString name = QString::fromUtf8(kModels[size_t(model)].productName)
            + (round > 0 ? QStringLiteral(" %1").arg(round + 1) : QString());
        d->products.append({productKeys[p], name, model});
    }
    std::array<int, kModels.size()> perModel {};
    for (int i = 0; i < d->options.devices; ++i) {
        const int p = i % d->options.products;
        DeviceState s;
        const int model = p % int(kModels.size());
        s.model = &kModels[size_t(model)];
        const int n = ++perModel[size_t(model)];
        s.device.productKey = productKeys[p];
        s.device.deviceName
            = QStringLiteral("%1%2").arg(QLatin1String(s.model->namePrefix)).arg(n, 3, 10, QLatin1Char('0'));
        s.device.iotId = d->token(20);
        s.device.deviceType = QLatin1String(s.model->deviceType);
        s.device.model = model;
        s.device.nickname = nicknameFor(model, n);
        s.device.activeTime = 1'700'000'000'000LL + qint64(i) * 3'600'000LL;
        for (size_t k = 0; k < s.values.size(); ++k) {
            const PropertySpec &spec = s.model->properties[k];
            s.values[k] = spec.max > 100000 ? double(d->below(100)) : (spec.min + spec.max) / 2;
        }
        s.flappy = d->uniform() < 0.1;
        QVariantMap start;
        for (size_t k = 0; k < s.values.size(); ++k)
            start.insert(QLatin1String(s.model->properties[k].name),
                         d->valueOf(s.model->properties[k], s.values[k]).toVariant());
        d->initial.insert(s.device.id(), start);
        d->devices.append(s.device);
        d->states.push_back(std::move(s));
    }
    // Quiet devices from a generator of their own: the stream stays the same.
    std::mt19937_64 quietRng(options.seed ^ 0x9e3779b97f4a7c15ULL);
    static constexpr int kQuietStatus[] = {0, 3, 8};
    for (int i = 0; i < options.quietDevices; ++i) {
        const int p = i % d->options.products;
        const int model = p % int(kModels.size());
        SimDevice q;
        q.productKey = productKeys[p];
        q.deviceName = QStringLiteral("%1_spare%2")
                           .arg(QLatin1String(kModels[size_t(model)].namePrefix))
                           .arg(i + 1, 3, 10, QLatin1Char('0'));
        for (int k = 0; k < 20; ++k)
            q.iotId += QLatin1Char(kAlnum[quietRng() % (sizeof(kAlnum) - 1)]);
        q.deviceType = QLatin1String(kModels[size_t(model)].deviceType);
        q.model = model;
        q.initialStatus = kQuietStatus[i % 3];
        q.activeTime = q.initialStatus == 0 ? 0 : 1'690'000'000'000LL + qint64(i) * 86'400'000LL;
        if (q.initialStatus != 0) { // what it said before it went quiet
            QVariantMap start;
            for (const PropertySpec &spec : kModels[size_t(model)].properties)
                start.insert(
                    QLatin1String(spec.name),
                    d->valueOf(spec, spec.max > 100000 ? 50.0 : (spec.min + spec.max) / 2).toVariant());
            d->initial.insert(q.id(), start);
        }
        d->quiet.append(q);
    }
}

FleetGenerator::~FleetGenerator() = default;

quint64 FleetGenerator::generated() const
{
    return d->counter;
}

const QList<SimDevice> &FleetGenerator::devices() const
{
    return d->devices;
}

const QList<SimDevice> &FleetGenerator::quietDevices() const
{
    return d->quiet;
}

const QList<SimProduct> &FleetGenerator::products() const
{
    return d->products;
}

QVariantMap FleetGenerator::initialValues(const QString &deviceId) const
{
    return d->initial.value(deviceId);
}

SimMessage FleetGenerator::next(qint64 nowMs)
{
    const qint64 t = nowMs + d->options.clockSkewMs;
    DeviceState &s = d->states[size_t(d->below(int(d->states.size())))];
    SimMessage m;
    m.messageId = QString::number(d->idBase + d->counter++);
    m.generateTime = t;
    m.deviceId = s.device.id();

    const double r = d->uniform();
    if (!s.online) {
        // An offline device mostly comes back; the cloud may still report replies.
        if (r < 0.6)
            d->status(s, t, m);
        else if (r < 0.8)
            d->binding(s, t, m);
        else
            d->reply(s, t, m);
    } else if (r < (s.flappy ? 0.25 : 0.006)) { // one in ten devices flaps; the rest change rarely
        d->status(s, t, m);
    } else if (r < 0.73) {
        d->property(s, t, m);
    } else if (r < 0.83) {
        d->event(s, t, m);
    } else if (r < 0.88) {
        d->binding(s, t, m);
    } else {
        d->reply(s, t, m);
    }
    if (d->options.malformedFraction > 0 && d->uniform() < d->options.malformedFraction)
        d->malform(s, t, m);
    return m;
}

} // namespace linkscope::sim
