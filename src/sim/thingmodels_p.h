#pragma once

// Private to src/sim: the thing models the fleet generator draws from, and
// that the emulated API gateway serves as each product's TSL (tslgen.cpp).

#include <array>
#include <limits>

namespace linkscope::sim::detail {

struct PropertySpec {
    enum Type { Double, Int, Bool, Enum };
    const char *name; // the TSL identifier
    Type type;
    double min; // the random walk's bounds
    double max;
    double step; // largest change per post
    // What the TSL says of it.
    const char *displayName;
    const char *unit = "";
    const char *unitName = "";
    std::array<const char *, 3> labels {}; // bool and enum: the labels of 0, 1, 2
    const char *accessMode = "r";
    double specMin = std::numeric_limits<double>::quiet_NaN(); // NaN: min
    double specMax = std::numeric_limits<double>::quiet_NaN(); // NaN: max
};

struct EventSpec {
    const char *identifier;
    const char *name; // display name, as the console shows it
    const char *type; // info, alert, error
};

// Beside the four scalar properties every model has a struct and an array,
// posted now and then: NetworkInfo {SSID, Channel, RSSI}, and the recent
// values of one scalar property (e.g. TemperatureHistory); a light
// also has its colour, the struct HSVColor.
struct ProductModel {
    const char *deviceType;
    const char *namePrefix;
    const char *productName;
    std::array<PropertySpec, 4> properties;
    std::array<EventSpec, 3> events;
    const char *historyName; // the array of properties[historyOf]'s recent values
    const char *historyDisplayName;
    int historyOf = 0;
    bool hsvColor = false;
};

inline constexpr PropertySpec kRssi {"RSSI", PropertySpec::Int, -90, -30, 4,    "信号强度",
                                     "dBm",  "分贝毫瓦",        {},  "r", -127, 0};

inline constexpr std::array<ProductModel, 4> kModels = {{
    {"SmartDoor",
     "door",
     "智能门锁",
     {{{"BatteryPercentage", PropertySpec::Int, 0, 100, 2, "电池电量", "%", "百分比"},
       {"LockState", PropertySpec::Enum, 0, 2, 1, "门锁状态", "", "", {"已上锁", "已开锁", "反锁"}, "r"},
       kRssi,
       {"DoorbellCount", PropertySpec::Int, 0, 1000000, 1, "门铃次数", "次", "次"}}},
     {{{"DoorOpenNotification", "开门通知", "info"},
       {"TamperAlarm", "防撬报警", "alert"},
       {"HijackAlarm", "劫持报警", "error"}}},
     "BatteryHistory",
     "电量历史"},
    {"Light",
     "lamp",
     "智能灯",
     {{{"PowerSwitch", PropertySpec::Bool, 0, 1, 1, "电源开关", "", "", {"关闭", "开启"}, "rw"},
       {"Brightness", PropertySpec::Int, 0, 100, 10, "亮度", "%", "百分比", {}, "rw"},
       {"ColorTemperature", PropertySpec::Int, 2700, 6500, 200, "色温", "K", "开尔文", {}, "rw"},
       kRssi}},
     {{{"PowerOnNotification", "开灯通知", "info"},
       {"OverheatAlarm", "过热报警", "alert"},
       {"Error", "故障上报", "error"}}},
     "BrightnessHistory",
     "亮度历史",
     1,
     true},
    {"Plug",
     "plug",
     "智能插座",
     {{{"PowerSwitch", PropertySpec::Bool, 0, 1, 1, "电源开关", "", "", {"关闭", "开启"}, "rw"},
       {"RealTimePower", PropertySpec::Double, 0, 2000, 80, "实时功率", "W", "瓦特", {}, "r", 0, 2500},
       {"CurrentVoltage", PropertySpec::Double, 210, 240, 1.5, "电压", "V", "伏特", {}, "r", 0, 250},
       kRssi}},
     {{{"TimerTriggered", "定时触发", "info"},
       {"OverloadAlarm", "过载报警", "alert"},
       {"RelayFault", "继电器故障", "error"}}},
     "PowerHistory",
     "功率历史",
     1},
    {"Sensor",
     "th",
     "温湿度传感器",
     {{{"CurrentTemperature", PropertySpec::Double, -10, 40, 0.6, "温度", "°C", "摄氏度", {}, "r", -40, 80},
       {"CurrentHumidity", PropertySpec::Double, 0, 100, 2, "湿度", "%RH", "相对湿度"},
       {"BatteryPercentage", PropertySpec::Int, 0, 100, 1, "电池电量", "%", "百分比"},
       kRssi}},
     {{{"ReportNotification", "定时上报", "info"},
       {"TemperatureAlarm", "温度告警", "alert"},
       {"SensorFault", "传感器故障", "error"}}},
     "TemperatureHistory",
     "温度历史"},
}};

inline constexpr int kHistoryLength = 6; // the history arrays' elements

} // namespace linkscope::sim::detail
