#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QUrl>

namespace linkscope {

namespace {
const QString kCustom = QStringLiteral("custom");
}

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    ui->protocolCombo->addItem(tr("AMQP 1.0 (port 5671)"), int(PushProtocol::Amqp));
    ui->protocolCombo->addItem(tr("HTTP/2 (port 443)"), int(PushProtocol::Http2));
    const QString names[]
        = {tr("China (Shanghai)"), tr("Singapore"), tr("US (Virginia)"), tr("Germany (Frankfurt)")};
    static_assert(std::size(Regions) == 4);
    for (int i = 0; i < int(std::size(Regions)); ++i)
        ui->regionCombo->addItem(names[i], QString::fromLatin1(Regions[i].id));
    ui->regionCombo->addItem(tr("Custom host…"), kCustom);
    ui->signCombo->addItem(QStringLiteral("HMAC-SHA256"), int(SignMethod::HmacSha256));
    ui->signCombo->addItem(QStringLiteral("HMAC-SHA1"), int(SignMethod::HmacSha1));
    ui->languageCombo->addItem(tr("Follow the system"), QString());
    ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    ui->languageCombo->setToolTip(tr("Takes effect when LinkScope starts next."));
    ui->warningLabel->setText(tr(
        "⚠ One client at a time receives a project's push. Connecting takes it away from any other consumer "
        "on this AppKey (your server, the SDK sample) until LinkScope disconnects."));
    ui->sessionOnlyCheck->hide();
    ui->keychainLabel->hide();
    ui->clientIdEdit->setPlaceholderText(defaultClientId());
    ui->pathEdit->setPlaceholderText(SubscriberProfile().http2Path);
    ui->appSecretEdit->setPlaceholderText(tr("Stored in the system keychain, never in a file"));
    ui->projectIdEdit->setToolTip(
        tr("The console shows it under 项目设置 (project settings). With it LinkScope "
           "asks the cloud API for every device and its status, the products' thing "
           "models (names, units, labels) and current values."));

