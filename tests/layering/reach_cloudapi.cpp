// Compiled with another target's include setup: reaches the cloud API layer.
#include "cloudapi/cloudapiclient.h"
int layerReach_cloudapi()
{
    return 0;
}
