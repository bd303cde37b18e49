#include "replaysubscriber.h"

#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cstring>

namespace linkscope::transport {

namespace {
Q_LOGGING_CATEGORY(lcReplay, "linkscope.replay")

constexpr int kSliceMs = 20; // the longest stretch of reading before the thread listens again
constexpr qint64 kTickMs
    = 100; // the capture's clock moves on at least this often (wall ms) in a pause between messages
constexpr qsizetype kMaxKeptLineBytes = 64 * 1024; // of a line that cannot be read
} // namespace

ReplaySubscriber::ReplaySubscriber(Options options, QObject *parent)
    : Subscriber(parent), m_options(std::move(options)), m_pipeline(new MessagePipeline({}, this)),
      m_pumpTimer(new QTimer(this)), m_progressTimer(new QTimer(this)), m_statsTimer(new QTimer(this)),
      m_position(std::make_shared<std::atomic<qint64>>(0))
{
    forwardPipeline(m_pipeline);
    // A capture holds what devices said at its time: their clocks are not checked against ours.
    m_pipeline->setMaxClockSkew(0);
    m_pipeline->setClock(clock());
    connect(m_pipeline, &MessagePipeline::acknowledgeNow, this, [this](const QList<quint64> &tokens) {
        m_inFlight -= tokens.size();
        if (m_blocked && m_inFlight <= m_options.window / 2) {
            m_blocked = false;
            schedule(0);
        }
    });
    connect(m_pipeline, &MessagePipeline::releaseNow, this, [this](const QList<quint64> &tokens) {
        // The store refused them for good (it keeps retrying a full disk by itself).
        m_inFlight -= tokens.size();
        m_notStored += tokens.size();
        if (m_blocked && m_inFlight <= m_options.window / 2) {
            m_blocked = false;
            schedule(0);
        }
    });
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ReplaySubscriber::pump);
    m_progressTimer->setInterval(200);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { emit progressed(progress()); });
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, [this] { emit statsUpdated(m_pipeline->stats()); });
    m_progress.speed = m_options.speed;
    m_progress.paused = m_options.paused;
}

ReplaySubscriber::~ReplaySubscriber()
{
    if (m_file)
        m_file->close();
}

std::function<qint64()> ReplaySubscriber::clock() const
{
    return [position = m_position] { return position->load(std::memory_order_relaxed); };
}

ReplayProgress ReplaySubscriber::progress() const
{
    ReplayProgress p = m_progress;
    p.position = m_position->load(std::memory_order_relaxed);
    return p;
}

void ReplaySubscriber::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    qCInfo(lcReplay).noquote() << (state == ConnectionState::Replaying
                                       ? detail
                                       : connectionStateName(state) + u' ' + detail);
    emit connectionStateChanged(state, detail);
}

void ReplaySubscriber::sayState()
{
    if (!m_running)
        return;
    const QString name = QFileInfo(m_options.path).fileName();
    QString detail;
    if (m_progress.finished) {
        detail = tr("Replayed %1 to its end: %n message(s)", nullptr, int(m_progress.linesRead)).arg(name);
        if (m_progress.unreadable > 0)
            detail += tr(", %n line(s) could not be read (see Rejected messages)", nullptr,
                         int(m_progress.unreadable));
    } else if (m_progress.paused) {
        detail = tr("Replay of %1 paused").arg(name);
    } else if (m_options.speed <= 0) {
        detail = tr("Replaying %1 as fast as possible").arg(name);
    } else {
        detail = tr("Replaying %1 at %2×").arg(name, QLocale().toString(m_options.speed));
    }
    setState(ConnectionState::Replaying, detail);
}

