#include "kindbatches.h"

namespace linkscope {

void KindBatches::add(DecodedMessage message)
{
    switch (kindOf(message)) {
    case MessageKind::Property:
        properties += std::get<PropertyPost>(std::move(message)).reports;
        break;
    case MessageKind::Event:
        events.append(std::get<DeviceEvent>(std::move(message)));
        break;
    case MessageKind::ServiceReply:
        replies.append(std::get<ServiceReply>(std::move(message)));
        break;
    case MessageKind::Status:
        statuses.append(std::get<StatusChange>(std::move(message)));
        break;
    case MessageKind::Binding:
        bindings.append(std::get<BindingChange>(std::move(message)));
        break;
    case MessageKind::Rejected:
        rejects.append(std::get<Rejected>(std::move(message)));
        break;
    default:
        other.append(std::move(message));
        break;
    }
}

} // namespace linkscope
