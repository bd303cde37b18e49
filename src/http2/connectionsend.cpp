// The sending half of Connection: header blocks, data under flow control.

#include "connection_p.h"

namespace linkscope::http2 {

void Connection::Private::flush()
{
    for (auto it = streams.begin(); it != streams.end();) {
        Stream &s = it->second;
        const quint32 id = it->first;
        while ((!s.pending.isEmpty() && connSendWindow > 0 && s.sendWindow > 0)
               || (s.pending.isEmpty() && s.pendingEnd)) {
            const qint64 n = std::min<qint64>(
                {s.pending.size(), connSendWindow, s.sendWindow, qint64(peerMaxFrameSize)});
            const bool last = n == s.pending.size() && s.pendingEnd;
            write(encodeFrame(FrameType::Data, last ? Flag::EndStream : 0, id,
                              QByteArrayView(s.pending).first(n)));
            s.pending.remove(0, n);
            connSendWindow -= n;
            s.sendWindow -= n;
            if (last) {
                s.pendingEnd = false;
                s.localClosed = true;
                break;
            }
        }
        ++it;
        closeIfDone(id);
    }
}

void Connection::Private::closeIfDone(quint32 id)
{
    auto it = streams.find(id);
    if (it != streams.end() && it->second.localClosed && it->second.remoteClosed
        && it->second.pending.isEmpty())
        streams.erase(it);
}

void Connection::Private::writeHeaderBlock(FrameType type, quint32 streamId, quint8 flags,
                                           const QByteArray &prefix, const QByteArray &blockBytes)
{
    // Split into HEADERS/PUSH_PROMISE + CONTINUATION frames of the peer's size.
    const qsizetype room = qsizetype(peerMaxFrameSize) - prefix.size();
    QByteArrayView rest(blockBytes);
    QByteArrayView first = rest.first(std::min(room, rest.size()));
    rest = rest.sliced(first.size());
    write(encodeFrame(type, quint8(flags | (rest.isEmpty() ? Flag::EndHeaders : 0)), streamId,
                      prefix + first.toByteArray()));
    while (!rest.isEmpty()) {
        QByteArrayView part = rest.first(std::min<qsizetype>(peerMaxFrameSize, rest.size()));
        rest = rest.sliced(part.size());
        write(encodeFrame(FrameType::Continuation, rest.isEmpty() ? Flag::EndHeaders : 0, streamId, part));
    }
}

void Connection::sendHeaders(quint32 streamId, const HeaderList &headers, bool endStream)
{
    auto it = d->streams.find(streamId);
    if (it == d->streams.end()) {
        Stream s;
        s.recvWindow = d->options.initialWindowSize;
        s.sendWindow = d->peerInitialWindow;
        // A server-initiated message stream (the cloud's style) expects nothing back.
        if (d->options.role == Role::Server && streamId % 2 == 0)
            s.remoteClosed = true;
        it = d->streams.emplace(streamId, s).first;
    }
    d->writeHeaderBlock(FrameType::Headers, streamId, endStream ? Flag::EndStream : 0, {},
                        d->encoder.encode(headers));
    if (endStream)
        it->second.localClosed = true;
    d->closeIfDone(streamId);
}

void Connection::sendPushPromise(quint32 streamId, quint32 promisedId, const HeaderList &headers)
{
    QByteArray prefix;
    appendUint32(prefix, promisedId);
    d->writeHeaderBlock(FrameType::PushPromise, streamId, 0, prefix, d->encoder.encode(headers));
    Stream s;
    s.sendWindow = d->peerInitialWindow;
    s.remoteClosed = true; // reserved (local): the client sends nothing on it
    d->streams[promisedId] = s;
}

void Connection::sendData(quint32 streamId, const QByteArray &data, bool endStream)
{
    auto it = d->streams.find(streamId);
    if (it == d->streams.end() || it->second.localClosed)
        return;
    it->second.pending.append(data);
    it->second.pendingEnd = it->second.pendingEnd || endStream;
    d->flush();
}

void Connection::sendPing(QByteArrayView opaque8)
{
    d->write(pingFrame(opaque8, false));
}

void Connection::resetStream(quint32 streamId, ErrorCode code)
{
    d->write(rstStreamFrame(streamId, code));
    d->streams.erase(streamId);
}

void Connection::goAway(ErrorCode code, const QByteArray &debug)
{
    d->write(goAwayFrame(d->lastPeerId, code, debug));
}

} // namespace linkscope::http2
