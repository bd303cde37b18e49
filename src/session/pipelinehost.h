#pragma once

#include "core/connectionstate.h"
#include "core/messages.h"
#include "core/messagestats.h"
#include "core/result.h"
#include "core/subscriberprofile.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace linkscope::store {
class HistoryStore;
}
namespace linkscope::transport {
class Subscriber;
}

namespace linkscope {

// The pipeline of the app and of linkscope-collect: a subscriber and the
// history store, each on its own thread, wired so that a delivery is
// acknowledged only after its commit; every stored message optionally
// written as a JSONL line. Views connect to subscriber() and store().
class PipelineHost : public QObject {
    Q_OBJECT

public:
    PipelineHost(SubscriberProfile profile, QString storePath, QString jsonlPath, QObject *parent = nullptr);
    ~PipelineHost() override;

    Result<bool> start();
    // Stores what was received, acknowledges what was stored, then stops.
    void stop();

    quint64 stored() const { return m_stored; }
    transport::Subscriber *subscriber() const { return m_subscriber; }
    store::HistoryStore *store() const { return m_store; }

signals:
    void stateChanged(linkscope::ConnectionState state, const QString &detail);
    void statsUpdated(const linkscope::StatsSnapshot &stats);

private:
    template<typename T> void remember(const QList<T> &batch);
    void rememberOther(const QList<DecodedMessage> &batch);
    void onPersisted(const QStringList &ids);

    SubscriberProfile m_profile;
    QString m_storePath;
    QString m_jsonlPath;
    QFile m_jsonl;
    QThread m_storeThread;
    QThread m_subscriberThread;
    store::HistoryStore *m_store = nullptr;
    transport::Subscriber *m_subscriber = nullptr;
    QHash<QString, QByteArray> m_lines; // JSONL lines waiting for their commit
    quint64 m_stored = 0;
    bool m_stopped = false;
};

} // namespace linkscope
