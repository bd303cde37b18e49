// bench_gui: does the window keep up with a real project? Runs the real app
// (`linkscope --demo` offscreen: emulator, subscriber, store, window) at a
// given rate, fleet size and number of charted series, reads the app's
// --perf-log (a 10 ms timer's lateness, how far the views are behind what
// the pipeline received, the GUI thread's CPU, memory), then sends SIGTERM
// and times the exit. Prints one JSON line with the numbers and, when
// --check is given, whether each target of docs/PERFORMANCE.md holds. With
// --baseline-seconds, a first run at the demo's own rate is the reference.
//
//   bench_gui --rate 5000 --devices 10000 --series 20 --seconds 60 --baseline-seconds 30 --check

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}

// One run of the app at `rate`: the figures of its perf log, how it quit,
// and (in `raw`) the series the targets are checked on. Empty on failure.
struct Raw {
    std::vector<double> p99, behind, cpu;
    double rssWarm = 0, rssEnd = 0;
    bool ended = false;
    qint64 exitMs = -1;
    int exitCode = -1;
};

QJsonObject runOnce(const QString &exe, const QString &rate, const QCommandLineParser &p, int seconds,
                    int warmup, int rssWarmup, Raw &raw)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("perf.jsonl"));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))); // a fresh demo history
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.start(exe,
              {QStringLiteral("--demo"), QStringLiteral("--demo-rate"), rate,
               QStringLiteral("--demo-devices"), p.value(QStringLiteral("devices")),
               QStringLiteral("--demo-products"), p.value(QStringLiteral("products")),
               QStringLiteral("--chart-series"), p.value(QStringLiteral("series")),
               QStringLiteral("--perf-log"), log});
    if (!gui.waitForStarted(10000)) {
        std::fprintf(stderr, "bench_gui: cannot start %s\n", qPrintable(exe));
        return {};
    }
    QElapsedTimer watch;
    watch.start();
    while (watch.elapsed() < qint64(seconds) * 1000 && gui.state() == QProcess::Running)
        gui.waitForFinished(200);
    if (gui.state() != QProcess::Running) {
        std::fprintf(stderr, "bench_gui: the app ended by itself (exit %d)\n", gui.exitCode());
        return {};
    }
    QElapsedTimer quit;
    quit.start();
    ::kill(pid_t(gui.processId()), SIGTERM);
    const bool ended = gui.waitForFinished(60'000);
    const qint64 exitMs = quit.elapsed();
    if (!ended)
        gui.kill();

    std::vector<double> p50, p99, maxLate, behind, cpu, rss;
    QFile f(log);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_gui: no perf log\n");
        return {};
    }
    int second = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        ++second;
        rss.push_back(o.value(QStringLiteral("rssMiB")).toDouble());
        if (second <= warmup)
            continue;
        p50.push_back(o.value(QStringLiteral("latenessP50Ms")).toDouble());
        p99.push_back(o.value(QStringLiteral("latenessP99Ms")).toDouble());
        maxLate.push_back(o.value(QStringLiteral("latenessMaxMs")).toDouble());
        if (o.value(QStringLiteral("behindMs")).toDouble() >= 0)
            behind.push_back(o.value(QStringLiteral("behindMs")).toDouble());
        cpu.push_back(o.value(QStringLiteral("guiCpuPercent")).toDouble());
    }
    const double rssWarm = rss.size() > size_t(rssWarmup) && rssWarmup > 0 ? rss[size_t(rssWarmup) - 1]
                                                                           : (rss.empty() ? 0 : rss.front());
    const double rssEnd = rss.empty() ? 0 : rss.back();
    std::vector<double> behindSorted = behind;
    std::sort(behindSorted.begin(), behindSorted.end());
    QJsonObject out {
        {QStringLiteral("rate"), rate.toInt()},
        {QStringLiteral("devices"), p.value(QStringLiteral("devices")).toInt()},
        {QStringLiteral("series"), p.value(QStringLiteral("series")).toInt()},
        {QStringLiteral("seconds"), second},
        {QStringLiteral("latenessP50Ms"), median(p50)},
        {QStringLiteral("latenessP99Ms"), maxOf(p99)}, // the worst second's p99
        {QStringLiteral("latenessMaxMs"), maxOf(maxLate)},
        {QStringLiteral("behindMedianMs"), median(behind)},
        {QStringLiteral("behindMaxMs"), maxOf(behind)},
        {QStringLiteral("guiCpuPercent"), mean(cpu)},
        {QStringLiteral("rssStartMiB"), rss.empty() ? 0 : rss.front()},
        {QStringLiteral("rssWarmMiB"), rssWarm},
        {QStringLiteral("rssWarmSecond"), rssWarmup},
        {QStringLiteral("rssEndMiB"), rssEnd},
        {QStringLiteral("rssGrowthPercent"), rssWarm > 0 ? 100.0 * (rssEnd - rssWarm) / rssWarm : 0.0},
        {QStringLiteral("exitAfterSigtermMs"), ended ? exitMs : -1},
        {QStringLiteral("exitCode"), ended ? gui.exitCode() : -1},
    };
    raw.p99 = p99;
    raw.behind = behind;
    raw.cpu = cpu;
    raw.rssWarm = rssWarm;
    raw.rssEnd = rssEnd;
    raw.ended = ended;
    raw.exitMs = exitMs;
    raw.exitCode = ended ? gui.exitCode() : -1;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Measures how the LinkScope window keeps up (docs/PERFORMANCE.md)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("rate"), QStringLiteral("Messages per second the emulator offers (default 5000)."),
         QStringLiteral("n"), QStringLiteral("5000")},
        {QStringLiteral("devices"), QStringLiteral("Devices in the fleet (default 10000)."),
         QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("products"), QStringLiteral("Products (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("series"), QStringLiteral("Charted series (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("seconds"), QStringLiteral("How long to watch (default 60)."), QStringLiteral("s"),
         QStringLiteral("60")},
        {QStringLiteral("warmup"),
         QStringLiteral("Seconds left out of the figures at the start (default 10)."), QStringLiteral("s"),
         QStringLiteral("10")},
        {QStringLiteral("rss-warmup"),
         QStringLiteral("The second whose memory later seconds are compared with (default 30: bounded "
                        "windows fill first, such as the 100,000 message ids kept against duplicates)."),
         QStringLiteral("s"), QStringLiteral("30")},
        {QStringLiteral("app"), QStringLiteral("The linkscope executable (default: beside this one)."),
         QStringLiteral("path")},
        {QStringLiteral("baseline-seconds"),
         QStringLiteral("First run the same fleet at --baseline-rate for this long, as the reference "
                        "(default 0: none)."),
         QStringLiteral("s"), QStringLiteral("0")},
        {QStringLiteral("baseline-rate"),
         QStringLiteral("The reference's rate (default 40, the demo's own)."), QStringLiteral("n"),
         QStringLiteral("40")},
        {QStringLiteral("check"), QStringLiteral("Say whether the targets hold (exit 1 when one does not).")},
        {QStringLiteral("cpu-target"),
         QStringLiteral("Also check the GUI thread stays under this % of a core."),
         QStringLiteral("percent")},
    });
    p.process(app);
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const int warmup = std::min(p.value(QStringLiteral("warmup")).toInt(), std::max(0, seconds - 2));
    const int rssWarmup = std::min(p.value(QStringLiteral("rss-warmup")).toInt(), std::max(0, seconds - 2));
    const QString exe = p.isSet(QStringLiteral("app"))
        ? p.value(QStringLiteral("app"))
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("linkscope"));

    Raw raw;
    QJsonObject baseline;
    if (const int baseSeconds = p.value(QStringLiteral("baseline-seconds")).toInt(); baseSeconds > 0) {
        // The reference in the same run: the same fleet and window at the demo's own gentle rate.
        Raw ignored;
        baseline = runOnce(exe, p.value(QStringLiteral("baseline-rate")), p, baseSeconds,
                           std::min(warmup, std::max(0, baseSeconds - 2)),
                           std::min(rssWarmup, std::max(0, baseSeconds - 2)), ignored);
        if (baseline.isEmpty())
            return 2;
    }
    QJsonObject out = runOnce(exe, p.value(QStringLiteral("rate")), p, seconds, warmup, rssWarmup, raw);
    if (out.isEmpty())
        return 2;
    if (!baseline.isEmpty())
        out.insert(QStringLiteral("baseline"), baseline);
    const auto &p99 = raw.p99;
    const auto &behind = raw.behind;
    const auto &cpu = raw.cpu;
    const double rssWarm = raw.rssWarm, rssEnd = raw.rssEnd;
    const bool ended = raw.ended;
    const qint64 exitMs = raw.exitMs;
    bool ok = true;
    if (p.isSet(QStringLiteral("check"))) {
        QJsonObject targets {
            {QStringLiteral("latenessP99Under50Ms"), maxOf(p99) < 50},
            {QStringLiteral("behindUnder1s"), !behind.empty() && maxOf(behind) < 1000},
            {QStringLiteral("rssFlatWithin10Percent"),
             rssWarm > 0 && std::abs(rssEnd - rssWarm) <= 0.1 * rssWarm},
            {QStringLiteral("exitUnder3s"), ended && exitMs < 3000 && raw.exitCode == 0},
        };
        if (p.isSet(QStringLiteral("cpu-target")))
            targets.insert(QStringLiteral("guiCpuUnderTarget"),
                           mean(cpu) < p.value(QStringLiteral("cpu-target")).toDouble());
        for (auto it = targets.begin(); it != targets.end(); ++it)
            ok = ok && it.value().toBool();
        out.insert(QStringLiteral("targets"), targets);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return ok ? 0 : 1;
}
