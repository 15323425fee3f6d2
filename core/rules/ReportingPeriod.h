#pragma once

#include "core/domain/Task.h"

#include <QDate>

namespace duban::core {

/// One period a progress report is owed for (a month or a 旬) and the day it is due by.
struct ReportingPeriod
{
    QDate first; ///< the period's first day
    QDate last;  ///< its last day
    QDate due;   ///< a report dated on or before this day is on time

    bool isValid() const { return first.isValid(); }
    /// Whether the period is a 旬 rather than a month.
    bool isTenDays() const { return isValid() && first.daysTo(last) < 20; }
    friend bool operator==(const ReportingPeriod &, const ReportingPeriod &) = default;
};

/// Whether a task has reported for the period it owes as of a date.
enum class ReportState : quint8
{
    NotOwed, ///< no period is due yet (or the task is closed, or it started after the period ended)
    OnTime,  ///< the first report dated in or after the period is dated on or before the due day
    Late,    ///< 迟报: the first such report is dated after the due day
    Missing, ///< 未报: no report dated on or after the period's first day
};

/// The latest period of `cycle` (Monthly or TenDays; Default counts as Monthly) whose due day has passed as
/// of the end of asOf (asOf > due). A month is due by `dueDay` of the next month (clamped to that month's
/// length); a 旬 (1–10, 11–20, 21–month end) by `tenDayDueDays` days after its last day. Invalid for an
/// invalid asOf.
ReportingPeriod latestPeriodDue(ReportingCycle cycle, QDate asOf, int dueDay, int tenDayDueDays);

/// The state for `period` given the first report dated on or after period.first (and on or before asOf;
/// null if none). A period that ends before `start` (the task's start date; null: no limit) is not owed.
ReportState judgeReport(const ReportingPeriod &period, QDate start, QDate firstReport);

} // namespace duban::core
