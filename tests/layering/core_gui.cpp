// Must not compile: src/core may not use QtGui.
#include <QtGui/QImage>
int layerCheck()
{
    return 0;
}
