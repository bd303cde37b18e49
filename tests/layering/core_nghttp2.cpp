// Must not compile: src/core may not use nghttp2.
#include <nghttp2/nghttp2.h>
int layerCheck()
{
    return 0;
}
