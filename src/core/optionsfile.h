#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

class QCommandLineOption;

namespace linkscope {

// A program's long options kept in a file, for a service unit or a cron job:
// one option a line, its long name without the dashes, "name = value" or the
// name alone for a switch; blank lines and lines starting with # are skipped.
// `known` is the program's option list, so that a typo or a missing value is
// refused with the file and line instead of being ignored.
//
// The result is the same options as command-line arguments ("--name",
// "value", ...); put them before the real arguments, so that the command line
// wins (QCommandLineParser keeps the last value of an option).
Result<QStringList> argumentsFromOptionsFile(const QString &path, const QList<QCommandLineOption> &known);

// The same for text already read; `origin` names it in errors.
Result<QStringList> argumentsFromOptionsText(const QString &text, const QString &origin,
                                             const QList<QCommandLineOption> &known);

} // namespace linkscope
