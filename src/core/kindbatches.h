#pragma once

#include "messages.h"

#include <QList>

namespace linkscope {

// Decoded messages sorted by kind, as the history stores them and the views
// take them: a property post becomes its reports; lifecycle, topology, OTA
// and raw messages go together as `other`.
struct KindBatches {
    QList<PropertyReport> properties;
    QList<DeviceEvent> events;
    QList<ServiceReply> replies;
    QList<StatusChange> statuses;
    QList<BindingChange> bindings;
    QList<DecodedMessage> other;
    QList<Rejected> rejects;

    void add(DecodedMessage message);
};

} // namespace linkscope
