#pragma once

// Loading decoder fixtures (tests/data/decoder/*) for data-driven tests.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fixtures {

inline QString dataDir(const QString &sub)
{
    return QStringLiteral(LINKSCOPE_TEST_DATA "/") + sub;
}

inline QStringList files(const QString &sub)
{
    QDir dir(dataDir(sub));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

inline QJsonObject load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        qFatal("fixture %s is not a JSON object: %s", qPrintable(path), qPrintable(err.errorString()));
    return doc.object();
}

// The payload bytes: "payloadText" verbatim, "payloadHex" decoded, or
// "payload" (an object) serialised compactly.
inline QByteArray payload(const QJsonObject &fixture)
{
    if (fixture.contains(u"payloadHex"))
        return QByteArray::fromHex(fixture.value(u"payloadHex").toString().toLatin1());
    if (fixture.contains(u"payloadText"))
        return fixture.value(u"payloadText").toString().toUtf8();
    return QJsonDocument(fixture.value(u"payload").toObject()).toJson(QJsonDocument::Compact);
}

// True when every key of `expected` is in `actual` with an equal value;
// arrays must have the same length and match element by element. On a
// mismatch, `where` names the first differing path.
inline bool containsSubset(const QJsonValue &actual, const QJsonValue &expected, QString &where,
                           const QString &path = QStringLiteral("$"))
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            where = path + QStringLiteral(" is not an object");
            return false;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                where = path + u'.' + it.key() + QStringLiteral(" is missing");
                return false;
            }
            if (!containsSubset(a.value(it.key()), it.value(), where, path + u'.' + it.key()))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            where = path + QStringLiteral(" has %1 elements, expected %2").arg(a.size()).arg(e.size());
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!containsSubset(a.at(i), e.at(i), where, path + QStringLiteral("[%1]").arg(i)))
                return false;
        }
        return true;
    }
    if (actual != expected) {
        where = path + QStringLiteral(" is ")
            + QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact))
            + QStringLiteral(", expected ")
            + QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

} // namespace fixtures
