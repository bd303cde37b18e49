#include "secret.h"

#include <QDebug>

namespace linkscope {

Secret::~Secret()
{
    // Only wipe the last holder of the shared buffer; detaching would copy it.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        return;
    if (!m_bytes.isEmpty()) {
        volatile char *p = m_bytes.data();
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
    }
}

QDebug operator<<(QDebug debug, const Secret &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(<redacted>)";
    return debug;
}

} // namespace linkscope
