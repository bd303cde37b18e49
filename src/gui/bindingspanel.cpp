#include "bindingspanel.h"

#include "bindingmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace linkscope {

namespace {
QTableView *table(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setAlternatingRowColors(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}
} // namespace

BindingsPanel::BindingsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_title = new QLabel(tr("Select a device to see its users."), this);
    m_title->setObjectName(QStringLiteral("bindingsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current = new BindingModel(BindingModel::Current, this);
    m_history = new BindingModel(BindingModel::History, this);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(new QLabel(tr("Current users"), top));
    tl->addWidget(table(top, m_current, QStringLiteral("currentBindings")));
    auto *bottom = new QWidget(split);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(new QLabel(tr("Bind and unbind history"), bottom));
    bl->addWidget(table(bottom, m_history, QStringLiteral("bindingHistory")));
    split->addWidget(top);
    split->addWidget(bottom);
    layout->addWidget(m_title);
    layout->addWidget(split);
}

void BindingsPanel::showLoading(const DeviceKey &device)
{
    m_title->setText(tr("<b>%1</b> (%2): loading…")
                         .arg(device.deviceName.toHtmlEscaped(), device.productKey.toHtmlEscaped()));
}

void BindingsPanel::showBindings(const DeviceBindings &b)
{
    m_current->setBindings(b);
    m_history->setBindings(b);
    int owners = 0;
    for (const BindingRecord &r : b.current)
        owners += r.identity.owned;
    const QString who = b.current.isEmpty() ? tr("no user is bound")
                                            : tr("%n owner(s)", nullptr, owners) + QStringLiteral(", ")
            + tr("%n sharer(s)", nullptr, int(b.current.size()) - owners);
    m_title->setText(tr("<b>%1</b> (%2): %3")
                         .arg(b.device.deviceName.toHtmlEscaped(), b.device.productKey.toHtmlEscaped(), who));
}

QString BindingsPanel::summary() const
{
    return m_title->text();
}

} // namespace linkscope
