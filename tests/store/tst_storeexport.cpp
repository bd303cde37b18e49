#include "sim/replaysource.h"
#include "store/historystore.h"
#include "storefixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace linkscope;
using namespace linkscope::store;
using namespace storefixtures;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestStoreExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HistoryStore::Options opts()
    {
        HistoryStore::Options o;
        o.retentionIntervalMs = 0;
        return o;
    }

private slots:
    void initTestCase() { registerMessageTypes(); }

    void propertyCsv()
    {
        HistoryStore store(":memory:", opts());
        QVERIFY(store.openNow().ok());
        store.storeProperties({prop("a", "Temp", 21.5, 1700000000000), prop("b", "Temp", 22, 1700000001000),
                               prop("c", "Temp", "n/a, \"odd\"", 1700000002000),
                               prop("d", "Temp", 30, 1800000000000)});
        QSignalSpy done(&store, &HistoryStore::exportFinished);
        const QString path = m_dir.filePath("temp.csv");
        store.exportPropertyCsv(7, path, {dev(), "Temp", 1700000000000, 1700000002000, 0});
        QCOMPARE(done.count(), 1);
        QVERIFY(done.at(0).at(1).toBool());
        QCOMPARE(done.at(0).at(2).toString(), QStringLiteral("3 rows written to %1").arg(path));
        QCOMPARE(readAll(path),
                 QByteArray("time_ms,time,Temp\r\n"
                            "1700000000000,2023-11-14T22:13:20.000Z,21.5\r\n"
                            "1700000001000,2023-11-14T22:13:21.000Z,22\r\n"
                            "1700000002000,2023-11-14T22:13:22.000Z,\"n/a, \"\"odd\"\"\"\r\n"));
    }

    void eventsAndRepliesCsvAndJson()
    {
        HistoryStore store(":memory:", opts());
        QVERIFY(store.openNow().ok());
        store.storeEvents({eventMsg("e1", "DoorOpen", "开门通知", EventType::Info, 1000),
                           eventMsg("e2", "Tamper", "防撬报警", EventType::Alert, 2000)});
        store.storeReplies({reply("r1", 460, 1000)});
        const QString csv = m_dir.filePath("events.csv"), json = m_dir.filePath("events.json");
        store.exportEvents(1, csv, {}, false);
        store.exportEvents(2, json, {}, true);
        const QList<QByteArray> lines = readAll(csv).split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("time_ms,time,productKey,deviceName,identifier,name,type,value,messageId\r"));
        QVERIFY(lines.at(1).contains("Tamper,防撬报警,alert"));
        QVERIFY(lines.at(1).contains("\"{\"\"Level\"\":2}\""));
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(json));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(0).toObject().value("name").toString(), QStringLiteral("防撬报警"));
        QCOMPARE(doc.array().at(1).toObject().value("value").toObject().value("Level").toInt(), 2);

        const QString rjson = m_dir.filePath("replies.json");
        store.exportReplies(3, rjson, {}, true);
        const QJsonObject r = QJsonDocument::fromJson(readAll(rjson)).array().at(0).toObject();
        QCOMPARE(r.value("code").toInt(), 460);
        QCOMPARE(r.value("meaning").toString(), QStringLiteral("request parameter error"));
    }

    void deviceExportKeepsOnlyThatDevice()
    {
        HistoryStore store(":memory:", opts());
        QVERIFY(store.openNow().ok());
        PropertyReport other = prop("o1", "Temp", 1, 1500);
        other.device = DeviceKey {"pkA", "dev2", {}};
        store.storeProperties({prop("p1", "Temp", 21.5, 1000), other, prop("p2", "Temp", 22.5, 2000)});
        const QString path = m_dir.filePath("dev1.jsonl");
        QSignalSpy done(&store, &HistoryStore::exportFinished);
        store.exportDeviceJsonl(4, path, DeviceKey {"pkA", "dev1", {}});
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
        const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &l : lines)
            QCOMPARE(QJsonDocument::fromJson(l).object().value("deviceName").toString(),
                     QStringLiteral("dev1"));
    }

    void jsonlIsWhatTheEmulatorReplays()
    {
        HistoryStore store(":memory:", opts());
        QVERIFY(store.openNow().ok());
        PropertyReport p = prop("p1", "Temp", 21.5, 1000);
        p.meta.payload = "{\"items\":{\"Temp\":{\"value\":21.5,\"time\":1000}}}";
        store.storeProperties({p});
        DeviceEvent e = eventMsg("e1", "Alarm", "报警", EventType::Alert, 2000);
        e.meta.topic = QStringLiteral("/pkA/dev1/thing/event/Alarm/post");
        e.meta.payload = "{\"type\":\"alert\",\"name\":\"报警\"}";
        store.storeEvents({e});
        Rejected r;
        r.meta = meta("bad", 3000, "/pkA/dev1/thing/event/property/post");
        r.meta.payload = "\xff\xfe";
        r.payload = r.meta.payload;
        r.reason = QStringLiteral("the payload is not valid UTF-8");
        store.storeRejects({r});

        const QString path = m_dir.filePath("all.jsonl");
        const auto n = store.exportJsonlTo(path, 0, 10000);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, 3);
        const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value("kind").toString(), QStringLiteral("property"));
        QCOMPARE(first.value("productKey").toString(), QStringLiteral("pkA"));
        QCOMPARE(first.value("deviceName").toString(), QStringLiteral("dev1"));
        QCOMPARE(first.value("payload")
                     .toObject()
                     .value("items")
                     .toObject()
                     .value("Temp")
                     .toObject()
                     .value("value")
                     .toDouble(),
                 21.5);
        const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
        QCOMPARE(third.value("kind").toString(), QStringLiteral("rejected"));
        QCOMPARE(third.value("reason").toString(), r.reason);
        QCOMPARE(third.value("payloadBase64").toString(), QStringLiteral("//4="));
        QCOMPARE(third.value("deviceName").toString(), QStringLiteral("dev1")); // from the topic

        // Record & replay: linkscope-sim's reader takes the file as it is.
        const auto replay = sim::readReplayFile(path);
        QVERIFY2(replay.ok(), qPrintable(replay.error()));
        QCOMPARE(replay->size(), 3);
        QCOMPARE(replay->at(0).expectedKind, MessageKind::Property);
        QCOMPARE(replay->at(1).expectedKind, MessageKind::Event);
        // The same JSON (the reader re-serialises, so key order may differ).
        QCOMPARE(QJsonDocument::fromJson(replay->at(1).payload), QJsonDocument::fromJson(e.meta.payload));
        QVERIFY(lines[1].contains(e.meta.payload)); // while the export keeps the original bytes
        QCOMPARE(replay->at(2).payload, QByteArray("\xff\xfe"));
        QCOMPARE(replay->at(2).expectedKind, MessageKind::Rejected);
    }

    // A file history exports on a connection of its own: the store's thread
    // goes on writing (and acknowledging) while the export runs, and hears
    // how it ended afterwards.
    void anExportHoldsUpNoWrite()
    {
        const QString db = m_dir.filePath("reader.sqlite");
        HistoryStore store(db, opts());
        QVERIFY(store.openNow().ok());
        QList<PropertyReport> many;
        for (int i = 0; i < 5000; ++i)
            many << prop(QStringLiteral("x%1").arg(i), "Temp", i, 1000 + i);
        store.storeProperties(many);
        QSignalSpy done(&store, &HistoryStore::exportFinished);
        QSignalSpy stored(&store, &HistoryStore::persisted);
        const QString path = m_dir.filePath("reader.jsonl");
        store.exportJsonl(11, path, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(done.count(), 0); // not on this thread
        store.storeProperties({prop("during", "Temp", 1, 9000)});
        QCOMPARE(stored.count(), 1); // written and reported at once
        QTRY_COMPARE(done.count(), 1);
        QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
        const qsizetype lines = readAll(path).count('\n');
        QVERIFY(lines == 5000 || lines == 5001); // the last commit it saw: with or without "during"
        // Queries, too, answer from there.
        QSignalSpy devices(&store, &HistoryStore::devicesLoaded);
        store.requestDevices(12);
        QCOMPARE(devices.count(), 0);
        QTRY_COMPARE(devices.count(), 1);
        QCOMPARE(devices.at(0).at(1).value<QList<DeviceSummary>>().first().messageCount, 5001);
    }

    void unwritablePathIsAnError()
    {
        HistoryStore store(":memory:", opts());
        QVERIFY(store.openNow().ok());
        QSignalSpy done(&store, &HistoryStore::exportFinished);
        store.exportJsonl(9, "/proc/nope/out.jsonl", 0, 1);
        QCOMPARE(done.count(), 1);
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY(done.at(0).at(2).toString().startsWith(u"cannot write /proc/nope/out.jsonl"));
    }
};

QTEST_GUILESS_MAIN(TestStoreExport)
#include "tst_storeexport.moc"
