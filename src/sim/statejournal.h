#pragma once

#include "simmessage.h"

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

namespace linkscope::sim {

// The emulator's memory across crashes: an append-only journal in the state
// directory of every message sent and every acknowledgement, written as it
// happens (a line is in the kernel's hands before the next step), so a
// SIGKILL loses at most the line being written.
class StateJournal {
public:
    struct Loaded {
        QList<SimMessage> sent; // in send order
        QList<QString> acknowledged; // in acknowledgement order
        QSet<QString> dropped; // expired from the offline queue
        QString error; // set when the journal could not be read
    };

    // Reads what an earlier run left in `dir` (created when missing).
    static Loaded load(const QString &dir);

    bool open(const QString &dir, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    void recordSent(const SimMessage &m);
    void recordAck(const QString &messageId);
    void recordDropped(const QString &messageId);

    static QString fileName(const QString &dir);

private:
    void writeLine(const QByteArray &line);
    QFile m_file;
};

} // namespace linkscope::sim
