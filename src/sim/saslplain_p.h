#pragma once

// Private to src/sim: server-side SASL PLAIN for Proton, which Debian's
// build lacks. Installed as the process-wide default SASL implementation, so
// only the emulator process uses it.

#include <QByteArray>
#include <QString>

#include <functional>

namespace linkscope::sim::detail {

// Returns an empty string when the login is good, else the reason it is not.
using PlainVerifier = std::function<QString(const QString &username, const QByteArray &password)>;

void installSaslPlain(PlainVerifier verifier);

} // namespace linkscope::sim::detail