bool ReplaySubscriber::open()
{
    m_file = std::make_unique<QFile>(m_options.path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        setState(ConnectionState::Failed,
                 tr("cannot read the capture %1: %2").arg(m_options.path, m_file->errorString()));
        return false;
    }
    m_size = m_file->size();
    if (m_size == 0) {
        setState(ConnectionState::Failed, tr("the capture %1 is empty").arg(m_options.path));
        return false;
    }
    m_data = m_file->map(0, m_size);
    if (!m_data) {
        setState(ConnectionState::Failed,
                 tr("cannot read the capture %1: %2").arg(m_options.path, m_file->errorString()));
        return false;
    }
    // Its extent for the position bar: the lines, and the first and last time.
    qint64 lines = 0;
    for (const uchar *p = m_data, *end = m_data + m_size; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl) {
            ++lines; // a last line without its '\n'
            break;
        }
        ++lines;
        p = static_cast<const uchar *>(nl) + 1;
    }
    m_progress.lines = lines;
    for (qint64 o = 0, tries = 0; o < m_size && tries < 1000 && m_progress.first == 0; ++tries) {
        const void *nl = std::memchr(m_data + o, '\n', size_t(m_size - o));
        const qint64 end = nl ? static_cast<const uchar *>(nl) - m_data : m_size;
        if (auto r = parseCaptureLine(QByteArrayView(m_data + o, end - o)))
            m_progress.first = r->time();
        o = end + 1;
    }
    for (qint64 end = m_size, tries = 0; end > 0 && tries < 1000 && m_progress.last == 0; ++tries) {
        qint64 start = end - 1;
        while (start > 0 && m_data[start - 1] != '\n')
            --start;
        if (auto r = parseCaptureLine(QByteArrayView(m_data + start, end - start)))
            m_progress.last = r->time();
        end = start - 1;
    }
    if (m_progress.first == 0 && m_progress.last == 0) {
        setState(ConnectionState::Failed,
                 tr("%1 holds no message this version can replay (a JSON object with topic, messageId "
                    "and payload on each line)")
                     .arg(m_options.path));
        return false;
    }
    m_progress.last = std::max(m_progress.first, m_progress.last);
    m_position->store(m_progress.first, std::memory_order_relaxed);
    return true;
}

void ReplaySubscriber::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_running)
        return;
    if (!open())
        return;
    m_running = true;
    m_receiving = true;
    anchor();
    sayState();
    m_statsTimer->start();
    m_progressTimer->start();
    emit progressed(progress());
    schedule(0);
}

std::optional<ReplaySubscriber::Line> ReplaySubscriber::readLine()
{
    while (m_offset < m_size) {
        const void *nl = std::memchr(m_data + m_offset, '\n', size_t(m_size - m_offset));
        const qint64 end = nl ? static_cast<const uchar *>(nl) - m_data : m_size;
        QByteArrayView text(m_data + m_offset, end - m_offset);
        m_offset = end + 1;
        ++m_lineNumber;
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        Line line;
        line.number = m_lineNumber;
        line.record = parseCaptureLine(text);
        if (line.record) {
            line.time = line.record->time();
        } else {
            line.text = text.first(std::min(text.size(), kMaxKeptLineBytes)).toByteArray();
            line.time = 0; // played at once, wherever it stands
        }
        return line;
    }
    return std::nullopt;
}

void ReplaySubscriber::anchor()
{
    m_anchorCapture = m_position->load(std::memory_order_relaxed);
    m_anchorWall.restart();
}

qint64 ReplaySubscriber::target() const
{
    return m_anchorCapture + qint64(double(m_anchorWall.elapsed()) * m_options.speed);
}

void ReplaySubscriber::schedule(qint64 ms)
{
    if (!m_receiving || m_progress.finished)
        return;
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= ms)
        return;
    m_pumpTimer->start(int(std::clamp<qint64>(ms, 0, kTickMs)));
}

