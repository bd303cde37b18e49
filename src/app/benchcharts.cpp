#include "benchcharts.h"

#include "gui/chartspanel.h"
#include "gui/devicetreemodel.h"
#include "gui/mainwindow.h"
#include "gui/propertychart.h"
#include "gui/propertylistmodel.h"

namespace linkscope {

int chartSeriesOfDevices(MainWindow *window, int wanted)
{
    ChartsPanel *charts = window->chartsPanel();
    DeviceTreeModel *tree = window->deviceModel();
    for (int p = 0; p < tree->rowCount() && charts->chartedCount() < wanted; ++p) {
        const QModelIndex product = tree->index(p, 0);
        for (int d = 0; d < tree->rowCount(product) && charts->chartedCount() < wanted; ++d) {
            const DeviceKey key
                = tree->index(d, 0, product).data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
            const QStringList attributes = window->propertyModel()->attributesOf(key);
            bool already = false;
            for (const QString &a : attributes)
                already = already || charts->isCharted(key, a);
            if (already)
                continue;
            for (const QString &a : attributes) {
                if (looksLikeStateAttribute(a))
                    continue;
                if (charts->chartedCount() > 0 && charts->chartedCount() % 5 == 0)
                    charts->setCurrentChart(charts->addChart());
                charts->chartProperty(key, a, true);
                break;
            }
        }
    }
    return charts->chartedCount();
}

} // namespace linkscope
