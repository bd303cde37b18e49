#pragma once

#include "core/capturefile.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace linkscope {

// The controls of a replay (File > Open capture…): play and pause, the
// speed (1×, 10×, 100×, as fast as possible), and a position bar over the
// capture's time that can be dragged. It only says what the user wants;
// showProgress() says where the replay is.
class ReplayBar : public QToolBar {
    Q_OBJECT

public:
    explicit ReplayBar(QWidget *parent = nullptr);

    // The speeds offered, in the combo's order (0: as fast as possible).
    static QList<double> speeds();
    double speed() const;
    bool isPaused() const { return m_paused; }
    QSlider *slider() const { return m_slider; }
    QString positionText() const;

public slots:
    void showProgress(const linkscope::ReplayProgress &progress);
    // A new replay: its first progress resets the bar.
    void reset(double speed, bool paused);

signals:
    void pausedChanged(bool paused);
    void speedChanged(double speed);
    // The user let go of the position bar at this capture time (ms epoch).
    void seekRequested(qint64 captureMs);

private:
    void updatePlayButton();

    QToolButton *m_play;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_position;
    QLabel *m_count;
    ReplayProgress m_last;
    bool m_paused = false;
};

} // namespace linkscope
