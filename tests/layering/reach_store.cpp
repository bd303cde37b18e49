// Compiled with another target's include setup: reaches the store layer.
#include "store/historystore.h"
int layerReach_store()
{
    return 0;
}
