#include "replaybar.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

namespace linkscope {

namespace {
// The bar counts seconds: a day of capture is 86,400 steps, well inside an int.
int secondsInto(const ReplayProgress &p, qint64 ms)
{
    return int(std::clamp<qint64>((ms - p.first) / 1000, 0, std::max<qint64>(0, (p.last - p.first) / 1000)));
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

ReplayBar::ReplayBar(QWidget *parent) : QToolBar(tr("Replay"), parent)
{
    setObjectName(QStringLiteral("replayBar"));
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    connect(m_play, &QToolButton::clicked, this, [this] {
        m_paused = !m_paused;
        updatePlayButton();
        emit pausedChanged(m_paused);
    });
    addWidget(m_play);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    m_speed->setToolTip(tr("How fast the capture's time runs"));
    for (const double s : speeds())
        m_speed->addItem(s > 0 ? tr("%1×").arg(QLocale().toString(s)) : tr("As fast as possible"), s);
    connect(m_speed, &QComboBox::activated, this, [this] { emit speedChanged(speed()); });
    addWidget(m_speed);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replayPosition"));
    m_slider->setToolTip(tr("Where the replay is in the capture. Drag forward to play up to there at once; "
                            "drag back to start over and play up to there."));
    m_slider->setMinimumWidth(260);
    m_slider->setTracking(false);
    connect(m_slider, &QSlider::sliderMoved, this,
            [this](int s) { m_position->setText(timeText(m_last.first + qint64(s) * 1000)); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int s) {
        // Only the user's moves come here (showProgress blocks its own).
        emit seekRequested(m_last.first + qint64(s) * 1000);
    });
    addWidget(m_slider);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("replayTime"));
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(timeText(0)) + 16);
    m_position->setAlignment(Qt::AlignCenter);
    addWidget(m_position);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("replayCount"));
    addWidget(m_count);
    reset(1, false);
}

QList<double> ReplayBar::speeds()
{
    return {1, 10, 100, 0};
}

double ReplayBar::speed() const
{
    return m_speed->currentData().toDouble();
}

QString ReplayBar::positionText() const
{
    return m_position->text() + u' ' + m_count->text();
}

void ReplayBar::reset(double speed, bool paused)
{
    m_last = ReplayProgress {};
    m_paused = paused;
    int i = m_speed->findData(speed);
    if (i < 0) { // a speed of the command line's
        m_speed->insertItem(m_speed->count() - 1, tr("%1×").arg(QLocale().toString(speed)), speed);
        i = m_speed->findData(speed);
    }
    m_speed->setCurrentIndex(i);
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, 0);
    m_position->clear();
    m_count->clear();
    updatePlayButton();
}

void ReplayBar::updatePlayButton()
{
    m_play->setIcon(
        QIcon(m_paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
    m_play->setText(m_paused ? tr("Play") : tr("Pause"));
    m_play->setEnabled(!m_last.finished);
}

void ReplayBar::showProgress(const ReplayProgress &p)
{
    m_last = p;
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, secondsInto(p, p.last));
        m_slider->setValue(secondsInto(p, p.position));
        m_position->setText(timeText(p.position));
    }
    m_count->setText(tr("%1 of %2 lines").arg(QLocale().toString(p.linesRead), QLocale().toString(p.lines)));
    m_paused = p.paused;
    updatePlayButton();
}

} // namespace linkscope
