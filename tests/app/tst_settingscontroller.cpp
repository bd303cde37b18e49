#include "common/simprocess.h"
#include "core/messages.h"
#include "gui/settingsdialog.h"
#include "settingscontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <QtTest>
#include <optional>

using namespace linkscope;

namespace {
const QString kSecret = QStringLiteral("s3cr3t-VALUE-42");

template<typename T> T *field(SettingsDialog *d, const char *name)
{
    T *w = d->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void fill(SettingsDialog *d, const QString &name, int port, const QString &ca, const QString &secret)
{
    field<QLineEdit>(d, "nameEdit")->setText(name);
    QComboBox *region = field<QComboBox>(d, "regionCombo");
    region->setCurrentIndex(region->count() - 1); // custom host
    field<QLineEdit>(d, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    field<QSpinBox>(d, "portSpin")->setValue(port);
    field<QLineEdit>(d, "caEdit")->setText(ca);
    field<QLineEdit>(d, "appKeyEdit")->setText(QStringLiteral("testKey"));
    field<QLineEdit>(d, "appSecretEdit")->setText(secret);
    field<QLineEdit>(d, "clientIdEdit")->setText(QStringLiteral("tst-settings"));
}

// Saves; when no keychain runs (as on CI), agrees to "this session only".
void save(SettingsDialog *d)
{
    field<QPushButton>(d, "saveButton")->click();
    QTRY_VERIFY(d->testResult().startsWith(QStringLiteral("Saved."))
                || d->testResult().contains("Not saved"));
    QCheckBox *session = field<QCheckBox>(d, "sessionOnlyCheck");
    if (d->testResult().contains("Not saved")) {
        QVERIFY(!field<QLabel>(d, "keychainLabel")->isHidden()); // it says why
        QVERIFY(!session->isHidden());
        session->setChecked(true);
        field<QLineEdit>(d, "appSecretEdit")->setText(kSecret);
        field<QPushButton>(d, "saveButton")->click();
    }
    QTRY_VERIFY2(d->testResult().startsWith(QStringLiteral("Saved.")), qPrintable(d->testResult()));
}

// The controller's answer, waited for in the test's event loop.
Result<SubscriberProfile> resolveNow(SettingsController &c, const QString &name)
{
    std::optional<Result<SubscriberProfile>> answer;
    c.resolve(name, [&](Result<SubscriberProfile> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        return Error {"no answer within 30 s"};
    return answer ? *answer : Result<SubscriberProfile>(Error {"no answer within 30 s"});
}
} // namespace

class TestSettingsController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        registerMessageTypes();
        QVERIFY(m_dir.isValid());
    }

    void roundTripKeepsTheSecretOutOfTheSettingsFile()
    {
        const QString file = m_dir.filePath("roundtrip.ini");
        {
            QSettings settings(file, QSettings::IniFormat);
            SettingsController c(&settings);
            SettingsDialog *d = c.open(nullptr);
            fill(d, QStringLiteral("Production"), 5671, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"),
                 kSecret);
            field<QComboBox>(d, "signCombo")->setCurrentIndex(1); // HMAC-SHA1, kept with the profile
            save(d);
            QDir().mkpath(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots"));
            QVERIFY(d->grab().save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/settings.png")));
            QCOMPARE(c.profileNames(), QStringList {QStringLiteral("Production")});
            auto resolved = resolveNow(c, QStringLiteral("Production"));
            QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
            QCOMPARE(resolved->appSecret.reveal(), kSecret.toUtf8());
            QCOMPARE(resolved->host, QStringLiteral("127.0.0.1"));
            QCOMPARE(resolved->caFile, QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
            QCOMPARE(resolved->clientId, QStringLiteral("tst-settings"));
            QCOMPARE(resolved->http2SignMethod, SignMethod::HmacSha1);
            // Reopened, the form shows the profile, the secret only as "stored".
            d->close();
            QTRY_VERIFY(!c.dialog());
            d = c.open(nullptr);
            QCOMPARE(field<QLineEdit>(d, "appKeyEdit")->text(), QStringLiteral("testKey"));
            QVERIFY(field<QLineEdit>(d, "appSecretEdit")->text().isEmpty());
            QTRY_VERIFY(
                field<QLineEdit>(d, "appSecretEdit")->placeholderText().startsWith(QStringLiteral("Stored")));
            d->close();
            profiles::vault::remove(QStringLiteral("Production"));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("testKey"));
        QVERIFY2(!text.contains(kSecret.toUtf8()), text.constData());
        QVERIFY(!text.contains(kSecret.toUtf8().toBase64()));
        QVERIFY(!text.toLower().contains("secret"));
        // A new session without a keychain: the profile, but no secret.
        QSettings settings(file, QSettings::IniFormat);
        SettingsController again(&settings);
        QCOMPARE(again.profileNames(), QStringList {QStringLiteral("Production")});
        QCOMPARE(again.lastProfile(), QString());
        const auto r = resolveNow(again, QStringLiteral("Production"));
        if (!r.ok())
            QVERIFY2(r.error().contains(QStringLiteral("AppSecret")), qPrintable(r.error()));
    }

    void testConnectionSaysWhatHappened()
    {
        SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start({"--appkey", "testKey", "--appsecret", kSecret, "--cert-dir", m_dir.filePath("certs")},
                      &error),
            qPrintable(error));
        QSettings settings(m_dir.filePath("test.ini"), QSettings::IniFormat);
        SettingsController c(&settings);
        SettingsDialog *d = c.open(nullptr);
        QPushButton *test = field<QPushButton>(d, "testButton");
        const auto outcome = [&](int port, const QString &ca, const QString &secret) {
            fill(d, QStringLiteral("Local"), port, ca, secret);
            test->click();
            QElapsedTimer waited;
            waited.start();
            while (!test->isEnabled() && waited.elapsed() < 30'000)
                QTest::qWait(20);
            return test->isEnabled() ? d->testResult() : QStringLiteral("(no outcome within 30 s)");
        };
        QString words = outcome(sim.amqpPort(), sim.caFile(), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Connected")), qPrintable(words));
        words = outcome(sim.amqpPort(), sim.caFile(), QStringLiteral("wrong"));
        QVERIFY2(words.startsWith(QStringLiteral("Wrong AppKey or AppSecret")), qPrintable(words));
        words = outcome(sim.amqpPort(), QStringLiteral("/etc/ssl/certs/ca-certificates.crt"), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Certificate not trusted")), qPrintable(words));
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        words = outcome(port, sim.caFile(), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Host unreachable")), qPrintable(words));
        // The same over HTTP/2.
        field<QComboBox>(d, "protocolCombo")->setCurrentIndex(1);
        words = outcome(sim.http2Port(), sim.caFile(), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Connected")), qPrintable(words));
        words = outcome(sim.http2Port(), sim.caFile(), QStringLiteral("wrong"));
        QVERIFY2(words.startsWith(QStringLiteral("Wrong AppKey or AppSecret")), qPrintable(words));
        field<QComboBox>(d, "signCombo")->setCurrentIndex(1); // HMAC-SHA1
        words = outcome(sim.http2Port(), sim.caFile(), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Connected")), qPrintable(words));
        // With a Project ID the cloud API is tried too, and said so.
        const QString api = QStringLiteral("https://127.0.0.1:%1").arg(sim.ready.value(u"apiPort").toInt());
        field<QLineEdit>(d, "apiEndpointEdit")->setText(api);
        field<QLineEdit>(d, "projectIdEdit")->setText(sim.ready.value(u"projectId").toString());
        words = outcome(sim.http2Port(), sim.caFile(), kSecret);
        QVERIFY2(words.startsWith(QStringLiteral("Connected"))
                     && words.contains(QStringLiteral("Cloud API: the project")),
                 qPrintable(words));
        field<QLineEdit>(d, "projectIdEdit")->setText(QStringLiteral("notMine"));
        words = outcome(sim.http2Port(), sim.caFile(), kSecret);
        QVERIFY2(words.contains(QStringLiteral("Cloud API: the cloud refused a token for project “notMine”")),
                 qPrintable(words));
        field<QLineEdit>(d, "apiEndpointEdit")->setText(QStringLiteral("http://nope"));
        field<QPushButton>(d, "testButton")->click();
        QVERIFY2(d->testResult().contains(QStringLiteral("https://HOST:PORT")), qPrintable(d->testResult()));
        field<QLineEdit>(d, "apiEndpointEdit")->clear();
        field<QLineEdit>(d, "projectIdEdit")->clear();
        d->close();
        QCOMPARE(sim.stop(), 0);
    }

    void connectHandsOverTheProfileWithItsSecret()
    {
        QSettings settings(m_dir.filePath("connect.ini"), QSettings::IniFormat);
        SettingsController c(&settings);
        QSignalSpy connectSpy(&c, &SettingsController::connectRequested);
        SettingsDialog *d = c.open(nullptr);
        QTRY_VERIFY(c.keychainAvailable().has_value()); // the dialog asked, without waiting
        QCheckBox *session = field<QCheckBox>(d, "sessionOnlyCheck");
        QCOMPARE(session->isHidden(), *c.keychainAvailable());
        if (!session->isHidden())
            session->setChecked(true);
        fill(d, QStringLiteral("Staging"), 5671, QString(), kSecret);
        d->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QTRY_COMPARE(connectSpy.size(), 1);
        QCOMPARE(connectSpy[0][0].toString(), QStringLiteral("Staging"));
        QCOMPARE(connectSpy[0][1].value<SubscriberProfile>().appSecret.reveal(), kSecret.toUtf8());
        QCOMPARE(c.lastProfile(), QStringLiteral("Staging"));
        profiles::vault::remove(QStringLiteral("Staging"));
    }

    void theKeychainIsAskedWithoutWaiting()
    {
        // resolve() returns before the keychain answered: no nested event
        // loop on the GUI thread. The answer comes from the event loop.
        QSettings settings(m_dir.filePath("async.ini"), QSettings::IniFormat);
        profiles::ProfileStore(&settings).save("Async", SubscriberProfile {});
        SettingsController c(&settings);
        bool answered = false;
        int timerRan = 0;
        QTimer::singleShot(0, &c, [&] { ++timerRan; }); // would run inside a nested loop
        c.resolve("Async", [&](const Result<SubscriberProfile> &) { answered = true; });
        QVERIFY(!answered);
        QCOMPARE(timerRan, 0);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        // The same for a profile that does not exist, and for opening the dialog.
        answered = false;
        c.resolve("Nope", [&](const Result<SubscriberProfile> &r) {
            answered = true;
            QVERIFY(r.error().contains(u"no profile named"));
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        timerRan = 0;
        QTimer::singleShot(0, &c, [&] { ++timerRan; });
        SettingsDialog *d = c.open(nullptr);
        QCOMPARE(timerRan, 0);
        d->close();
        QTRY_COMPARE(timerRan, 1); // never left to run after this scope ends
    }

    void aProfileKeepsEveryFieldItWasSavedWith()
    {
        SubscriberProfile p;
        p.protocol = PushProtocol::Http2;
        p.host = "push.example.invalid";
        p.port = 8443;
        p.caFile = "/etc/ssl/certs/ca-certificates.crt";
        p.appKey = "key";
        p.clientId = "client";
        p.groupId = "group";
        p.credit = 77;
        p.idleTimeoutMs = 120'000;
        p.signRandom = 12345;
        p.http2Path = "/message/echo/success";
        p.http2SignMethod = SignMethod::HmacSha1;
        p.http2ClearSession = true;
        p.topicFilters = {"/a/+/thing/event/property/post", "/mqtt/status/#"};
        p.projectId = "a124PROJECT";
        p.apiEndpoint = "https://api.example.invalid:8443";
        p.inventoryRefreshMinutes = 3;
        QSettings settings(m_dir.filePath("fields.ini"), QSettings::IniFormat);
        {
            profiles::ProfileStore store(&settings);
            store.save("All", p);
        }
        settings.sync();
        QSettings reread(m_dir.filePath("fields.ini"), QSettings::IniFormat);
        const auto loaded = profiles::ProfileStore(&reread).load("All");
        QVERIFY(loaded);
        QVERIFY(*loaded == p); // every field, the AppSecret aside (never stored)
        // Through the dialog too: shown, then read back unchanged.
        SettingsDialog d;
        d.showProfile("All", p, true);
        QVERIFY(d.profile() == p);
        field<QSpinBox>(&d, "creditSpin")->setValue(5);
        QCOMPARE(d.profile().credit, 5);
        QCOMPARE(d.profile().signRandom, 12345); // no box for it: kept
    }

    // Profiles saved before 2026-12-07 wrote "credit", mostly the default
    // of then (1,000), which starves a busy link: that one takes today's
    // default, any other number stays the user's choice.
    void anOldProfileTakesTheNewInFlightDefaultUnlessItChoseAnother()
    {
        QSettings settings(m_dir.filePath("oldcredit.ini"), QSettings::IniFormat);
        settings.setValue("profiles/Old/appKey", "key");
        settings.setValue("profiles/Old/credit", 1000);
        settings.setValue("profiles/Chosen/appKey", "key");
        settings.setValue("profiles/Chosen/credit", 300);
        profiles::ProfileStore store(&settings);
        QCOMPARE(store.load("Old")->credit, SubscriberProfile {}.credit);
        QVERIFY(SubscriberProfile {}.credit > 1000);
        QCOMPARE(store.load("Chosen")->credit, 300);
        SubscriberProfile p = *store.load("Chosen");
        p.credit = 1000; // chosen now, under the new key: kept
        store.save("Chosen", p);
        QVERIFY(!settings.contains("profiles/Chosen/credit"));
        QCOMPARE(store.load("Chosen")->credit, 1000);
    }

    void aNewProfileStartsOnChinaShanghai()
    {
        SettingsDialog d;
        d.showProfile("New", SubscriberProfile {}, false);
        QCOMPARE(field<QComboBox>(&d, "regionCombo")->currentData().toString(), QString("cn-shanghai"));
        QCOMPARE(field<QLineEdit>(&d, "hostEdit")->text(), QString(Regions[0].amqpHost));
        QCOMPARE(field<QSpinBox>(&d, "portSpin")->value(), 5671);
        field<QComboBox>(&d, "protocolCombo")->setCurrentIndex(1); // HTTP/2
        QCOMPARE(field<QLineEdit>(&d, "hostEdit")->text(), QString(Regions[0].http2Host));
        QCOMPARE(field<QSpinBox>(&d, "portSpin")->value(), 443);
        QCOMPARE(d.profile().host, QString(Regions[0].http2Host));
    }

    void theNoKeychainTextWraps()
    {
        SettingsDialog d;
        d.setKeychainStatus(false, "The name org.freedesktop.secrets was not provided by any .service files");
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QLabel *label = field<QLabel>(&d, "keychainLabel");
        QVERIFY(label->wordWrap());
        QTRY_VERIFY(label->width() > 0);
        // As tall as its wrapped text needs, and no wider than the dialog: nothing cut off.
        QVERIFY2(
            label->height() >= label->heightForWidth(label->width()),
            qPrintable(QString("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY(label->geometry().right() <= d.width());
        QDir().mkpath(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots"));
        QVERIFY(d.grab().save(QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots/settings-no-keychain.png")));
    }

    void aCaFileTlsCannotUseIsRefusedInWords()
    {
        const QString garbage = m_dir.filePath("garbage.pem");
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        QSettings settings(m_dir.filePath("badca.ini"), QSettings::IniFormat);
        SettingsController c(&settings);
        SettingsDialog *d = c.open(nullptr);
        fill(d, QStringLiteral("BadCa"), 5671, garbage, kSecret);
        field<QPushButton>(d, "saveButton")->click();
        QVERIFY2(
            d->testResult().contains(QStringLiteral("the CA file %1 holds no PEM certificate").arg(garbage)),
            qPrintable(d->testResult()));
        QVERIFY(c.profileNames().isEmpty()); // not saved
        field<QPushButton>(d, "testButton")->click();
        QVERIFY2(d->testResult().startsWith(u"Certificate not usable"), qPrintable(d->testResult()));
        d->close();
    }

    void languageIsRemembered()
    {
        QSettings settings(m_dir.filePath("lang.ini"), QSettings::IniFormat);
        SettingsController c(&settings);
        SettingsDialog *d = c.open(nullptr);
        QComboBox *lang = field<QComboBox>(d, "languageCombo");
        const int zh = lang->findData(QStringLiteral("zh_CN"));
        QVERIFY(zh > 0);
        lang->setCurrentIndex(zh);
        emit lang->activated(zh);
        QCOMPARE(c.language(), QStringLiteral("zh_CN"));
        d->close();
    }
};

QTEST_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
