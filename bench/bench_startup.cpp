// bench_startup: does a long history slow the start? Builds a history file
// of a real project's size (the store's own writes for every device, then
// the messages table multiplied up to --messages rows in SQL), then starts
// the window on it the way the app does (AppController::startProfile, a
// profile whose server is not there, so the views fill from history alone)
// and times it until the tree holds every device. Two references in the
// same run: the same start on the seed history alone (the same devices, a
// few messages each), and what deriving the tree from the messages would
// cost (one GROUP BY over them), which is what loading from the summary
// tables avoids. Prints one JSON line.
//
//   bench_startup                      # 10,000,000 messages, 10,000 devices
//   bench_startup --messages 200000    # the short variant

#include "appcontroller.h"
#include "core/messages.h"
#include "core/secret.h"
#include "gui/devicetreemodel.h"
#include "gui/eventlogmodel.h"
#include "gui/mainwindow.h"
#include "store/historystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <utility>

using namespace linkscope;

namespace {

DeviceKey deviceAt(int i, int products)
{
    return {QStringLiteral("pk%1").arg(i % products, 2, 10, QChar(u'0')),
            QStringLiteral("th%1").arg(i, 5, 10, QChar(u'0')), QStringLiteral("iot-%1").arg(i)};
}

MessageMeta metaOf(const QString &id, const DeviceKey &d, const QString &what, qint64 t,
                   const QByteArray &body)
{
    MessageMeta m;
    m.messageId = id;
    m.topic = QStringLiteral("/%1/%2/thing/%3").arg(d.productKey, d.deviceName, what);
    m.generateTime = t;
    m.receivedAt = t;
    m.payload = body;
    return m;
}

// The store's own writes: each device posts properties, says it is online,
// and every tenth raises an event. Returns the number of messages.
qint64 seed(store::HistoryStore &store, int devices, int products, int perDevice, qint64 t0)
{
    qint64 messages = 0;
    QList<PropertyReport> reports;
    QList<StatusChange> statuses;
    QList<DeviceEvent> events;
    const auto flush = [&] {
        store.storeProperties(std::exchange(reports, {}));
        store.storeStatuses(std::exchange(statuses, {}));
        store.storeEvents(std::exchange(events, {}));
    };
    for (int i = 0; i < devices; ++i) {
        const DeviceKey d = deviceAt(i, products);
        StatusChange s;
        s.meta = metaOf(QStringLiteral("s-%1").arg(i), d, QStringLiteral("status"), t0, "{\"status\":1}");
        s.device = d;
        s.deviceType = QStringLiteral("TemperatureHumiditySensor");
        s.online = i % 10 != 0;
        s.time = t0;
        statuses << s;
        ++messages;
        for (int k = 0; k < perDevice; ++k) {
            const qint64 t = t0 + 1000 + k * 1000;
            const QByteArray body = QStringLiteral("{\"items\":{\"Temperature\":{\"value\":%1,\"time\":%2},"
                                                   "\"Humidity\":{\"value\":%3,\"time\":%2}}}")
                                        .arg(20.0 + (i + k) % 100 / 10.0)
                                        .arg(t)
                                        .arg(40 + (i + k) % 30)
                                        .toUtf8();
            const MessageMeta meta = metaOf(QStringLiteral("p-%1-%2").arg(i).arg(k), d,
                                            QStringLiteral("event/property/post"), t, body);
            for (const auto &[name, value] :
                 {std::pair {QStringLiteral("Temperature"), QVariant(20.0 + (i + k) % 100 / 10.0)},
                  std::pair {QStringLiteral("Humidity"), QVariant(qint64(40 + (i + k) % 30))}}) {
                PropertyReport r;
                r.meta = meta;
                r.device = d;
                r.deviceType = s.deviceType;
                r.attribute = name;
                r.value = value;
                r.time = t;
                r.gmtCreate = t;
                reports << r;
            }
            ++messages;
        }
        if (i % 10 == 0) {
            DeviceEvent e;
            e.meta = metaOf(QStringLiteral("e-%1").arg(i), d, QStringLiteral("event/TamperAlarm/post"),
                            t0 + 500, "{\"identifier\":\"TamperAlarm\",\"type\":\"alert\"}");
            e.device = d;
            e.deviceType = s.deviceType;
            e.identifier = QStringLiteral("TamperAlarm");
            e.name = QStringLiteral("防拆报警");
            e.type = EventType::Alert;
            e.time = t0 + 500;
            events << e;
            ++messages;
        }
        if (reports.size() >= 1000)
            flush();
    }
    flush();
    return messages;
}

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "bench_startup: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// The messages table multiplied up to `total` rows: copies of the seed's
// messages, each with an id of its own and an earlier time, in transactions
// of 500,000; then each device's count in the summary made right.
bool multiply(const QString &path, qint64 seeded, qint64 total)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        ok = exec(q, QStringLiteral("PRAGMA synchronous=OFF"))
            && exec(q, QStringLiteral("PRAGMA cache_size=-1000000"))
            && exec(q,
                    QStringLiteral("CREATE TEMP TABLE seed AS SELECT * FROM messages ORDER BY received_at"));
        constexpr qint64 kChunk = 500'000;
        for (qint64 from = 0; ok && from < total - seeded; from += kChunk) {
            const qint64 n = std::min(kChunk, total - seeded - from);
            ok = exec(q, QStringLiteral("BEGIN"))
                && exec(q,
                        QStringLiteral(
                            "WITH RECURSIVE c(n) AS (SELECT %1 UNION ALL SELECT n + 1 FROM c WHERE n < %2) "
                            "INSERT INTO messages (message_id, kind, topic, device_id, generate_time, "
                            "received_at, payload) "
                            "SELECT 'bulk-' || c.n, s.kind, s.topic, s.device_id, "
                            "s.generate_time - (c.n / %3 + 1) * 60000, "
                            "s.received_at - (c.n / %3 + 1) * 60000, s.payload "
                            "FROM c JOIN seed s ON s.rowid = c.n % %3 + 1")
                            .arg(from)
                            .arg(from + n - 1)
                            .arg(seeded))
                && exec(q, QStringLiteral("COMMIT"));
            std::fprintf(stderr, "bench_startup: %lld of %lld messages\r", seeded + from + n, total);
        }
        std::fprintf(stderr, "\n");
        ok = ok
            && exec(q,
                    QStringLiteral("UPDATE devices SET message_count = "
                                   "(SELECT COUNT(*) FROM messages m WHERE m.device_id = devices.id)"))
            && exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return ok;
}