void ReplaySubscriber::ingest(Line line)
{
    Incoming in;
    in.token = m_nextToken++;
    ++m_inFlight;
    ++m_progress.linesRead;
    if (line.record) {
        CaptureRecord r = std::move(line.record).value();
        in.payload = std::move(r.payload);
        in.topic = std::move(r.topic);
        in.messageId = std::move(r.messageId);
        in.generateTime = r.generateTime;
        in.receivedAt = r.receivedAt > 0 ? r.receivedAt : r.generateTime;
    } else {
        // Kept where the user looks for what did not arrive as it should.
        ++m_progress.unreadable;
        in.payload = std::move(line.text);
        in.messageId = QStringLiteral("capture-line-%1").arg(line.number);
        in.receivedAt = m_position->load(std::memory_order_relaxed);
        in.generateTime = in.receivedAt;
        in.transportError
            = tr("line %1 of the capture cannot be replayed: %2").arg(line.number).arg(line.record.error());
    }
    m_pipeline->ingest(std::move(in));
}

void ReplaySubscriber::pump()
{
    if (!m_receiving || m_progress.finished)
        return;
    QElapsedTimer slice;
    slice.start();
    qint64 position = m_position->load(std::memory_order_relaxed);
    qint64 wait = -1; // when the next message is due (wall ms), if paced
    bool yielded = false;
    while (true) {
        if (!m_next)
            m_next = readLine();
        if (!m_next) {
            position = std::max(position, m_progress.last);
            m_position->store(position, std::memory_order_relaxed);
            m_pipeline->flush();
            emit clockAdvanced(position);
            finish();
            return;
        }
        const qint64 t = m_next->time > 0 ? std::max(m_next->time, position) : position;
        const bool catchingUp = t <= m_options.startAt;
        if (!catchingUp && m_options.startAt > position) {
            // The place a replay that started over was to resume: from here at its pace.
            position = m_options.startAt;
            m_position->store(position, std::memory_order_relaxed);
            anchor();
        }
        if (!catchingUp && m_options.speed > 0) {
            if (m_progress.paused)
                break;
            const qint64 due = target();
            if (t > due) {
                position = std::max(position, due);
                wait = qint64(double(t - due) / m_options.speed);
                break;
            }
        }
        if (m_inFlight >= m_options.window) {
            m_blocked = true;
            break;
        }
        position = t;
        ingest(*std::exchange(m_next, std::nullopt));
        if (slice.elapsed() >= kSliceMs) {
            yielded = true;
            break;
        }
    }
    m_position->store(position, std::memory_order_relaxed);
    // Everything before `position` goes out now, and then the time: in this
    // order the alert rules never see a time whose messages are still to come.
    m_pipeline->flush();
    emit clockAdvanced(position);
    if (m_blocked && m_options.speed > 0)
        anchor(); // the capture's clock waits for the store instead of running ahead of it
    if (yielded)
        schedule(0);
    else if (wait >= 0)
        schedule(wait);
}

void ReplaySubscriber::finish()
{
    m_progress.finished = true;
    m_pumpTimer->stop();
    sayState();
    emit progressed(progress());
    emit statsUpdated(m_pipeline->stats());
}

void ReplaySubscriber::setSpeed(double speed)
{
    m_options.speed = std::max(0.0, speed);
    m_progress.speed = m_options.speed;
    anchor();
    sayState();
    emit progressed(progress());
    schedule(0);
}

void ReplaySubscriber::setPaused(bool paused)
{
    if (m_progress.paused == paused)
        return;
    m_progress.paused = paused;
    anchor();
    sayState();
    emit progressed(progress());
    schedule(0);
}

void ReplaySubscriber::seek(qint64 captureMs)
{
    if (captureMs <= m_position->load(std::memory_order_relaxed))
        return;
    m_options.startAt = captureMs;
    schedule(0);
}

void ReplaySubscriber::stopReceiving()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_receiving = false;
    m_pumpTimer->stop();
    m_pipeline->flush();
    m_pipeline->stopBatching();
}

void ReplaySubscriber::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_running)
        return;
    m_running = false;
    m_receiving = false;
    m_pumpTimer->stop();
    m_progressTimer->stop();
    m_statsTimer->stop();
    m_pipeline->connectionLost();
    setState(ConnectionState::Stopped, QString());
}

} // namespace linkscope::transport
