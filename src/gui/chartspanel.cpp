#include "chartspanel.h"

#include "propertychart.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QSet>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace linkscope {

namespace {
constexpr qint64 kPresets[] = {60'000LL, 5 * 60'000LL, 3'600'000LL, 86'400'000LL, 7 * 86'400'000LL};
constexpr int kCustom = int(std::size(kPresets));

QString routeKey(const DeviceKey &device, const QString &attribute)
{
    return device.id() + u'\n' + attribute;
}

QToolButton *button(QWidget *parent, const QString &icon, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->addItems({tr("Last minute"), tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours"),
                       tr("Last 7 days"), tr("Custom range…")});
    connect(m_range, &QComboBox::activated, this, [this](int i) {
        if (i < kCustom)
            setPreset(i);
        else
            askCustomRange();
    });
    m_pause = button(this, QStringLiteral(":/icons/pause.svg"), tr("Pause"),
                     tr("Freeze the charts; data keeps arriving"));
    m_pause->setObjectName(QStringLiteral("chartPause"));
    m_pause->setCheckable(true);
    connect(m_pause, &QToolButton::toggled, this, &ChartsPanel::setPaused);
    auto *live = button(this, QStringLiteral(":/icons/live.svg"), tr("Live"), tr("Follow the present again"));
    connect(live, &QToolButton::clicked, this, [this] {
        m_pause->setChecked(false);
        for (int i = 0; i < chartCount(); ++i)
            chart(i)->followLive();
    });
    auto *add = button(this, QStringLiteral(":/icons/add-chart.svg"), tr("Add chart"),
                       tr("Add an empty chart below"));
    connect(add, &QToolButton::clicked, this, [this] { setCurrentChart(addChart()); });
    auto *remove
        = button(this, QStringLiteral(":/icons/remove.svg"), QString(), tr("Remove the current chart"));
    connect(remove, &QToolButton::clicked, this, [this] { removeChart(currentChart()); });
    auto *png = button(this, QStringLiteral(":/icons/image.svg"), tr("PNG"),
                       tr("Save the current chart as a PNG image"));
    connect(png, &QToolButton::clicked, this, &ChartsPanel::exportPngDialog);
    auto *csv = button(this, QStringLiteral(":/icons/export.svg"), tr("CSV"),
                       tr("Save the current chart's data as CSV"));
    connect(csv, &QToolButton::clicked, this, &ChartsPanel::exportCsvDialog);
    bar->addWidget(m_range);
    bar->addWidget(m_pause);
    bar->addWidget(live);
    bar->addStretch();
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addWidget(png);
    bar->addWidget(csv);
    layout->addLayout(bar);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCurrentChart(addChart());
    setPreset(0);
}

void ChartsPanel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    for (int i = 0; PropertyChart *c = chart(i); ++i)
        c->setNow(m_now);
}

PropertyChart *ChartsPanel::addChart()
{
    auto *c = new PropertyChart(m_splitter);
    c->setObjectName(QStringLiteral("propertyChart"));
    c->setAcceptDrops(true);
    c->installEventFilter(this);
    c->setCatalog(m_catalog);
    if (m_now)
        c->setNow(m_now);
    if (m_current) { // same window as the others
        c->setSpan(m_current->span());
        if (!m_current->isFollowing())
            c->setRange(m_current->viewFrom(), m_current->viewTo());
        c->setPaused(m_current->isPaused());
    }
    m_splitter->addWidget(c);
    connect(c, &PropertyChart::activated, this, [this, c] { setCurrentChart(c); });
    connect(c, &PropertyChart::viewChanged, this, [this, c] { syncFrom(c); });
    connect(c, &PropertyChart::seriesChanged, this, [this] {
        rebuildRoutes();
        emit chartedChanged();
    });
    connect(c, &PropertyChart::historyNeeded, this, [this, c](int index, qint64 from, qint64 to) {
        const quint64 id = m_nextRequest++;
        m_pending.insert(id, {c, c->seriesDevice(index), c->seriesAttribute(index)});
        SampleQuery q;
        q.device = c->seriesDevice(index);
        q.attribute = c->seriesAttribute(index);
        q.from = from;
        q.to = to;
        q.buckets = std::clamp(c->plotRect().width(), 100, 2000);
        emit historyRequested(id, q);
    });
    return c;
}

void ChartsPanel::removeChart(PropertyChart *c)
{
    if (!c || chartCount() <= 1) { // one chart always stays; empty it instead
        if (c)
            while (c->seriesCount())
                c->removeSeries(0);
        return;
    }
    delete c;
    setCurrentChart(chart(0));
    rebuildRoutes();
    emit chartedChanged();
}

int ChartsPanel::chartCount() const
{
    return m_splitter->count();
}

PropertyChart *ChartsPanel::chart(int index) const
{
    return qobject_cast<PropertyChart *>(m_splitter->widget(index));
}

PropertyChart *ChartsPanel::currentChart() const
{
    return m_current ? m_current.data() : chart(0);
}

void ChartsPanel::setCurrentChart(PropertyChart *c)
{
    m_current = c;
    highlightCurrent();
}

void ChartsPanel::highlightCurrent()
{
    for (int i = 0; i < chartCount(); ++i) {
        PropertyChart *c = chart(i);
        c->setBackgroundRole(c == m_current && chartCount() > 1 ? QPalette::Highlight : QPalette::Base);
        c->setToolTip(c == m_current && chartCount() > 1 ? tr("Current chart: new properties go here")
                                                         : QString());
    }
}

void ChartsPanel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    for (int i = 0; i < chartCount(); ++i)
        chart(i)->setCatalog(m_catalog);
}

