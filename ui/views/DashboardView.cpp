#include "DashboardView.h"

#include "core/services/OpenLedger.h"
#include "core/services/UnitOrder.h"
#include "ui/delegates/LightDelegate.h"
#include "ui/models/UnitStatisticsModel.h"
#include "ui/views/ScoresPanel.h"

#include "core/rules/StatusRules.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {
constexpr int kChartUnits = 12;
const Light kTileLights[] = {Light::Red, Light::Yellow, Light::Green, Light::Completed, Light::CompletedLate};

/// A unit's name for the bar chart's axis (rich text), on one line of `width` at most where it can be: whole;
/// else its first name without the second one in brackets (新区开发建设局（交通运输局） is one unit, the
/// table beside the chart has the full name), unless another label already reads so; else on two lines.
/// One-line names let the chart name twice as many units: its axis gives every unit the same height.
QString axisLabel(const QString &name, const QFontMetrics &metrics, int width, const QStringList &taken)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name.toHtmlEscaped();
    const qsizetype bracket = name.indexOf(u'（');
    if (bracket > 0) {
        const QString first = name.left(bracket).toHtmlEscaped();
        if (metrics.horizontalAdvance(first) <= width && !taken.contains(first))
            return first;
    }
    qsizetype cut = bracket;
    if (cut <= 0 || metrics.horizontalAdvance(name.left(cut)) > width ||
        metrics.horizontalAdvance(name.mid(cut)) > width) {
        cut = 1;
        while (cut < name.size() && metrics.horizontalAdvance(name.left(cut + 1)) <= width)
            ++cut;
    }
    return name.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut).toHtmlEscaped();
}

} // namespace

DashboardView::DashboardView(core::OpenLedger *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_units(new UnitStatisticsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)) // one row per unit: small, a proxy is fine
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_asOf = new QLabel(this);
    QFont big = m_asOf->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_asOf->setFont(big);
    layout->addWidget(m_asOf);

    auto *tiles = new QHBoxLayout();
    for (Light l : kTileLights) {
        auto *tile = new QPushButton(this);
        tile->setMinimumHeight(56);
        tile->setToolTip(tr("Show these tasks in the ledger"));
        tile->setStyleSheet(QStringLiteral("QPushButton { border-left: 8px solid %1; text-align: left; "
                                           "padding-left: 10px; font-size: 14px; }")
                                .arg(LightDelegate::color(l).name()));
        connect(tile, &QPushButton::clicked, this, [this, l] { emit lightActivated(l); });
        tiles->addWidget(tile);
        m_tiles.append(tile);
    }
    layout->addLayout(tiles);
    m_schedule = new QLabel(this);
    m_schedule->setWordWrap(true);
    layout->addWidget(m_schedule);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    // The per-unit figures and the 考核 ranking share the left side, one tab each.
    m_unitTabs = new QTabWidget(splitter);
    m_table = new QTableView(m_unitTabs);
    m_proxy->setSourceModel(m_units);
    m_proxy->setSortRole(UnitStatisticsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(UnitStatisticsModel::Column::Led), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    // The unit's name keeps room for about nine characters however many figures follow (the table scrolls
    // sideways when the window is narrow); the full name is in its tooltip and in the chart.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_table->setColumnWidth(0, m_table->fontMetrics().horizontalAdvance(QString(9, QChar(0x56FD))) + 16);
    for (int c = 1; c < UnitStatisticsModel::kColumns; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(UnitStatisticsModel::UnitIdRole).toLongLong());
    });

    auto *charts = new QSplitter(Qt::Vertical, splitter);
    m_barView = new QChartView(charts);
    m_barView->setObjectName(QStringLiteral("unitBars"));
    m_barView->installEventFilter(this);
    m_barView->setRenderHint(QPainter::Antialiasing);
    m_pieView = new QChartView(charts);
    m_pieView->setRenderHint(QPainter::Antialiasing);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    m_scores = new ScoresPanel(store, m_unitTabs);
    m_scores->setObjectName(QStringLiteral("scores"));
    m_unitTabs->addTab(m_table, tr("Units"));
    m_unitTabs->addTab(m_scores, tr("Scores"));
    splitter->addWidget(m_unitTabs);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 620}); // the table has a dozen columns; the charts read at less
    layout->addWidget(splitter, 1);

    connect(store, &core::OpenLedger::statusChanged, this, &DashboardView::markDirty);
    connect(store, &core::OpenLedger::reset, this, &DashboardView::markDirty);
    connect(store, &core::OpenLedger::historyChanged, this, &DashboardView::markDirty);
}

void DashboardView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::refresh()
{
    m_dirty = false;
    m_stats = m_store->statistics();
    m_units->setUnits(m_stats.units);
    m_scores->markDirty();
    const LightCounts &c = m_stats.counts;
    m_asOf->setText(tr("As of %1: %2 tasks").arg(m_store->asOf().toString(Qt::ISODate)).arg(c.total));
    for (int i = 0; i < m_tiles.size(); ++i) {
        const Light l = kTileLights[i];
        const int n = c.of(l);
        const double share = c.total ? 100.0 * n / c.total : 0.0;
        m_tiles[i]->setText(QStringLiteral("%1\n%2  (%3%)").arg(lightText(l)).arg(n).arg(share, 0, 'f', 1));
    }
    const ScheduleCounts &k = m_stats.schedule;
    const ReportCounts &r = m_stats.reports;
    //: zh_CN:
    //: 序时进度：超过%1项，达到%2项，未达到%3项，尚未启动%4项，已完成%5项。最近一个报送期应报%6项：按时%7项，迟报%8项，未报%9项。
    m_schedule->setText(
        tr("Against the schedule: %1 ahead, %2 on schedule, %3 behind, %4 not started, %5 "
           "completed. Reports due for the latest period: %6; on time %7, late %8, missing %9.")
            .arg(k.ahead)
            .arg(k.onSchedule)
            .arg(k.behind)
            .arg(k.notStarted)
            .arg(k.completed)
            .arg(r.due)
            .arg(r.onTime)
            .arg(r.late)
            .arg(r.missing));
    rebuildCharts();
}

