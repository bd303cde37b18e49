#include "payloadtext.h"

#include "core/linediff.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace linkscope {

Result<QString> prettyJson(const QByteArray &payload)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return Error {QCoreApplication::translate("Inspector", "Not valid JSON: %1 at byte %2")
                          .arg(error.errorString())
                          .arg(error.offset)};
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString hexDump(const QByteArray &bytes, int maxBytes)
{
    QString out;
    const int n = int(std::min<qsizetype>(bytes.size(), maxBytes));
    for (int offset = 0; offset < n; offset += 16) {
        QString hex, ascii;
        for (int i = 0; i < 16; ++i) {
            if (offset + i < n) {
                const auto c = static_cast<unsigned char>(bytes[offset + i]);
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QChar(char16_t(c)) : QChar(u'.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += u' ';
        }
        out += QStringLiteral("%1  %2 |%3|\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    if (bytes.size() > n)
        out += QCoreApplication::translate("Inspector", "… %1 more bytes").arg(bytes.size() - n);
    return out;
}

QString diffHtml(const QByteArray &before, const QByteArray &after)
{
    const auto lines = [](const QByteArray &b) {
        auto pretty = prettyJson(b);
        return (pretty ? *pretty : QString::fromUtf8(b)).split(u'\n');
    };
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (const DiffLine &l : diffLines(lines(before), lines(after))) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.op) {
        case DiffLine::Same:
            html += QStringLiteral("  ") + text + u'\n';
            break;
        case DiffLine::Removed:
            html
                += QStringLiteral("<span style=\"background:#f8d0d0;color:#8a1010\">- %1</span>\n").arg(text);
            break;
        case DiffLine::Added:
            html
                += QStringLiteral("<span style=\"background:#d0f0d0;color:#0b5d1e\">+ %1</span>\n").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</pre>");
}

} // namespace linkscope
