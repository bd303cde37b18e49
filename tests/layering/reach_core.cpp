// Compiled with another target's include setup: reaches the core layer.
#include "core/messages.h"
int layerReach_core()
{
    return 0;
}
