// Compiled with another target's include setup: reaches the transport layer.
#include "transport/subscriber.h"
int layerReach_transport()
{
    return 0;
}
