#include "csv.h"

namespace linkscope {

QString csvField(const QString &text)
{
    QString f = text;
    if (!f.isEmpty()) {
        const QChar c = f.front();
        const bool formulaLike = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
        bool number = false;
        f.toDouble(&number);
        if (formulaLike && !number)
            f.prepend(u'\'');
    }
    if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
        f = u'"' + f.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return f;
}

QByteArray csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',').toUtf8() + "\r\n";
}

} // namespace linkscope
