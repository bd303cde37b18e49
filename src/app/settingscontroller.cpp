#include "settingscontroller.h"

#include "gui/settingsdialog.h"

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
    if (!m_keychainProblem) {
        const auto probe = profiles::vault::probe();
        m_keychainProblem = probe ? QString() : probe.error();
    }
    m_dialog->setKeychainStatus(m_keychainProblem->isEmpty(), *m_keychainProblem);
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
    connect(m_dialog, &SettingsDialog::saveRequested, this, &SettingsController::save);
    connect(m_dialog, &SettingsDialog::removeRequested, this, &SettingsController::remove);
    connect(m_dialog, &SettingsDialog::testRequested, this, &SettingsController::test);
    connect(m_dialog, &SettingsDialog::languageChosen, this, [this](const QString &code) {
        m_settings->setValue(kLanguage, code);
        m_settings->sync();
        if (m_dialog)
            m_dialog->showSaved(tr("The language changes when LinkScope starts next."));
    });
    connect(m_dialog, &SettingsDialog::connectRequested, this, [this](const QString &name) {
        auto profile = resolve(name);
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

bool SettingsController::hasSecret(const QString &name) const
{
    if (m_sessionSecrets.contains(name))
        return true;
    if (m_keychainProblem && !m_keychainProblem->isEmpty())
        return false;
    return profiles::vault::read(name).ok();
}

Result<SubscriberProfile> SettingsController::resolve(const QString &name) const
{
    auto profile = m_profiles.load(name);
    if (!profile)
        return Error {tr("There is no profile named “%1”.").arg(name)};
    if (auto it = m_sessionSecrets.constFind(name); it != m_sessionSecrets.constEnd()) {
        profile->appSecret = *it;
        return *profile;
    }
    auto secret = profiles::vault::read(name);
    if (!secret)
        return Error {tr("The AppSecret of “%1” is not available: %2. Enter it in Settings.")
                          .arg(name, secret.error())};
    profile->appSecret = *secret;
    return *profile;
}

void SettingsController::select(const QString &name)
{
    if (!m_dialog)
        return;
    auto profile = m_profiles.load(name);
    m_dialog->showProfile(name, profile.value_or(SubscriberProfile {}), hasSecret(name));
}

bool SettingsController::save(const QString &name, const SubscriberProfile &profile, bool sessionOnly)
{
    // The secret first: a profile whose secret could not be kept is not
    // saved as if it had been.
    if (!profile.appSecret.isEmpty()) {
        if (sessionOnly) {
            m_sessionSecrets.insert(name, profile.appSecret);
        } else {
            auto written = profiles::vault::write(name, profile.appSecret);
            if (!written) {
                m_keychainProblem = written.error();
                if (m_dialog) {
                    m_dialog->setKeychainStatus(false, written.error());
                    m_dialog->showTestResult(
                        false,
                        tr("Not saved: the AppSecret could not go into the keychain (%1).")
                            .arg(written.error()));
                }
                return false;
            }
            m_sessionSecrets.remove(name);
        }
    }
    SubscriberProfile stored = profile;
    stored.appSecret = Secret(); // never into the settings file
    m_profiles.save(name, stored);
    if (m_dialog) {
        m_dialog->setProfileNames(m_profiles.names(), name);
        m_dialog->showProfile(name, stored, hasSecret(name));
        m_dialog->showSaved(sessionOnly ? tr("Saved. The AppSecret stays in memory until LinkScope quits.")
                                        : tr("Saved. The AppSecret is in the system keychain."));
    }
    return true;
}

void SettingsController::remove(const QString &name)
{
    m_profiles.remove(name);
    m_sessionSecrets.remove(name);
    profiles::vault::remove(name);
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
    if (profile.appSecret.isEmpty() && m_dialog) {
        auto stored = resolve(m_dialog->profileName());
        if (!stored) {
            m_dialog->showTestResult(false, stored.error());
            return;
        }
        profile.appSecret = stored->appSecret;
    }
    if (m_dialog)
        m_dialog->setTesting(true);
    m_tester.test(profile);
}

} // namespace linkscope
