#pragma once

#include <QSet>
#include <QString>

#include <vector>

namespace linkscope {

// Remembers the most recent message ids (a bounded window, oldest forgotten
// first) so that a message delivered twice is recognised the second time.
class Deduplicator {
public:
    explicit Deduplicator(qsizetype capacity = 200'000);

    // True the first time an id is seen (and remembers it); false for a repeat.
    bool insert(const QString &messageId);
    bool contains(const QString &messageId) const { return m_seen.contains(messageId); }
    // Forgets an id, e.g. when its message could not be stored after all.
    void remove(const QString &messageId);

    qsizetype size() const { return m_seen.size(); }
    qsizetype capacity() const { return m_capacity; }
    void clear();

private:
    qsizetype m_capacity;
    QSet<QString> m_seen;
    std::vector<QString> m_ring; // insertion order, for eviction
    size_t m_next = 0;
};

} // namespace linkscope
