// Must not compile: src/core may not use proton.
#include <proton/container.hpp>
int layerCheck()
{
    return 0;
}
