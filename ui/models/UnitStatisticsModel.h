#pragma once

#include "core/rules/Statistics.h"

#include <QAbstractTableModel>

namespace duban::ui {

/// The dashboard's per-unit table: tasks led, co-handled, completed, on time %, overdue, behind schedule,
/// the reports its led tasks owe for the latest period due (due, on time, late, missing), open notices,
/// 签收率.
class UnitStatisticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitStatisticsModel)
public:
    enum class Column
    {
        Unit,
        Led,
        CoHandled,
        Completed,
        OnTime,
        Overdue,
        Behind,
        ReportsDue,
        ReportsOnTime,
        ReportsLate,
        ReportsMissing,
        OpenNotices,
        SignRate ///< 签收率: units' 签收 of open tasks past their sign due
    };
    static constexpr int kColumns = int(Column::SignRate) + 1;
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit UnitStatisticsModel(QObject *parent = nullptr);

    void setUnits(QList<core::UnitStatistics> units);
    const QList<core::UnitStatistics> &units() const { return m_units; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::UnitStatistics> m_units;
};

} // namespace duban::ui
