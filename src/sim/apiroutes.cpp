// ApiGateway's routes: the cloud APIs of CLOUD_API §4–§7 over the emulated
// fleet (CloudState), after verify() let the request through.

#include "apigateway.h"
#include "cloudstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linkscope::sim {

namespace {

const QString kToken = QStringLiteral("/cloud/token");
const QString kRefresh = QStringLiteral("/cloud/token/refresh");
constexpr qint64 kRefreshGraceMs = 5 * 60'000; // the old token after a refresh (CLOUD_API §4)

int intParam(const QJsonObject &params, const char *name, int fallback)
{
    const QJsonValue v = params.value(QLatin1String(name));
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QJsonObject deviceInfo(const CloudState::Device &d)
{
    const SimDevice &i = d.info;
    return {
        {QStringLiteral("iotId"), i.iotId},
        {QStringLiteral("productKey"), i.productKey},
        {QStringLiteral("deviceName"), i.deviceName},
        {QStringLiteral("name"), i.deviceName},
        {QStringLiteral("nickname"), i.nickname.isEmpty() ? QJsonValue() : QJsonValue(i.nickname)},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("statusLast"), d.statusTime},
        {QStringLiteral("thingType"), QStringLiteral("DEVICE")},
        {QStringLiteral("firmwareVersion"), QStringLiteral("1.%1.0").arg(i.model + 2)},
        {QStringLiteral("activeTime"), i.activeTime ? QJsonValue(i.activeTime) : QJsonValue()},
        {QStringLiteral("gmtCreate"), i.activeTime ? i.activeTime - 86'400'000 : qint64(1'680'000'000'000)},
        {QStringLiteral("gmtModified"), d.statusTime},
        {QStringLiteral("region"), QStringLiteral("cn-shanghai")}};
}

} // namespace

QJsonObject ApiGateway::ok(const QJsonObject &request, const QJsonValue &data) const
{
    return {{QStringLiteral("id"), request.value(u"id")},
            {QStringLiteral("code"), 200},
            {QStringLiteral("message"), QStringLiteral("success")},
            {QStringLiteral("localizedMsg"), QJsonValue()},
            {QStringLiteral("data"), data}};
}

QJsonObject ApiGateway::businessError(const QJsonObject &request, int code, const QString &message) const
{
    log(QStringLiteral("code %1: %2").arg(code).arg(message));
    return {{QStringLiteral("id"), request.value(u"id")},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("localizedMsg"), message},
            {QStringLiteral("data"), QJsonValue()}};
}

std::optional<QString> ApiGateway::tokenProblem(const QJsonObject &request, qint64 nowMs) const
{
    const QString token = request.value(u"request").toObject().value(u"cloudToken").toString();
    if (token.isEmpty())
        return QStringLiteral("request auth error: request.cloudToken is missing");
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return QStringLiteral("request auth error: cloudToken is invalid (a newer token replaced it?)");
    if (nowMs >= *it)
        return QStringLiteral("request auth error: cloudToken expired");
    return std::nullopt;
}

ApiGateway::Answer ApiGateway::token(const QJsonObject &request, qint64 nowMs)
{
    const QJsonObject params = request.value(u"params").toObject();
    if (params.value(u"grantType").toString() != u"project")
        return {200,
                businessError(request, 460,
                              QStringLiteral("request parameter error: grantType must be \"project\"")),
                {}};
    const QString res = params.value(u"res").toString();
    if (res != m_options.projectId)
        return {
            200,
            businessError(
                request, 460,
                QStringLiteral("request parameter error: res \"%1\" is no project of this AppKey").arg(res)),
            {}};
    // A new token kills every older one of the project (CLOUD_API §4).
    m_tokens.clear();
    const QString t = QStringLiteral("ct%1%2").arg(++m_tokenCounter).arg(m_rng(), 0, 36);
    m_tokens.insert(t, nowMs + m_options.tokenTtlMs);
    log(QStringLiteral("token %1 issued for %2 s").arg(m_tokenCounter).arg(m_options.tokenTtlMs / 1000.0));
    return {200,
            ok(request,
               QJsonObject {{QStringLiteral("cloudToken"), t},
                            {QStringLiteral("expireIn"), m_options.tokenTtlMs}}),
            {}};
}

ApiGateway::Answer ApiGateway::refresh(const QJsonObject &request, qint64 nowMs)
{
    QString old = request.value(u"params").toObject().value(u"cloudToken").toString();
    if (old.isEmpty())
        old = request.value(u"request").toObject().value(u"cloudToken").toString();
    const auto it = m_tokens.constFind(old);
    if (it == m_tokens.cend() || nowMs >= *it)
        return {
            200,
            businessError(request, m_options.tokenErrorCode,
                          QStringLiteral("request auth error: the token to refresh is invalid or expired")),
            {}};
    // The old one stays valid five minutes more, at most.
    const qint64 oldExpiry = std::min(*it, nowMs + kRefreshGraceMs);
    m_tokens.clear();
    m_tokens.insert(old, oldExpiry);
    const QString t = QStringLiteral("ct%1%2").arg(++m_tokenCounter).arg(m_rng(), 0, 36);
    m_tokens.insert(t, nowMs + m_options.tokenTtlMs);
    log(QStringLiteral("token %1 refreshed").arg(m_tokenCounter));
    return {200,
            ok(request,
               QJsonObject {{QStringLiteral("cloudToken"), t},
                            {QStringLiteral("expireIn"), m_options.tokenTtlMs}}),
            {}};
}

