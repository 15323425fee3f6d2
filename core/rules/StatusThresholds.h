#pragma once

#include "core/domain/Task.h"
#include "Schedule.h"

namespace duban::core {

/// Thresholds of the status rules (红黄绿灯); every one is a user setting.
struct StatusThresholds
{
    int dueSoonDays = 7; ///< yellow when the deadline is today or at most this many days ahead
    /// Points within which percent done counts as 达到序时进度; the office's rule is 0: below the share of
    /// the period elapsed is 未达到序时进度 (yellow).
    int scheduleTolerance = 0;
    ScheduleBasis scheduleBasis = ScheduleBasis::Months;   ///< how the share of the period is counted
    ReportingCycle defaultCycle = ReportingCycle::Monthly; ///< used for tasks whose cycle is Default
    /// A monthly report for a month is due by this day of the next month (每月5日前).
    int reportDueDay = 5;
    /// A report for a 旬 (1–10, 11–20, 21–end) is due by this many days after its last day.
    int tenDayDueDays = 3;
    /// Each unit must acknowledge (签收) a task within this many working days of 交办.
    int signWorkdays = 3;

    friend bool operator==(const StatusThresholds &, const StatusThresholds &) = default;
};

} // namespace duban::core
