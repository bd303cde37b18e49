#pragma once

#include "core/devicekey.h"
#include "core/inventory.h"
#include "seriesbuffer.h"

#include <QColor>
#include <QList>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace linkscope {

// How a series is drawn: numbers as lines, booleans and enums as step
// strips, text as labelled markers. Auto picks by the values' type.
enum class SeriesStyle { Auto, Line, Steps, Markers };
// Names thing models give switches, states and modes: an integer there is a state.
bool looksLikeStateAttribute(const QString &attribute);
// Whether a value can be drawn (a number, or a state shown as marks): a
// struct or an array cannot.
bool isChartableValue(const QVariant &value);

// One painted chart of several property series over a window of time. The
// window follows the present (live) or stays where the user panned or
// zoomed to; zoom (wheel), pan (drag) and the crosshair (hover) work while
// data keeps arriving. Redraws come from a timer over bounded buffers
// reduced to the chart's pixel width, never from the arrival of data.
class PropertyChart : public QWidget {
    Q_OBJECT

public:
    explicit PropertyChart(QWidget *parent = nullptr);
    ~PropertyChart() override;

    // The clock (tests set it).
    void setNow(std::function<qint64()> now);
    // Thing models: series take their names, units, labels and value range
    // from them (a series whose product has none keeps its identifier).
    void setCatalog(CatalogPtr catalog);
    // The value axis when the thing model sets it: the union of the line
    // series' spec ranges, or nothing when one of them has none.
    std::optional<std::pair<double, double>> specRange() const;
    // The unit all line series share ("" when they have none or differ).
    QString valueUnit() const;
    qint64 now() const;

    // Returns the series' index; an existing series is not added twice.
    int addSeries(const DeviceKey &device, const QString &attribute);
    void removeSeries(int index);
    int seriesCount() const;
    int indexOf(const DeviceKey &device, const QString &attribute) const;
    DeviceKey seriesDevice(int index) const;
    QString seriesAttribute(int index) const;
    QString seriesName(int index) const;
    QColor seriesColor(int index) const;
    SeriesStyle style(int index) const; // resolved, never Auto
    void setStyle(int index, SeriesStyle style);
    const SeriesBuffer &numbers(int index) const;
    const MarkBuffer &marks(int index) const;

    void addValue(int index, qint64 time, const QVariant &value);
    void mergeHistory(int index, const QList<SampleBucket> &buckets);

    // The window: `span` ms ending now (following) or at a fixed end.
    void setSpan(qint64 spanMs);
    qint64 span() const { return m_span; }
    void setRange(qint64 from, qint64 to); // a fixed window
    void followLive(); // the window's right edge is now again
    bool isFollowing() const { return m_following; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qint64 viewFrom() const;
    qint64 viewTo() const;
    void zoom(double factor, qint64 around);
    void pan(qint64 deltaMs);

    // The crosshair at a widget x position (tests and the mouse set it).
    void setCrosshair(std::optional<int> x);
    // What the crosshair box shows: the time and each series' exact value there.
    QStringList crosshairLines() const;
    QRect plotRect() const;

    QString csv() const; // the visible window's data
    int redrawCount() const { return m_redraws; }

signals:
    // A series shows a time its buffers have not loaded: ask the store.
    void historyNeeded(int index, qint64 from, qint64 to);
    // The user zoomed, panned, paused or went back to live.
    void viewChanged();
    void seriesChanged();
    void activated(); // clicked: the chart the panel's buttons act on

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Series;
    void tick();
    void checkHistory();
    qint64 timeAt(int x) const;
    int xAt(qint64 time) const;
    int stripCount() const;
    int leftMargin() const;
    QList<QRect> legendLayout() const;
    QString legendText(int index) const;
    int legendHeight() const;
    void paintLines(QPainter &p, const QRect &plot, const std::vector<QList<PixelColumn>> &columns, double lo,
                    double hi);
    void paintStrips(QPainter &p, const QRect &plot, qint64 from, qint64 to);
    void paintAxes(QPainter &p, const QRect &plot, qint64 from, qint64 to, double lo, double hi);
    void paintLegend(QPainter &p);
    void paintCrosshair(QPainter &p, const QRect &plot);
    std::pair<double, double> valueRange(const std::vector<QList<PixelColumn>> &columns) const;
    const TslProperty *tslOf(int index) const;
    QString markText(int index, const Mark &mark) const;
    QString stripName(int index) const; // the thing model's name of the property, or its identifier // a
                                        // state's label where the model has one
    QString valueTextOf(int index, double value) const; // with the unit

    std::vector<std::unique_ptr<Series>> m_series;
    std::function<qint64()> m_now;
    CatalogPtr m_catalog;
    QTimer m_timer;
    qint64 m_span = 5 * 60'000;
    qint64 m_end = 0; // when not following
    bool m_following = true;
    bool m_paused = false;
    bool m_dirty = true;
    std::optional<int> m_crosshairX;
    std::optional<QPoint> m_dragFrom;
    qint64 m_dragEnd = 0;
    int m_redraws = 0;
    int m_nextColor = 0;
};

} // namespace linkscope