// What loading from the summary avoids: the tree's counts from the messages themselves.
double scanMs(const QString &path)
{
    double ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            QElapsedTimer t;
            t.start();
            if (q.exec(QStringLiteral(
                    "SELECT device_id, COUNT(*), MAX(received_at) FROM messages GROUP BY device_id"))) {
                while (q.next()) { }
                ms = double(t.nsecsElapsed()) / 1e6;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
    return ms;
}

struct Start {
    double treeMs = -1; // the window made and shown, until the tree holds every device
    double eventsMs = -1; // until the newest events are listed too
};

// The app's own start on a history, as startProfile runs it.
Start start(const QString &path, int devices)
{
    Start s;
    QElapsedTimer t;
    t.start();
    MainWindow window;
    window.show();
    AppController controller(&window);
    SubscriberProfile nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens: the views fill from history alone
    nowhere.appKey = QStringLiteral("bench");
    nowhere.appSecret = Secret::fromString(QStringLiteral("bench"));
    if (!controller.startProfile(nowhere, path).ok())
        return s;
    while (t.elapsed() < 120'000 && (s.treeMs < 0 || s.eventsMs < 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (s.treeMs < 0 && window.deviceModel()->deviceCount() >= devices)
            s.treeMs = double(t.nsecsElapsed()) / 1e6;
        if (s.eventsMs < 0 && window.eventModel()->rowCount() > 0)
            s.eventsMs = double(t.nsecsElapsed()) / 1e6;
    }
    controller.stop();
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    registerMessageTypes();
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Times the window's start on a long history (docs/PERFORMANCE.md)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("messages"), QStringLiteral("Messages in the history (default 10000000)."),
         QStringLiteral("n"), QStringLiteral("10000000")},
        {QStringLiteral("devices"), QStringLiteral("Devices (default 10000)."), QStringLiteral("n"),
         QStringLiteral("10000")},
        {QStringLiteral("products"), QStringLiteral("Products (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("dir"), QStringLiteral("Where the history file goes (default: a temporary folder)."),
         QStringLiteral("path")},
    });
    p.process(app);
    const qint64 total = p.value(QStringLiteral("messages")).toLongLong();
    const int devices = std::max(1, p.value(QStringLiteral("devices")).toInt());
    const int products = std::max(1, p.value(QStringLiteral("products")).toInt());
    QTemporaryDir tmp(
        p.isSet(QStringLiteral("dir"))
            ? QDir(p.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench_startup-XXXXXX"))
            : QDir::tempPath() + QStringLiteral("/bench_startup-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "bench_startup: no temporary folder\n");
        return 2;
    }
    const QString small = tmp.filePath(QStringLiteral("seed.sqlite"));
    const QString big = tmp.filePath(QStringLiteral("history.sqlite"));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    qint64 seeded = 0;
    {
        store::HistoryStore store(small);
        if (auto opened = store.openNow(); !opened) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(opened.error()));
            return 2;
        }
        seeded = seed(store, devices, products, 3, t0);
        store.close();
    }
    if (!QFile::copy(small, big)) {
        std::fprintf(stderr, "bench_startup: cannot copy the seed history\n");
        return 2;
    }
    QElapsedTimer building;
    building.start();
    if (total > seeded && !multiply(big, seeded, total))
        return 2;
    const double buildS = double(building.elapsed()) / 1000;

    const Start seedStart = start(small, devices);
    const Start bigStart = start(big, devices);
    const double scan = scanMs(big);
    QJsonObject out {
        {QStringLiteral("messages"), std::max(total, seeded)},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("historyMiB"), double(QFileInfo(big).size()) / (1024.0 * 1024.0)},
        {QStringLiteral("buildSeconds"), buildS},
        {QStringLiteral("seedMessages"), seeded},
        {QStringLiteral("seedTreeMs"), seedStart.treeMs},
        {QStringLiteral("seedEventsMs"), seedStart.eventsMs},
        {QStringLiteral("treeMs"), bigStart.treeMs},
        {QStringLiteral("eventsMs"), bigStart.eventsMs},
        {QStringLiteral("scanMs"), scan},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    // The start must have happened at all (a smoke run checks this, not its speed).
    return seedStart.treeMs >= 0 && bigStart.treeMs >= 0 && bigStart.eventsMs >= 0 ? 0 : 1;
}
