// Must not compile: src/core may not use openssl.
#include <openssl/ssl.h>
int layerCheck()
{
    return 0;
}
