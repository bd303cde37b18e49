#pragma once

#include "core/subscriberprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace linkscope {

// Connection profiles and preferences. The dialog edits; the application
// stores (profiles in the settings file, the AppSecret in the keychain only)
// and answers through the show*/set* calls.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setProfileNames(const QStringList &names, const QString &current);
    // secretStored: an AppSecret is known for it (keychain or this session).
    void showProfile(const QString &name, const SubscriberProfile &profile, bool secretStored);
    QString profileName() const;
    // What the form says; appSecret is empty when the field was left empty
    // (keep the stored one).
    SubscriberProfile profile() const;

    // Whether the keychain turned out to hold an AppSecret for the shown profile.
    void setSecretStored(bool stored);
    void setKeychainStatus(bool available, const QString &detail);
    bool sessionOnly() const;
    void setLanguage(const QString &code); // "", "en", "zh_CN"
    QString language() const;

    void setTesting(bool testing);
    void showTestResult(bool ok, const QString &words);
    void showSaved(const QString &words);
    QString testResult() const;

signals:
    void profileSelected(const QString &name);
    void testRequested(const linkscope::SubscriberProfile &profile);
    void saveRequested(const QString &name, const linkscope::SubscriberProfile &profile, bool sessionOnly);
    void saveAndConnectRequested(const QString &name, const linkscope::SubscriberProfile &profile,
                                 bool sessionOnly);
    void removeRequested(const QString &name);
    void languageChosen(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitContents();
    void regionChanged();
    void newProfile();
    bool validate();

    std::unique_ptr<Ui::SettingsDialog> ui;
    SubscriberProfile m_shown; // what the form was filled from: fields it has no box for stay
    bool m_secretStored = false;
};

} // namespace linkscope
