#pragma once

// bench_e2e's command line: what it takes, its defaults, its usage text.

#include "core/subscriberprofile.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace e2eargs {

using linkscope::SubscriberProfile;

struct Args {
    qint64 count = 1'000'000;
    int devices = 1000;
    int products = 10;
    qint64 preload = 0;
    bool reusePreload = false;
    qint64 maxHistoryMiB = -1; // -1: the store's default cap
    int cacheMiB = -1; // the writer's page cache; -1: the store's default
    int credit = SubscriberProfile {}.credit; // the app's default
    int pacedSeconds = 20;
    int pacedRate = 1000;
    QString dir; // where the history goes (default: a temporary folder here)
    bool skipBare = false;
    enum class Pin { Auto, Always, Never } pin = Pin::Auto;
    bool floor = false;
    int seed = 1; // the live stream's ids (the paced run takes seed + 1)
    bool intake = true; // acknowledge once in the intake log, tables built behind (the app's way)
};

[[noreturn]] inline void usage()
{
    std::fprintf(
        stderr,
        "usage: bench_e2e [--count N] [--devices N] [--products N] [--preload M] [--credit N]\n"
        "                 [--paced-seconds S] [--paced-rate R] [--dir DIR] [--skip-bare]\n"
        "                 [--reuse-preload] [--max-history-mib N] [--cache-mib N] [--seed N] [--floor]\n"
        "                 [--no-intake] [--pin | --shared-cpus]\n"
        "  --pin              the emulator on CPU 0 alone, the receivers on CPU 1, as the\n"
        "                     cloud is on machines of its own (the default when this process\n"
        "                     may use both); exits 2 when it cannot\n"
        "  --shared-cpus      every process on any CPU: the emulator's work comes out of the\n"
        "                     receivers' time\n"
        "  --no-intake        acknowledge once the tables hold a message, as before the\n"
        "                     intake log (PipelineHost::Options::intakeLog off)\n"
        "  --credit           messages in flight, for both receivers (default: the app's)\n"
        "  --floor            also run the durable floor: the bare receiver appending each\n"
        "                     body to a file, accepting a batch only after its fdatasync\n"
        "  --reuse-preload    keep DIR/history.sqlite when it holds the preload already\n"
        "  --max-history-mib  the history's size cap (default: the store's, 2 GB; 0: none)\n"
        "  --cache-mib        the writer's page cache (default: the store's)\n"
        "  --seed             the live stream's seed, hence its ids (default 1; the paced run\n"
        "                     takes the next)\n");
    std::exit(2);
}

inline Args parse(const QStringList &argv)
{
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &k = argv[i];
        const auto next = [&] {
            bool ok = false;
            const qint64 v = argv.value(++i).toLongLong(&ok);
            if (!ok || v < 0)
                usage();
            return v;
        };
        if (k == u"--count")
            a.count = std::max<qint64>(10, next());
        else if (k == u"--devices")
            a.devices = int(std::max<qint64>(1, next()));
        else if (k == u"--products")
            a.products = int(std::max<qint64>(1, next()));
        else if (k == u"--preload")
            a.preload = next();
        else if (k == u"--reuse-preload")
            a.reusePreload = true;
        else if (k == u"--max-history-mib")
            a.maxHistoryMiB = next();
        else if (k == u"--cache-mib")
            a.cacheMiB = int(std::max<qint64>(1, next()));
        else if (k == u"--credit")
            a.credit = int(std::max<qint64>(1, next()));
        else if (k == u"--paced-seconds")
            a.pacedSeconds = int(next());
        else if (k == u"--paced-rate")
            a.pacedRate = int(std::max<qint64>(1, next()));
        else if (k == u"--dir")
            a.dir = argv.value(++i);
        else if (k == u"--skip-bare")
            a.skipBare = true;
        else if (k == u"--pin")
            a.pin = Args::Pin::Always;
        else if (k == u"--shared-cpus")
            a.pin = Args::Pin::Never;
        else if (k == u"--seed")
            a.seed = int(std::max<qint64>(1, next()));
        else if (k == u"--floor")
            a.floor = true;
        else if (k == u"--no-intake")
            a.intake = false;
        else
            usage();
    }
    return a;
}

} // namespace e2eargs
