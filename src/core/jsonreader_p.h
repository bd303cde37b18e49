#pragma once

// Private to src/core: lenient, path-aware readers over simdjson's DOM.
// Any failure throws DecodeFailure, which Decoder::decode turns into a
// Rejected message; nothing here escapes the decoder.

#include <QString>
#include <QVariant>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace linkscope::detail {

using JsonElement = simdjson::dom::element;
using JsonObject = simdjson::dom::object;
using JsonArray = simdjson::dom::array;

struct DecodeFailure {
    QString reason;
};

[[noreturn]] void fail(QString reason);

// "a string", "a number", "an object", ... for messages.
QString describe(JsonElement e);
QString joinPath(const QString &parent, std::string_view key);
QString toQString(std::string_view s);

// The field, or nothing when it is absent or JSON null.
std::optional<JsonElement> field(JsonObject obj, std::string_view key);

// Conversions; `path` names the value in the message if it is wrong.
qint64 toInt64(JsonElement e, const QString &path);
QString toText(JsonElement e, const QString &path); // strings, and numbers as text (ids)
bool toBool(JsonElement e, const QString &path); // true/false, 1/0, "true"/"1"/...
JsonObject toObject(JsonElement e, const QString &path);
JsonArray toArray(JsonElement e, const QString &path);
QVariant toVariant(JsonElement e); // any JSON value, type kept

// Shorthands over field() + conversion.
std::optional<qint64> optInt64(JsonObject obj, std::string_view key, const QString &parent = {});
QString optText(JsonObject obj, std::string_view key, const QString &parent = {});
JsonElement required(JsonObject obj, std::string_view key, const QString &parent = {},
                     const char *hint = nullptr);

// Walks the whole document and fails on the first object with a repeated key.
void rejectDuplicateKeys(JsonElement root);

} // namespace linkscope::detail
