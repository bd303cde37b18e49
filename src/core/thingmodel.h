#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QJsonValue;

// A product's thing model (TSL, CLOUD_API §7): what its properties, events
// and services are called, their types, ranges, units and labels.
namespace linkscope {

enum class TslType : quint8 { Unknown, Int, Float, Double, Text, Date, Bool, Enum, Struct, Array };
QString tslTypeName(TslType type); // "int", "float" … as the TSL spells them

struct TslField;

// A data type with its specs. Numeric specs come as strings or numbers.
struct TslDataType {
    TslType type = TslType::Unknown;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> step;
    QString unit; // "°C"
    QString unitName; // "摄氏度"
    int length = 0; // text: the longest it may be
    QMap<qint64, QString> labels; // bool and enum: value -> label
    std::vector<TslField> members; // struct
    std::shared_ptr<const TslDataType> item; // array: the type of its elements
    int size = 0; // array: the most elements

    bool isNumber() const
    {
        return type == TslType::Int || type == TslType::Float || type == TslType::Double;
    }
    bool isState() const { return type == TslType::Bool || type == TslType::Enum; }
};

struct TslField {
    QString identifier;
    QString name;
    TslDataType dataType;
};

struct TslProperty {
    QString identifier;
    QString name; // "温度"
    QString accessMode; // r, rw, w
    bool required = false;
    TslDataType dataType;
};

struct TslEvent {
    QString identifier;
    QString name;
    QString type; // info, alert, error
    QString method;
    std::vector<TslField> outputData;
};

struct TslService {
    QString identifier;
    QString name;
    QString callType; // async, sync
    QString method;
    std::vector<TslField> inputData;
    std::vector<TslField> outputData;
};

// One product's thing model, with lookups by identifier.
class ThingModel {
public:
    QString productKey;
    QList<TslProperty> properties;
    QList<TslEvent> events;
    QList<TslService> services;
    QByteArray json; // the model as the cloud sent it (compact): what the cache keeps

    const TslProperty *property(const QString &identifier) const;
    const TslEvent *event(const QString &identifier) const;
    const TslService *service(const QString &identifier) const;
    bool isEmpty() const { return properties.isEmpty() && events.isEmpty() && services.isEmpty(); }
    // Builds the lookups; parseThingModel() calls it, so does anyone who fills the lists by hand.
    void index();

private:
    QHash<QString, qsizetype> m_properties;
    QHash<QString, qsizetype> m_events;
    QHash<QString, qsizetype> m_services;
};

// Reads a thing model: the TSL object, or a JSON string that holds one
// (tsl/get answers either way, CLOUD_API §10.4). Says what is wrong.
Result<ThingModel> parseThingModel(const QByteArray &json);
Result<ThingModel> thingModelFromJson(const QJsonValue &value);

// A value as a person reads it with its type: the label of a bool or enum
// ("开启"), a number with its unit ("21.5 °C"), a struct's members by
// name, an array's elements. `number` formats plain numbers (the views
// pass theirs); the raw value is shown when the type does not fit it.
QString tslValueText(const TslDataType &type, const QVariant &value,
                     const std::function<QString(double)> &number = {});
// The label of a bool or enum value, if the thing model has one.
std::optional<QString> tslLabel(const TslDataType &type, const QVariant &value);
// "-40 … 80 °C", "0 … 100", or empty when the type has no range.
QString tslRangeText(const TslDataType &type, const std::function<QString(double)> &number = {});

} // namespace linkscope

Q_DECLARE_METATYPE(linkscope::ThingModel)
