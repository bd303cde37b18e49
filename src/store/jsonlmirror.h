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
    // Opens (creates 0600, appends) the file; why not, in words.
    Result<bool> open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void close();

    // The messages of `batch` whose ids are in `fresh`, once each.
    template<typename T> void write(const QList<T> &batch, const QSet<QString> &fresh);

private:
    void line(const QByteArray &bytes);

    QFile m_file;
};

} // namespace linkscope::store
