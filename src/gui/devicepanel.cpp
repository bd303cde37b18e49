#include "devicepanel.h"

#include "devicetreemodel.h"
#include "propertylistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace linkscope {

DevicePanel::DevicePanel(DeviceTreeModel *devices, PropertyListModel *properties, QWidget *parent)
    : QWidget(parent), m_model(devices)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("deviceFilter"));
    filter->setPlaceholderText(tr("Filter devices"));
    filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(devices);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("deviceTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true); // the proxy keeps names in order as devices arrive
    m_tree->sortByColumn(DeviceTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DevicePanel::showMenu);
    connect(devices, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &where) {
        if (!where.isValid())
            m_tree->expandAll(); // new products open up
    });
    connect(devices, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const DeviceKey key
                    = i.siblingAtColumn(0).data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
                if (key.isValid()) {
                    m_model->clearAlerts(key);
                    emit deviceSelected(key);
                }
            });

    m_properties = new QTableView(split);
    m_properties->setObjectName(QStringLiteral("propertyList"));
    m_properties->setModel(properties);
    m_properties->setDragEnabled(true);
    m_properties->setDragDropMode(QAbstractItemView::DragOnly);
    m_properties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_properties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_properties->verticalHeader()->hide();
    m_properties->verticalHeader()->setDefaultSectionSize(m_properties->fontMetrics().height() + 6);
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_properties->setToolTip(tr("Tick a property to chart it, or drag it onto a chart."));
    const auto fitNames = [this] {
        QTimer::singleShot(0, m_properties,
                           [this] { m_properties->resizeColumnToContents(PropertyListModel::NameColumn); });
    };
    connect(properties, &QAbstractItemModel::rowsInserted, m_properties, fitNames);
    connect(properties, &QAbstractItemModel::modelReset, m_properties, fitNames);
    split->addWidget(m_tree);
    split->addWidget(m_properties);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(filter);
    layout->addWidget(split);

    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, devices, &DeviceTreeModel::refreshTimes);
    tick->start(1000);
}

DeviceKey DevicePanel::currentDevice() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
}

bool DevicePanel::selectDevice(const DeviceKey &device)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(device));
    if (!i.isValid())
        return false;
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
    return true;
}

bool DevicePanel::selectFirstDevice()
{
    for (int p = 0; p < m_proxy->rowCount(); ++p) {
        const QModelIndex product = m_proxy->index(p, 0);
        if (m_proxy->rowCount(product) > 0) {
            m_tree->expand(product);
            m_tree->setCurrentIndex(m_proxy->index(0, 0, product));
            m_tree->scrollTo(m_tree->currentIndex());
            return true;
        }
    }
    return false;
}

void DevicePanel::showMenu(const QPoint &pos)
{
    const QModelIndex i = m_tree->indexAt(pos).siblingAtColumn(0);
    if (!i.isValid())
        return;
    QMenu menu(this);
    const auto copy = [](const QString &text) { QApplication::clipboard()->setText(text); };
    if (i.data(DeviceTreeModel::IsProductRole).toBool()) {
        const QString productKey = i.data(Qt::DisplayRole).toString();
        menu.addAction(tr("Copy productKey"), this, [=] { copy(productKey); });
    } else {
        const DeviceKey key = i.data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
        QAction *iot = menu.addAction(tr("Copy iotId"), this, [=] { copy(key.iotId); });
        iot->setEnabled(!key.iotId.isEmpty());
        menu.addAction(tr("Copy productKey"), this, [=] { copy(key.productKey); });
        menu.addAction(tr("Copy deviceName"), this, [=] { copy(key.deviceName); });
        menu.addSeparator();
        menu.addAction(QIcon(QStringLiteral(":/icons/inspector.svg")), tr("Open in inspector"), this,
                       [=, this] { emit openInInspector(key); });
        menu.addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export history…"), this,
                       [=, this] { emit exportRequested(key); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace linkscope
