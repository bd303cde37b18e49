#include "connection_p.h"

namespace linkscope::http2 {

Connection::Connection(Options options, Listener *listener) : d(std::make_unique<Private>(options))
{
    d->options = options;
    d->listener = listener;
    d->reader.setMaxFrameSize(options.maxFrameSize);
    d->nextLocalId = options.role == Role::Client ? 1 : 2;
    d->connRecvWindow = DefaultWindowSize;
}

Connection::~Connection() = default;

void Connection::start()
{
    if (d->options.role == Role::Client)
        d->write(ClientPreface.toByteArray());
    SettingsList s = {
        {quint16(Setting::InitialWindowSize), d->options.initialWindowSize},
        {quint16(Setting::MaxFrameSize), d->options.maxFrameSize},
        {quint16(Setting::MaxHeaderListSize), quint32(d->options.maxHeaderListSize)},
        {quint16(Setting::MaxConcurrentStreams), d->options.maxConcurrentStreams},
    };
    if (d->options.role == Role::Client)
        s.prepend({quint16(Setting::EnablePush), d->options.enablePush ? 1u : 0u});
    s.append(d->options.extraSettings);
    d->write(settingsFrame(s));
    if (d->options.connectionWindow > DefaultWindowSize) {
        d->write(windowUpdateFrame(0, quint32(d->options.connectionWindow - DefaultWindowSize)));
        d->connRecvWindow = d->options.connectionWindow;
    }
}

QByteArray Connection::takeOutput()
{
    QByteArray o;
    o.swap(d->out);
    return o;
}

bool Connection::hasOutput() const
{
    return !d->out.isEmpty();
}

bool Connection::isBroken() const
{
    return d->broken;
}

bool Connection::peerAllowsPush() const
{
    return d->peerEnablePush;
}

quint32 Connection::peerMaxConcurrentStreams() const
{
    return d->peerMaxConcurrent;
}

int Connection::openStreams() const
{
    return int(d->streams.size());
}

void Connection::Private::dropStream(quint32 id, ErrorCode code)
{
    write(rstStreamFrame(id, code));
    streams.erase(id);
    answered();
    if (listener)
        listener->onStreamDropped(id, quint32(code));
}

void Connection::Private::answered()
{
    if (++answersQueued > options.maxQueuedAnswers)
        connectionError(
            ErrorCode::EnhanceYourCalm,
            QStringLiteral("the peer floods us: over %1 PING, SETTINGS or stream answers in a row")
                .arg(options.maxQueuedAnswers));
}

int Connection::Private::peerStreamsOpen() const
{
    int open = 0;
    for (const auto &[sid, st] : streams)
        open += isPeerStream(sid) || sid % 2 == 0 ? 1 : 0;
    return open;
}

int Connection::refusedStreams() const
{
    return d->refusedStreams;
}

int Connection::openLocalStreams() const
{
    int n = 0;
    for (const auto &[id, s] : d->streams)
        n += d->isPeerStream(id) ? 0 : 1;
    return n;
}

void Connection::releaseWindow(qint64 bytes)
{
    if (d->broken || bytes <= 0)
        return;
    bytes = std::min(bytes, d->connHeld);
    d->connHeld -= bytes;
    d->replenishConnection(bytes);
}

qint64 Connection::heldWindow() const
{
    return d->connHeld;
}

qsizetype Connection::pendingDataBytes() const
{
    qsizetype n = 0;
    for (const auto &[id, s] : d->streams)
        n += s.pending.size();
    return n;
}

quint32 Connection::nextStreamId()
{
    const quint32 id = d->nextLocalId;
    d->nextLocalId += 2;
    return id;
}

Result<bool> Connection::receive(QByteArrayView bytes)
{
    if (d->broken)
        return Error {d->brokenReason};
    try {
        if (d->options.role == Role::Server && !d->prefaceSeen) {
            // The client preface is checked as it arrives; framing starts after it.
            d->prefaceBuffer.append(bytes.data(), bytes.size());
            const QByteArrayView preface = ClientPreface;
            const qsizetype n = std::min(d->prefaceBuffer.size(), preface.size());
            if (QByteArrayView(d->prefaceBuffer).first(n) != preface.first(n))
                connectionError(ErrorCode::ProtocolError,
                                QStringLiteral("the client did not start with the HTTP/2 preface"));
            if (d->prefaceBuffer.size() < preface.size())
                return true;
            d->prefaceSeen = true;
            d->reader.append(QByteArrayView(d->prefaceBuffer).sliced(preface.size()));
            d->prefaceBuffer.clear();
        } else {
            d->reader.append(bytes);
        }
        while (true) {
            auto next = d->reader.take();
            if (!next)
                connectionError(ErrorCode::FrameSizeError, next.error());
            if (!next->has_value())
                break;
            if (d->listener)
                d->listener->onFrameReceived();
            d->handle(**next);
        }
        d->flush();
        return true;
    } catch (const ConnectionError &e) {
        d->broken = true;
        d->brokenReason = e.reason;
        d->write(goAwayFrame(d->lastPeerId, e.code, e.reason.toUtf8()));
        return Error {e.reason};
    }
}

void Connection::Private::handle(const Frame &f)
{
    if (!settingsSeen) {
        if (f.type != FrameType::Settings || f.has(Flag::Ack))
            connectionError(
                ErrorCode::ProtocolError,
                QStringLiteral("the peer's first frame is of type %1, not SETTINGS").arg(int(f.type)));
        settingsSeen = true;
    }
    if (inBlock && f.type != FrameType::Continuation)
        connectionError(ErrorCode::ProtocolError,
                        QStringLiteral("a header block was interrupted by another frame"));

    switch (f.type) {
    case FrameType::Settings:
        onSettings(f);
        return;
    case FrameType::Ping:
        if (f.streamId != 0 || f.payload.size() != 8)
            connectionError(ErrorCode::FrameSizeError, QStringLiteral("a malformed PING"));
        if (f.has(Flag::Ack)) {
            if (listener)
                listener->onPingAck(f.payload);
        } else {
            write(pingFrame(f.payload, true));
            answered();
        }
        return;
    case FrameType::WindowUpdate:
        onWindowUpdate(f);
        return;
    case FrameType::GoAway: {
        auto g = parseGoAway(f);
        if (!g)
            connectionError(ErrorCode::ProtocolError, g.error());
        if (listener)
            listener->onGoAway(g->lastStreamId, g->errorCode, g->debug);
        return;
    }
    case FrameType::RstStream: {
        auto code = parseRstStream(f);
        if (!code)
            connectionError(ErrorCode::ProtocolError, code.error());
        streams.erase(f.streamId);
        if (listener)
            listener->onStreamReset(f.streamId, *code);
        return;
    }
    case FrameType::Priority:
        if (f.streamId == 0 || f.payload.size() != 5)
            connectionError(ErrorCode::ProtocolError, QStringLiteral("a malformed PRIORITY"));
        return;
    case FrameType::Headers:
    case FrameType::PushPromise: {
        if (f.streamId == 0)
            connectionError(ErrorCode::ProtocolError, QStringLiteral("a header block on stream 0"));
        if (f.type == FrameType::PushPromise && options.role == Role::Server)
            connectionError(ErrorCode::ProtocolError, QStringLiteral("a client sent PUSH_PROMISE"));
        auto u = stripPadding(f);
        if (!u)
            connectionError(ErrorCode::ProtocolError, u.error());
        inBlock = true;
        blockType = f.type;
        blockStream = f.streamId;
        blockPromised = u->promisedStreamId;
        blockEndStream = f.type == FrameType::Headers && f.has(Flag::EndStream);
        block = u->fragment;
        if (f.has(Flag::EndHeaders))
            onHeadersBlock();
        return;
    }
    case FrameType::Continuation:
        if (!inBlock || f.streamId != blockStream)
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("a CONTINUATION without its header block"));
        block.append(f.payload);
        if (block.size() > options.maxHeaderListSize * 2)
            connectionError(
                ErrorCode::EnhanceYourCalm,
                QStringLiteral("a header block over %1 bytes").arg(options.maxHeaderListSize * 2));
        if (f.has(Flag::EndHeaders))
            onHeadersBlock();
        return;
    case FrameType::Data:
        onData(f);
        return;
    }
    // Unknown frame types are ignored (RFC 9113 §4.1).
}

