#pragma once

#include "core/headerlist.h"
#include "core/result.h"

#include <memory>

namespace linkscope::http2 {

// HPACK (RFC 7541) through nghttp2's standalone codec. One encoder per
// direction of a connection, and one decoder for every header block the peer
// sends (HEADERS, PUSH_PROMISE and their CONTINUATIONs), since the dynamic
// table is shared by all of them.
class HpackEncoder {
public:
    HpackEncoder();
    ~HpackEncoder();
    QByteArray encode(const HeaderList &headers);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class HpackDecoder {
public:
    explicit HpackDecoder(qsizetype maxHeaderListSize = 64 * 1024);
    ~HpackDecoder();
    // Decodes one complete header block; an error breaks the connection.
    Result<HeaderList> decode(QByteArrayView block);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace linkscope::http2
