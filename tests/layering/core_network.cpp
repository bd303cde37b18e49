// Must not compile: src/core may not use QtNetwork.
#include <QtNetwork/QTcpSocket>
int layerCheck()
{
    return 0;
}