void Connection::Private::onHeadersBlock()
{
    inBlock = false;
    answersQueued = 0; // real traffic
    const QByteArray fragment = std::exchange(block, QByteArray());
    auto headers = decoder.decode(fragment);
    if (!headers)
        connectionError(ErrorCode::CompressionError, headers.error());

    if (blockType == FrameType::PushPromise) {
        if (!options.enablePush)
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("a PUSH_PROMISE although push is disabled"));
        if (blockPromised == 0 || blockPromised % 2 != 0 || blockPromised <= lastPeerId)
            connectionError(
                ErrorCode::ProtocolError,
                QStringLiteral("PUSH_PROMISE promises stream %1, not a new even stream").arg(blockPromised));
        lastPeerId = blockPromised;
        // A promised stream counts against our limit like an opened one.
        if (quint32(peerStreamsOpen()) >= options.maxConcurrentStreams) {
            write(rstStreamFrame(blockPromised, ErrorCode::RefusedStream));
            ++refusedStreams;
            answered();
            return;
        }
        Stream s;
        s.recvWindow = options.initialWindowSize;
        s.sendWindow = peerInitialWindow;
        s.localClosed = true; // reserved (remote): we never send on it
        streams[blockPromised] = s;
        if (listener)
            listener->onPushPromise(blockStream, blockPromised, *headers);
        return;
    }

    const quint32 id = blockStream;
    auto it = streams.find(id);
    if (it == streams.end()) {
        if (options.role == Role::Client) {
            // A server stream must be promised first, unless we accept the
            // cloud's bare server streams (HEADERS on a new even stream).
            if (id % 2 != 0)
                connectionError(ErrorCode::ProtocolError,
                                QStringLiteral("HEADERS on stream %1, which we did not open").arg(id));
            if (!options.acceptUnpromisedServerStreams)
                connectionError(
                    ErrorCode::ProtocolError,
                    QStringLiteral("HEADERS on stream %1, which the server did not promise").arg(id));
        } else if (!isPeerStream(id)) {
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("HEADERS on stream %1, which we did not open").arg(id));
        }
        if (id <= lastPeerId)
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("HEADERS opens stream %1 after stream %2 (ids must grow)")
                                .arg(id)
                                .arg(lastPeerId));
        lastPeerId = id;
        // Open and half-closed streams the peer started count against our
        // limit (RFC 9113 §5.1.2); a client's server streams are the cloud's.
        if (quint32(peerStreamsOpen()) >= options.maxConcurrentStreams) {
            write(rstStreamFrame(id, ErrorCode::RefusedStream));
            ++refusedStreams;
            answered();
            return;
        }
        Stream s;
        s.recvWindow = options.initialWindowSize;
        s.sendWindow = peerInitialWindow;
        if (options.role == Role::Client)
            s.localClosed = true; // a server-initiated stream carries data to us only
        it = streams.emplace(id, s).first;
    } else if (it->second.remoteClosed) {
        connectionError(ErrorCode::StreamClosed,
                        QStringLiteral("HEADERS on stream %1 after it ended").arg(id));
    }
    if (blockEndStream)
        it->second.remoteClosed = true;
    if (listener)
        listener->onHeaders(id, *headers, blockEndStream);
    closeIfDone(id);
}

