#include "valuecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace linkscope {

QByteArray valueToJson(const QVariant &value)
{
    // Wrapped in an array so that scalars serialise too.
    const QByteArray doc
        = QJsonDocument(QJsonArray {QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QVariant valueFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    if (!doc.isArray() || doc.array().isEmpty())
        return {};
    const QJsonValue v = doc.array().first();
    // Whole numbers come back as integers, as the decoder produced them.
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && !json.contains('.') && !json.contains('e') && !json.contains('E'))
            return QVariant(qint64(d));
    }
    return v.toVariant();
}

} // namespace linkscope
