#pragma once

#include "core/result.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QProcess>

namespace linkscope {

// Demo mode: runs linkscope-sim as a child process on free loopback ports,
// with credentials made up for this run and the emulator's own CA, and hands
// back the profile that reaches it. The child stops with this object.
class DemoSession : public QObject {
    Q_OBJECT

public:
    explicit DemoSession(QString stateDir, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the emulator and waits (up to timeoutMs) for its ready line.
    // The profile reaches it over `protocol` (the emulator speaks both).
    Result<SubscriberProfile> start(PushProtocol protocol = PushProtocol::Amqp, int timeoutMs = 15'000);
    void stop();

    static QString emulatorPath();

private:
    QString m_stateDir;
    QProcess m_process;
};

} // namespace linkscope
