// Compiled with another target's include setup: reaches the gui layer.
#include "gui/mainwindow.h"
int layerReach_gui()
{
    return 0;
}
