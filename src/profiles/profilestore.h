#pragma once

#include "core/result.h"
#include "core/secret.h"
#include "core/subscriberprofile.h"

#include <QStringList>

#include <functional>
#include <optional>

class QObject;

class QSettings;

namespace linkscope::profiles {

// Connection profiles in the app's settings (QSettings, group "profiles").
// Everything but the AppSecret: that one lives in the system keychain only.
class ProfileStore {
public:
    // `settings` null: the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();

    QStringList names() const;
    std::optional<SubscriberProfile> load(const QString &name) const; // appSecret left empty
    void save(const QString &name, const SubscriberProfile &profile);
    void remove(const QString &name);

private:
    QSettings *m_settings;
    bool m_owned;
};

// The AppSecret of a profile in the system keychain (Secret Service, KWallet
// ...) through QtKeychain. Never falls back to a plain-text file: when no
// keychain service is running, it says so.
//
// The GUI uses the asynchronous calls: each returns at once and calls `done`
// later, on `context`'s thread, unless `context` is gone by then. The
// blocking calls wait in an event loop of their own: for command-line tools
// before their main loop runs, never for a window.
namespace vault {
void readAsync(const QString &profile, QObject *context, std::function<void(Result<Secret>)> done);
void writeAsync(const QString &profile, const Secret &secret, QObject *context,
                std::function<void(Result<bool>)> done);
void removeAsync(const QString &profile, QObject *context, std::function<void(Result<bool>)> done);
// Whether a keychain service answers (an error says why not).
void probeAsync(QObject *context, std::function<void(Result<bool>)> done);

Result<Secret> read(const QString &profile);
Result<bool> write(const QString &profile, const Secret &secret);
Result<bool> remove(const QString &profile);
} // namespace vault

} // namespace linkscope::profiles
