// Must not compile: src/core may not use QtSql.
#include <QtSql/QSqlDatabase>
int layerCheck()
{
    return 0;
}
