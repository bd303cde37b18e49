#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace linkscope {

// One subscription pattern with MQTT-style wildcards: `+` matches exactly one
// level, a final `#` matches any number of levels (zero included).
class TopicFilter {
public:
    static Result<TopicFilter> parse(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    bool hasWildcards() const { return m_wildcards; }
    bool matches(QStringView topic) const;

private:
    TopicFilter() = default;
    QString m_pattern;
    QStringList m_levels;
    bool m_wildcards = false;
};

// A set of patterns resolved the way the platform's SDK resolves listeners:
// a pattern without wildcards that equals the topic wins; otherwise the
// alphabetically first matching pattern. A topic goes to one pattern at most.
class TopicFilterSet {
public:
    // Adds a pattern; an invalid one is refused with the reason.
    Result<bool> add(const QString &pattern);
    bool isEmpty() const { return m_filters.isEmpty(); }
    qsizetype size() const { return m_filters.size(); }

    // The pattern that takes this topic, or nothing when none matches.
    std::optional<QString> route(QStringView topic) const;
    // True when the set is empty (no filtering) or some pattern matches.
    bool accepts(QStringView topic) const { return isEmpty() || route(topic).has_value(); }

private:
    QList<TopicFilter> m_filters; // kept sorted by pattern
};

} // namespace linkscope
