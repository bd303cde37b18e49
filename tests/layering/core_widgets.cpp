// Must not compile: src/core may not use QtWidgets.
#include <QtWidgets/QWidget>
int layerCheck()
{
    return 0;
}
