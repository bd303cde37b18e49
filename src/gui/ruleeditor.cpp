#include "ruleeditor.h"

#include "core/valuecodec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace linkscope {

namespace {

QString kindText(AlertKind k)
{
    switch (k) {
    case AlertKind::Offline:
        return RuleEditorDialog::tr("Offline for a while");
    case AlertKind::Silent:
        return RuleEditorDialog::tr("Silent (no message or value)");
    case AlertKind::PropertyAbove:
        return RuleEditorDialog::tr("Property above");
    case AlertKind::PropertyBelow:
        return RuleEditorDialog::tr("Property below");
    case AlertKind::PropertyOutside:
        return RuleEditorDialog::tr("Property outside a range");
    case AlertKind::PropertyEquals:
        return RuleEditorDialog::tr("Property equals");
    case AlertKind::PropertyChanges:
        return RuleEditorDialog::tr("Property changes");
    case AlertKind::Event:
        return RuleEditorDialog::tr("Event");
    case AlertKind::ReplyError:
        return RuleEditorDialog::tr("Service reply with an error");
    case AlertKind::Flapping:
        return RuleEditorDialog::tr("Flapping online/offline");
    }
    return QString();
}

constexpr AlertKind kKinds[]
    = {AlertKind::PropertyAbove,  AlertKind::PropertyBelow,   AlertKind::PropertyOutside,
       AlertKind::PropertyEquals, AlertKind::PropertyChanges, AlertKind::Offline,
       AlertKind::Silent,         AlertKind::Event,           AlertKind::ReplyError,
       AlertKind::Flapping};

QDoubleSpinBox *numberBox(QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(-1e12, 1e12);
    b->setDecimals(6);
    b->setMinimumWidth(140);
    return b;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(QList<AlertRule> rules, QList<ThingModel> models, QWidget *parent)
    : QDialog(parent), m_rules(std::move(rules)), m_models(std::move(models))
{
    setWindowTitle(tr("Alert rules"));
    setObjectName(QStringLiteral("ruleEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    m_list->setMinimumWidth(200);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    import->setToolTip(tr("Add the rules of a rules file (JSON)"));
    exportButton->setToolTip(
        tr("Write these rules to a file, for linkscope-collect --rules or another computer"));
    for (QPushButton *b : {add, remove, import, exportButton})
        listButtons->addWidget(b);
    left->addLayout(listButtons);
    columns->addLayout(left);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    for (AlertKind k : kKinds)
        m_kind->addItem(kindText(k), int(k));
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Info"), int(AlertSeverity::Info));
    m_severity->addItem(tr("Warning"), int(AlertSeverity::Warning));
    m_severity->addItem(tr("Critical"), int(AlertSeverity::Critical));
    m_property = new QComboBox(this);
    m_property->setObjectName(QStringLiteral("ruleProperty"));
    m_property->setEditable(true);
    QSet<QString> seen;
    for (const ThingModel &m : std::as_const(m_models))
        for (const TslProperty &p : m.properties)
            if (!seen.contains(p.identifier)) {
                seen.insert(p.identifier);
                const QString unit
                    = p.dataType.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.dataType.unit);
                m_property->addItem(p.identifier, p.identifier);
                m_property->setItemData(m_property->count() - 1, p.name + unit, Qt::ToolTipRole);
            }
    m_threshold = numberBox(this);
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_min = numberBox(this);
    m_max = numberBox(this);
    m_hysteresis = numberBox(this);
    m_hysteresis->setMinimum(0);
    m_hysteresis->setToolTip(tr("The alert clears only once the value is back inside by this much"));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("a JSON value: 1, true, \"open\""));
    m_for = new QLineEdit(this);
    m_for->setObjectName(QStringLiteral("ruleFor"));
    m_for->setPlaceholderText(tr("10s, 2m, 1h"));
    m_eventType = new QComboBox(this);
    m_eventType->addItem(tr("Any type"), QString());
    m_eventType->addItem(tr("Info"), QStringLiteral("info"));
    m_eventType->addItem(tr("Alert"), QStringLiteral("alert"));
    m_eventType->addItem(tr("Error"), QStringLiteral("error"));
    m_identifier = new QLineEdit(this);
    m_changes = new QSpinBox(this);
    m_changes->setRange(2, 1'000'000);
    m_within = new QLineEdit(this);
    m_within->setPlaceholderText(tr("10m"));
    m_product = new QComboBox(this);
    m_product->setEditable(true);
    m_product->addItem(QString());
    for (const ThingModel &m : std::as_const(m_models))
        m_product->addItem(m.productKey);
    m_device = new QLineEdit(this);
    m_device->setPlaceholderText(tr("every device"));
    m_topic = new QLineEdit(this);
    m_topic->setPlaceholderText(tr("every topic (+ and # wildcards)"));

    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("When"), m_kind);
    m_form->addRow(tr("Property"), m_property);
    m_form->addRow(tr("Threshold"), m_threshold);
    m_form->addRow(tr("Minimum"), m_min);
    m_form->addRow(tr("Maximum"), m_max);
    m_form->addRow(tr("Hysteresis"), m_hysteresis);
    m_form->addRow(tr("Value"), m_value);
    m_form->addRow(tr("Event type"), m_eventType);
    m_form->addRow(tr("Identifier"), m_identifier);
    m_form->addRow(tr("Status changes"), m_changes);
    m_form->addRow(tr("Within"), m_within);
    m_form->addRow(tr("For"), m_for);
    m_form->addRow(tr("Severity"), m_severity);
    m_form->addRow(tr("Product"), m_product);
    m_form->addRow(tr("Device"), m_device);
    m_form->addRow(tr("Topic"), m_topic);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ruleStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    right->addStretch();
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_list, &QListWidget::currentRowChanged, this, &RuleEditorDialog::showRule);
    connect(add, &QPushButton::clicked, this, &RuleEditorDialog::addRule);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || m_current >= m_rules.size())
            return;
        const int row = m_current;
        {
            // The list would move its current row before the rule is gone.
            const QSignalBlocker quiet(m_list);
            delete m_list->takeItem(row);
        }
        m_rules.removeAt(row);
        m_current = -1;
        showRule(m_list->currentRow());
        check();
    });
    connect(import, &QPushButton::clicked, this, &RuleEditorDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &RuleEditorDialog::exportFile);
    for (QLineEdit *e : {m_name, m_value, m_for, m_identifier, m_within, m_device, m_topic})
        connect(e, &QLineEdit::textChanged, this, &RuleEditorDialog::formEdited);
    for (QComboBox *c : {m_kind, m_severity, m_eventType})
        connect(c, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::formEdited);
    for (QComboBox *c : {m_property, m_product})
        connect(c, &QComboBox::currentTextChanged, this, &RuleEditorDialog::formEdited);
    for (QDoubleSpinBox *b : {m_threshold, m_min, m_max, m_hysteresis})
        connect(b, &QDoubleSpinBox::valueChanged, this, &RuleEditorDialog::formEdited);
    connect(m_changes, &QSpinBox::valueChanged, this, &RuleEditorDialog::formEdited);

    for (const AlertRule &r : std::as_const(m_rules))
        m_list->addItem(r.name);
    if (m_rules.isEmpty())
        addRule();
    else
        m_list->setCurrentRow(0);
    resize(760, 560);
    check();
}