ApiGateway::Answer ApiGateway::route(const QString &path, const QByteArray &body, qint64 nowMs)
{
    static const QStringList known = {kToken,
                                      kRefresh,
                                      QStringLiteral("/cloud/thing/productList/get"),
                                      QStringLiteral("/cloud/things/get"),
                                      QStringLiteral("/cloud/thing/info/get"),
                                      QStringLiteral("/cloud/thing/status/get"),
                                      QStringLiteral("/cloud/thing/tsl/get"),
                                      QStringLiteral("/cloud/thing/properties/get")};
    if (!known.contains(path))
        return {404, {}, "Invalid Url: no API at " + path.toUtf8()};
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return {400, {}, "Request Format Error: the body is not a JSON object"};
    const QJsonObject request = doc.object();
    if (request.value(u"version").toString() != u"1.0"
        || request.value(u"request").toObject().value(u"apiVer").toString().isEmpty())
        return {200,
                businessError(
                    request, 460,
                    QStringLiteral("request parameter error: version 1.0 and request.apiVer are required")),
                {}};
    if (path == kToken)
        return token(request, nowMs);
    if (path == kRefresh)
        return refresh(request, nowMs);
    if (const auto problem = tokenProblem(request, nowMs))
        return {200, businessError(request, m_options.tokenErrorCode, *problem), {}};

    const QJsonObject params = request.value(u"params").toObject();
    if (path == u"/cloud/thing/productList/get") {
        const int page = intParam(params, "pageNo", 1);
        const int size = intParam(params, "pageSize", 20);
        if (page < 1 || size < 1 || size > 200)
            return {200,
                    businessError(request, 460,
                                  QStringLiteral("request parameter error: invalid count or offset")),
                    {}};
        QJsonArray items;
        const QList<SimProduct> &products = m_state.products();
        for (qsizetype i = qsizetype(page - 1) * size; i < products.size() && items.size() < size; ++i) {
            const SimProduct &p = products[i];
            items.append(QJsonObject {{QStringLiteral("productKey"), p.productKey},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("nodeType"), QStringLiteral("DEVICE")},
                                      {QStringLiteral("netType"), QStringLiteral("NET_WIFI")},
                                      {QStringLiteral("dataFormat"), QStringLiteral("ALINK_FORMAT")},
                                      {QStringLiteral("status"), QStringLiteral("RELEASE_STATUS")},
                                      {QStringLiteral("region"), QStringLiteral("cn-shanghai")},
                                      {QStringLiteral("gmtCreate"), qint64(1'680'000'000'000)},
                                      {QStringLiteral("gmtModified"), qint64(1'690'000'000'000)}});
        }
        return {200, ok(request, items), {}};
    }
    if (path == u"/cloud/things/get") {
        const QString pk = params.value(u"productKey").toString();
        if (pk.isEmpty())
            return {200,
                    businessError(request, 460,
                                  QStringLiteral("request parameter error: productKey is required")),
                    {}};
        const int page = intParam(params, "currentPage", 1);
        const int size = intParam(params, "pageSize", 20);
        if (page < 1 || size < 1 || size > 200)
            return {200,
                    businessError(request, 460,
                                  QStringLiteral("request parameter error: batch device amount invalid")),
                    {}};
        const int status = intParam(params, "status", -1);
        QList<const CloudState::Device *> devices = m_state.devices(pk);
        if (status >= 0)
            devices.removeIf([status](const CloudState::Device *d) { return d->status != status; });
        QJsonArray items;
        for (qsizetype i = qsizetype(page - 1) * size; i < devices.size() && items.size() < size; ++i)
            items.append(deviceInfo(*devices[i]));
        if (m_options.thingsAsArray)
            return {200, ok(request, items), {}};
        return {
            200,
            ok(request,
               QJsonObject {{QStringLiteral("totalNum"), devices.size()}, {QStringLiteral("items"), items}}),
            {}};
    }
    // The rest name one device (iotId, or productKey + deviceName), or a product.
    const QString iotId = params.value(u"iotId").toString();
    const CloudState::Device *device = !iotId.isEmpty()
        ? m_state.deviceByIotId(iotId)
        : m_state.device(params.value(u"productKey").toString(), params.value(u"deviceName").toString());
    if (path == u"/cloud/thing/tsl/get") {
        const QString pk = device ? device->info.productKey : params.value(u"productKey").toString();
        if (!m_state.product(pk))
            return {
                200,
                businessError(request, 460, QStringLiteral("request parameter error: no product %1").arg(pk)),
                {}};
        const QJsonObject tsl = m_state.tsl(pk);
        if (m_options.tslAsString)
            return {
                200, ok(request, QString::fromUtf8(QJsonDocument(tsl).toJson(QJsonDocument::Compact))), {}};
        return {200, ok(request, tsl), {}};
    }
    if (!device)
        return {200, businessError(request, 28560, QStringLiteral("device not exist")), {}};
    if (path == u"/cloud/thing/status/get")
        return {200,
                ok(request,
                   QJsonObject {{QStringLiteral("status"), device->status},
                                {QStringLiteral("time"), device->statusTime}}),
                {}};
    if (path == u"/cloud/thing/info/get")
        return {200, ok(request, deviceInfo(*device)), {}};
    // properties/get: the last pushed value of each property.
    QJsonArray values;
    for (const QString &attribute : device->order) {
        const CloudState::Value &v = device->values.value(attribute);
        values.append(QJsonObject {{QStringLiteral("attribute"), attribute},
                                   {QStringLiteral("value"), QJsonValue::fromVariant(v.value)},
                                   {QStringLiteral("gmtModified"), v.time},
                                   {QStringLiteral("iotId"), device->info.iotId},
                                   {QStringLiteral("batchId"), QStringLiteral("b%1").arg(v.time, 0, 16)}});
    }
    return {200, ok(request, values), {}};
}

} // namespace linkscope::sim
