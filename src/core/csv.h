#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace linkscope {

// One CSV field (RFC 4180 quoting). Text a spreadsheet would run as a
// formula (a cell that begins with = + - @, a tab or a carriage return and is
// not simply a number) is neutralised with a leading apostrophe: names and
// values come from devices, and a cell such as =HYPERLINK(…) must stay text.
QString csvField(const QString &text);
// Fields joined with commas, ended with CRLF.
QByteArray csvRow(const QStringList &fields);

} // namespace linkscope
