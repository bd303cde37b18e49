#pragma once

#include <QMetaType>
#include <QString>

namespace linkscope {

// Where a subscriber is, in words a user understands (with a detail string:
// "in 8 s", the reason of a failure ...).
enum class ConnectionState : quint8 {
    Stopped,
    Connecting,
    Authenticating,
    Subscribed,
    Reconnecting,
    AuthFailed,
    TlsFailed,
    Failed, // an error inside LinkScope or a library it uses; retried
    Replaying, // a capture plays instead of a connection (the detail: which, how fast)
};

QString connectionStateName(ConnectionState state);

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::ConnectionState)
