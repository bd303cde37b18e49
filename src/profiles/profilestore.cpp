#include "profilestore.h"

#include <QEventLoop>

#include <QSettings>
#include <algorithm>

#include <qt6keychain/keychain.h>

namespace linkscope::profiles {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kService = QStringLiteral("LinkScope");
constexpr int kOldDefaultCredit = 1000; // the "credit" key's default until 2026-12-07

QString key(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

// Command-line tools only: wait for the answer in a loop of our own.
template<typename Job> void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

template<typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(kService);
    job->setAutoDelete(true); // deletes itself after finished()
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Starts the job; `done` runs once it finished, on context's thread.
template<typename Job, typename Fn> void startAsync(Job *job, QObject *context, Fn &&onFinished)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, fn = std::forward<Fn>(onFinished)] { fn(*job); });
    job->start();
}

QString explain(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return QStringLiteral("no keychain service is running (%1)").arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QStringLiteral("the keychain refused access (%1)").arg(job.errorString());
    case QKeychain::EntryNotFound:
        return QStringLiteral("the keychain has no AppSecret for this profile");
    default:
        return job.errorString();
    }
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings), m_owned(settings == nullptr)
{
    if (m_owned)
        m_settings = new QSettings();
}

ProfileStore::~ProfileStore()
{
    if (m_owned)
        delete m_settings;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kGroup);
    const QStringList out = m_settings->childGroups();
    m_settings->endGroup();
    return out;
}

std::optional<SubscriberProfile> ProfileStore::load(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(kGroup + u'/' + name);
    SubscriberProfile p;
    p.protocol = m_settings->value(QStringLiteral("protocol")).toString() == u"http2" ? PushProtocol::Http2
                                                                                      : PushProtocol::Amqp;
    p.host = m_settings->value(QStringLiteral("host")).toString();
    p.port = quint16(m_settings->value(QStringLiteral("port"), 5671).toUInt());
    p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    p.appKey = m_settings->value(QStringLiteral("appKey")).toString();
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    p.groupId = m_settings->value(QStringLiteral("groupId")).toString();
    p.http2Path = m_settings->value(QStringLiteral("http2Path"), QStringLiteral("/message/ack")).toString();
    p.topicFilters = m_settings->value(QStringLiteral("topicFilters")).toStringList();
    p.http2SignMethod
        = signMethodFromName(
              m_settings->value(QStringLiteral("signMethod"), QStringLiteral("SHA256")).toString())
              .value_or(SignMethod::HmacSha256);
    const SubscriberProfile defaults;
    p.credit = std::max(1, m_settings->value(QStringLiteral("inFlight"), defaults.credit).toInt());
    // Before 2026-12-07 every save wrote "credit", mostly the default of
    // then (1,000), which starved a busy link: only another number is a
    // choice to keep.
    if (const int old = m_settings->value(QStringLiteral("credit"), kOldDefaultCredit).toInt();
        !m_settings->contains(QStringLiteral("inFlight")) && old != kOldDefaultCredit)
        p.credit = std::max(1, old);
    p.idleTimeoutMs = m_settings->value(QStringLiteral("idleTimeoutMs"), defaults.idleTimeoutMs).toInt();
    p.http2ClearSession
        = m_settings->value(QStringLiteral("clearSession"), defaults.http2ClearSession).toBool();
    p.signRandom = m_settings->value(QStringLiteral("signRandom"), defaults.signRandom).toLongLong();
    p.projectId = m_settings->value(QStringLiteral("projectId")).toString();
    p.apiEndpoint = m_settings->value(QStringLiteral("apiEndpoint")).toString();
    p.inventoryRefreshMinutes
        = m_settings->value(QStringLiteral("inventoryRefreshMinutes"), defaults.inventoryRefreshMinutes)
              .toInt();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const QString &name, const SubscriberProfile &p)
{
    m_settings->beginGroup(kGroup + u'/' + name);
    m_settings->setValue(QStringLiteral("protocol"),
                         p.protocol == PushProtocol::Http2 ? QStringLiteral("http2")
                                                           : QStringLiteral("amqp"));
    m_settings->setValue(QStringLiteral("host"), p.host);
    m_settings->setValue(QStringLiteral("port"), p.port);
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    m_settings->setValue(QStringLiteral("appKey"), p.appKey);
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("groupId"), p.groupId);
    m_settings->setValue(QStringLiteral("http2Path"), p.http2Path);
    m_settings->setValue(QStringLiteral("topicFilters"), p.topicFilters);
    m_settings->setValue(QStringLiteral("signMethod"), signMethodName(p.http2SignMethod));
    m_settings->setValue(QStringLiteral("inFlight"), p.credit);
    m_settings->remove(QStringLiteral("credit"));
    m_settings->setValue(QStringLiteral("idleTimeoutMs"), p.idleTimeoutMs);
    m_settings->setValue(QStringLiteral("clearSession"), p.http2ClearSession);
    m_settings->setValue(QStringLiteral("signRandom"), p.signRandom);
    m_settings->setValue(QStringLiteral("projectId"), p.projectId);
    m_settings->setValue(QStringLiteral("apiEndpoint"), p.apiEndpoint);
    m_settings->setValue(QStringLiteral("inventoryRefreshMinutes"), p.inventoryRefreshMinutes);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(kGroup + u'/' + name);
    m_settings->sync();
}

namespace vault {

Result<Secret> read(const QString &profile)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key(profile));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error {explain(job)};
    return Secret(job.binaryData());
}

Result<bool> write(const QString &profile, const Secret &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key(profile));
    job.setBinaryData(secret.reveal());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error {explain(job)};
    return true;
}

Result<bool> remove(const QString &profile)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key(profile));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error {explain(job)};
    return true;
}

void readAsync(const QString &profile, QObject *context, std::function<void(Result<Secret>)> done)
{
    startAsync(newJob<QKeychain::ReadPasswordJob>(key(profile)), context,
               [done = std::move(done)](QKeychain::ReadPasswordJob &job) {
                   done(job.error() == QKeychain::NoError ? Result<Secret>(Secret(job.binaryData()))
                                                          : Result<Secret>(Error {explain(job)}));
               });
}

void writeAsync(const QString &profile, const Secret &secret, QObject *context,
                std::function<void(Result<bool>)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key(profile));
    job->setBinaryData(secret.reveal());
    startAsync(job, context, [done = std::move(done)](QKeychain::WritePasswordJob &j) {
        done(j.error() == QKeychain::NoError ? Result<bool>(true) : Result<bool>(Error {explain(j)}));
    });
}

void removeAsync(const QString &profile, QObject *context, std::function<void(Result<bool>)> done)
{
    startAsync(newJob<QKeychain::DeletePasswordJob>(key(profile)), context,
               [done = std::move(done)](QKeychain::DeletePasswordJob &j) {
                   const bool ok = j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound;
                   done(ok ? Result<bool>(true) : Result<bool>(Error {explain(j)}));
               });
}

void probeAsync(QObject *context, std::function<void(Result<bool>)> done)
{
    startAsync(newJob<QKeychain::ReadPasswordJob>(QStringLiteral("linkscope-probe")), context,
               [done = std::move(done)](QKeychain::ReadPasswordJob &j) {
                   const bool ok = j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound;
                   done(ok ? Result<bool>(true) : Result<bool>(Error {explain(j)}));
               });
}

} // namespace vault

} // namespace linkscope::profiles
