// The Alerts dock, the toolbar's badge and the rule editor: alerts appear,
// are acknowledged and clear; filters narrow them; the editor refuses a rule
// that cannot work and says why. Screenshots go to build/*/screenshots.

#include "gui/alertmodels.h"
#include "gui/alertspanel.h"
#include "gui/mainwindow.h"
#include "gui/ruleeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace linkscope;

namespace {

AlertTransition transition(const QString &rule, const QString &device, AlertState state,
                           AlertSeverity severity, qint64 time, const QVariant &value,
                           const QString &detail = {})
{
    return AlertTransition {rule, severity, DeviceKey {"a1Plug", device, {}}, state, time, value, detail};
}

ThingModel plugModel()
{
    auto m = parseThingModel(
        R"({"properties":[{"identifier":"RealTimePower","name":"实时功率","dataType":{"type":"double","specs":{"unit":"W","min":"0","max":"2500"}}},{"identifier":"PowerSwitch","name":"开关","dataType":{"type":"bool","specs":{"0":"关","1":"开"}}}]})");
    ThingModel model = *m;
    model.productKey = "a1Plug";
    return model;
}

QString shots()
{
    const QString dir = QStringLiteral(LINKSCOPE_BIN_DIR "/../screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestAlertsPanel : public QObject {
    Q_OBJECT

private slots:
    void alertsFireAreAcknowledgedAndClear()
    {
        MainWindow w;
        new QAbstractItemModelTester(w.activeAlerts(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &w);
        new QAbstractItemModelTester(w.alertHistory(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &w);
        w.setAlertRules({});
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
        w.applyAlertTransitions({transition("Hot plug", "plug-1", AlertState::Firing, AlertSeverity::Critical,
                                            t0, 1620.5, "RealTimePower 1620.5 > 1500"),
                                 transition("Gone", "lock-1", AlertState::Firing, AlertSeverity::Warning,
                                            t0 + 1000, false, "offline for 2m"),
                                 transition("Gone", "lock-2", AlertState::Firing, AlertSeverity::Warning,
                                            t0 + 2000, false, "offline for 2m")});
        QCOMPARE(w.activeAlerts()->rowCount(), 3);
        QCOMPARE(w.alertHistory()->rowCount(), 3);
        QCOMPARE(w.alertHistory()->transition(0).device.deviceName, QStringLiteral("lock-2")); // newest first
        QCOMPARE(w.alertsAction()->text(), QStringLiteral("Alerts (3)"));
        QVERIFY(w.alertsAction()->toolTip().contains("3 not acknowledged"));

        // Acknowledge from the dock: the panel asks, the rules' answer marks it.
        AlertsPanel *panel = w.alertsPanel();
        QSignalSpy asked(&w, &MainWindow::alertAcknowledged);
        panel->activeTable()->selectRow(0);
        panel->findChild<QPushButton *>("acknowledgeAlert")->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked[0][0].toString(), QStringLiteral("Hot plug"));
        w.applyAlertTransitions({transition("Hot plug", "plug-1", AlertState::Acknowledged,
                                            AlertSeverity::Critical, t0 + 3000, 1620.5)});
        QCOMPARE(w.activeAlerts()->unacknowledged(), 2);
        QVERIFY(w.alertsAction()->toolTip().contains("2 not acknowledged"));
        QCOMPARE(w.activeAlerts()->index(0, ActiveAlertModel::Severity).data().toString(),
                 QStringLiteral("Critical (acknowledged)"));

        // Filters: by severity, by text, acknowledged hidden.
        panel->setMinimumSeverity(AlertSeverity::Critical);
        QCOMPARE(panel->activeTable()->model()->rowCount(), 1);
        panel->findChild<QCheckBox *>("showAcknowledged")->setChecked(false);
        QCOMPARE(panel->activeTable()->model()->rowCount(), 0);
        panel->findChild<QCheckBox *>("showAcknowledged")->setChecked(true);
        panel->setMinimumSeverity(AlertSeverity::Info);
        panel->setFilterText("lock-2");
        QCOMPARE(panel->activeTable()->model()->rowCount(), 1);
        QCOMPARE(panel->historyTable()->model()->rowCount(), 1);
        panel->setFilterText({});

        QDockWidget *dock = w.dock("alertsDock");
        QVERIFY(dock);
        w.resize(1300, 820);
        w.show();
        dock->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.grab().save(shots() + "/alerts-dock.png"));

        // It clears: gone from the active table, in the history.
        w.applyAlertTransitions({transition("Hot plug", "plug-1", AlertState::Cleared,
                                            AlertSeverity::Critical, t0 + 9000, 1400, "RealTimePower 1400")});
        QCOMPARE(w.activeAlerts()->rowCount(), 2);
        QCOMPARE(w.alertHistory()->rowCount(), 5);
        QCOMPARE(w.alertHistory()->index(0, AlertHistoryModel::State).data().toString(),
                 QStringLiteral("Cleared"));

        // Double-clicking an alert shows its device.
        QSignalSpy shown(panel, &AlertsPanel::deviceActivated);
        const QModelIndex first = panel->activeTable()->model()->index(0, 1);
        emit panel->activeTable()->doubleClicked(first);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown[0][0].value<DeviceKey>().deviceName, QStringLiteral("lock-1"));
    }

    void theDockInChinese()
    {
        // With the translation the app installs: every word of the dock in
        // 简体中文, in a font that has the glyphs (a screenshot to look at).
        QTranslator zh;
        QVERIFY(
            zh.load(QStringLiteral(LINKSCOPE_BIN_DIR "/../share/linkscope/translations/linkscope_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        {
            MainWindow w;
            w.setAlertRules({});
            const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60'000;
            w.applyAlertTransitions(
                {transition("热插座", "plug-1", AlertState::Firing, AlertSeverity::Critical, t0, 1620.5,
                            "RealTimePower 1620.5 > 1500 for 10s"),
                 transition("离线", "lock-1", AlertState::Firing, AlertSeverity::Warning, t0 + 1000, false,
                            "offline for 2m"),
                 transition("离线", "lock-2", AlertState::Firing, AlertSeverity::Info, t0 + 2000, false,
                            "offline for 2m")});
            QDockWidget *dock = w.dock("alertsDock");
            QCOMPARE(dock->windowTitle(), QStringLiteral("告警"));
            QCOMPARE(w.alertsAction()->text(), QStringLiteral("告警（3）"));
            w.resize(1300, 820);
            w.show();
            dock->raise();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.grab().save(shots() + "/alerts-dock-zh_CN.png"));
        }
        QCoreApplication::removeTranslator(&zh);
    }

    void aBurstOfThousandsIsOneBatch()
    {
        // A whole fleet goes quiet at once: one insertion, not 5000; then most
        // of it speaks again, in one batch with every other case mixed in.
        ActiveAlertModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QList<AlertTransition> burst;
        for (int i = 0; i < 5000; ++i)
            burst << transition("Quiet", QStringLiteral("d%1").arg(i), AlertState::Firing,
                                AlertSeverity::Info, i, {});
        burst << transition("Quiet", "d7", AlertState::Firing, AlertSeverity::Info, 9999, {}); // fires once
        m.apply(burst);
        QCOMPARE(m.rowCount(), 5000);
        QCOMPARE(inserted.count(), 1);
        QList<AlertTransition> back;
        for (int i = 0; i < 4000; ++i)
            back << transition("Quiet", QStringLiteral("d%1").arg(i), AlertState::Cleared,
                               AlertSeverity::Info, 10'000 + i, {});
        back << transition("Quiet", "d4500", AlertState::Acknowledged, AlertSeverity::Info, 20'000, {})
             << transition("Quiet", "d3", AlertState::Firing, AlertSeverity::Info, 20'001, {}) // again
             << transition("Quiet", "new", AlertState::Firing, AlertSeverity::Info, 20'002, {})
             << transition("Quiet", "new", AlertState::Cleared, AlertSeverity::Info, 20'003,
                           {}) // came and went
             << transition("Quiet", "d4999", AlertState::Cleared, AlertSeverity::Info, 20'004, {});
        m.apply(back);
        QCOMPARE(m.rowCount(), 1000); // d4000…d4998, then d3 again
        QCOMPARE(m.row(0).device.deviceName, QStringLiteral("d4000"));
        QCOMPARE(m.row(998).device.deviceName, QStringLiteral("d4998"));
        QCOMPARE(m.row(999).device.deviceName, QStringLiteral("d3"));
        QCOMPARE(m.row(999).since, 20'001);
        QCOMPARE(m.unacknowledged(), 999);
        QVERIFY(m.row(500).acknowledged);
        // A few at a time: removals of neighbours, an insertion at the end.
        m.apply({transition("Quiet", "d4001", AlertState::Cleared, AlertSeverity::Info, 30'000, {}),
                 transition("Quiet", "d4002", AlertState::Cleared, AlertSeverity::Info, 30'001, {}),
                 transition("Quiet", "d4900", AlertState::Cleared, AlertSeverity::Info, 30'002, {}),
                 transition("Quiet", "d1", AlertState::Firing, AlertSeverity::Info, 30'003, {})});
        QCOMPARE(m.rowCount(), 998);
        QCOMPARE(m.row(0).device.deviceName, QStringLiteral("d4000"));
        QCOMPARE(m.row(1).device.deviceName, QStringLiteral("d4003"));
        QCOMPARE(m.row(997).device.deviceName, QStringLiteral("d1"));
    }

    void restoredAlertsTakeTheirRulesSeverity()
    {
        ActiveAlertModel model;
        auto rule = alertRuleFromJson(
            QJsonDocument::fromJson(
                R"({"name":"Hot","kind":"property-above","property":"P","threshold":1,"severity":"critical"})")
                .object(),
            "t");
        QVERIFY(rule);
        model.setRules({*rule});
        QSignalSpy counts(&model, &ActiveAlertModel::countsChanged);
        model.restore({ActiveAlert {"Hot", DeviceKey {"a", "b", {}}, 1000, 5, true}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).severity, AlertSeverity::Critical);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts[0][1].value<qsizetype>(), 0); // acknowledged before the restart
    }

    void removingRulesAndLookingAtThem()
    {
        auto parsed = parseAlertRules(
            R"({"rules":[{"name":"A","kind":"property-above","property":"RealTimePower","threshold":0.0005},{"name":"B","kind":"offline","for":"1m"},{"name":"C","kind":"reply-error","enabled":false,"comment":"later"}]})");
        QVERIFY(parsed);
        RuleEditorDialog dialog(*parsed, {plugModel()});
        dialog.list()->setCurrentRow(2);
        dialog.list()->setCurrentRow(0);
        QCOMPARE(dialog.rules(), *parsed); // looking at rules changes none of them
        QPushButton *remove = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == "Remove")
                remove = b;
        QVERIFY(remove);
        remove->click(); // the first: A
        QCOMPARE(dialog.rules().size(), 2);
        QCOMPARE(dialog.rules()[0].name, QStringLiteral("B"));
        QCOMPARE(dialog.list()->count(), 2);
        QCOMPARE(dialog.list()->item(0)->text(), QStringLiteral("B"));
        remove->click();
        remove->click();
        QVERIFY(dialog.rules().isEmpty());
        QCOMPARE(dialog.list()->count(), 0);
        remove->click(); // nothing left: nothing happens
        QVERIFY(dialog.rules().isEmpty());
    }

    void theRuleEditorValidatesAgainstTheThingModel()
    {
        RuleEditorDialog dialog({}, {plugModel()});
        QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        // A new rule: property-above on the first property of the model.
        QCOMPARE(dialog.list()->count(), 1);
        dialog.nameEdit()->setText("Hot plug");
        dialog.propertyBox()->setCurrentText("RealTimePower");
        dialog.thresholdBox()->setValue(1500);
        dialog.forEdit()->setText("10s");
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules()[0].kind, AlertKind::PropertyAbove);
        QCOMPARE(dialog.rules()[0].threshold, 1500.0);
        QCOMPARE(dialog.rules()[0].forMs, 10'000);

        dialog.resize(780, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(shots() + "/rule-editor.png"));

        // A property the thing model lacks: refused with the reason.
        dialog.propertyBox()->setCurrentText("RealtimePower");
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains("no product's thing model has a property \"RealtimePower\""),
                 qPrintable(dialog.problem()));
        QCOMPARE(dialog.findChild<QLabel *>("ruleStatus")->text(), dialog.problem());
        dialog.propertyBox()->setCurrentText("RealTimePower");
        QVERIFY(ok->isEnabled());
        // A duration that is not one.
        dialog.forEdit()->setText("soon");
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains("duration"), qPrintable(dialog.problem()));
        dialog.forEdit()->setText("10s");
        // Two rules, one name.
        dialog.addRule();
        dialog.nameEdit()->setText("Hot plug");
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains("two rules are named"), qPrintable(dialog.problem()));
        dialog.nameEdit()->setText("Gone");
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(AlertKind::Offline)));
        dialog.forEdit()->setText("2m");
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.rules().size(), 2);
        QCOMPARE(dialog.rules()[1].kind, AlertKind::Offline);
        QCOMPARE(dialog.rules()[1].forMs, 120'000);
        QVERIFY(dialog.rules()[1].property.isEmpty()); // not a property rule: its property is not kept
    }
};

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
