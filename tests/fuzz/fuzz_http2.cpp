// libFuzzer target: our HTTP/2 connection (frame parser, header blocks with
// CONTINUATION, HPACK through nghttp2, flow control) as server and as client.
// Input: raw bytes from the peer; the server side gets the client preface first.

#include "http2/connection.h"
#include "http2/frame.h"

#include <cstddef>
#include <cstdint>

namespace {
struct Sink : linkscope::http2::Connection::Listener {
    qsizetype bytes = 0;
    void onHeaders(quint32, const linkscope::HeaderList &h, bool) override { bytes += h.size(); }
    void onData(quint32, const QByteArray &d, bool) override { bytes += d.size(); }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    Sink sink;
    {
        linkscope::http2::Connection::Options o;
        o.role = linkscope::http2::Connection::Role::Server;
        linkscope::http2::Connection server(o, &sink);
        server.start();
        // Feed in two pieces to exercise partial frames.
        const QByteArray all = linkscope::http2::ClientPreface.toByteArray() + input;
        if (server.receive(QByteArrayView(all).first(all.size() / 2)).ok())
            (void)server.receive(QByteArrayView(all).sliced(all.size() / 2));
        server.sendData(2, "x", true);
        (void)server.takeOutput();
    }
    {
        linkscope::http2::Connection client({}, &sink);
        client.start();
        const quint32 id = client.nextStreamId();
        client.sendHeaders(id, {{":method", "GET"}, {":path", "/"}}, true);
        (void)client.receive(input);
        (void)client.takeOutput();
    }
    return 0;
}
