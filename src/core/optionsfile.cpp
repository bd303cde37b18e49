#include "optionsfile.h"

#include <QCommandLineOption>
#include <QFile>

namespace linkscope {

namespace {

// The option `name` names, or nullptr.
const QCommandLineOption *find(const QList<QCommandLineOption> &known, const QString &name)
{
    for (const QCommandLineOption &o : known) {
        if (o.names().contains(name))
            return &o;
    }
    return nullptr;
}

Result<bool> switchValue(const QString &value)
{
    const QString v = value.toLower();
    if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
        return false;
    return Error {};
}

} // namespace

Result<QStringList> argumentsFromOptionsText(const QString &text, const QString &origin,
                                             const QList<QCommandLineOption> &known)
{
    QStringList args;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        const qsizetype eq = line.indexOf(u'=');
        QString name = (eq < 0 ? line : line.left(eq)).trimmed();
        while (name.startsWith(u'-'))
            name.remove(0, 1);
        QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (name == u"config" || name == u"help" || name == u"version" || name == u"help-all")
            return Error {QStringLiteral("%1: \"%2\" cannot be given in an options file").arg(where, name)};
        const QCommandLineOption *option = find(known, name);
        if (!option && eq < 0) // not repeated: a line alone may be a secret pasted in the wrong file
            return Error {QStringLiteral("%1: not an option (a line is \"name = value\", or a switch's "
                                         "name alone)")
                              .arg(where)};
        if (!option)
            return Error {QStringLiteral("%1: unknown option \"%2\"").arg(where, name)};
        const bool takesValue = !option->valueName().isEmpty();
        if (takesValue) {
            if (eq < 0 || value.isEmpty())
                return Error {QStringLiteral("%1: \"%2\" needs a value (%2 = <%3>)")
                                  .arg(where, name, option->valueName())};
            args << QStringLiteral("--") + name << value;
            continue;
        }
        if (eq >= 0) {
            const auto on = switchValue(value);
            if (!on)
                return Error {QStringLiteral("%1: \"%2\" is a switch: give it alone, or = true or false")
                                  .arg(where, name)};
            if (!*on)
                continue;
        }
        args << QStringLiteral("--") + name;
    }
    return args;
}

Result<QStringList> argumentsFromOptionsFile(const QString &path, const QList<QCommandLineOption> &known)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read the options file %1: %2").arg(path, f.errorString())};
    return argumentsFromOptionsText(QString::fromUtf8(f.readAll()), path, known);
}

} // namespace linkscope
