#include <QtCore/QString>
// Control: a QtCore include compiles in the core layer.
int layerCheckOk()
{
    return QString::fromLatin1("ok").size();
}