void Connection::Private::replenish(Stream *s, quint32 id, qint64 n)
{
    replenishConnection(n);
    replenishStream(s, id, n);
}

void Connection::Private::replenishConnection(qint64 n)
{
    // Consumed bytes: the window goes back once half of it is used.
    connRecvConsumed += n;
    if (connRecvConsumed >= connRecvWindow / 2) {
        write(windowUpdateFrame(0, quint32(connRecvConsumed)));
        connRecvConsumed = 0;
    }
}

void Connection::Private::replenishStream(Stream *s, quint32 id, qint64 n)
{
    if (s && !s->remoteClosed) {
        s->recvConsumed += n;
        if (s->recvConsumed >= qint64(options.initialWindowSize) / 2) {
            write(windowUpdateFrame(id, quint32(s->recvConsumed)));
            s->recvWindow += s->recvConsumed;
            s->recvConsumed = 0;
        }
    }
}

void Connection::Private::onData(const Frame &f)
{
    if (f.streamId == 0)
        connectionError(ErrorCode::ProtocolError, QStringLiteral("DATA on stream 0"));
    const qint64 n = f.payload.size();
    if (n > connRecvWindow - connRecvConsumed - connHeld)
        connectionError(ErrorCode::FlowControlError,
                        QStringLiteral("the peer sent more DATA than the connection window allows"));
    auto it = streams.find(f.streamId);
    if (it == streams.end() || it->second.remoteClosed) {
        // Count it against the connection window anyway, then refuse the stream.
        replenish(nullptr, f.streamId, n);
        if (f.streamId > lastPeerId && isPeerStream(f.streamId))
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("DATA on idle stream %1").arg(f.streamId));
        write(rstStreamFrame(f.streamId, ErrorCode::StreamClosed));
        answered();
        return;
    }
    Stream &s = it->second;
    if (n > s.recvWindow) {
        replenish(nullptr, f.streamId, n);
        dropStream(f.streamId, ErrorCode::FlowControlError);
        return;
    }
    s.recvWindow -= n;
    answersQueued = 0; // real traffic
    auto u = stripPadding(f);
    if (!u)
        connectionError(ErrorCode::ProtocolError, u.error());
    const bool end = f.has(Flag::EndStream);
    if (end)
        s.remoteClosed = true;
    if (options.holdConnectionWindow && listener) {
        // The stream's window comes back as before; the connection's, for
        // the bytes the listener gets, once it releases them.
        const qint64 held = u->fragment.size();
        connHeld += held;
        replenishConnection(n - held); // the padding
        replenishStream(&s, f.streamId, n);
    } else {
        replenish(&s, f.streamId, n);
    }
    if (listener)
        listener->onData(f.streamId, u->fragment, end);
    closeIfDone(f.streamId);
}

