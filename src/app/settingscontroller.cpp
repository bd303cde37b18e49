#include "settingscontroller.h"

#include "gui/settingsdialog.h"
#include "transport/subscriber.h"

#include <QSettings>

namespace linkscope {

namespace {
const QString kLastProfile = QStringLiteral("ui/lastProfile");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

SettingsController::SettingsController(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings ? settings : new QSettings), m_ownsSettings(settings == nullptr),
      m_profiles(m_settings)
{
    connect(&m_tester, &ConnectionTester::finished, this,
            [this](ConnectionTester::Outcome outcome, const QString &words) {
                if (m_dialog)
                    m_dialog->showTestResult(outcome == ConnectionTester::Connected, words);
            });
}

SettingsController::~SettingsController()
{
    if (m_ownsSettings)
        delete m_settings;
}

SettingsDialog *SettingsController::open(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new SettingsDialog(parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_keychainProblem) {
        m_dialog->setKeychainStatus(m_keychainProblem->isEmpty(), *m_keychainProblem);
    } else {
        profiles::vault::probeAsync(this, [this](Result<bool> probe) {
            m_keychainProblem = probe ? QString() : probe.error();
            if (m_dialog)
                m_dialog->setKeychainStatus(m_keychainProblem->isEmpty(), *m_keychainProblem);
        });
    }
    m_dialog->setLanguage(language());
    const QStringList names = m_profiles.names();
    QString current = lastProfile();
    if (!names.contains(current))
        current = names.value(0);
    m_dialog->setProfileNames(names, current);
    if (current.isEmpty())
        m_dialog->showProfile(tr("My project"), SubscriberProfile {}, false);
    else
        select(current);
    connect(m_dialog, &SettingsDialog::profileSelected, this, &SettingsController::select);
    connect(m_dialog, &SettingsDialog::saveRequested, this,
            [this](const QString &name, const SubscriberProfile &p, bool sessionOnly) {
                save(name, p, sessionOnly, false);
            });
    connect(m_dialog, &SettingsDialog::saveAndConnectRequested, this,
            [this](const QString &name, const SubscriberProfile &p, bool sessionOnly) {
                save(name, p, sessionOnly, true);
            });
    connect(m_dialog, &SettingsDialog::removeRequested, this, &SettingsController::remove);
    connect(m_dialog, &SettingsDialog::testRequested, this, &SettingsController::test);
    connect(m_dialog, &SettingsDialog::languageChosen, this, [this](const QString &code) {
        m_settings->setValue(kLanguage, code);
        m_settings->sync();
        if (m_dialog)
            m_dialog->showSaved(tr("The language changes when LinkScope starts next."));
    });
    m_dialog->show();
    return m_dialog;
}

SettingsDialog *SettingsController::dialog() const
{
    return m_dialog;
}

QString SettingsController::lastProfile() const
{
    return m_settings->value(kLastProfile).toString();
}

QString SettingsController::language() const
{
    return m_settings->value(kLanguage).toString();
}

QString SettingsController::settingsFileName() const
{
    return m_settings->fileName();
}

void SettingsController::resolve(const QString &name, std::function<void(Result<SubscriberProfile>)> done)
{
    auto profile = m_profiles.load(name);
    // Always answered later, even when the answer is known now: callers see one behaviour.
    if (!profile) {
        QMetaObject::invokeMethod(
            this, [done, name] { done(Error {tr("There is no profile named “%1”.").arg(name)}); },
            Qt::QueuedConnection);
        return;
    }
    if (auto it = m_sessionSecrets.constFind(name); it != m_sessionSecrets.constEnd()) {
        SubscriberProfile p = *profile;
        p.appSecret = *it;
        QMetaObject::invokeMethod(
            this, [done, p] { done(p); }, Qt::QueuedConnection);
        return;
    }
    profiles::vault::readAsync(name, this, [done, name, p = *profile](Result<Secret> secret) mutable {
        if (!secret) {
            done(Error {tr("The AppSecret of “%1” is not available: %2. Enter it in Settings.")
                            .arg(name, secret.error())});
            return;
        }
        p.appSecret = *secret;
        done(p);
    });
}

void SettingsController::select(const QString &name)
{
    if (!m_dialog)
        return;
    auto profile = m_profiles.load(name);
    const bool inSession = m_sessionSecrets.contains(name);
    m_dialog->showProfile(name, profile.value_or(SubscriberProfile {}), inSession);
    if (inSession || !profile)
        return;
    // Whether the keychain has its AppSecret comes later; the form says so then.
    profiles::vault::readAsync(name, this, [this, name](Result<Secret> secret) {
        if (m_dialog && m_dialog->profileName() == name)
            m_dialog->setSecretStored(secret.ok());
    });
}

void SettingsController::save(const QString &name, const SubscriberProfile &profile, bool sessionOnly,
                              bool thenConnect)
{
    // A CA file TLS cannot use is refused here, in words, not at connect time.
    if (const QString problem = transport::caFileProblem(profile.caFile); !problem.isEmpty()) {
        if (m_dialog)
            m_dialog->showTestResult(false, tr("Not saved: %1.").arg(problem));
        return;
    }
    SubscriberProfile stored = profile;
    stored.appSecret = Secret(); // never into the settings file
    if (profile.appSecret.isEmpty()) { // the stored one stays
        saved(name, stored, sessionOnly, thenConnect);
        return;
    }
    if (sessionOnly) {
        m_sessionSecrets.insert(name, profile.appSecret);
        saved(name, stored, sessionOnly, thenConnect);
        return;
    }
    // The secret first: a profile whose secret could not be kept is not
    // saved as if it had been.
    if (m_dialog)
        m_dialog->showSaved(tr("Saving the AppSecret in the system keychain…"));
    profiles::vault::writeAsync(
        name, profile.appSecret, this, [this, name, stored, thenConnect](Result<bool> written) {
            if (!written) {
                m_keychainProblem = written.error();
                if (m_dialog) {
                    m_dialog->setKeychainStatus(false, written.error());
                    m_dialog->showTestResult(false,
                                             tr("Not saved: the AppSecret could not go into the "
                                                "keychain (%1).")
                                                 .arg(written.error()));
                }
                return;
            }
            m_sessionSecrets.remove(name);
            saved(name, stored, false, thenConnect);
        });
}

void SettingsController::saved(const QString &name, const SubscriberProfile &stored, bool sessionOnly,
                               bool thenConnect)
{
    m_profiles.save(name, stored);
    if (m_dialog) {
        m_dialog->setProfileNames(m_profiles.names(), name);
        m_dialog->showProfile(name, stored, true);
        m_dialog->showSaved(sessionOnly ? tr("Saved. The AppSecret stays in memory until LinkScope quits.")
                                        : tr("Saved. The AppSecret is in the system keychain."));
    }
    if (thenConnect)
        connectTo(name);
}

void SettingsController::connectTo(const QString &name)
{
    resolve(name, [this, name](Result<SubscriberProfile> profile) {
        if (!profile) {
            if (m_dialog)
                m_dialog->showTestResult(false, profile.error());
            return;
        }
        m_settings->setValue(kLastProfile, name);
        m_settings->sync();
        if (m_dialog)
            m_dialog->accept();
        emit connectRequested(name, *profile);
    });
}

void SettingsController::remove(const QString &name)
{
    m_profiles.remove(name);
    m_sessionSecrets.remove(name);
    profiles::vault::removeAsync(name, this, [this](Result<bool> removed) {
        if (!removed && m_dialog)
            m_dialog->showTestResult(false,
                                     tr("The profile is gone, but its AppSecret could not be removed "
                                        "from the keychain (%1).")
                                         .arg(removed.error()));
    });
    if (!m_dialog)
        return;
    const QStringList names = m_profiles.names();
    m_dialog->setProfileNames(names, names.value(0));
    if (names.isEmpty())
        m_dialog->showProfile(tr("My project"), SubscriberProfile {}, false);
    else
        select(names.first());
}

void SettingsController::test(SubscriberProfile profile)
{
    if (!m_dialog)
        return;
    if (const QString problem = transport::caFileProblem(profile.caFile); !problem.isEmpty()) {
        m_dialog->showTestResult(false, tr("Certificate not usable: %1.").arg(problem));
        return;
    }
    m_dialog->setTesting(true);
    if (!profile.appSecret.isEmpty()) {
        m_tester.test(profile);
        return;
    }
    resolve(m_dialog->profileName(), [this, profile](Result<SubscriberProfile> stored) mutable {
        if (!m_dialog)
            return;
        if (!stored) {
            m_dialog->showTestResult(false, stored.error());
            return;
        }
        profile.appSecret = stored->appSecret;
        m_tester.test(profile);
    });
}

} // namespace linkscope
