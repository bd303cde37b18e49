#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

namespace linkscope {

void yieldCpuToOtherThreads()
{
#ifdef Q_OS_LINUX
    sched_param none {};
    ::pthread_setschedparam(::pthread_self(), SCHED_IDLE, &none);
#endif
}

} // namespace linkscope
