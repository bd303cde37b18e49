#pragma once

#include "core/subscriberprofile.h"

#include <QObject>
#include <QThread>

namespace linkscope::cloudapi {
class CloudApiClient;
struct CloudApiOptions;
} // namespace linkscope::cloudapi

namespace linkscope {

// The cloud API client of one session, on a thread of its own: the window
// and linkscope-collect connect to client()'s signals and call its slots
// through queued calls. Stops without an event loop of its own.
class CloudApiHost : public QObject {
    Q_OBJECT

public:
    // What a profile's API calls need, or why it cannot make any (empty: it can).
    static QString problemOf(const SubscriberProfile &profile);
    static cloudapi::CloudApiOptions optionsFor(const SubscriberProfile &profile);

    explicit CloudApiHost(const cloudapi::CloudApiOptions &options, QObject *parent = nullptr);
    ~CloudApiHost() override;

    cloudapi::CloudApiClient *client() const { return m_client; }
    // Drops every call and joins the thread. Safe to call twice.
    void stop();

private:
    QThread m_thread;
    cloudapi::CloudApiClient *m_client = nullptr;
};

} // namespace linkscope
