// Compiled with another target's include setup: reaches the pipeline layer.
#include "pipeline/messagepipeline.h"
int layerReach_pipeline()
{
    return 0;
}
