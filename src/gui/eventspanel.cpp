#include "eventspanel.h"

#include "eventfilterproxy.h"
#include "eventlogmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace linkscope {

namespace {
constexpr qint64 kRanges[] = {0, 5 * 60'000LL, 3'600'000LL, 86'400'000LL};
}

EventsPanel::EventsPanel(EventLogModel *model, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(2, 2, 2, 0);
    m_proxy = new EventFilterProxy(this);
    m_proxy->setSourceModel(model);

    m_device = new QLineEdit(this);
    m_device->setObjectName(QStringLiteral("eventDeviceFilter"));
    m_device->setPlaceholderText(tr("Device"));
    m_device->setClearButtonEnabled(true);
    connect(m_device, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setDevice);
    bar->addWidget(m_device, 2);

    const std::pair<int, QString> types[] = {{EventFilterProxy::InfoFlag, tr("Info")},
                                             {EventFilterProxy::AlertFlag, tr("Alert")},
                                             {EventFilterProxy::ErrorFlag, tr("Error")},
                                             {EventFilterProxy::ReplyFlag, tr("Replies")}};
    for (const auto &[flag, name] : types) {
        auto *b = new QToolButton(this);
        b->setText(name);
        b->setCheckable(true);
        b->setChecked(true);
        b->setObjectName(QStringLiteral("eventType%1").arg(flag));
        b->setToolTip(tr("Show %1").arg(name));
        connect(b, &QToolButton::toggled, this, [this, flag = flag](bool on) {
            m_proxy->setTypes(on ? (m_proxy->types() | flag) : (m_proxy->types() & ~flag));
        });
        bar->addWidget(b);
    }
    auto *identifier = new QLineEdit(this);
    identifier->setObjectName(QStringLiteral("eventIdentifierFilter"));
    identifier->setPlaceholderText(tr("Identifier"));
    identifier->setClearButtonEnabled(true);
    connect(identifier, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setIdentifier);
    bar->addWidget(identifier, 2);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("eventRange"));
    m_range->addItems({tr("All times"), tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours")});
    connect(m_range, &QComboBox::currentIndexChanged, this, &EventsPanel::applyTimeRange);
    bar->addWidget(m_range);
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("eventSearch"));
    search->setPlaceholderText(tr("Search events and replies"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setSearch);
    bar->addWidget(search, 3);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, once, not measured over every row at every change.
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(EventLogModel::TimeColumn,
                            fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    m_table->setColumnWidth(EventLogModel::DeviceColumn, fm.horizontalAdvance(QString(20, u'M')));
    m_table->setColumnWidth(EventLogModel::WhatColumn, fm.horizontalAdvance(QString(18, u'M')));
    m_table->setColumnWidth(EventLogModel::TypeColumn, fm.horizontalAdvance(QString(8, u'M')));
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click a row to see its message in the inspector."));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        emit messageActivated(i.data(EventLogModel::MessageIdRole).toString());
    });
    layout->addWidget(m_table);

    // "Last 5 minutes" moves on with time.
    m_rangeTimer = new QTimer(this);
    connect(m_rangeTimer, &QTimer::timeout, this, &EventsPanel::applyTimeRange);
    m_rangeTimer->start(5000);
}

void EventsPanel::setDeviceFilter(const QString &text)
{
    m_device->setText(text);
}

void EventsPanel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    applyTimeRange();
}

void EventsPanel::applyTimeRange()
{
    const qint64 span = kRanges[std::clamp(m_range->currentIndex(), 0, 3)];
    if (span == 0) {
        if (m_timed) // refilter once, not on every tick
            m_proxy->setTimeRange(0, std::numeric_limits<qint64>::max());
        m_timed = false;
    } else {
        m_timed = true;
        const qint64 now = m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
        m_proxy->setTimeRange(now - span, std::numeric_limits<qint64>::max());
    }
}

} // namespace linkscope
