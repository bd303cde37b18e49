#pragma once

#include "core/messages.h"
#include "core/result.h"

#include <QFile>
#include <QSet>

namespace linkscope::store {

// linkscope-collect's --jsonl: every newly stored message as one JSON line
// (docs/FORMATS.md), written on the store's thread right after the commit
// that holds it, so nothing waits for it anywhere else and nothing
// accumulates per message. "-" is standard output.
class JsonlMirror {
public:
    enum class Mode { Append, Truncate };
    // Opens (creates 0600, appends or starts empty) the file; why not, in words.
    Result<bool> open(const QString &path, Mode mode = Mode::Append);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }
    void close();
    // Why the last write did not reach the file (a full disk), else empty.
    QString problem() const { return m_problem; }

    // The messages of `batch` whose ids are in `fresh`, once each.
    template<typename T> void write(const QList<T> &batch, const QSet<QString> &fresh);

private:
    void line(const QByteArray &bytes);

    QFile m_file;
    QString m_path;
    QString m_problem;
};

} // namespace linkscope::store
