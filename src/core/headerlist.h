#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace linkscope {

// Name/value pairs in order, as HTTP headers are sent. Names are lowercase
// for HTTP/2; the API gateway keeps its mixed-case names.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The first value of a header (case-insensitive name), or a null array.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

} // namespace linkscope
