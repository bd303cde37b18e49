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
#include <QtTest>

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
    QCheckBox *session = field<QCheckBox>(d, "sessionOnlyCheck");
    if (!session->isHidden() && !session->isChecked()) {
        QVERIFY2(d->testResult().contains(QStringLiteral("Not saved")), qPrintable(d->testResult()));
        QVERIFY(!field<QLabel>(d, "keychainLabel")->isHidden()); // it says why
        session->setChecked(true);
        field<QLineEdit>(d, "appSecretEdit")->setText(kSecret);
        field<QPushButton>(d, "saveButton")->click();
    }
    QVERIFY2(d->testResult().startsWith(QStringLiteral("Saved.")), qPrintable(d->testResult()));
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
            auto resolved = c.resolve(QStringLiteral("Production"));
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
            QVERIFY(
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
        const auto r = again.resolve(QStringLiteral("Production"));
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
        d->close();
        QCOMPARE(sim.stop(), 0);
    }

    void connectHandsOverTheProfileWithItsSecret()
    {
        QSettings settings(m_dir.filePath("connect.ini"), QSettings::IniFormat);
        SettingsController c(&settings);
        QSignalSpy connectSpy(&c, &SettingsController::connectRequested);
        SettingsDialog *d = c.open(nullptr);
        QCheckBox *session = field<QCheckBox>(d, "sessionOnlyCheck");
        if (!session->isHidden())
            session->setChecked(true);
        fill(d, QStringLiteral("Staging"), 5671, QString(), kSecret);
        d->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QCOMPARE(connectSpy.size(), 1);
        QCOMPARE(connectSpy[0][0].toString(), QStringLiteral("Staging"));
        QCOMPARE(connectSpy[0][1].value<SubscriberProfile>().appSecret.reveal(), kSecret.toUtf8());
        QCOMPARE(c.lastProfile(), QStringLiteral("Staging"));
        profiles::vault::remove(QStringLiteral("Staging"));
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
