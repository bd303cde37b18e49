#include "topicfilter.h"

#include <algorithm>

namespace linkscope {

Result<TopicFilter> TopicFilter::parse(const QString &pattern)
{
    if (pattern.isEmpty())
        return Error {QStringLiteral("the topic filter is empty")};
    TopicFilter f;
    f.m_pattern = pattern;
    f.m_levels = pattern.split(u'/');
    for (qsizetype i = 0; i < f.m_levels.size(); ++i) {
        const QString &level = f.m_levels[i];
        if (level == u"#") {
            if (i != f.m_levels.size() - 1)
                return Error {QStringLiteral("in \"%1\", # must be the last level").arg(pattern)};
            f.m_wildcards = true;
        } else if (level == u"+") {
            f.m_wildcards = true;
        } else if (level.contains(u'#') || level.contains(u'+')) {
            return Error {QStringLiteral("in \"%1\", the level \"%2\" mixes a wildcard with text; "
                                         "+ and # must stand alone between slashes")
                              .arg(pattern, level)};
        }
    }
    return f;
}

bool TopicFilter::matches(QStringView topic) const
{
    if (!m_wildcards)
        return topic == m_pattern;
    qsizetype level = 0;
    qsizetype pos = 0;
    const qsizetype n = topic.size();
    while (true) {
        const QString &want = m_levels[level];
        if (want == u"#")
            return true; // matches the rest, including nothing at all
        const qsizetype slash = topic.indexOf(u'/', pos);
        const qsizetype end = slash < 0 ? n : slash;
        const QStringView got = topic.sliced(pos, end - pos);
        if (want != u"+" && got != want)
            return false;
        ++level;
        if (slash < 0) {
            // Topic exhausted: matches if the pattern is too, or only "#" remains.
            return level == m_levels.size() || (level == m_levels.size() - 1 && m_levels[level] == u"#");
        }
        if (level == m_levels.size())
            return false;
        pos = slash + 1;
    }
}

Result<bool> TopicFilterSet::add(const QString &pattern)
{
    auto parsed = TopicFilter::parse(pattern);
    if (!parsed)
        return Error {parsed.error()};
    auto at = std::lower_bound(m_filters.begin(), m_filters.end(), pattern,
                               [](const TopicFilter &f, const QString &p) { return f.pattern() < p; });
    if (at != m_filters.end() && at->pattern() == pattern)
        return false; // already there
    m_filters.insert(at, std::move(parsed).value());
    return true;
}

std::optional<QString> TopicFilterSet::route(QStringView topic) const
{
    const TopicFilter *first = nullptr;
    for (const TopicFilter &f : m_filters) {
        if (!f.hasWildcards()) {
            if (f.matches(topic))
                return f.pattern(); // the specific pattern always wins
        } else if (!first && f.matches(topic)) {
            first = &f; // sorted, so the first hit is the alphabetically first
        }
    }
    if (first)
        return first->pattern();
    return std::nullopt;
}

} // namespace linkscope