void Connection::Private::onSettings(const Frame &f)
{
    auto settings = parseSettings(f);
    if (!settings)
        connectionError(f.streamId ? ErrorCode::ProtocolError : ErrorCode::FrameSizeError, settings.error());
    if (f.has(Flag::Ack))
        return;
    for (const auto &[id, value] : *settings) {
        switch (Setting(id)) {
        case Setting::InitialWindowSize: {
            const qint64 delta = qint64(value) - peerInitialWindow;
            peerInitialWindow = value;
            for (auto &[sid, s] : streams) {
                s.sendWindow += delta;
                if (s.sendWindow > MaxWindowSize)
                    connectionError(ErrorCode::FlowControlError,
                                    QStringLiteral("a stream window over 2^31-1"));
            }
            break;
        }
        case Setting::MaxFrameSize:
            peerMaxFrameSize = value;
            break;
        case Setting::MaxConcurrentStreams:
            peerMaxConcurrent = value;
            break;
        case Setting::EnablePush:
            peerEnablePush = value == 1;
            break;
        default:
            break; // header table size: our encoder stays within the default 4096; unknown ids: ignored
        }
    }
    write(settingsAckFrame());
    answered();
}

void Connection::Private::onWindowUpdate(const Frame &f)
{
    auto inc = parseWindowUpdate(f);
    if (!inc)
        connectionError(ErrorCode::FrameSizeError, inc.error());
    if (f.streamId == 0) {
        if (*inc == 0)
            connectionError(ErrorCode::ProtocolError,
                            QStringLiteral("a WINDOW_UPDATE of 0 for the connection"));
        connSendWindow += *inc;
        if (connSendWindow > MaxWindowSize)
            connectionError(ErrorCode::FlowControlError,
                            QStringLiteral("the connection window grew over 2^31-1"));
        return;
    }
    auto it = streams.find(f.streamId);
    if (it == streams.end())
        return; // a closed stream: fine
    if (*inc == 0) {
        dropStream(f.streamId, ErrorCode::ProtocolError);
        return;
    }
    it->second.sendWindow += *inc;
    if (it->second.sendWindow > MaxWindowSize)
        dropStream(f.streamId, ErrorCode::FlowControlError);
}

} // namespace linkscope::http2
