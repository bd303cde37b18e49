#pragma once

#include "messages.h"

namespace linkscope {

// A device's own clock may be far off (reset to 1970 after a reboot, or
// years ahead). Its times order a device's values and states only within a
// sane window around the cloud's time for the message (generateTime or
// gmtCreate, or the receipt time when the cloud gave none, and never a time
// ahead of the receipt): beyond `maxSkewMs` either way the cloud's time is
// used instead, and meta.clockSkewMs says by how much the device was off.
// A message redelivered late keeps its device time (the cloud's time is just
// as old), so it never replaces a newer value.
void checkDeviceClock(DecodedMessage &message, qint64 maxSkewMs);

} // namespace linkscope
