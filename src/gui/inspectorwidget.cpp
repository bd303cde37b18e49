#include "inspectorwidget.h"

#include "chartticks.h"

#include "messagelogmodel.h"
#include "payloadtext.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>

namespace linkscope {

namespace {
QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QPlainTextEdit *makeText(QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setReadOnly(true);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    return e;
}
} // namespace

InspectorWidget::InspectorWidget(MessageLogModel *messages, MessageLogModel *rejects, QWidget *parent)
    : QWidget(parent), m_messages(messages), m_rejects(rejects)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(makeMessagesTab(), tr("Messages"));
    m_tabs->addTab(makeRejectsTab(), tr("Rejected"));
    layout->addWidget(m_tabs);
    connect(m_rejects, &QAbstractItemModel::rowsInserted, this, &InspectorWidget::updateRejectTitle);
    updateRejectTitle();
}

QWidget *InspectorWidget::makeMessagesTab()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("inspectorFilter"));
    m_filter->setPlaceholderText(tr("Filter by device, topic, kind or message id"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_messages);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *split = new QSplitter(Qt::Vertical, box);
    m_table = makeTable(split, m_proxy);
    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(MessageLogModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_table->setColumnWidth(MessageLogModel::DeviceColumn, 190);
    m_table->setColumnWidth(MessageLogModel::KindColumn, 90);
    m_table->setColumnWidth(MessageLogModel::TopicColumn, 360);
    auto *details = new QWidget(split);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(tr("Select a message to see its payload."), details);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    auto *views = new QTabWidget(details);
    m_pretty = makeText(views);
    m_raw = makeText(views);
    m_diff = new QTextEdit(views);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    views->addTab(m_pretty, tr("JSON"));
    views->addTab(m_raw, tr("Raw bytes"));
    views->addTab(m_diff, tr("Diff with previous"));
    dl->addWidget(m_header);
    dl->addWidget(views);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(m_filter);
    layout->addWidget(split);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMessage(current); });
    return box;
}

QWidget *InspectorWidget::makeRejectsTab()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    m_rejectProxy = new QSortFilterProxyModel(this);
    m_rejectProxy->setSourceModel(m_rejects);
    m_rejectTable = makeTable(split, m_rejectProxy);
    m_rejectTable->setObjectName(QStringLiteral("rejectTable"));
    m_rejectTable->setColumnWidth(MessageLogModel::DeviceColumn, 190);
    m_rejectTable->setColumnWidth(MessageLogModel::KindColumn, 90);
    m_rejectTable->setColumnWidth(MessageLogModel::TopicColumn, 360);
    auto *details = new QWidget(split);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    m_rejectReason
        = new QLabel(tr("Malformed messages are kept here with the reason they were refused."), details);
    m_rejectReason->setWordWrap(true);
    m_rejectReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectRaw = makeText(details);
    dl->addWidget(m_rejectReason);
    dl->addWidget(m_rejectRaw);
    split->addWidget(m_rejectTable);
    split->addWidget(details);
    connect(m_rejectTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showReject(current); });
    return split;
}

void InspectorWidget::updateRejectTitle()
{
    const int n = m_rejects->rowCount();
    m_tabs->setTabText(1, n ? tr("Rejected (%1)").arg(n) : tr("Rejected"));
}

void InspectorWidget::setFilter(const QString &text)
{
    m_tabs->setCurrentIndex(0);
    m_filter->setText(text);
}

bool InspectorWidget::selectMessage(const QString &messageId)
{
    const int row = m_messages->rowOf(messageId);
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_messages->index(row, 0));
    if (!proxyIndex.isValid()) { // hidden by the filter: clear it
        m_filter->clear();
        proxyIndex = m_proxy->mapFromSource(m_messages->index(row, 0));
    }
    m_table->setCurrentIndex(proxyIndex);
    m_table->scrollTo(proxyIndex);
    return true;
}

QString InspectorWidget::headerText() const
{
    return m_header->text();
}

void InspectorWidget::showRejected()
{
    m_tabs->setCurrentIndex(1);
}

void InspectorWidget::showMessage(const QModelIndex &proxyIndex)
{
    const QModelIndex i = m_proxy->mapToSource(proxyIndex);
    if (!i.isValid())
        return;
    const QByteArray payload = i.data(MessageLogModel::PayloadRole).toByteArray();
    QString header = tr("%1 · %2 · message %3")
                         .arg(i.siblingAtColumn(MessageLogModel::KindColumn).data().toString(),
                              i.data(MessageLogModel::TopicRole).toString(),
                              i.data(MessageLogModel::MessageIdRole).toString());
    if (const qint64 skew = i.data(MessageLogModel::ClockSkewRole).toLongLong(); skew != 0)
        header += u'\n'
            + (skew > 0
                   ? tr("⚠ The device's clock was %1 ahead: its values are ordered by the cloud's time.")
                   : tr("⚠ The device's clock was %1 behind: its values are ordered by the cloud's time."))
                  .arg(durationText(std::abs(skew)));
    m_header->setText(header);
    const auto pretty = prettyJson(payload);
    m_pretty->setPlainText(pretty ? *pretty
                                  : pretty.error() + QStringLiteral("\n\n") + QString::fromUtf8(payload));
    m_raw->setPlainText(hexDump(payload));
    const int previous = m_messages->previousOnTopic(i.row());
    if (previous < 0) {
        m_diff->setPlainText(tr("No earlier message of this device on this topic is held."));
    } else {
        const QModelIndex p = m_messages->index(previous, 0);
        m_diff->setHtml(tr("<p>Against message %1 received at %2:</p>")
                            .arg(p.data(MessageLogModel::MessageIdRole).toString().toHtmlEscaped(),
                                 p.siblingAtColumn(MessageLogModel::TimeColumn).data().toString())
                        + diffHtml(p.data(MessageLogModel::PayloadRole).toByteArray(), payload));
    }
}

void InspectorWidget::showReject(const QModelIndex &proxyIndex)
{
    const QModelIndex i = m_rejectProxy->mapToSource(proxyIndex);
    if (!i.isValid())
        return;
    m_rejectReason->setText(tr("<b>%1</b><br>topic %2 · message %3")
                                .arg(i.data(MessageLogModel::ReasonRole).toString().toHtmlEscaped(),
                                     i.data(MessageLogModel::TopicRole).toString().toHtmlEscaped(),
                                     i.data(MessageLogModel::MessageIdRole).toString().toHtmlEscaped()));
    m_rejectRaw->setPlainText(hexDump(i.data(MessageLogModel::PayloadRole).toByteArray()));
}

QString InspectorWidget::prettyText() const
{
    return m_pretty->toPlainText();
}

QString InspectorWidget::rawText() const
{
    return m_raw->toPlainText();
}

QString InspectorWidget::diffText() const
{
    return m_diff->toPlainText();
}

QString InspectorWidget::rejectText() const
{
    return m_rejectReason->text() + u'\n' + m_rejectRaw->toPlainText();
}

} // namespace linkscope
