#pragma once

#include <QString>

namespace linkscope {

// A byte count as people read it in an error: "812 bytes", "4.0 KiB", "1.5 MiB".
QString sizeText(quint64 bytes);

} // namespace linkscope
