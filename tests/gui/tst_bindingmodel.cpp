#include "gui/bindingmodel.h"
#include "gui/bindingspanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace linkscope;

namespace {
DeviceBindings sample()
{
    DeviceBindings b;
    b.device = {QStringLiteral("pk"), QStringLiteral("lamp1"), {}};
    const Identity owner {QStringLiteral("50ab"), QStringLiteral("scope1"), QStringLiteral("tenantA"), true};
    const Identity sharer {QStringLiteral("50cd"), {}, QStringLiteral("tenantA"), false};
    b.current = {{owner, 1000, true}, {sharer, 3000, true}};
    b.history = {{sharer, 3000, true}, {sharer, 2000, false}, {sharer, 1500, true}, {owner, 1000, true}};
    return b;
}
} // namespace

class TestBindingModel : public QObject {
    Q_OBJECT

private slots:
    void currentUsers()
    {
        BindingModel m(BindingModel::Current);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setBindings(sample());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), 5);
        QCOMPARE(m.index(0, BindingModel::RoleColumn).data().toString(), QStringLiteral("Owner"));
        QCOMPARE(m.index(1, BindingModel::RoleColumn).data().toString(), QStringLiteral("Sharer"));
        QCOMPARE(m.index(0, BindingModel::IdentityColumn).data().toString(), QStringLiteral("50ab"));
        QCOMPARE(m.index(0, BindingModel::TenantColumn).data().toString(), QStringLiteral("tenantA"));
        QCOMPARE(m.index(0, BindingModel::ScopeColumn).data().toString(), QStringLiteral("scope1"));
        QVERIFY(!m.index(0, BindingModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(m.headerData(BindingModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Since"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void historyWithActions()
    {
        BindingModel m(BindingModel::History);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setBindings(sample());
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.index(1, BindingModel::ActionColumn).data().toString(), QStringLiteral("unbound"));
        QCOMPARE(m.index(0, BindingModel::ActionColumn).data().toString(), QStringLiteral("bound"));
    }

    void panelSummarisesWhoOwnsIt()
    {
        BindingsPanel p;
        p.showBindings(sample());
        QCOMPARE(p.currentModel()->rowCount(), 2);
        QCOMPARE(p.historyModel()->rowCount(), 4);
        QVERIFY2(p.summary().contains(QStringLiteral("1 owner(s), 1 sharer(s)")), qPrintable(p.summary()));
        p.showBindings({});
        QVERIFY(p.summary().contains(QStringLiteral("no user is bound")));
    }
};

QTEST_MAIN(TestBindingModel)
#include "tst_bindingmodel.moc"
