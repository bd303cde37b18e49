#pragma once

#include <QSet>
#include <QString>

#include <deque>

namespace linkscope {

// Remembers the most recent message ids (a bounded window, oldest forgotten
// first) so that a message delivered twice is recognised the second time.
// Bounded in count and in bytes: ids are chosen by the peer.
class Deduplicator {
public:
    explicit Deduplicator(qsizetype capacity = 200'000, qint64 maxBytes = 16 * 1024 * 1024);

    // True the first time an id is seen (and remembers it); false for a repeat.
    bool insert(const QString &messageId);
    bool contains(const QString &messageId) const { return m_seen.contains(messageId); }
    // Forgets an id, e.g. when its message could not be stored after all.
    void remove(const QString &messageId);

    qsizetype size() const { return m_seen.size(); }
    qsizetype capacity() const { return m_capacity; }
    qint64 bytes() const { return m_bytes; } // of the ids remembered, roughly
    void clear();

private:
    static qint64 cost(const QString &id) { return qint64(id.size()) * 2 + 48; }

    qsizetype m_capacity;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    QSet<QString> m_seen;
    std::deque<QString> m_order; // insertion order, for eviction
};

} // namespace linkscope
