#pragma once

class QCoreApplication;

namespace linkscope {

// Makes SIGTERM and SIGINT end the application's event loop, safely: the
// handler only writes a byte to a socket that the event loop watches.
// Returns false when the socket could not be made.
bool quitOnSignals(QCoreApplication &app);

} // namespace linkscope
