// CloudApiClient's operations: the paged walks of the inventory, thing
// models, status and current values, built on call() (cloudapiclient.cpp).

#include "apireplies.h"
#include "cloudapiclient.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace linkscope::cloudapi {

namespace {

const QString kProducts = QStringLiteral("/cloud/thing/productList/get");
const QString kThings = QStringLiteral("/cloud/things/get");
const QString kTsl = QStringLiteral("/cloud/thing/tsl/get");
const QString kProperties = QStringLiteral("/cloud/thing/properties/get");
const QString kStatus = QStringLiteral("/cloud/thing/status/get");
constexpr int kMaxPages = 100'000; // a server that ignores paging stops us here at the latest

QJsonObject deviceParams(const DeviceKey &d)
{
    return {{QStringLiteral("productKey"), d.productKey}, {QStringLiteral("deviceName"), d.deviceName}};
}

} // namespace

void CloudApiClient::listProducts(int page, std::shared_ptr<QList<ProductInfo>> into,
                                  std::function<void(const ApiError *)> done)
{
    const int size = std::max(1, m_options.productPageSize);
    call(kProducts, QStringLiteral("1.1.2"),
         {{QStringLiteral("pageNo"), page}, {QStringLiteral("pageSize"), size}},
         [this, page, into, done](const QJsonValue &data, const ApiError *error) {
             if (error)
                 return done(error);
             auto products = parseProducts(data);
             if (!products) {
                 const ApiError e {ApiError::Kind::BadReply, kProducts, products.error()};
                 return done(&e);
             }
             QSet<QString> known;
             for (const ProductInfo &p : std::as_const(*into))
                 known.insert(p.productKey);
             int added = 0;
             for (const ProductInfo &p : std::as_const(*products)) {
                 if (known.contains(p.productKey))
                     continue; // a list that shifted between pages
                 into->append(p);
                 known.insert(p.productKey);
                 ++added;
             }
             if (!products->isEmpty() && added == 0) {
                 const ApiError e {
                     ApiError::Kind::BadReply, kProducts,
                     tr("the product list repeats page %1 whole: the gateway ignores paging").arg(page)};
                 return done(&e);
             }
             // No total is given, and a gateway may cap the page size: the
             // first empty page is the end (§5).
             if (products->isEmpty() || page >= kMaxPages)
                 return done(nullptr);
             listProducts(page + 1, into, done);
         });
}

void CloudApiClient::listDevices(const QString &productKey, int page, std::shared_ptr<QList<DeviceInfo>> into,
                                 std::function<void(const ApiError *)> done)
{
    const int size = std::clamp(m_options.devicePageSize, 1, 200);
    call(kThings, QStringLiteral("1.0.2"),
         {{QStringLiteral("productKey"), productKey},
          {QStringLiteral("currentPage"), page},
          {QStringLiteral("pageSize"), size}},
         [this, productKey, page, size, into, done](const QJsonValue &data, const ApiError *error) {
             if (error)
                 return done(error);
             auto result = parseDevices(data, productKey);
             if (!result) {
                 const ApiError e {ApiError::Kind::BadReply, kThings, result.error()};
                 return done(&e);
             }
             QSet<QString> known;
             for (const DeviceInfo &d : std::as_const(*into))
                 known.insert(d.device.deviceName);
             int added = 0;
             for (const DeviceInfo &d : std::as_const(result->devices)) {
                 if (known.contains(d.device.deviceName))
                     continue; // a device added or removed between two pages shifts the list
                 into->append(d);
                 known.insert(d.device.deviceName);
                 ++added;
             }
             if (!result->devices.isEmpty() && added == 0) {
                 const ApiError e {
                     ApiError::Kind::BadReply, kThings,
                     tr("the device list of %1 repeats page %2 whole: the gateway ignores paging")
                         .arg(productKey)
                         .arg(page)};
                 return done(&e);
             }
             const bool complete = result->total ? into->size() >= *result->total : false;
             if (complete || result->devices.size() < size || page >= kMaxPages)
                 return done(nullptr);
             listDevices(productKey, page + 1, into, done);
         });
}

void CloudApiClient::fetchInventory(quint64 request, bool withValues)
{
    auto products = std::make_shared<QList<ProductInfo>>();
    listProducts(1, products, [this, request, withValues, products](const ApiError *error) {
        if (error) {
            emit inventoryFailed(request, *error);
            return;
        }
        auto inventory = std::make_shared<Inventory>();
        inventory->products = *products;
        auto pending = std::make_shared<int>(int(products->size()) * 2);
        auto fatal = std::make_shared<std::optional<ApiError>>();
        const auto finish = [this, request, withValues, inventory, fatal] {
            if (*fatal) {
                emit inventoryFailed(request, **fatal);
                return;
            }
            std::sort(inventory->devices.begin(), inventory->devices.end(), [](const auto &a, const auto &b) {
                return std::tie(a.device.productKey, a.device.deviceName)
                    < std::tie(b.device.productKey, b.device.deviceName);
            });
            inventory->fetchedAt = QDateTime::currentMSecsSinceEpoch();
            emit inventoryLoaded(request, *inventory);
            if (withValues) {
                QList<DeviceKey> keys;
                keys.reserve(inventory->devices.size());
                for (const DeviceInfo &d : std::as_const(inventory->devices))
                    keys << d.device;
                snapshotDevices(request, keys, true);
            }
        };
        if (products->isEmpty()) {
            finish();
            return;
        }
        for (const ProductInfo &p : std::as_const(*products)) {
            auto devices = std::make_shared<QList<DeviceInfo>>();
            listDevices(p.productKey, 1, devices,
                        [inventory, devices, pending, fatal, finish](const ApiError *e) {
                            if (e && !*fatal)
                                *fatal = *e;
                            else if (!e)
                                inventory->devices.append(*devices);
                            if (--*pending == 0)
                                finish();
                        });
            const QString pk = p.productKey;
            call(kTsl, QStringLiteral("1.0.2"), {{QStringLiteral("productKey"), pk}},
                 [this, request, pk, inventory, pending, finish](const QJsonValue &data, const ApiError *e) {
                     // A product without a usable thing model still lists its devices.
                     if (e) {
                         emit failed(request, *e);
                     } else if (auto model = thingModelFromJson(data); model) {
                         ThingModel m = std::move(model).value();
                         m.productKey = pk; // the profile inside may be a placeholder
                         inventory->thingModels.append(std::move(m));
                     } else {
                         emit failed(request,
                                     ApiError {ApiError::Kind::BadReply, kTsl,
                                               tr("the thing model of %1: %2").arg(pk, model.error())});
                     }
                     if (--*pending == 0)
                         finish();
                 });
        }
    });
}