void RuleEditorDialog::addRule()
{
    AlertRule r;
    QSet<QString> names;
    for (const AlertRule &x : std::as_const(m_rules))
        names.insert(x.name);
    int n = 1;
    do
        r.name = tr("Rule %1").arg(n++);
    while (names.contains(r.name));
    r.kind = AlertKind::PropertyAbove;
    r.property = m_property->count() > 0 ? m_property->itemText(0) : QString();
    r.forMs = 10'000;
    m_rules << r;
    m_list->addItem(r.name);
    m_list->setCurrentRow(int(m_rules.size()) - 1);
}

void RuleEditorDialog::showRule(int row)
{
    m_current = row;
    const bool any = row >= 0 && row < m_rules.size();
    for (int i = 0; i < m_form->rowCount(); ++i)
        if (QLayoutItem *item = m_form->itemAt(i, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setEnabled(any);
    if (!any)
        return;
    const AlertRule &r = m_rules[row];
    m_filling = true;
    m_name->setText(r.name);
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_severity->setCurrentIndex(m_severity->findData(int(r.severity)));
    m_property->setCurrentText(r.property);
    m_threshold->setValue(r.threshold);
    m_min->setValue(r.min);
    m_max->setValue(r.max);
    m_hysteresis->setValue(r.hysteresis);
    m_value->setText(r.value.isValid() ? QString::fromUtf8(valueToJson(r.value)) : QString());
    m_for->setText(r.forMs > 0 ? alertDurationText(r.forMs) : QString());
    m_eventType->setCurrentIndex(r.eventType ? m_eventType->findData(eventTypeName(*r.eventType)) : 0);
    m_identifier->setText(r.identifier);
    m_changes->setValue(std::max(2, r.changes));
    m_within->setText(r.withinMs > 0 ? alertDurationText(r.withinMs) : QString());
    m_product->setCurrentText(r.scope.productKey);
    m_device->setText(r.scope.deviceName);
    m_topic->setText(r.scope.topic);
    m_filling = false;
    updateRows();
    check(false); // looking at a rule changes nothing in it
}

void RuleEditorDialog::updateRows()
{
    const auto kind = AlertKind(m_kind->currentData().toInt());
    const bool property = kind == AlertKind::PropertyAbove || kind == AlertKind::PropertyBelow
        || kind == AlertKind::PropertyOutside || kind == AlertKind::PropertyEquals
        || kind == AlertKind::PropertyChanges || kind == AlertKind::Silent;
    m_form->setRowVisible(m_property, property);
    m_form->setRowVisible(m_threshold, kind == AlertKind::PropertyAbove || kind == AlertKind::PropertyBelow);
    m_form->setRowVisible(m_min, kind == AlertKind::PropertyOutside);
    m_form->setRowVisible(m_max, kind == AlertKind::PropertyOutside);
    m_form->setRowVisible(m_hysteresis,
                          kind == AlertKind::PropertyAbove || kind == AlertKind::PropertyBelow
                              || kind == AlertKind::PropertyOutside);
    m_form->setRowVisible(m_value, kind == AlertKind::PropertyEquals);
    m_form->setRowVisible(m_eventType, kind == AlertKind::Event);
    m_form->setRowVisible(m_identifier, kind == AlertKind::Event);
    m_form->setRowVisible(m_changes, kind == AlertKind::Flapping);
    m_form->setRowVisible(m_within, kind == AlertKind::Flapping);
    m_form->setRowVisible(m_for, kind != AlertKind::Flapping);
    const bool occurrence
        = kind == AlertKind::Event || kind == AlertKind::ReplyError || kind == AlertKind::PropertyChanges;
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_for)))
        label->setText(occurrence ? tr("Stays for") : tr("For"));
    m_for->setToolTip(occurrence
                          ? tr("How long the alert stays firing after the last occurrence (default 5m)")
                          : tr("How long the condition must hold before the alert fires"));
}

