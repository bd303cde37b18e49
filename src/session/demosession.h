#pragma once

#include "core/result.h"
#include "core/subscriberprofile.h"

#include <QObject>
#include <QProcess>

namespace linkscope {

// How big a demo fleet is and how fast it talks.
struct DemoOptions {
    PushProtocol protocol = PushProtocol::Amqp;
    double rate = 40; // messages per second in total
    int devices = 24;
    int products = 4;
    int quietDevices = -1; // devices that never send; -1: one in fifty, 3 to 200
};

// Demo mode: runs linkscope-sim as a child process on free loopback ports,
// with credentials made up for this run and the emulator's own CA, and hands
// back the profile that reaches it. The child stops with this object.
class DemoSession : public QObject {
    Q_OBJECT

public:
    explicit DemoSession(QString stateDir, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the emulator and waits (up to timeoutMs) for its ready line.
    // The profile reaches it over options.protocol (the emulator speaks both).
    Result<SubscriberProfile> start(const DemoOptions &options = {}, int timeoutMs = 15'000);
    void stop();

    static QString emulatorPath();

private:
    QString m_stateDir;
    QProcess m_process;
};

} // namespace linkscope
