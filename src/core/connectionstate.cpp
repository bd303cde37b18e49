#include "connectionstate.h"

namespace linkscope {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Stopped:
        return QStringLiteral("Stopped");
    case ConnectionState::Connecting:
        return QStringLiteral("Connecting");
    case ConnectionState::Authenticating:
        return QStringLiteral("Authenticating");
    case ConnectionState::Subscribed:
        return QStringLiteral("Subscribed");
    case ConnectionState::Reconnecting:
        return QStringLiteral("Reconnecting");
    case ConnectionState::AuthFailed:
        return QStringLiteral("AuthFailed");
    case ConnectionState::TlsFailed:
        return QStringLiteral("TlsFailed");
    case ConnectionState::Failed:
        return QStringLiteral("Failed");
    case ConnectionState::Replaying:
        return QStringLiteral("Replaying");
    }
    return {};
}

} // namespace linkscope
