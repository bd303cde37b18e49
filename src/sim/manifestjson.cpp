#include "manifestjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace linkscope::sim {

namespace {

// Plain ids (printable ASCII, nothing to escape: every id the emulator
// makes) are copied as they are; any other goes through QJsonDocument, so
// that its escapes are exactly Qt's (short ones, \u00XX, lone surrogates).
void appendString(QByteArray &out, const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (!plain) {
        const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(quoted).sliced(1, quoted.size() - 2); // without [ ]
        return;
    }
    out += '"';
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *p = out.data() + at;
    for (const QChar c : text)
        *p++ = char(c.unicode());
    out += '"';
}

void appendArray(QByteArray &out, const char *key, const QStringList &ids)
{
    out += '"';
    out += key;
    out += "\":[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, ids[i]);
    }
    out += ']';
}

void appendObject(QByteArray &out, const char *key, const QJsonObject &o)
{
    out += '"';
    out += key;
    out += "\":";
    out += QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject manifestObject(const ManifestSnapshot &s)
{
    return QJsonObject {{QStringLiteral("sent"), QJsonArray::fromStringList(s.sent)},
                        {QStringLiteral("acknowledged"), QJsonArray::fromStringList(s.acknowledged)},
                        {QStringLiteral("malformed"), QJsonArray::fromStringList(s.malformed)},
                        {QStringLiteral("countsByKind"), s.countsByKind},
                        {QStringLiteral("lastValues"), s.lastValues}};
}

QByteArray manifestJson(const ManifestSnapshot &s, bool isFinal)
{
    QByteArray out;
    qsizetype idBytes = 0;
    for (const QStringList *list : {&s.sent, &s.acknowledged, &s.malformed})
        for (const QString &id : *list)
            idBytes += id.size() + 3;
    out.reserve(idBytes + 4096);
    // The keys in QJsonDocument's order: the text is the one it would write.
    out += '{';
    appendArray(out, "acknowledged", s.acknowledged);
    out += ',';
    appendObject(out, "countsByKind", s.countsByKind);
    out += ",\"final\":";
    out += isFinal ? "true" : "false";
    out += ',';
    appendObject(out, "lastValues", s.lastValues);
    out += ',';
    appendArray(out, "malformed", s.malformed);
    out += ',';
    appendArray(out, "sent", s.sent);
    out += '}';
    return out;
}

} // namespace linkscope::sim