    QPushButton *connectButton
        = ui->buttonBox->addButton(tr("Save and connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (validate())
            emit saveRequested(profileName(), profile(), sessionOnly());
    });
    connect(connectButton, &QPushButton::clicked, this, [this] {
        if (!validate())
            return;
        emit saveAndConnectRequested(profileName(), profile(), sessionOnly());
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->profileCombo, &QComboBox::activated, this,
            [this](int i) { emit profileSelected(ui->profileCombo->itemText(i)); });
    connect(ui->newButton, &QPushButton::clicked, this, &SettingsDialog::newProfile);
    connect(ui->deleteButton, &QPushButton::clicked, this, [this] {
        const QString name = ui->profileCombo->currentText();
        if (!name.isEmpty()
            && QMessageBox::question(
                   this, tr("Delete profile"),
                   tr("Delete the profile “%1” and its AppSecret from the keychain?").arg(name))
                == QMessageBox::Yes)
            emit removeRequested(name);
    });
    connect(ui->regionCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::regionChanged);
    connect(ui->protocolCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::regionChanged);
    connect(ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            ui->caEdit->setText(f);
    });
    connect(ui->testButton, &QPushButton::clicked, this, [this] {
        if (validate())
            emit testRequested(profile());
    });
    connect(ui->languageCombo, &QComboBox::activated, this,
            [this](int i) { emit languageChosen(ui->languageCombo->itemData(i).toString()); });
    regionChanged();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setProfileNames(const QStringList &names, const QString &current)
{
    ui->profileCombo->clear();
    ui->profileCombo->addItems(names);
    ui->profileCombo->setCurrentText(current);
    ui->deleteButton->setEnabled(!names.isEmpty());
}

void SettingsDialog::showProfile(const QString &name, const SubscriberProfile &p, bool secretStored)
{
    m_shown = p;
    m_secretStored = secretStored;
    if (ui->profileCombo->findText(name) < 0 && !name.isEmpty())
        ui->profileCombo->addItem(name);
    ui->profileCombo->setCurrentText(name);
    ui->nameEdit->setText(name);
    ui->protocolCombo->setCurrentIndex(p.protocol == PushProtocol::Http2 ? 1 : 0);
    // A new profile starts on the first region, China (Shanghai), with the protocol's port.
    int region = p.host.isEmpty() ? 0 : ui->regionCombo->findData(kCustom);
    for (int i = 0; i < int(std::size(Regions)); ++i)
        if (p.host == QLatin1String(Regions[i].amqpHost) || p.host == QLatin1String(Regions[i].http2Host))
            region = i;
    {
        const QSignalBlocker block(ui->regionCombo);
        ui->regionCombo->setCurrentIndex(region);
    }
    if (!p.host.isEmpty()) {
        ui->hostEdit->setText(p.host);
        ui->portSpin->setValue(p.port);
        ui->caEdit->setText(p.caFile);
    }
    ui->appKeyEdit->setText(p.appKey);
    ui->projectIdEdit->setText(p.projectId);
    ui->apiEndpointEdit->setText(p.apiEndpoint);
    ui->refreshSpin->setValue(p.inventoryRefreshMinutes);
    ui->appSecretEdit->clear();
    ui->appSecretEdit->setPlaceholderText(secretStored
                                              ? tr("Stored; leave empty to keep it")
                                              : tr("Stored in the system keychain, never in a file"));
    ui->groupEdit->setText(p.groupId);
    ui->clientIdEdit->setText(p.clientId);
    ui->pathEdit->setText(p.http2Path == SubscriberProfile().http2Path ? QString() : p.http2Path);
    ui->signCombo->setCurrentIndex(std::max(0, ui->signCombo->findData(int(p.http2SignMethod))));
    ui->creditSpin->setValue(p.credit);
    ui->idleSpin->setValue(p.idleTimeoutMs / 1000);
    ui->clearSessionCheck->setChecked(p.http2ClearSession);
    ui->topicsEdit->setText(p.topicFilters.join(u' '));
    ui->testResultLabel->clear();
    regionChanged();
}

void SettingsDialog::setSecretStored(bool stored)
{
    m_secretStored = stored;
    ui->appSecretEdit->setPlaceholderText(stored ? tr("Stored; leave empty to keep it")
                                                 : tr("Stored in the system keychain, never in a file"));
}

QString SettingsDialog::profileName() const
{
    return ui->nameEdit->text().trimmed();
}

SubscriberProfile SettingsDialog::profile() const
{
    SubscriberProfile p = m_shown; // anything the form has no box for is kept as it was
    p.protocol = PushProtocol(ui->protocolCombo->currentData().toInt());
    p.host = ui->hostEdit->text().trimmed();
    p.port = quint16(ui->portSpin->value());
    p.caFile = ui->caEdit->text().trimmed();
    p.appKey = ui->appKeyEdit->text().trimmed();
    p.appSecret = Secret::fromString(ui->appSecretEdit->text());
    p.projectId = ui->projectIdEdit->text().trimmed();
    p.apiEndpoint = ui->apiEndpointEdit->text().trimmed();
    p.inventoryRefreshMinutes = ui->refreshSpin->value();
    p.groupId = ui->groupEdit->text().trimmed();
    p.clientId = ui->clientIdEdit->text().trimmed();
    if (p.clientId.isEmpty())
        p.clientId = defaultClientId();
    p.http2Path = ui->pathEdit->text().trimmed().isEmpty() ? SubscriberProfile().http2Path
                                                           : ui->pathEdit->text().trimmed();
    p.http2SignMethod = SignMethod(ui->signCombo->currentData().toInt());
    p.credit = ui->creditSpin->value();
    p.idleTimeoutMs = ui->idleSpin->value() * 1000;
    p.http2ClearSession = ui->clearSessionCheck->isChecked();
    p.topicFilters = ui->topicsEdit->text().split(u' ', Qt::SkipEmptyParts);
    return p;
}

void SettingsDialog::regionChanged()
{
    const bool custom = ui->regionCombo->currentData().toString() == kCustom;
    const bool http2 = ui->protocolCombo->currentData().toInt() == int(PushProtocol::Http2);
    if (!custom) {
        const RegionEndpoint &r = Regions[ui->regionCombo->currentIndex()];
        ui->hostEdit->setText(QString::fromLatin1(http2 ? r.http2Host : r.amqpHost));
        ui->portSpin->setValue(http2 ? 443 : 5671);
        ui->caEdit->clear();
    }
    ui->hostEdit->setEnabled(custom);
    ui->portSpin->setEnabled(custom);
    ui->caEdit->setEnabled(custom);
    ui->caBrowseButton->setEnabled(custom);
    ui->pathEdit->setEnabled(http2);
    ui->signCombo->setEnabled(http2);
    ui->clearSessionCheck->setEnabled(http2);
    ui->creditSpin->setEnabled(!http2);
    ui->idleSpin->setEnabled(!http2);
}

void SettingsDialog::newProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New profile"), tr("Name of the new profile:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    showProfile(name, SubscriberProfile {}, false);
}