void CloudApiClient::fetchThingModel(quint64 request, const QString &productKey)
{
    call(kTsl, QStringLiteral("1.0.2"), {{QStringLiteral("productKey"), productKey}},
         [this, request, productKey](const QJsonValue &data, const ApiError *error) {
             if (error) {
                 emit failed(request, *error);
                 return;
             }
             auto model = thingModelFromJson(data);
             if (!model) {
                 emit failed(request,
                             ApiError {ApiError::Kind::BadReply, kTsl,
                                       tr("the thing model of %1: %2").arg(productKey, model.error())});
                 return;
             }
             ThingModel m = std::move(model).value();
             m.productKey = productKey;
             emit thingModelLoaded(request, m);
         });
}

void CloudApiClient::fetchStatus(quint64 request, const DeviceKey &device)
{
    call(kStatus, QStringLiteral("1.0.2"), deviceParams(device),
         [this, request, device](const QJsonValue &data, const ApiError *error) {
             if (error) {
                 emit failed(request, *error);
                 return;
             }
             auto status = parseStatus(data);
             if (!status) {
                 emit failed(request, ApiError {ApiError::Kind::BadReply, kStatus, status.error()});
                 return;
             }
             DeviceInfo info;
             info.device = device;
             info.status = status->status;
             info.statusTime = status->time;
             emit statusLoaded(request, info);
         });
}

void CloudApiClient::verifyCredentials(quint64 request)
{
    call(kProducts, QStringLiteral("1.1.2"), {{QStringLiteral("pageNo"), 1}, {QStringLiteral("pageSize"), 1}},
         [this, request](const QJsonValue &, const ApiError *error) {
             if (error)
                 emit failed(request, *error);
             else
                 emit credentialsVerified(request);
         });
}

void CloudApiClient::fetchProperties(quint64 request, const QList<DeviceKey> &devices)
{
    snapshotDevices(request, devices, false);
}

void CloudApiClient::snapshotDevices(quint64 request, const QList<DeviceKey> &devices, bool background)
{
    SnapshotBatch &batch = m_snapshotBatches[request];
    batch.pending += int(devices.size());
    if (devices.isEmpty()) {
        flushSnapshots(request);
        return;
    }
    if (!m_flushTimer) {
        m_flushTimer = new QTimer(this);
        m_flushTimer->setInterval(200);
        connect(m_flushTimer, &QTimer::timeout, this, [this] {
            for (const quint64 r : m_snapshotBatches.keys()) {
                const auto it = m_snapshotBatches.constFind(r); // a slot may have ended one meanwhile
                if (it != m_snapshotBatches.cend() && !it->ready.isEmpty())
                    flushSnapshots(r);
            }
        });
    }
    m_flushTimer->start();
    for (const DeviceKey &d : devices) {
        const auto done = [this, request, d](const QJsonValue &data, const ApiError *error) {
            auto it = m_snapshotBatches.find(request);
            if (it == m_snapshotBatches.end())
                return;
            --it->pending;
            auto values = error ? Result<QList<LastValue>>(Error {}) : parseProperties(data);
            if (error || !values) {
                ++it->failed;
                if (!it->errorReported) { // one report, not one per device
                    it->errorReported = true;
                    emit failed(request,
                                error ? *error
                                      : ApiError {ApiError::Kind::BadReply, kProperties,
                                                  tr("the values of %1: %2").arg(d.id(), values.error())});
                    it = m_snapshotBatches.find(request); // a slot may have called in
                    if (it == m_snapshotBatches.end())
                        return;
                }
            } else {
                it->ready.append(DeviceSnapshot {d, std::move(values).value()});
            }
            if (it->pending == 0 || it->ready.size() >= std::max(1, m_options.snapshotBatch))
                flushSnapshots(request);
        };
        if (background)
            callLater(kProperties, QStringLiteral("1.0.2"), deviceParams(d), done);
        else
            call(kProperties, QStringLiteral("1.0.2"), deviceParams(d), done);
    }
}

void CloudApiClient::flushSnapshots(quint64 request)
{
    auto it = m_snapshotBatches.find(request);
    if (it == m_snapshotBatches.end())
        return;
    if (!it->ready.isEmpty()) {
        const QList<DeviceSnapshot> ready = std::exchange(it->ready, {});
        emit valuesLoaded(request, ready);
        it = m_snapshotBatches.find(request); // a slot may have called in
        if (it == m_snapshotBatches.end())
            return;
    }
    if (it->pending <= 0) {
        const int failedDevices = it->failed;
        m_snapshotBatches.erase(it);
        if (m_snapshotBatches.isEmpty() && m_flushTimer)
            m_flushTimer->stop();
        emit valuesFinished(request, failedDevices);
    }
}

} // namespace linkscope::cloudapi