QJsonObject RuleEditorDialog::formJson() const
{
    const auto kind = AlertKind(m_kind->currentData().toInt());
    QJsonObject o {
        {QStringLiteral("name"), m_name->text()},
        {QStringLiteral("kind"), alertKindName(kind)},
        {QStringLiteral("severity"), alertSeverityName(AlertSeverity(m_severity->currentData().toInt()))}};
    if (!m_for->text().trimmed().isEmpty() && kind != AlertKind::Flapping)
        o.insert(QStringLiteral("for"), m_for->text().trimmed());
    if (m_form->isRowVisible(m_property) && !m_property->currentText().trimmed().isEmpty())
        o.insert(QStringLiteral("property"), m_property->currentText().trimmed());
    if (kind == AlertKind::PropertyAbove || kind == AlertKind::PropertyBelow)
        o.insert(QStringLiteral("threshold"), m_threshold->value());
    if (kind == AlertKind::PropertyOutside) {
        o.insert(QStringLiteral("min"), m_min->value());
        o.insert(QStringLiteral("max"), m_max->value());
    }
    if (m_form->isRowVisible(m_hysteresis) && m_hysteresis->value() > 0)
        o.insert(QStringLiteral("hysteresis"), m_hysteresis->value());
    if (kind == AlertKind::PropertyEquals && !m_value->text().trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m_value->text().toUtf8() + "]");
        o.insert(QStringLiteral("value"),
                 doc.isArray() && doc.array().size() == 1 ? doc.array().first()
                                                          : QJsonValue(m_value->text()));
    }
    if (kind == AlertKind::Event) {
        if (!m_eventType->currentData().toString().isEmpty())
            o.insert(QStringLiteral("eventType"), m_eventType->currentData().toString());
        if (!m_identifier->text().trimmed().isEmpty())
            o.insert(QStringLiteral("identifier"), m_identifier->text().trimmed());
    }
    if (kind == AlertKind::Flapping) {
        o.insert(QStringLiteral("changes"), m_changes->value());
        if (!m_within->text().trimmed().isEmpty())
            o.insert(QStringLiteral("within"), m_within->text().trimmed());
    }
    QJsonObject scope;
    if (!m_product->currentText().trimmed().isEmpty())
        scope.insert(QStringLiteral("productKey"), m_product->currentText().trimmed());
    if (!m_device->text().trimmed().isEmpty())
        scope.insert(QStringLiteral("deviceName"), m_device->text().trimmed());
    if (!m_topic->text().trimmed().isEmpty())
        scope.insert(QStringLiteral("topic"), m_topic->text().trimmed());
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    return o;
}

