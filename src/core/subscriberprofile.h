#pragma once

#include "hmac.h"
#include "secret.h"
#include "topicfilter.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace linkscope {

enum class PushProtocol : quint8 { Amqp, Http2 };

// Everything a subscriber needs to reach one project's push.
struct SubscriberProfile {
    PushProtocol protocol = PushProtocol::Amqp;
    QString host; // e.g. ilop.iot-amqp.cn-shanghai.aliyuncs.com, or 127.0.0.1
    quint16 port = 5671;
    QString caFile; // empty: the system's CAs
    QString appKey;
    Secret appSecret;
    QString clientId; // stable per installation
    QString groupId; // empty: the AppKey
    // AMQP: deliveries in flight (received, not yet stored) before we must
    // store some. It must cover the rate times a commit's round trip, or the
    // link starves while a commit is under way: 5,000 doubles the flat-out
    // rate of 1,000 (docs/PERFORMANCE.md). The Java client prefetches 1,000.
    int credit = 5000;
    int idleTimeoutMs = 80'000;
    // The signed random of the AMQP login; 0: the current time, as the SDKs do.
    // A fixed one gives fixed credentials (for a broker with static users).
    qint64 signRandom = 0;
    QString http2Path = QStringLiteral("/message/ack"); // [unconfirmed] configurable
    SignMethod http2SignMethod = SignMethod::HmacSha256; // the SDK also knows SHA1
    bool http2ClearSession = false; // true drops the cloud's offline backlog at login
    QStringList topicFilters; // empty: every topic
    // A device time further than this from the cloud's is replaced by the cloud's (clockcheck.h).
    qint64 maxClockSkewMs = 10 * 60'000;
    // The cloud API (CLOUD_API): the project the inventory belongs to
    // (optional: without it there is no inventory, names or units) and
    // the gateway, "https://host[:port]"; empty: the region's gateway.
    QString projectId;
    QString apiEndpoint;
    int inventoryRefreshMinutes = 10; // 0: only at connect and when asked

    friend bool operator==(const SubscriberProfile &, const SubscriberProfile &) = default;
};

// The four regions' endpoints (PROTOCOL §2).
// The API gateway of each region is CLOUD_API §1's.
struct RegionEndpoint {
    const char *id;
    const char *name;
    const char *amqpHost;
    const char *http2Host;
    const char *apiHost;
};
inline constexpr RegionEndpoint Regions[] = {
    {"cn-shanghai", "China (Shanghai)", "ilop.iot-amqp.cn-shanghai.aliyuncs.com",
     "ilop.iot-as-http2.cn-shanghai.aliyuncs.com", "api.link.aliyun.com"},
    {"ap-southeast-1", "Singapore", "ilop.iot-amqp.ap-southeast-1.aliyuncs.com",
     "ilop.iot-as-http2.ap-southeast-1.aliyuncs.com", "ap-southeast-1.api-iot.aliyuncs.com"},
    {"us-east-1", "US (Virginia)", "ilop.iot-amqp.us-east-1.aliyuncs.com",
     "ilop.iot-as-http2.us-east-1.aliyuncs.com", "us-east-1.api-iot.aliyuncs.com"},
    {"eu-central-1", "Germany (Frankfurt)", "ilop.iot-amqp.eu-central-1.aliyuncs.com",
     "ilop.iot-as-http2.eu-central-1.aliyuncs.com", "eu-central-1.api-iot.aliyuncs.com"},
};

// The region a push host belongs to, or none (a custom host).
const RegionEndpoint *regionOfHost(const QString &host);
const RegionEndpoint *regionById(const QString &id);
// The cloud API gateway a profile calls, "https://host[:port]": its own
// apiEndpoint, else its region's gateway; empty for a custom push host
// without one.
QString cloudApiEndpoint(const SubscriberProfile &profile);

// A stable clientId for this machine and user (≤ 64 characters).
QString defaultClientId();

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::SubscriberProfile)
