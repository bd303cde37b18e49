// History store benchmarks, each against a baseline in the same run:
//  1. insert: our batched writer (one transaction per batch, as the
//     subscriber delivers them) against one transaction per message;
//  2. chart query: one day of 1 Hz samples into 1,000 buckets, our SQL
//     aggregation against reading every row and reducing in C++.
//
//   build/release/bin/bench_store [--messages N] [--dir DIR]

#include "store/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace linkscope;

namespace {

QList<PropertyReport> makeBatch(int firstMessage, int messages, int devices)
{
    QList<PropertyReport> batch;
    for (int m = firstMessage; m < firstMessage + messages; ++m) {
        MessageMeta meta;
        meta.messageId = QString::number(1'000'000'000LL + m);
        meta.topic = QStringLiteral("/a1Bench/dev%1/thing/event/property/post").arg(m % devices);
        meta.generateTime = 1'700'000'000'000LL + m;
        meta.receivedAt = meta.generateTime + 20;
        meta.payload = QByteArray(220, 'x');
        const int reports = 1 + m % 4; // 2.5 on average, like the emulator's fleet
        for (int r = 0; r < reports; ++r) {
            PropertyReport p;
            p.meta = meta;
            p.device = DeviceKey {QStringLiteral("a1Bench"), QStringLiteral("dev%1").arg(m % devices), {}};
            p.deviceType = QStringLiteral("Sensor");
            p.attribute = QStringLiteral("Attr%1").arg(r);
            p.value = double(m % 1000) / 10.0;
            p.time = meta.generateTime;
            batch << p;
        }
    }
    return batch;
}

store::HistoryStore::Options options()
{
    store::HistoryStore::Options o;
    o.retentionIntervalMs = 0;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerMessageTypes();
    int messages = 100'000;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--messages")
            messages = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            dirArg = args[i + 1];
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-store-XXXXXX")
                                       : dirArg + QStringLiteral("/bench-store-XXXXXX"));

    // 1. Inserts.
    {
        store::HistoryStore ours(tmp.filePath(QStringLiteral("batched.sqlite")), options());
        if (!ours.openNow())
            return 1;
        constexpr int kBatch = 500; // messages per batch: ~50 ms at 10k msg/s
        qint64 rows = 0, persisted = 0;
        QObject::connect(&ours, &store::HistoryStore::persisted,
                         [&](const QStringList &ids) { persisted += ids.size(); });
        QElapsedTimer t;
        t.start();
        for (int m = 0; m < messages; m += kBatch) {
            const auto batch = makeBatch(m, std::min(kBatch, messages - m), 50);
            rows += batch.size();
            ours.storeProperties(batch);
        }
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (persisted != messages) {
            std::fprintf(stderr, "only %lld of %d messages persisted\n", persisted, messages);
            return 1;
        }

        const int baselineMessages = std::min(messages, 2000);
        store::HistoryStore base(tmp.filePath(QStringLiteral("single.sqlite")), options());
        if (!base.openNow())
            return 1;
        QElapsedTimer tb;
        tb.start();
        for (int m = 0; m < baselineMessages; ++m)
            base.storeProperties(makeBatch(m, 1, 50));
        const double baseSecs = double(tb.nsecsElapsed()) / 1e9;
        std::printf("insert (file, WAL, synchronous=FULL):\n");
        std::printf("  baseline, one transaction per message: %9.0f msg/s (%d messages)\n",
                    baselineMessages / baseSecs, baselineMessages);
        std::printf(
            "  linkscope, %d messages per batch:     %9.0f msg/s, %9.0f rows/s (%d messages, %lld rows)\n",
            kBatch, messages / secs, double(rows) / secs, messages, rows);
        std::printf("  speed-up: %.1fx\n", (messages / secs) / (baselineMessages / baseSecs));

        // Retention deletes everything in steps; no step may hold the writer up for long.
        double worst = 0, total = 0;
        int steps = 0;
        while (true) {
            QElapsedTimer ts;
            ts.start();
            const auto step = ours.retentionStepNow(1'700'000'000'000LL + 100LL * 24 * 3600 * 1000);
            const double ms = double(ts.nsecsElapsed()) / 1e6;
            worst = std::max(worst, ms);
            total += ms;
            ++steps;
            if (!step || !step->more)
                break;
        }
        std::printf(
            "retention, deleting all of it in steps of 200 rows: %d steps, longest %.1f ms, mean %.1f ms\n",
            steps, worst, total / steps);
    }

    // 2. One day of 1 Hz samples into 1,000 buckets.
    {
        store::HistoryStore s(tmp.filePath(QStringLiteral("day.sqlite")), options());
        if (!s.openNow())
            return 1;
        const qint64 day0 = 1'700'000'000'000LL;
        QList<PropertyReport> batch;
        for (int i = 0; i < 86'400; ++i) {
            PropertyReport p;
            p.meta.messageId = QStringLiteral("d%1").arg(i);
            p.meta.topic = QStringLiteral("/a1Bench/day/thing/event/property/post");
            p.meta.receivedAt = day0 + i * 1000LL;
            p.meta.payload = "{}";
            p.device = DeviceKey {QStringLiteral("a1Bench"), QStringLiteral("day"), {}};
            p.attribute = QStringLiteral("Temperature");
            p.value = 20.0 + (i % 600) / 100.0;
            p.time = day0 + i * 1000LL;
            batch << p;
            if (batch.size() == 5000) {
                s.storeProperties(batch);
                batch.clear();
            }
        }
        s.storeProperties(batch);
        const SampleQuery q {DeviceKey {QStringLiteral("a1Bench"), QStringLiteral("day"), {}},
                             QStringLiteral("Temperature"), day0, day0 + 86'400'000LL - 1, 1000};
        // Warm the page cache once, then take the best of 5 for each.
        (void)s.samples(q);
        double best = 1e9, baseBest = 1e9;
        qsizetype buckets = 0;
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            const auto b = s.samples(q);
            best = std::min(best, double(t.nsecsElapsed()) / 1e6);
            buckets = b ? b->size() : -1;
        }
        QSqlDatabase db = QSqlDatabase::database(s.connectionName());
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            QSqlQuery all(db);
            all.setForwardOnly(true);
            all.exec(QStringLiteral(
                         "SELECT s.time, s.num FROM samples s JOIN attributes a ON a.id = s.attribute_id "
                         "WHERE a.name = 'Temperature' AND s.time BETWEEN %1 AND %2 ORDER BY s.time")
                         .arg(q.from)
                         .arg(q.to));
            std::vector<SampleBucket> out(1000);
            const qint64 span = q.to - q.from + 1;
            while (all.next()) {
                const qint64 t0 = all.value(0).toLongLong();
                const double v = all.value(1).toDouble();
                SampleBucket &bk = out[size_t((t0 - q.from) * 1000 / span)];
                bk.min = bk.count ? std::min(bk.min, v) : v;
                bk.max = bk.count ? std::max(bk.max, v) : v;
                bk.last = v;
                ++bk.count;
            }
            baseBest = std::min(baseBest, double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("chart query, 86,400 samples (1 day at 1 Hz) into 1,000 buckets, best of 5:\n");
        std::printf("  baseline, every row read and reduced in C++: %7.1f ms\n", baseBest);
        std::printf("  linkscope, per-minute rollups:               %7.1f ms (%lld buckets)\n", best,
                    qlonglong(buckets));
        if (buckets != 1000)
            return 1;
    }
    return 0;
}
