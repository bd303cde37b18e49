#include "protonvalues_p.h"

#include <QUuid>

namespace linkscope::transport {

QString atomText(const pn_atom_t &a)
{
    switch (a.type) {
    case PN_BOOL:
        return a.u.as_bool ? QStringLiteral("true") : QStringLiteral("false");
    case PN_UBYTE:
        return QString::number(a.u.as_ubyte);
    case PN_BYTE:
        return QString::number(a.u.as_byte);
    case PN_USHORT:
        return QString::number(a.u.as_ushort);
    case PN_SHORT:
        return QString::number(a.u.as_short);
    case PN_UINT:
        return QString::number(a.u.as_uint);
    case PN_INT:
        return QString::number(a.u.as_int);
    case PN_CHAR:
        return QString(QChar(char16_t(a.u.as_char)));
    case PN_ULONG:
        return QString::number(a.u.as_ulong);
    case PN_LONG:
        return QString::number(a.u.as_long);
    case PN_TIMESTAMP:
        return QString::number(a.u.as_timestamp);
    case PN_FLOAT:
        return QString::number(double(a.u.as_float));
    case PN_DOUBLE:
        return QString::number(a.u.as_double);
    case PN_UUID:
        return QUuid::fromRfc4122(QByteArrayView(a.u.as_uuid.bytes, 16)).toString(QUuid::WithoutBraces);
    case PN_BINARY:
    case PN_STRING:
    case PN_SYMBOL:
        return QString::fromUtf8(a.u.as_bytes.start, qsizetype(a.u.as_bytes.size));
    default:
        return {};
    }
}

qint64 atomInt(const pn_atom_t &a)
{
    switch (a.type) {
    case PN_LONG:
        return a.u.as_long;
    case PN_ULONG:
        return qint64(a.u.as_ulong);
    case PN_TIMESTAMP:
        return a.u.as_timestamp;
    case PN_INT:
        return a.u.as_int;
    case PN_UINT:
        return a.u.as_uint;
    default:
        return atomText(a).toLongLong();
    }
}

QString conditionText(pn_condition_t *c)
{
    if (!c || !pn_condition_is_set(c))
        return {};
    const QString name = QString::fromUtf8(pn_condition_get_name(c));
    const QString what = QString::fromUtf8(pn_condition_get_description(c));
    if (what.isEmpty())
        return name;
    return name.isEmpty() ? what : QStringLiteral("%1: %2").arg(name, what);
}

bool isUnauthorized(pn_condition_t *c)
{
    return c && pn_condition_is_set(c) && qstrcmp(pn_condition_get_name(c), "amqp:unauthorized-access") == 0;
}

} // namespace linkscope::transport
