#pragma once

#include "devicekey.h"
#include "messages.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <limits>
#include <optional>

// Value types of history queries: what the store answers and the GUI shows.
namespace linkscope {

struct LastValue {
    QString attribute;
    QVariant value;
    qint64 time = 0;
    friend bool operator==(const LastValue &, const LastValue &) = default;
};

// One device as the start-up view shows it.
struct DeviceSummary {
    DeviceKey device;
    QString deviceType;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
    bool online = false;
    qint64 onlineSince = 0;
    qint64 messageCount = 0;
    QList<LastValue> lastValues; // by attribute name
    friend bool operator==(const DeviceSummary &, const DeviceSummary &) = default;
};

// min, max and last of one property within one time bucket.
struct SampleBucket {
    qint64 start = 0; // bucket start time (ms)
    qint64 end = 0;
    double min = 0;
    double max = 0;
    double last = 0;
    qint64 lastTime = 0;
    int count = 0;
    friend bool operator==(const SampleBucket &, const SampleBucket &) = default;
};

struct SampleQuery {
    DeviceKey device;
    QString attribute;
    qint64 from = 0;
    qint64 to = 0;
    int buckets = 1000;
};

// A stretch of time a device was online or offline.
struct StatusInterval {
    DeviceKey device;
    qint64 start = 0;
    qint64 end = 0; // the query's end when still going
    bool online = false;
    bool open = false; // no change after it within the range
    friend bool operator==(const StatusInterval &, const StatusInterval &) = default;
};

struct BindingRecord {
    Identity identity;
    qint64 time = 0; // since (current) or when (history)
    bool bind = true;
    friend bool operator==(const BindingRecord &, const BindingRecord &) = default;
};

struct DeviceBindings {
    DeviceKey device;
    QList<BindingRecord> current;
    QList<BindingRecord> history; // newest first
};

// Filters for the events and service replies views; empty fields match all.
struct LogQuery {
    DeviceKey device; // productKey/deviceName; either may be empty
    QString identifier; // event identifier
    int eventTypeMask = 0x7; // bit per EventType
    std::optional<int> code; // reply code
    QString text; // searched in names, identifiers, values, messages
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    int offset = 0;
    int limit = 200;
    // Count every matching row for Page::total (a scan on a long history);
    // the newest rows alone need none.
    bool countTotal = true;
};

template<typename T> struct Page {
    QList<T> rows;
    qint64 total = 0; // rows matching, across pages
};

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::DeviceSummary)
Q_DECLARE_METATYPE(linkscope::SampleBucket)
Q_DECLARE_METATYPE(linkscope::StatusInterval)
Q_DECLARE_METATYPE(linkscope::DeviceBindings)
Q_DECLARE_METATYPE(linkscope::SampleQuery)
Q_DECLARE_METATYPE(linkscope::LogQuery)
