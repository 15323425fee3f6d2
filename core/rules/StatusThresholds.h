#pragma once

#include "core/domain/Task.h"

namespace duban::core {

/// Thresholds of the status rules (红黄绿灯); every one is a user setting.
struct StatusThresholds
{
    int dueSoonDays = 7;   ///< yellow when the deadline is today or at most this many days ahead
    int behindPoints = 20; ///< yellow when percent done is MORE than this many points behind 序时进度
    ReportingCycle defaultCycle = ReportingCycle::Monthly; ///< used for tasks whose cycle is Default
    /// A report of the previous reporting period still counts for this many days into the new one, so that
    /// every task does not turn yellow on the 1st while units are still writing their monthly reports.
    /// 0 (the default): a report is expected from the first day of the period.
    int reportGraceDays = 0;

    friend bool operator==(const StatusThresholds &, const StatusThresholds &) = default;
};

} // namespace duban::core
