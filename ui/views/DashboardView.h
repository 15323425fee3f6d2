#pragma once

#include "core/rules/Statistics.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

class QChart;
class QChartView;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

class ScoresPanel;
class UnitStatisticsModel;

/// The dashboard (总览): counts by light and status, the per-unit table (beside it, in a tab, the 考核
/// ranking) with a bar chart, and a pie of the lights, all as of the store's date. Clicking a light or a unit
/// filters the ledger to it.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)
public:
    explicit DashboardView(core::OpenLedger *store, QWidget *parent = nullptr);

    const core::TaskStatistics &statistics() const { return m_stats; }
    UnitStatisticsModel *unitModel() const { return m_units; }
    ScoresPanel *scoresPanel() const { return m_scores; }
    /// The tabs of the unit table and the 考核 ranking.
    QTabWidget *unitTabs() const { return m_unitTabs; }

public slots:
    void refresh();

signals:
    void lightActivated(core::Light light);
    void unitActivated(qint64 unitId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int labelWidth() const;
    void rebuildCharts();
    void rebuildBarChart();
    QChart *barChart(QList<core::UnitStatistics> top) const;
    void markDirty();

    core::OpenLedger *m_store;
    core::TaskStatistics m_stats;
    UnitStatisticsModel *m_units;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabWidget *m_unitTabs = nullptr; ///< the unit table and the 考核 ranking
    ScoresPanel *m_scores = nullptr;
    QList<QPushButton *> m_tiles;
    QLabel *m_schedule = nullptr; ///< the counts against 序时进度 and of the reports owed
    QLabel *m_asOf;
    QChartView *m_barView;
    QChartView *m_pieView;
    bool m_dirty = true;
    bool m_rebuildQueued = false;
};

} // namespace duban::ui
