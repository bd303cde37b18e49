#include "replaysubscriber.h"

#include "pipeline/messagepipeline.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

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
        m_progress.notStored += tokens.size();
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

ReplaySubscriber::~ReplaySubscriber() = default;

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
        if (m_progress.notStored > 0)
            detail += tr(", %n message(s) the history refused (see the log)", nullptr,
                         int(m_progress.notStored));
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
    const QString &path = m_options.path;
    auto extent = scanCapture(path);
    if (!extent) {
        setState(ConnectionState::Failed, tr("cannot read the capture %1: %2").arg(path, extent.error()));
        return false;
    }
    if (extent->lines == 0) {
        setState(ConnectionState::Failed, tr("the capture %1 is empty").arg(path));
        return false;
    }
    if (extent->first == 0) {
        setState(ConnectionState::Failed,
                 tr("%1 holds no message this version can replay (a JSON object with topic, messageId "
                    "and payload on each line)")
                     .arg(path));
        return false;
    }
    if (auto opened = m_reader.open(path); !opened) {
        setState(ConnectionState::Failed, tr("cannot read the capture %1: %2").arg(path, opened.error()));
        return false;
    }
    m_progress.lines = extent->lines;
    m_progress.first = extent->first;
    m_progress.last = extent->last;
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
    auto next = m_reader.next();
    if (!next)
        return std::nullopt;
    Line line;
    line.number = next->first;
    line.record = parseCaptureLine(next->second);
    if (line.record) {
        line.time = line.record->time();
    } else {
        next->second.truncate(kMaxKeptLineBytes);
        line.text = std::move(next->second);
        line.time = 0; // played at once, wherever it stands
    }
    return line;
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

void ReplaySubscriber::ingest(Line line, qint64 at)
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
        in.generateTime = r.generateTime > 0 ? r.generateTime : at;
        in.receivedAt = r.receivedAt > 0 ? r.receivedAt : in.generateTime;
        if (r.kind == u"rejected") // not taken as it came then: not now either, and for the same reason
            in.transportError = r.reason.isEmpty() ? tr("rejected in the capture") : r.reason;
    } else {
        // Kept where the user looks for what did not arrive as it should.
        ++m_progress.unreadable;
        in.payload = std::move(line.text);
        in.messageId = QStringLiteral("capture-line-%1").arg(line.number);
        in.receivedAt = at;
        in.generateTime = at;
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
        if (!catchingUp && m_progress.paused)
            break;
        if (!catchingUp && m_options.speed > 0) {
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
        ingest(*std::exchange(m_next, std::nullopt), position);
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
