#pragma once

// Test helper: messages as they come in (core/intakemessage.h), property
// posts of five devices that the decoder reads.

#include "core/intakemessage.h"

#include <QList>

namespace intakefixtures {

using namespace linkscope;

inline constexpr qint64 kT0 = 1'700'000'000'000;

inline IntakeMessage message(int n, const QString &prefix = QStringLiteral("m"))
{
    const QString device = QStringLiteral("dev%1").arg(n % 5);
    IntakeMessage m;
    m.messageId = prefix + QString::number(n);
    m.topic = QStringLiteral("/pkA/%1/thing/event/property/post").arg(device);
    m.generateTime = kT0 + n;
    m.receivedAt = kT0 + n + 5;
    m.payload = QStringLiteral(
                    "{\"productKey\":\"pkA\",\"deviceName\":\"%1\",\"iotId\":\"iot-%1\",\"gmtCreate\":%2,"
                    "\"items\":{\"Temperature\":{\"value\":%3,\"time\":%2}}}")
                    .arg(device)
                    .arg(kT0 + n)
                    .arg(n)
                    .toUtf8();
    return m;
}

inline QList<IntakeMessage> messages(int from, int count, const QString &prefix = QStringLiteral("m"))
{
    QList<IntakeMessage> out;
    for (int n = from; n < from + count; ++n)
        out << message(n, prefix);
    return out;
}

} // namespace intakefixtures
