#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace linkscope {

void yieldCpuToOtherThreads()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: this one's, not the process's.
    // Nice rather than SCHED_IDLE: a thread at SCHED_IDLE may wait for as
    // long as anything else runs, and one without privileges cannot come
    // back from it; at nice 19 it still moves, slowly.
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), 19);
#endif
}

} // namespace linkscope
