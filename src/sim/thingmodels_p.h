#pragma once

// Private to src/sim: the thing models the fleet generator draws from.

#include <array>

namespace linkscope::sim::detail {

struct PropertySpec {
    enum Type { Double, Int, Bool, Enum };
    const char *name;
    Type type;
    double min;
    double max;
    double step; // largest change per post (random walk)
};

struct EventSpec {
    const char *identifier;
    const char *name; // display name, as the console shows it
    const char *type; // info, alert, error
};

struct ProductModel {
    const char *deviceType;
    const char *namePrefix;
    std::array<PropertySpec, 4> properties;
    std::array<EventSpec, 3> events;
};

inline constexpr std::array<ProductModel, 4> kModels = {{
    {"SmartDoor",
     "door",
     {{{"BatteryPercentage", PropertySpec::Int, 0, 100, 2},
       {"LockState", PropertySpec::Enum, 0, 2, 1},
       {"RSSI", PropertySpec::Int, -90, -30, 4},
       {"DoorbellCount", PropertySpec::Int, 0, 1000000, 1}}},
     {{{"DoorOpenNotification", "开门通知", "info"},
       {"TamperAlarm", "防撬报警", "alert"},
       {"HijackAlarm", "劫持报警", "error"}}}},
    {"Light",
     "lamp",
     {{{"PowerSwitch", PropertySpec::Bool, 0, 1, 1},
       {"Brightness", PropertySpec::Int, 0, 100, 10},
       {"ColorTemperature", PropertySpec::Int, 2700, 6500, 200},
       {"RSSI", PropertySpec::Int, -90, -30, 4}}},
     {{{"PowerOnNotification", "开灯通知", "info"},
       {"OverheatAlarm", "过热报警", "alert"},
       {"Error", "故障上报", "error"}}}},
    {"Plug",
     "plug",
     {{{"PowerSwitch", PropertySpec::Bool, 0, 1, 1},
       {"RealTimePower", PropertySpec::Double, 0, 2000, 80},
       {"CurrentVoltage", PropertySpec::Double, 210, 240, 1.5},
       {"RSSI", PropertySpec::Int, -90, -30, 4}}},
     {{{"TimerTriggered", "定时触发", "info"},
       {"OverloadAlarm", "过载报警", "alert"},
       {"RelayFault", "继电器故障", "error"}}}},
    {"Sensor",
     "th",
     {{{"CurrentTemperature", PropertySpec::Double, -10, 40, 0.6},
       {"CurrentHumidity", PropertySpec::Double, 0, 100, 2},
       {"BatteryPercentage", PropertySpec::Int, 0, 100, 1},
       {"RSSI", PropertySpec::Int, -90, -30, 4}}},
     {{{"ReportNotification", "定时上报", "info"},
       {"TemperatureAlarm", "温度告警", "alert"},
       {"SensorFault", "传感器故障", "error"}}}},
}};

} // namespace linkscope::sim::detail