// The widest line of a unit's name on the bar chart: the chart gives its left axis at most 40% of its width.
int DashboardView::labelWidth() const
{
    return std::max(80, int(m_barView->width() * 0.4) - 24);
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    // A resize redraws the bars: how many units fit, and how their names wrap, follow the chart's size.
    if (watched == m_barView && event->type() == QEvent::Resize && !m_dirty && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildQueued = false;
                rebuildCharts();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

namespace {

/// Whether QtCharts cut a label of `chart` to "...": its category axis gives each unit an equal share of
/// its height and elides, without telling, a name that does not fit.
bool hasElidedLabel(const QGraphicsItem *item)
{
    for (const QGraphicsItem *child : item->childItems()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(child);
        if (text && text->isVisible() && text->toPlainText().endsWith(QStringLiteral("...")))
            return true;
        if (hasElidedLabel(child))
            return true;
    }
    return false;
}

} // namespace

// The units that lead most tasks, split by how their tasks stand, largest at the top: as many as the
// chart can name in full (wrapped onto two lines at most), twelve at most.
void DashboardView::rebuildBarChart()
{
    QList<UnitStatistics> top = m_stats.units;
    const UnitOrder order;
    std::stable_sort(top.begin(), top.end(), [&order](const UnitStatistics &a, const UnitStatistics &b) {
        return a.led != b.led ? a.led > b.led : order.before(a.name, b.name);
    });
    top.erase(std::remove_if(top.begin(), top.end(), [](const UnitStatistics &u) { return u.led == 0; }),
              top.end());
    for (int units = int(std::min<qsizetype>(top.size(), kChartUnits));; --units) {
        QChart *chart = barChart(top.mid(0, units));
        QChart *old = m_barView->chart();
        m_barView->setChart(chart);
        delete old;
        chart->resize(m_barView->viewport()->size());
        chart->layout()->activate();
        if (units <= 1 || !hasElidedLabel(chart))
            return;
    }
}

QChart *DashboardView::barChart(QList<UnitStatistics> top) const
{
    std::reverse(top.begin(), top.end()); // largest at the top of a horizontal chart
    auto *chart = new QChart();
    auto *axisY = new QBarCategoryAxis();
    chart->addAxis(axisY, Qt::AlignLeft); // the theme sets the labels' font
    auto *onTime = new QBarSet(tr("Completed on time"));
    auto *late = new QBarSet(tr("Completed late"));
    auto *overdue = new QBarSet(tr("Overdue"));
    auto *yellow = new QBarSet(lightText(Light::Yellow));
    auto *green = new QBarSet(lightText(Light::Green));
    onTime->setColor(LightDelegate::color(Light::Completed));
    late->setColor(LightDelegate::color(Light::CompletedLate));
    overdue->setColor(LightDelegate::color(Light::Red));
    yellow->setColor(LightDelegate::color(Light::Yellow));
    green->setColor(LightDelegate::color(Light::Green));
    QStringList names;
    const QFontMetrics metrics(axisY->labelsFont());
    for (const UnitStatistics &u : std::as_const(top)) {
        names.append(axisLabel(u.name, metrics, labelWidth(), names));
        *onTime << u.completedOnTime;
        *late << (u.completed - u.completedOnTime);
        *overdue << u.overdue;
        *yellow << u.yellow;
        *green << (u.led - u.completed - u.overdue - u.yellow);
    }
    auto *bars = new QHorizontalStackedBarSeries();
    bars->append({overdue, yellow, green, onTime, late});
    chart->addSeries(bars);
    chart->setTitle(tr("Tasks led by unit"));
    axisY->append(names);
    bars->attachAxis(axisY);
    auto *axisX = new QValueAxis();
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    axisX->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void DashboardView::rebuildCharts()
{
    rebuildBarChart();

    // Pie of the lights.
    auto *pie = new QPieSeries();
    // Room around the pie for the slice labels: a small slice at the top had its label cut off.
    pie->setPieSize(0.6);
    for (Light l : kTileLights) {
        const int n = m_stats.counts.of(l);
        if (n == 0)
            continue;
        QPieSlice *slice = pie->append(QStringLiteral("%1 %2").arg(lightText(l)).arg(n), n);
        slice->setColor(LightDelegate::color(l));
        slice->setLabelVisible(true);
        connect(slice, &QPieSlice::clicked, this, [this, l] { emit lightActivated(l); });
    }
    auto *pieChart = new QChart();
    pieChart->addSeries(pie);
    pieChart->setTitle(tr("Lights"));
    pieChart->legend()->hide();
    QChart *oldPie = m_pieView->chart();
    m_pieView->setChart(pieChart);
    delete oldPie;
}

} // namespace duban::ui