void RuleEditorDialog::formEdited()
{
    if (m_filling || m_current < 0)
        return;
    updateRows();
    check(true);
}

void RuleEditorDialog::check(bool fromForm)
{
    m_problem.clear();
    if (fromForm && m_current >= 0 && m_current < m_rules.size()) {
        auto rule = alertRuleFromJson(formJson(), tr("this rule"));
        if (rule) {
            m_rules[m_current] = *rule;
            if (auto fits = checkAlertRule(*rule, m_models); !fits)
                m_problem = fits.error();
        } else {
            m_problem = rule.error();
        }
        if (QListWidgetItem *item = m_list->item(m_current))
            item->setText(m_name->text());
    } else if (m_current >= 0 && m_current < m_rules.size()) {
        if (auto fits = checkAlertRule(m_rules[m_current], m_models); !fits)
            m_problem = fits.error();
    }
    QSet<QString> names;
    for (const AlertRule &r : std::as_const(m_rules)) {
        if (m_problem.isEmpty() && names.contains(r.name))
            m_problem = tr("two rules are named \"%1\"").arg(r.name);
        names.insert(r.name);
    }
    m_status->setStyleSheet(m_problem.isEmpty() ? QStringLiteral("color: #2e7d32")
                                                : QStringLiteral("color: #c62828"));
    m_status->setText(m_problem.isEmpty() ? tr("%n rules, all valid", nullptr, int(m_rules.size()))
                                          : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void RuleEditorDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import alert rules"), QString(),
                                                      tr("Rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import alert rules"),
                             tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    const auto parsed = parseAlertRules(f.readAll());
    if (!parsed) {
        QMessageBox::warning(this, tr("Import alert rules"), tr("%1: %2").arg(path, parsed.error()));
        return;
    }
    for (const AlertRule &r : *parsed) {
        m_rules << r;
        m_list->addItem(r.name);
    }
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    check();
}

void RuleEditorDialog::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export alert rules"),
                                                      QStringLiteral("rules.json"), tr("Rules (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(alertRulesToJson(m_rules)) < 0 || !f.commit())
        QMessageBox::warning(this, tr("Export alert rules"),
                             tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace linkscope
