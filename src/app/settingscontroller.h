#pragma once

#include "core/result.h"
#include "core/subscriberprofile.h"
#include "profiles/profilestore.h"
#include "session/connectiontester.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QSettings;

namespace linkscope {

class SettingsDialog;

// Runs the Settings dialog against the profile store: profiles in the
// settings file, AppSecrets in the keychain only (or, when there is none and
// the user agrees, in memory for this session), "Test connection", and the
// language. Connecting is handed on through connectRequested(). The keychain
// is asked asynchronously: no call here waits for it or spins an event loop.
class SettingsController : public QObject {
    Q_OBJECT

public:
    // `settings` null: the application's default QSettings.
    explicit SettingsController(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~SettingsController() override;

    SettingsDialog *open(QWidget *parent);
    SettingsDialog *dialog() const;

    QStringList profileNames() const { return m_profiles.names(); }
    QString lastProfile() const;
    // A saved profile with its AppSecret (session or keychain), or why not:
    // returns at once, `done` runs later on this thread.
    void resolve(const QString &name, std::function<void(Result<SubscriberProfile>)> done);
    QString language() const;
    // Whether a keychain answers, once the first probe came back.
    std::optional<bool> keychainAvailable() const
    {
        return m_keychainProblem ? std::optional<bool>(m_keychainProblem->isEmpty()) : std::nullopt;
    }
    // What the settings file holds (for tests and diagnostics).
    QString settingsFileName() const;

signals:
    void connectRequested(const QString &name, const linkscope::SubscriberProfile &profile);

private:
    void save(const QString &name, const SubscriberProfile &profile, bool sessionOnly, bool thenConnect);
    void saved(const QString &name, const SubscriberProfile &stored, bool sessionOnly, bool thenConnect);
    void connectTo(const QString &name);
    void select(const QString &name);
    void remove(const QString &name);
    void test(SubscriberProfile profile);

    QSettings *m_settings;
    bool m_ownsSettings;
    profiles::ProfileStore m_profiles;
    QHash<QString, Secret> m_sessionSecrets;
    ConnectionTester m_tester;
    QPointer<SettingsDialog> m_dialog;
    std::optional<QString> m_keychainProblem; // probed once
};

} // namespace linkscope
