// Chart redraw benchmark, against a baseline in the same run:
// a fast stream into 4 series over a one-hour window, drawn
//  - by LinkScope's PropertyChart: bounded buffers reduced to one column per
//    pixel (min, max, first, last) before anything is drawn;
//  - by the baseline: the same points drawn as one polyline of every point
//    (what a chart that hands all samples to the painter does).
// Both draw into an image of the same size, antialiased, with the same
// (cosmetic one-pixel) pen.
//
//   QT_QPA_PLATFORM=offscreen build/release/bin/bench_chart [--points N] [--frames F]

#include "gui/propertychart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstdio>

using namespace linkscope;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int points = option("--points", 50'000); // per series (the buffer's bound)
    const int frames = option("--frames", 20);
    constexpr int kSeries = 4;
    const QSize size(1200, 400);
    const qint64 now = 1'800'000'000'000;
    const qint64 span = 3'600'000;

    PropertyChart chart;
    chart.setNow([now] { return now; });
    chart.resize(size);
    chart.setSpan(span);
    std::vector<QList<QPointF>> raw(kSeries);
    QElapsedTimer ingest;
    ingest.start();
    for (int s = 0; s < kSeries; ++s) {
        const int index = chart.addSeries(
            DeviceKey {QStringLiteral("pk"), QStringLiteral("dev%1").arg(s), {}}, QStringLiteral("Value"));
        for (int i = 0; i < points; ++i) {
            const qint64 t = now - span + qint64(i) * span / points;
            const double v = 50 + 30 * std::sin(i / 500.0 + s) + (i % 17) * 0.3;
            chart.addValue(index, t, v);
            raw[size_t(s)].append(QPointF(double(t - (now - span)) / double(span) * size.width(), 200 - v));
        }
    }
    const double ingestSecs = ingest.nsecsElapsed() / 1e9;
    if (chart.numbers(0).size() != std::min(points, chart.numbers(0).capacity())) {
        std::fprintf(stderr, "the chart holds %d points, expected %d\n", chart.numbers(0).size(), points);
        return 1;
    }

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const auto best = [&](auto &&draw) {
        double bestMs = 1e9;
        for (int f = 0; f < frames; ++f) {
            QElapsedTimer t;
            t.start();
            draw();
            bestMs = std::min(bestMs, t.nsecsElapsed() / 1e6);
        }
        return bestMs;
    };
    const double baseline = best([&] {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (int s = 0; s < kSeries; ++s) {
            QPen pen(chart.seriesColor(s), 1.0); // the chart's own pen
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawPolyline(raw[size_t(s)].constData(), int(raw[size_t(s)].size()));
        }
    });
    const double ours = best([&] {
        image.fill(Qt::white);
        chart.render(&image);
    });

    PropertyChart empty;
    empty.setNow([now] { return now; });
    empty.resize(size);
    empty.setSpan(span);
    const double frame = best([&] {
        image.fill(Qt::white);
        empty.render(&image);
    });
    std::printf("chart redraw, %d series x %d points over one hour, %dx%d px, best of %d frames:\n", kSeries,
                points, size.width(), size.height(), frames);
    std::printf("  baseline, every point drawn:             %8.2f ms/frame\n", baseline);
    std::printf(
        "  linkscope, reduced to the pixel width:   %8.2f ms/frame (axes, legend and grid included)\n", ours);
    std::printf("  of which the empty chart (axes, grid):   %8.2f ms/frame\n", frame);
    std::printf("  speed-up: %.1fx\n", baseline / ours);
    std::printf("ingest: %.0f values/s into bounded buffers (%d values)\n",
                kSeries * double(points) / ingestSecs, kSeries * points);
    std::printf("memory bound: %d points per series, %zu bytes of samples each\n",
                chart.numbers(0).capacity(), size_t(chart.numbers(0).capacity()) * sizeof(SeriesPoint));
    return 0;
}
