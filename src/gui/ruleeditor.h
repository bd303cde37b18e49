#pragma once

#include "core/alertrule.h"
#include "core/thingmodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace linkscope {

// Alerts > Rules…: the profile's alert rules, one form per rule. Every edit
// is checked as the rules file would be (the same parser), and against the
// thing models known, so OK is only possible with rules that can work.
// Import and Export read and write the rules file (docs/FORMATS.md).
class RuleEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit RuleEditorDialog(QList<AlertRule> rules, QList<ThingModel> models, QWidget *parent = nullptr);

    QList<AlertRule> rules() const { return m_rules; }
    // Why the rules cannot be saved, or empty.
    QString problem() const { return m_problem; }
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *propertyBox() const { return m_property; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QLineEdit *forEdit() const { return m_for; }
    void addRule();

private:
    void showRule(int row);
    void formEdited();
    void updateRows();
    // Why the rules cannot be saved; with `fromForm` the current rule is first taken from the form.
    void check(bool fromForm = true);
    void importFile();
    void exportFile();
    QJsonObject formJson() const;

    QList<AlertRule> m_rules;
    QList<ThingModel> m_models;
    int m_current = -1;
    bool m_filling = false;
    QString m_problem;

    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_property = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDoubleSpinBox *m_min = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QDoubleSpinBox *m_hysteresis = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_for = nullptr;
    QComboBox *m_eventType = nullptr;
    QLineEdit *m_identifier = nullptr;
    QSpinBox *m_changes = nullptr;
    QLineEdit *m_within = nullptr;
    QComboBox *m_product = nullptr;
    QLineEdit *m_device = nullptr;
    QLineEdit *m_topic = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace linkscope
