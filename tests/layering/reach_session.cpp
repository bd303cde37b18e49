// Compiled with another target's include setup: reaches the session layer.
#include "session/pipelinehost.h"
int layerReach_session()
{
    return 0;
}
