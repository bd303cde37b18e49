#include "devicepanel.h"

#include "devicetreemodel.h"
#include "livetreeview.h"
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

#include <algorithm>

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
    // Before the proxy hears of it (it removes its rows at once, and the
    // selection moves): the device selected while its product is laid out anew.
    connect(devices, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &under) {
        if (under.isValid() && currentDevice().isValid()) {
            m_keep = currentDevice();
            m_restoring = true;
        }
    });
    m_proxy->setSourceModel(devices);
    m_proxy->setRecursiveFilteringEnabled(true);
    // The model keeps rows in name order and names never change: no sorting,
    // and no re-filtering of every changed row, only when the filter changes.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Typing refilters once the keys pause: a word typed into a large fleet
    // filters once, not once per letter.
    auto *refilter = new QTimer(this);
    refilter->setSingleShot(true);
    refilter->setInterval(FilterDelayMs);
    connect(filter, &QLineEdit::textChanged, refilter, qOverload<>(&QTimer::start));
    connect(refilter, &QTimer::timeout, m_proxy,
            [this, filter] { m_proxy->setFilterFixedString(filter->text()); });

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree = new LiveTreeView(split);
    m_tree->setObjectName(QStringLiteral("deviceTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Widths from the font, once: measuring every row on every change (resize
    // to contents) is what made the window fall behind a large fleet.
    const QFontMetrics fm = m_tree->fontMetrics();
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(DeviceTreeModel::NameColumn, fm.horizontalAdvance(QString(22, u'M')));
    // A device's type, or a large product's "9999 of 9999 online", whichever is wider.
    m_tree->header()->resizeSection(
        DeviceTreeModel::TypeColumn,
        std::max(fm.horizontalAdvance(QString(12, u'M')),
                 fm.horizontalAdvance(DeviceTreeModel::onlineText(9999, 9999)) + fm.averageCharWidth() * 2));
    m_tree->header()->resizeSection(DeviceTreeModel::LastSeenColumn, fm.horizontalAdvance(QString(10, u'0')));
    m_tree->header()->resizeSection(DeviceTreeModel::MessagesColumn, fm.horizontalAdvance(QString(9, u'0')));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DevicePanel::showMenu);
    connect(devices, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &where) {
        if (!where.isValid())
            m_tree->expandAll(); // new products open up
    });
    connect(devices, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    // A product laid out anew (many new devices at once) keeps the selected
    // device selected, quietly: the other views are not told of the same
    // device again, and the list stays where the user scrolled it.
    connect(devices, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &under) {
        if (under.isValid()) // should no insertion follow, the next selection is heard again
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_restoring = false;
                    m_keep = {};
                },
                Qt::QueuedConnection);
    });
    connect(devices, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &under) {
        if (!under.isValid())
            return;
        if (m_keep.isValid() && currentDevice() != m_keep) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(m_keep));
            if (i.isValid())
                m_tree->selectionModel()->setCurrentIndex(
                    i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_restoring = false;
        m_keep = {};
        m_tree->expand(m_proxy->mapFromSource(under));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const DeviceKey key
                    = i.siblingAtColumn(0).data(DeviceTreeModel::DeviceKeyRole).value<DeviceKey>();
                if (key.isValid() && !m_restoring) {
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
    m_properties->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int nameWidth = fm.horizontalAdvance(QString(18, u'M'));
    m_properties->horizontalHeader()->resizeSection(PropertyListModel::NameColumn, nameWidth);
    m_properties->horizontalHeader()->resizeSection(PropertyListModel::ValueColumn,
                                                    fm.horizontalAdvance(QString(14, u'0')));
    m_properties->setToolTip(tr("Tick a property to chart it, or drag it onto a chart."));
    // A newly selected device's names fit, measured when its rows come (a
    // device's properties, not at every value), never narrower than at first.
    auto *fitNames = new QTimer(this);
    fitNames->setSingleShot(true);
    fitNames->setInterval(0);
    connect(fitNames, &QTimer::timeout, m_properties, [this, nameWidth] {
        const int fit = std::max(
            static_cast<QAbstractItemView *>(m_properties)->sizeHintForColumn(PropertyListModel::NameColumn),
            m_properties->horizontalHeader()->sectionSizeHint(PropertyListModel::NameColumn));
        m_properties->horizontalHeader()->resizeSection(PropertyListModel::NameColumn,
                                                        std::max(fit, nameWidth));
    });
    connect(properties, &QAbstractItemModel::modelReset, fitNames, qOverload<>(&QTimer::start));
    connect(properties, &QAbstractItemModel::rowsInserted, fitNames, qOverload<>(&QTimer::start));
    split->addWidget(m_tree);
    split->addWidget(m_properties);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(filter);
    layout->addWidget(split);

    // "Last seen" ages at each paint: a repaint of the visible rows is all it takes.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_tree->viewport(), qOverload<>(&QWidget::update));
    tick->start(2000);
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
