#pragma once

#include "core/connectionstate.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace linkscope::transport {
class Subscriber;
}

namespace linkscope {

class CloudApiHost;

// "Test connection" in Settings: connects with a profile once, reports the
// first outcome in words, and disconnects. Nothing received is acknowledged,
// so the cloud delivers it again to the real session. With a Project ID the
// cloud API's credentials are tried too, and their outcome added in words.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    enum Outcome { Connected, WrongCredentials, CertificateNotTrusted, HostUnreachable, TimedOut, Failed };
    Q_ENUM(Outcome)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const SubscriberProfile &profile, int timeoutMs = 15'000);
    bool isRunning() const { return m_subscriber != nullptr; }

    // The sentence Settings shows for an outcome.
    static QString describe(Outcome outcome, const QString &detail);

signals:
    void finished(linkscope::ConnectionTester::Outcome outcome, const QString &words);

private:
    void onState(ConnectionState state, const QString &detail);
    void finish(Outcome outcome, const QString &detail);
    void shutDown();
    void testApi(Outcome pushOutcome, const QString &pushWords);

    SubscriberProfile m_profile;
    std::unique_ptr<CloudApiHost> m_api;
    QThread m_thread;
    transport::Subscriber *m_subscriber = nullptr;
    QTimer m_timeout;
};

} // namespace linkscope
