#pragma once

#include "decoder.h"
#include "messages.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace linkscope {

// One message as it came in, before decoding: what the intake log keeps
// (store/intakelog.h), and all the history needs to decode it again.
struct IntakeMessage {
    QString messageId; // final: a content id when the transport gave none
    QString topic;
    qint64 generateTime = 0;
    qint64 receivedAt = 0;
    QByteArray payload;
    // The transport could not read it: kept as rejected with this reason.
    QString transportError;

    friend bool operator==(const IntakeMessage &, const IntakeMessage &) = default;
};

// The one way a received message becomes its decoded kind: the decoder, or
// a Rejected with the transport's reason, then the device clock checked
// (clockcheck.h). The pipeline and the history's indexer both call it, so a
// message decoded again from the intake log is the message the views saw.
DecodedMessage decodeIntake(Decoder &decoder, IntakeMessage message, qint64 maxClockSkewMs);

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::IntakeMessage)
