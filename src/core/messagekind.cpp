#include "messagekind.h"

#include <array>

namespace linkscope {

namespace {
constexpr std::array<const char16_t *, MessageKindCount> kNames = {
    u"property",  u"event",    u"serviceReply", u"status", u"binding",
    u"lifecycle", u"topology", u"ota",          u"raw",    u"rejected",
};
} // namespace

QString kindName(MessageKind kind)
{
    return QString::fromUtf16(kNames.at(static_cast<size_t>(kind)));
}

std::optional<MessageKind> kindFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QStringView(kNames[i]))
            return static_cast<MessageKind>(i);
    }
    return std::nullopt;
}

} // namespace linkscope
