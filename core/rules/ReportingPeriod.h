#pragma once

#include "core/domain/Task.h"

#include <QDate>
#include <QList>

namespace duban::core {

/// One period a progress report is owed for (a month, a 旬, a quarter, a half-year, or the whole of a task
/// that reports once) and the day it is due by.
struct ReportingPeriod
{
    QDate first;                                    ///< the period's first day
    QDate last;                                     ///< its last day
    QDate due;                                      ///< a report dated on or before this day is on time
    ReportingCycle cycle = ReportingCycle::Default; ///< the cycle it belongs to (Default: not said)

    bool isValid() const { return first.isValid(); }
    /// Whether the period is a 旬 rather than a month.
    bool isTenDays() const { return isValid() && first.daysTo(last) < 20; }
    friend bool operator==(const ReportingPeriod &, const ReportingPeriod &) = default;
};

/// How often a plan's or a task's units report and by when (每月5日前, 每旬, 每季 …). A task's schedule
/// overrides its plan's, the plan's the ledger's default (StatusThresholds): effectiveSchedule().
struct ReportingSchedule
{
    ReportingCycle cycle = ReportingCycle::Default; ///< Default: the next level's
    /// Monthly, quarterly, half-yearly: the day of the month after the period (clamped to that month's
    /// length); 旬: days after the 旬's last day. 0: the next level's. Once and None have no due day.
    int dueDay = 0;

    friend bool operator==(const ReportingSchedule &, const ReportingSchedule &) = default;
};

/// The largest due day a schedule may name (a day of the month; for a 旬, days after it).
constexpr int kMaxReportDueDay = 31;

/// A task's own schedule over its plan's: the task's cycle, else the plan's; the task's due day, else the
/// plan's when the plan's belongs to the cycle in force (the task names no cycle, or the plan's), else 0
/// (the ledger's). A due day belongs to its cycle: a task that reports quarterly while its plan reports
/// monthly by the 10th does not inherit the 10th; a plan that names a due day but no cycle sets the due day
/// of the ledger's cycle for its tasks that name no cycle either.
ReportingSchedule combineSchedules(const ReportingSchedule &task, const ReportingSchedule &plan);

/// Whether `cycle` owes reports period after period (monthly, 旬, quarterly, half-yearly).
bool isPeriodic(ReportingCycle cycle);

/// The period of a periodic `cycle` holding `day`, due by `dueDay` (see ReportingSchedule); invalid for an
/// invalid day or a cycle that is not periodic.
ReportingPeriod periodHolding(ReportingCycle cycle, QDate day, int dueDay);

/// The latest period of a periodic schedule whose due day has passed as of the end of asOf (asOf > due);
/// invalid for an invalid asOf, Once, None or Default.
ReportingPeriod latestPeriodDue(const ReportingSchedule &schedule, QDate asOf);

/// As above for `cycle` (Default counts as Monthly): `dueDay` is the due day of a month (quarter,
/// half-year), `tenDayDueDays` the days after a 旬.
ReportingPeriod latestPeriodDue(ReportingCycle cycle, QDate asOf, int dueDay, int tenDayDueDays);

/// The one report of a task that reports once: owed from its start (null: from any day) to its deadline
/// and due by the deadline. Invalid without a deadline or when the deadline is before the start.
ReportingPeriod oncePeriod(QDate start, QDate deadline);

/// Every period of a periodic schedule whose due day has passed as of asOf and that ends on or after
/// `from` (a task's start), oldest first; the latest alone when `from` is null.
QList<ReportingPeriod> periodsDue(const ReportingSchedule &schedule, QDate from, QDate asOf);

/// Whether a task has reported for the period it owes as of a date.
enum class ReportState : quint8
{
    NotOwed, ///< no period is due yet (or the task is closed, or it started after the period ended)
    OnTime,  ///< the first report dated in or after the period is dated on or before the due day
    Late,    ///< 迟报: the first such report is dated after the due day
    Missing, ///< 未报: no report dated on or after the period's first day
};

/// The state for `period` given the first report dated on or after period.first (and on or before asOf;
/// null if none). A period that ends before `start` (the task's start date; null: no limit) is not owed.
ReportState judgeReport(const ReportingPeriod &period, QDate start, QDate firstReport);

} // namespace duban::core
