// linkscope-api as a user runs it, against linkscope-sim's API gateway:
// the inventory document, the other commands, and each exit status.

#include "common/simprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kKey = QStringLiteral("cliKey");
const QString kSecret = QStringLiteral("cliSecret");
const QString kProject = QStringLiteral("cliProject");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class TestLinkscopeApi : public QObject {
    Q_OBJECT

    SimProcess m_sim;
    QTemporaryDir m_dir;

    Run run(const QStringList &args, const QString &secret = kSecret)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("LINKSCOPE_APPSECRET");
        if (!secret.isEmpty())
            env.insert("LINKSCOPE_APPSECRET", secret);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LINKSCOPE_BIN_DIR "/linkscope-api"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList common(const QString &project = kProject)
    {
        return {
            "--endpoint",   QStringLiteral("https://127.0.0.1:%1").arg(m_sim.ready.value(u"apiPort").toInt()),
            "--ca",         m_sim.caFile(),
            "--appkey",     kKey,
            "--project-id", project};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start({"--appkey", kKey, "--appsecret", kSecret, "--project-id", kProject,
                              "--products", "2", "--devices", "10", "--quiet-devices", "2", "--rate", "200"},
                             &error),
                 qPrintable(error));
    }

    void inventoryIsOneDocument()
    {
        // Let the fleet speak first, so that devices have current values.
        QTest::qWait(1500);
        const QString out = m_dir.filePath("inventory.json");
        const Run r = run(common() + QStringList {"inventory", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains("2 products, 12 devices"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.permissions() & (QFile::ReadGroup | QFile::ReadOther)),
                 0); // the project's data is the user's alone
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(doc.value(u"projectId").toString(), kProject);
        const QJsonArray products = doc.value(u"products").toArray();
        QCOMPARE(products.size(), 2);
        for (const QJsonValue &p : products) {
            QVERIFY(!p.toObject().value(u"name").toString().isEmpty());
            QVERIFY(!p.toObject().value(u"thingModel").toObject().value(u"properties").toArray().isEmpty());
        }
        const QJsonArray devices = doc.value(u"devices").toArray();
        QCOMPARE(devices.size(), 12);
        int withValues = 0;
        QSet<QString> statuses;
        for (const QJsonValue &d : devices) {
            const QJsonObject o = d.toObject();
            statuses.insert(o.value(u"statusName").toString());
            QVERIFY(o.contains(u"values"));
            withValues += !o.value(u"values").toObject().isEmpty();
        }
        QVERIFY(withValues >= 8);
        QVERIFY(statuses.contains("inactive"));
        QVERIFY(statuses.contains("offline") || statuses.contains("online"));
    }

    void tslAndPropertiesOfOne()
    {
        const Run inv = run(common() + QStringList {"inventory", "--no-values"});
        QVERIFY2(inv.exitCode == 0, qPrintable(inv.err));
        const QJsonObject first
            = QJsonDocument::fromJson(inv.out).object().value(u"devices").toArray().last().toObject();
        const QString pk = first.value(u"productKey").toString();
        const Run tsl = run(common() + QStringList {"tsl", "--product-key", pk});
        QVERIFY2(tsl.exitCode == 0, qPrintable(tsl.err));
        QVERIFY(!QJsonDocument::fromJson(tsl.out).object().value(u"properties").toArray().isEmpty());
        const Run props = run(common()
                              + QStringList {"properties", "--product-key", pk, "--device-name",
                                             first.value(u"deviceName").toString()});
        QVERIFY2(props.exitCode == 0, qPrintable(props.err));
        QCOMPARE(QJsonDocument::fromJson(props.out).object().value(u"deviceName"),
                 first.value(u"deviceName"));
        const Run status = run(common()
                               + QStringList {"status", "--product-key", pk, "--device-name",
                                              first.value(u"deviceName").toString()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY(QJsonDocument::fromJson(status.out).object().contains(u"statusName"));
        const Run missing
            = run(common() + QStringList {"status", "--product-key", pk, "--device-name", "nobody"});
        QVERIFY2(missing.exitCode == 1, qPrintable(missing.err));
        QVERIFY2(missing.err.contains("28560") && missing.err.contains("device not exist"),
                 qPrintable(missing.err));
    }

    void exitStatusesSayWhy()
    {
        Run r = run(common() + QStringList {"inventory"}, "Zq8-not-the-secret");
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        QVERIFY2(r.err.contains("rejected the signature"), qPrintable(r.err));
        QVERIFY(!r.err.contains("Zq8-not-the-secret")); // never said, not even the wrong one
        r = run(common("otherProject") + QStringList {"inventory"});
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        QVERIFY(r.err.contains("otherProject"));
        r = run(common() + QStringList {"inventory"}, QString());
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY(r.err.contains("LINKSCOPE_APPSECRET"));
        r = run(common() + QStringList {"frobnicate"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        r = run(common() + QStringList {"tsl"});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY(r.err.contains("--product-key"));
        r = run(QStringList {"inventory", "--region", "mars-1", "--appkey", kKey, "--project-id", kProject});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        // The system's CAs do not trust the emulator: a failure, not a usage error.
        QStringList untrusted = common();
        untrusted.removeAt(untrusted.indexOf("--ca") + 1);
        untrusted.removeAll("--ca");
        r = run(untrusted + QStringList {"inventory"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QVERIFY(r.err.contains("not trusted"));
    }

    void theSecretFileMustBeTheOwnersAlone()
    {
        const QString file = m_dir.filePath("secret");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kSecret.toUtf8() + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        Run r = run(common() + QStringList {"inventory", "--no-values", "--appsecret-file", file}, QString());
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        QVERIFY(r.err.contains("chmod 600"));
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        r = run(common() + QStringList {"inventory", "--no-values", "--appsecret-file", file}, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestLinkscopeApi)
#include "tst_linkscopeapi.moc"
