#include "ReportingPeriod.h"

#include <algorithm>

namespace duban::core {

namespace {

ReportingPeriod monthPeriod(QDate anyDay, int dueDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    const QDate next = first.addMonths(1);
    const int day = std::clamp(dueDay, 1, next.daysInMonth());
    return {first, first.addDays(first.daysInMonth() - 1), QDate(next.year(), next.month(), day)};
}

/// The 旬 holding anyDay.
ReportingPeriod tenDayPeriod(QDate anyDay, int dueDays)
{
    const int day = anyDay.day();
    const int firstDay = day <= 10 ? 1 : day <= 20 ? 11 : 21;
    const QDate first(anyDay.year(), anyDay.month(), firstDay);
    const QDate last =
        firstDay == 21 ? QDate(anyDay.year(), anyDay.month(), anyDay.daysInMonth()) : first.addDays(9);
    return {first, last, last.addDays(std::max(0, dueDays))};
}

} // namespace

ReportingPeriod latestPeriodDue(ReportingCycle cycle, QDate asOf, int dueDay, int tenDayDueDays)
{
    if (!asOf.isValid())
        return {};
    if (cycle == ReportingCycle::TenDays) {
        // Step back 旬 by 旬 from the one before asOf's until one is past due (a few steps at most).
        ReportingPeriod p = tenDayPeriod(asOf, tenDayDueDays);
        for (int i = 0; i < 8; ++i) {
            p = tenDayPeriod(p.first.addDays(-1), tenDayDueDays);
            if (asOf > p.due)
                return p;
        }
        return {};
    }
    const ReportingPeriod previous = monthPeriod(asOf.addMonths(-1), dueDay);
    if (asOf > previous.due)
        return previous;
    return monthPeriod(asOf.addMonths(-2), dueDay);
}

ReportState judgeReport(const ReportingPeriod &period, QDate start, QDate firstReport)
{
    if (!period.isValid() || (start.isValid() && period.last < start))
        return ReportState::NotOwed;
    if (!firstReport.isValid() || firstReport < period.first)
        return ReportState::Missing;
    return firstReport <= period.due ? ReportState::OnTime : ReportState::Late;
}

} // namespace duban::core
