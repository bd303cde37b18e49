#pragma once

namespace linkscope {

class MainWindow;

// `--chart-series N`: charts the first number of N different devices, five
// series a chart, as devices come in. Returns how many are charted now.
int chartSeriesOfDevices(MainWindow *window, int wanted);

} // namespace linkscope