void ChartsPanel::chartProperty(const DeviceKey &device, const QString &attribute, bool on)
{
    if (on) {
        currentChart()->addSeries(device, attribute);
        return;
    }
    for (int i = 0; i < chartCount(); ++i) {
        PropertyChart *c = chart(i);
        if (const int s = c->indexOf(device, attribute); s >= 0)
            c->removeSeries(s);
    }
}

bool ChartsPanel::isCharted(const DeviceKey &device, const QString &attribute) const
{
    return m_routes.contains(routeKey(device, attribute));
}

int ChartsPanel::chartedCount() const
{
    return int(m_routes.size());
}

QList<ChartedSeries> ChartsPanel::chartedSeries() const
{
    QList<ChartedSeries> out;
    QSet<QString> seen;
    for (int i = 0; i < chartCount(); ++i) {
        PropertyChart *c = chart(i);
        for (int s = 0; s < c->seriesCount(); ++s)
            if (!seen.contains(routeKey(c->seriesDevice(s), c->seriesAttribute(s)))) {
                seen.insert(routeKey(c->seriesDevice(s), c->seriesAttribute(s)));
                out.append({c->seriesDevice(s), c->seriesAttribute(s)});
            }
    }
    return out;
}

void ChartsPanel::rebuildRoutes()
{
    m_routes.clear();
    for (int i = 0; i < chartCount(); ++i) {
        PropertyChart *c = chart(i);
        for (int s = 0; s < c->seriesCount(); ++s)
            m_routes[routeKey(c->seriesDevice(s), c->seriesAttribute(s))].append(c);
    }
}

void ChartsPanel::addProperties(const QList<PropertyReport> &reports)
{
    if (m_routes.isEmpty())
        return;
    for (const PropertyReport &r : reports) {
        auto it = m_routes.constFind(routeKey(r.device, r.attribute));
        if (it == m_routes.constEnd())
            continue;
        for (const QPointer<PropertyChart> &c : *it)
            if (c)
                if (const int s = c->indexOf(r.device, r.attribute); s >= 0)
                    c->addValue(s, r.time ? r.time : r.meta.receivedAt, r.value);
    }
}

void ChartsPanel::showHistory(quint64 requestId, const QList<SampleBucket> &buckets)
{
    const Pending p = m_pending.take(requestId);
    if (!p.chart)
        return; // not ours, or the chart is gone
    p.chart->mergeHistory(p.chart->indexOf(p.device, p.attribute), buckets);
}

void ChartsPanel::setPreset(int preset)
{
    if (preset < 0 || preset >= int(std::size(kPresets)))
        return;
    m_range->setCurrentIndex(preset);
    m_syncing = true;
    for (int i = 0; i < chartCount(); ++i) {
        chart(i)->setSpan(kPresets[preset]);
        if (!chart(i)->isPaused())
            chart(i)->followLive();
    }
    m_syncing = false;
}

void ChartsPanel::setCustomRange(qint64 from, qint64 to)
{
    m_range->setCurrentIndex(kCustom);
    m_syncing = true;
    for (int i = 0; i < chartCount(); ++i)
        chart(i)->setRange(from, to);
    m_syncing = false;
}

void ChartsPanel::setPaused(bool paused)
{
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(
        QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
    m_syncing = true;
    for (int i = 0; i < chartCount(); ++i)
        chart(i)->setPaused(paused);
    m_syncing = false;
}

void ChartsPanel::syncFrom(PropertyChart *source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (int i = 0; i < chartCount(); ++i) {
        PropertyChart *c = chart(i);
        if (c == source)
            continue;
        if (source->isFollowing()) {
            c->setSpan(source->span());
            c->followLive();
        } else {
            c->setRange(source->viewFrom(), source->viewTo());
        }
    }
    m_pause->blockSignals(true);
    m_pause->setChecked(source->isPaused());
    m_pause->blockSignals(false);
    m_syncing = false;
}

void ChartsPanel::askCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom range"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(currentChart()->viewFrom()), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(currentChart()->viewTo()), &dialog);
    for (QDateTimeEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
        setCustomRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
}

bool ChartsPanel::exportPng(const QString &path) const
{
    return currentChart()->grab().save(path, "PNG");
}

bool ChartsPanel::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = currentChart()->csv().toUtf8();
    return f.write(bytes) == bytes.size() && f.flush();
}

void ChartsPanel::exportPngDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      QStringLiteral("chart.png"), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

void ChartsPanel::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart data as CSV"),
                                                      QStringLiteral("chart.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Save chart data"), tr("Could not write %1.").arg(path));
}

QByteArray ChartsPanel::encodeProperty(const DeviceKey &device, const QString &attribute)
{
    return QStringList {device.productKey, device.deviceName, device.iotId, attribute}.join(u'\n').toUtf8();
}

bool ChartsPanel::eventFilter(QObject *watched, QEvent *event)
{
    auto *c = qobject_cast<PropertyChart *>(watched);
    if (!c)
        return QWidget::eventFilter(watched, event);
    const QString mime = QString::fromLatin1(PropertyMimeType);
    if (event->type() == QEvent::DragEnter) {
        auto *e = static_cast<QDragEnterEvent *>(event);
        if (e->mimeData()->hasFormat(mime)) {
            e->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList parts = QString::fromUtf8(e->mimeData()->data(mime)).split(u'\n');
        if (parts.size() == 4) {
            c->addSeries(DeviceKey {parts[0], parts[1], parts[2]}, parts[3]);
            setCurrentChart(c);
            e->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace linkscope
