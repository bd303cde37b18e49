#pragma once

#include "result.h"
#include "secret.h"

#include <QString>

namespace linkscope {

// Files that hold a project's data or secrets are the user's alone: made
// 0600, in folders made 0700.

// Makes `path` and its missing parents; each folder made here is 0700.
bool makePrivateDirs(const QString &path);
// Creates `path` empty and 0600 when it does not exist yet (an existing file keeps its mode).
bool createPrivateFile(const QString &path);
// Why a file holding a secret must not be read as it is (empty: it may):
// readable by the group or by others, as ssh refuses such keys.
QString secretFileProblem(const QString &path);
// A command-line tool's AppSecret: read from `file` when one is given (and
// refused when others can read it), else from the environment variable
// LINKSCOPE_APPSECRET; never from the command line. The error says what to do.
Result<Secret> commandLineAppSecret(const QString &file);

} // namespace linkscope
