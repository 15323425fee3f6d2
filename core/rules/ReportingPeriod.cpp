#include "ReportingPeriod.h"

#include <algorithm>

namespace duban::core {

namespace {

/// Day `dueDay` of the month holding `anyDay`, clamped to the month's length.
QDate dayOfMonth(QDate anyDay, int dueDay)
{
    return QDate(anyDay.year(), anyDay.month(), std::clamp(dueDay, 1, anyDay.daysInMonth()));
}

/// The run of `months` months holding anyDay (1: a month, 3: a quarter, 6: a half-year), due by `dueDay`
/// of the month after it.
ReportingPeriod monthsPeriod(QDate anyDay, int months, int dueDay, ReportingCycle cycle)
{
    const int firstMonth = (anyDay.month() - 1) / months * months + 1;
    const QDate first(anyDay.year(), firstMonth, 1);
    const QDate next = first.addMonths(months);
    return {first, next.addDays(-1), dayOfMonth(next, dueDay), cycle};
}

/// The 旬 holding anyDay.
ReportingPeriod tenDayPeriod(QDate anyDay, int dueDays)
{
    const int day = anyDay.day();
    const int firstDay = day <= 10 ? 1 : day <= 20 ? 11 : 21;
    const QDate first(anyDay.year(), anyDay.month(), firstDay);
    const QDate last =
        firstDay == 21 ? QDate(anyDay.year(), anyDay.month(), anyDay.daysInMonth()) : first.addDays(9);
    return {first, last, last.addDays(std::max(0, dueDays)), ReportingCycle::TenDays};
}

} // namespace

ReportingSchedule combineSchedules(const ReportingSchedule &task, const ReportingSchedule &plan)
{
    ReportingSchedule out;
    out.cycle = task.cycle != ReportingCycle::Default ? task.cycle : plan.cycle;
    if (task.dueDay > 0)
        out.dueDay = task.dueDay;
    else if (plan.cycle == out.cycle)
        out.dueDay = plan.dueDay;
    return out;
}

bool isPeriodic(ReportingCycle cycle)
{
    switch (cycle) {
    case ReportingCycle::Monthly:
    case ReportingCycle::TenDays:
    case ReportingCycle::Quarterly:
    case ReportingCycle::HalfYearly:
        return true;
    case ReportingCycle::Default:
    case ReportingCycle::Once:
    case ReportingCycle::None:
        break;
    }
    return false;
}

ReportingPeriod periodHolding(ReportingCycle cycle, QDate day, int dueDay)
{
    if (!day.isValid())
        return {};
    switch (cycle) {
    case ReportingCycle::Monthly:
        return monthsPeriod(day, 1, dueDay, cycle);
    case ReportingCycle::TenDays:
        return tenDayPeriod(day, dueDay);
    case ReportingCycle::Quarterly:
        return monthsPeriod(day, 3, dueDay, cycle);
    case ReportingCycle::HalfYearly:
        return monthsPeriod(day, 6, dueDay, cycle);
    case ReportingCycle::Default:
    case ReportingCycle::Once:
    case ReportingCycle::None:
        break;
    }
    return {};
}

ReportingPeriod latestPeriodDue(const ReportingSchedule &schedule, QDate asOf)
{
    if (!asOf.isValid() || !isPeriodic(schedule.cycle))
        return {};
    // Step back period by period from the one holding asOf until one is past due: a due day is at most a
    // month after its period (a 旬's at most kMaxReportDueDay days), so a few steps suffice.
    ReportingPeriod p = periodHolding(schedule.cycle, asOf, schedule.dueDay);
    for (int i = 0; i < 8; ++i) {
        p = periodHolding(schedule.cycle, p.first.addDays(-1), schedule.dueDay);
        if (asOf > p.due)
            return p;
    }
    return {};
}

ReportingPeriod latestPeriodDue(ReportingCycle cycle, QDate asOf, int dueDay, int tenDayDueDays)
{
    if (cycle == ReportingCycle::Default)
        cycle = ReportingCycle::Monthly;
    return latestPeriodDue(
        ReportingSchedule{cycle, cycle == ReportingCycle::TenDays ? tenDayDueDays : dueDay}, asOf);
}

ReportingPeriod oncePeriod(QDate start, QDate deadline)
{
    if (!deadline.isValid() || (start.isValid() && deadline < start))
        return {};
    // Without a start, any report on or before the deadline counts: the period opens with the calendar.
    const QDate first = start.isValid() ? start : QDate(1, 1, 1);
    return {first, deadline, deadline, ReportingCycle::Once};
}

QList<ReportingPeriod> periodsDue(const ReportingSchedule &schedule, QDate from, QDate asOf)
{
    QList<ReportingPeriod> out;
    ReportingPeriod p = latestPeriodDue(schedule, asOf);
    if (!p.isValid())
        return out;
    if (!from.isValid())
        return {p};
    while (p.isValid() && p.last >= from) {
        out.append(p);
        p = periodHolding(schedule.cycle, p.first.addDays(-1), schedule.dueDay);
    }
    std::reverse(out.begin(), out.end());
    return out;
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
