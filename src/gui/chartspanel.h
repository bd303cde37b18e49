#pragma once

#include "core/history.h"
#include "core/inventory.h"
#include "core/messages.h"
#include "core/viewupdate.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QSplitter;
class QToolButton;

namespace linkscope {

class PropertyChart;

// Several property charts stacked, sharing one time axis: a preset or
// custom range, pause and resume, back to live, export of the current
// chart as PNG and of its data as CSV. Older data comes from the store's
// bucket query when a chart's window reaches before what it holds.
class ChartsPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr const char *PropertyMimeType = "application/x-linkscope-property";

    explicit ChartsPanel(QWidget *parent = nullptr);
    // The charts' present (ms epoch): a replay's capture time; none: the wall clock.
    void setNow(std::function<qint64()> now);

    PropertyChart *addChart();
    void removeChart(PropertyChart *chart);
    int chartCount() const;
    PropertyChart *chart(int index) const;
    PropertyChart *currentChart() const;
    void setCurrentChart(PropertyChart *chart);

    // Adds a property to the current chart (on) or takes it off every chart.
    void chartProperty(const DeviceKey &device, const QString &attribute, bool on);
    bool isCharted(const DeviceKey &device, const QString &attribute) const;
    int chartedCount() const;
    QList<ChartedSeries> chartedSeries() const; // every series on any chart, once

    // Presets: 0 = 1 min, 1 = 5 min, 2 = 1 h, 3 = 24 h, 4 = 7 d.
    void setPreset(int preset);
    void setCustomRange(qint64 from, qint64 to);
    void setPaused(bool paused);

    // Thing models for every chart: names, units, labels, value ranges.
    void setCatalog(CatalogPtr catalog);

    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;

    // The drag payload for a property (for the property list).
    static QByteArray encodeProperty(const DeviceKey &device, const QString &attribute);

public slots:
    void addProperties(const QList<linkscope::PropertyReport> &reports);
    void showHistory(quint64 requestId, const QList<linkscope::SampleBucket> &buckets);

signals:
    void historyRequested(quint64 requestId, const linkscope::SampleQuery &query);
    void chartedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRoutes();
    void syncFrom(PropertyChart *source);
    void askCustomRange();
    void exportPngDialog();
    void exportCsvDialog();
    void highlightCurrent();

    struct Pending {
        QPointer<PropertyChart> chart;
        DeviceKey device;
        QString attribute;
    };
    QSplitter *m_splitter = nullptr;
    QComboBox *m_range = nullptr;
    QToolButton *m_pause = nullptr;
    QPointer<PropertyChart> m_current;
    std::function<qint64()> m_now;
    CatalogPtr m_catalog;
    QHash<QString, QList<QPointer<PropertyChart>>> m_routes; // "pk/dn\nattr" -> charts with that series
    QHash<quint64, Pending> m_pending;
    quint64 m_nextRequest = 1;
    bool m_syncing = false;
};

} // namespace linkscope
