#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace linkscope::sim {

struct SimulatorOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 amqpPort = 0;
    quint16 http2Port = 0;
    QString appKey;
    QString appSecret; // a test emulator is the one place a secret is given plainly
    int products = 3;
    int devices = 20;
    double rate = 10; // messages/s in total; 0: as fast as the client takes them
    qint64 count = -1; // stop generating after this many (all runs together); -1: no limit
    quint64 seed = 1;
    double durationSeconds = 0; // 0: until stopped
    QString manifestPath;
    // How often the running manifest is rewritten (s; stretched while a
    // rewrite is costly); 0: only the final one, at exit.
    double manifestEverySeconds = 1;
    QString stateDir;
    double redeliverAfterSeconds = 300;
    int redeliverBatch = 10;
    double retentionSeconds = 86'400;
    quint32 minIdleTimeoutMs = 30'000; // the smallest idle-time-out a client may ask for (PROTOCOL §3)
    QString certDir;
    QString replayFile;
    // Faults.
    int dropAfterMessages = 0;
    qint64 stallAfterMessages = 0;
    double stallSeconds = 0;
    double duplicateFraction = 0;
    double malformedFraction = 0;
    QStringList malformedKinds; // empty: the default ones (fleet.h)
    qint64 clockSkewMs = 0;
    bool http2PushPromise = false;
    quint32 http2MaxStreams = 1000;
    int http2AckDelayMs = 0;
    double http2RefuseAcks = 0;
    // The cloud API gateway (issue 14).
    quint16 apiPort = 0;
    QString projectId = QStringLiteral("demoProject");
    double tokenTtlSeconds = 7200;
    int badSignatureStatus = 400;
    int tokenErrorCode = 401;
    double apiThrottle = 0;
    int apiThrottleStatus = 429;
    int apiLatencyMs = 0;
    bool apiThingsAsArray = false;
    bool apiTslAsString = false;
    int quietDevices = 0; // devices in the inventory that never send
};

// The emulated cloud: the fleet (or a replay) feeding the delivery queue,
// the AMQP and HTTP/2 endpoints, the state directory and the manifest.
class Simulator : public QObject {
    Q_OBJECT

public:
    struct Ready {
        quint16 amqpPort = 0;
        quint16 http2Port = 0;
        QString caFile;
        QString appKey;
        quint16 apiPort = 0;
        QString projectId;
    };

    explicit Simulator(SimulatorOptions options, QObject *parent = nullptr);
    ~Simulator() override;

    Result<Ready> start();
    // Stops the endpoints and writes the manifest.
    void stop();
    QJsonObject manifest() const;

    // The one line printed on stdout when ready (a contract for other tools).
    static QByteArray readyLine(const Ready &ready);
    // The loopback address a --host stands for, or empty when it is not loopback.
    static QString loopbackAddress(const QString &host);

signals:
    void finished(); // --duration ran out

private:
    void generate();
    void writeManifest();
    void checkStall();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::sim
