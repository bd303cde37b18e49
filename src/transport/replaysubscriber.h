#pragma once

#include "core/capturefile.h"
#include "subscriber.h"

#include <QElapsedTimer>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace linkscope::transport {

// A capture (docs/FORMATS.md "Message JSONL") played through the same
// pipeline as a connection: decoded, batched, stored and acknowledged by
// the store, at its own pace in the capture's time. 1× keeps the capture's
// rhythm, 10× and 100× run it faster, 0 as fast as the store takes it (at
// most `window` messages on their way to the store at once). Its clock()
// is the capture's time; clockAdvanced() follows the batches, so the
// alert rules that wait for silence see the capture's time, not the wall's.
// A line that cannot be read is kept as rejected with the reason and its
// line number, and the replay goes on.
class ReplaySubscriber : public Subscriber {
    Q_OBJECT

public:
    struct Options {
        QString path;
        double speed = 1; // 0: as fast as the store takes them
        // Played as fast as possible up to this capture time first (where a
        // replay that starts over to go back resumes); 0: from the start.
        qint64 startAt = 0;
        bool paused = false;
        int window = 5000; // messages handed on but not stored yet
    };

    explicit ReplaySubscriber(Options options, QObject *parent = nullptr);
    ~ReplaySubscriber() override;

    ConnectionState state() const override { return m_state; }
    MessagePipeline *pipeline() const override { return m_pipeline; }
    std::function<qint64()> clock() const override;
    ReplayProgress progress() const;

public slots:
    void start() override;
    void stopReceiving() override;
    void stop() override;
    void setSpeed(double speed);
    void setPaused(bool paused);
    // Plays everything up to `captureMs` at once and goes on from there. Only
    // forward: going back means starting over in a fresh history (the
    // caller's part), since what was stored stays stored.
    void seek(qint64 captureMs);

signals:
    void progressed(const linkscope::ReplayProgress &progress);

private:
    struct Line {
        qint64 number = 0;
        qint64 time = 0;
        Result<CaptureRecord> record = Error {QString()};
        QByteArray text;
    };
    bool open();
    std::optional<Line> readLine();
    void pump();
    void schedule(qint64 ms);
    void ingest(Line line, qint64 at); // at: the capture's time for a line that has none
    void anchor();
    qint64 target() const; // where the capture's clock would be at the wall's pace
    void finish();
    void sayState();
    void setState(ConnectionState state, const QString &detail);

    Options m_options;
    ConnectionState m_state = ConnectionState::Stopped;
    MessagePipeline *m_pipeline;
    QTimer *m_pumpTimer;
    QTimer *m_progressTimer;
    QTimer *m_statsTimer;
    CaptureLineReader m_reader;
    std::optional<Line> m_next;
    ReplayProgress m_progress;
    std::shared_ptr<std::atomic<qint64>> m_position;
    QElapsedTimer m_anchorWall;
    qint64 m_anchorCapture = 0;
    quint64 m_nextToken = 1;
    qint64 m_inFlight = 0;
    bool m_running = false;
    bool m_receiving = false;
    bool m_blocked = false; // the window is full: the next acknowledgements pump
};

} // namespace linkscope::transport
