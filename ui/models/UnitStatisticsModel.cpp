#include "UnitStatisticsModel.h"

#include "core/services/UnitOrder.h"

#include <algorithm>

namespace duban::ui {

using namespace duban::core;

UnitStatisticsModel::UnitStatisticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void UnitStatisticsModel::setUnits(QList<UnitStatistics> units)
{
    beginResetModel();
    m_units = std::move(units);
    // Rows in the order of unit lists, which the name column sorts by (pinyin, groups last).
    const core::UnitOrder order;
    std::stable_sort(
        m_units.begin(), m_units.end(),
        [&order](const UnitStatistics &a, const UnitStatistics &b) { return order.before(a.name, b.name); });
    endResetModel();
}

int UnitStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant UnitStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const UnitStatistics &u = m_units.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == UnitIdRole)
        return u.unitId;
    if (role == Qt::ToolTipRole && column == Column::Unit)
        return u.name; // the column may be too narrow for the whole name
    if (role == Qt::ToolTipRole && column == Column::SignRate)
        return u.signs.required ? tr("%1 of %2 acknowledged").arg(u.signs.signedOff).arg(u.signs.required)
                                : tr("No acknowledgement due");
    if (role == Qt::TextAlignmentRole && column != Column::Unit)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Unit:
        return role == SortRole ? QVariant(index.row()) : QVariant(u.name);
    case Column::Led:
        return u.led;
    case Column::CoHandled:
        return u.coHandled;
    case Column::Completed:
        return u.completed;
    case Column::OnTime:
        if (role == SortRole)
            return u.onTimePercent();
        return u.onTimePercent() < 0 ? QStringLiteral("—")
                                     : QStringLiteral("%1%").arg(u.onTimePercent(), 0, 'f', 0);
    case Column::Overdue:
        return u.overdue;
    case Column::Behind:
        return u.behind;
    case Column::ReportsDue:
        return u.reports.due;
    case Column::ReportsOnTime:
        return u.reports.onTime;
    case Column::ReportsLate:
        return u.reports.late;
    case Column::ReportsMissing:
        return u.reports.missing;
    case Column::OpenNotices:
        return u.openNotices;
    case Column::SignRate:
        if (role == SortRole)
            return u.signs.percent();
        return u.signs.required ? QStringLiteral("%1%").arg(u.signs.percent(), 0, 'f', 0)
                                : QStringLiteral("—");
    }
    return {};
}

QVariant UnitStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= int(Column::ReportsDue) &&
        section <= int(Column::ReportsMissing))
        return tr("Reports the unit's led tasks owe for the latest period past its due day, by each task's "
                  "schedule (its own, else its plan's, else the ledger's: monthly by the 5th of the next "
                  "month); co-units owe none.");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == int(Column::SignRate))
        return tr("Acknowledgement rate: of the open tasks it leads or co-handles whose acknowledgement was "
                  "due, the share it has acknowledged");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == int(Column::Behind))
        return tr(
            "Open tasks it leads that are below the time-elapsed schedule, or not started while time has "
            "elapsed");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Unit:
        return tr("Unit");
    case Column::Led:
        return tr("Leads");
    case Column::CoHandled:
        return tr("Co-handles");
    case Column::Completed:
        return tr("Completed");
    case Column::OnTime:
        return tr("On time");
    case Column::Overdue:
        return tr("Overdue");
    case Column::Behind:
        return tr("Behind schedule");
    case Column::ReportsDue:
        return tr("Reports due");
    case Column::ReportsOnTime:
        return tr("On time", "reports");
    case Column::ReportsLate:
        return tr("Late", "reports");
    case Column::ReportsMissing:
        return tr("Missing", "reports");
    case Column::OpenNotices:
        return tr("Open notices");
    case Column::SignRate:
        return tr("Acknowledged");
    }
    return {};
}

} // namespace duban::ui
