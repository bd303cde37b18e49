#include "topicrouter.h"

#include <array>
#include <initializer_list>
#include <utility>

namespace linkscope {

namespace {

// Topic levels as views into the topic; known shapes have at most 8 levels.
struct Segments {
    static constexpr qsizetype Max = 9;
    std::array<QStringView, Max> at {};
    qsizetype count = 0;
    bool overflow = false;

    qsizetype size() const { return count; }
    QStringView operator[](qsizetype i) const { return at[size_t(i)]; }
};

Segments splitLevels(QStringView s)
{
    Segments out;
    qsizetype start = 0;
    while (true) {
        const qsizetype slash = s.indexOf(u'/', start);
        if (out.count == Segments::Max) {
            out.overflow = true;
            return out;
        }
        out.at[size_t(out.count++)] = s.sliced(start, (slash < 0 ? s.size() : slash) - start);
        if (slash < 0)
            return out;
        start = slash + 1;
    }
}

bool isName(QStringView s)
{
    return !s.isEmpty() && !s.contains(u'+') && !s.contains(u'#');
}

// Matches `segs[from..]` against literal words exactly.
bool tailIs(const Segments &segs, qsizetype from, std::initializer_list<QStringView> words)
{
    if (segs.size() - from != qsizetype(words.size()))
        return false;
    qsizetype i = from;
    for (QStringView w : words) {
        if (segs[i++] != w)
            return false;
    }
    return true;
}

TopicRoute device(MessageKind kind, QStringView pk, QStringView dn)
{
    TopicRoute r;
    r.kind = kind;
    r.productKey = pk.toString();
    r.deviceName = dn.toString();
    return r;
}

TopicRoute routeDeviceTopic(const Segments &s, qsizetype at)
{
    // s[at] = productKey, s[at + 1] = deviceName, the rest names the kind.
    if (s.size() - at < 3 || !isName(s[at]) || !isName(s[at + 1]))
        return {};
    const QStringView pk = s[at];
    const QStringView dn = s[at + 1];
    const qsizetype rest = at + 2;

    if (tailIs(s, rest, {u"thing", u"event", u"property", u"post"}))
        return device(MessageKind::Property, pk, dn);
    if (tailIs(s, rest, {u"thing", u"event", u"property", u"history", u"post"})) {
        TopicRoute r = device(MessageKind::Property, pk, dn);
        r.history = true;
        return r;
    }
    if (s.size() - rest == 4 && s[rest] == u"thing" && s[rest + 1] == u"event" && s[rest + 3] == u"post"
        && isName(s[rest + 2]) && s[rest + 2] != u"property") {
        TopicRoute r = device(MessageKind::Event, pk, dn);
        r.identifier = s[rest + 2].toString();
        return r;
    }
    if (tailIs(s, rest, {u"thing", u"downlink", u"reply", u"message"}))
        return device(MessageKind::ServiceReply, pk, dn);
    if (tailIs(s, rest, {u"thing", u"awss", u"enrollee", u"user"}))
        return device(MessageKind::Binding, pk, dn);
    if (tailIs(s, rest, {u"thing", u"lifecycle"}))
        return device(MessageKind::Lifecycle, pk, dn);
    if (tailIs(s, rest, {u"thing", u"topo", u"lifecycle"}))
        return device(MessageKind::Topology, pk, dn);
    if (tailIs(s, rest, {u"ota", u"upgrade"}))
        return device(MessageKind::OtaProgress, pk, dn);
    return {};
}

} // namespace

DeviceKey deviceOfTopic(QStringView topic)
{
    TopicRoute route = routeTopic(topic);
    return {std::move(route.productKey), std::move(route.deviceName), {}};
}

TopicRoute routeTopic(QStringView topic)
{
    if (!topic.startsWith(u'/'))
        return {};
    const Segments s = splitLevels(topic.mid(1));
    if (s.overflow)
        return {};

    // /mqtt/status/${pk}/${dn}, and the general platform's /as/mqtt/status/...
    if (s.size() == 4 && s[0] == u"mqtt" && s[1] == u"status" && isName(s[2]) && isName(s[3]))
        return device(MessageKind::Status, s[2], s[3]);
    if (s.size() == 5 && s[0] == u"as" && s[1] == u"mqtt" && s[2] == u"status" && isName(s[3])
        && isName(s[4]))
        return device(MessageKind::Status, s[3], s[4]);

    if (s.size() > 3 && s[0] == u"sys") {
        TopicRoute r = routeDeviceTopic(s, 1);
        if (r.kind != MessageKind::Raw) {
            r.sysPrefix = true;
            return r;
        }
    }
    return routeDeviceTopic(s, 0);
}

} // namespace linkscope