bool SettingsDialog::validate()
{
    QString problem;
    if (profileName().isEmpty() || profileName().contains(u'/') || profileName().contains(u'\\'))
        problem = tr("Give the profile a name (without / or \\).");
    else if (ui->hostEdit->text().trimmed().isEmpty())
        problem = tr("Enter the host to connect to.");
    else if (ui->appKeyEdit->text().trimmed().isEmpty())
        problem = tr("Enter the project's AppKey.");
    else if (ui->appSecretEdit->text().isEmpty() && !m_secretStored)
        problem = tr("Enter the project's AppSecret.");
    else if (const QString api = ui->apiEndpointEdit->text().trimmed(); !api.isEmpty()
             && (!QUrl(api).isValid() || QUrl(api).scheme() != u"https" || QUrl(api).host().isEmpty()))
        problem = tr("The cloud API gateway must look like https://HOST:PORT.");
    else
        for (const QString &f : ui->topicsEdit->text().split(u' ', Qt::SkipEmptyParts))
            if (auto ok = TopicFilter::parse(f); !ok) {
                problem = tr("The topic filter %1 is not valid: %2").arg(f, ok.error());
                break;
            }
    if (problem.isEmpty())
        return true;
    showTestResult(false, problem);
    return false;
}

void SettingsDialog::setKeychainStatus(bool available, const QString &detail)
{
    ui->keychainLabel->setVisible(!available);
    ui->sessionOnlyCheck->setVisible(!available);
    if (!available)
        ui->keychainLabel->setText(tr("<b>No keychain is available</b> (%1). LinkScope never writes an "
                                      "AppSecret to a file: tick the box to "
                                      "keep it in memory until LinkScope quits.")
                                       .arg(detail.toHtmlEscaped()));
    fitContents();
}

void SettingsDialog::fitContents()
{
    // Wrapped text needs its height for the dialog's width: grow to it, so
    // nothing is cut off.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitContents();
}

bool SettingsDialog::sessionOnly() const
{
    return !ui->sessionOnlyCheck->isHidden() && ui->sessionOnlyCheck->isChecked();
}

void SettingsDialog::setLanguage(const QString &code)
{
    const int i = ui->languageCombo->findData(code);
    ui->languageCombo->setCurrentIndex(i < 0 ? 0 : i);
}

QString SettingsDialog::language() const
{
    return ui->languageCombo->currentData().toString();
}

void SettingsDialog::setTesting(bool testing)
{
    ui->testButton->setEnabled(!testing);
    if (testing)
        ui->testResultLabel->setText(tr("Testing the connection…"));
}

void SettingsDialog::showTestResult(bool ok, const QString &words)
{
    ui->testButton->setEnabled(true);
    ui->testResultLabel->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(ok ? QStringLiteral("#2e8b3d") : QStringLiteral("#c62828"), words.toHtmlEscaped()));
}

void SettingsDialog::showSaved(const QString &words)
{
    ui->testResultLabel->setText(words.toHtmlEscaped());
}

QString SettingsDialog::testResult() const
{
    return QTextDocumentFragment::fromHtml(ui->testResultLabel->text()).toPlainText();
}

} // namespace linkscope
