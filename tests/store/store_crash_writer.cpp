// Helper of tst_crashsafety: writes batches to a history file forever and
// prints "persisted N" (flushed) after the store reports batch N persisted.
// The test SIGKILLs it at a random moment.
//   store_crash_writer FILE FIRST_BATCH

#include "store/historystore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace linkscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    store::HistoryStore::Options o;
    o.retentionIntervalMs = 0;
    store::HistoryStore store(QString::fromLocal8Bit(argv[1]), o);
    if (!store.openNow()) {
        std::fprintf(stderr, "cannot open\n");
        return 1;
    }
    int batch = std::atoi(argv[2]);
    QObject::connect(&store, &store::HistoryStore::persisted, [&](const QStringList &ids) {
        std::printf("persisted %s\n", qPrintable(ids.first().section(u'-', 0, 0)));
        std::fflush(stdout);
    });
    constexpr int kPerBatch = 50;
    for (;; ++batch) {
        QList<PropertyReport> reports;
        for (int i = 0; i < kPerBatch; ++i) {
            PropertyReport r;
            r.meta.messageId = QStringLiteral("%1-%2").arg(batch).arg(i);
            r.meta.topic = QStringLiteral("/pk/dn/thing/event/property/post");
            r.meta.receivedAt = 1000 + batch;
            r.meta.payload = QByteArray(200, 'x');
            r.device = DeviceKey {QStringLiteral("pk"), QStringLiteral("dn"), {}};
            r.attribute = QStringLiteral("A%1").arg(i % 5);
            r.value = batch * 1000 + i;
            r.time = batch;
            reports << r;
        }
        store.storeProperties(reports);
    }
}
