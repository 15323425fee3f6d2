// Reporting schedules (issue 14, item 3): quarterly, half-yearly, once and none beside monthly and 旬, a
// plan's schedule with a task's override, and the periods owed one after another.
#include "core/rules/ScoreRules.h"
#include "core/rules/StatusRules.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// An open task of 2023 that started on 2023-03-22, on `schedule`, with no report.
TaskFacts task(ReportingSchedule schedule, QDate deadline = QDate(2023, 12, 31))
{
    TaskFacts f;
    f.deadline = deadline;
    f.startDate = d(2023, 3, 22);
    f.periodStart = d(2023, 1, 1);
    f.cycle = schedule.cycle;
    f.reportDueDay = schedule.dueDay;
    f.lastReport = d(2023, 3, 22);
    f.lastPercent = 100;
    return f;
}

const StatusReason *reason(const StatusLight &light, ReasonKind kind)
{
    for (const StatusReason &r : light.reasons)
        if (r.kind == kind)
            return &r;
    return nullptr;
}

} // namespace

TEST(ReportingSchedule, AQuarterIsDueByDayNOfTheMonthAfterIt)
{
    const ReportingSchedule quarterly{ReportingCycle::Quarterly, 10};
    // On its due day the quarter is not owed yet: the one before is.
    const ReportingPeriod onDueDay = latestPeriodDue(quarterly, d(2023, 4, 10));
    EXPECT_EQ(onDueDay.first, d(2022, 10, 1));
    EXPECT_EQ(onDueDay.last, d(2022, 12, 31));
    EXPECT_EQ(onDueDay.due, d(2023, 1, 10));
    const ReportingPeriod after = latestPeriodDue(quarterly, d(2023, 4, 11));
    EXPECT_EQ(after,
              (ReportingPeriod{d(2023, 1, 1), d(2023, 3, 31), d(2023, 4, 10), ReportingCycle::Quarterly}));
    // Day 31 of a month of 30 is its last day.
    EXPECT_EQ(latestPeriodDue({ReportingCycle::Quarterly, 31}, d(2023, 8, 1)).due, d(2023, 7, 31));
    EXPECT_EQ(latestPeriodDue({ReportingCycle::Quarterly, 31}, d(2023, 7, 31)).due, d(2023, 4, 30));
    EXPECT_EQ(reportingPeriodText(after.first, after.last), QStringLiteral("2023 Q1"));
}

TEST(ReportingSchedule, AHalfYearIsDueByDayNOfTheMonthAfterIt)
{
    const ReportingSchedule halfYearly{ReportingCycle::HalfYearly, 15};
    const ReportingPeriod h1 = latestPeriodDue(halfYearly, d(2023, 7, 16));
    EXPECT_EQ(h1,
              (ReportingPeriod{d(2023, 1, 1), d(2023, 6, 30), d(2023, 7, 15), ReportingCycle::HalfYearly}));
    const ReportingPeriod h2 = latestPeriodDue(halfYearly, d(2023, 7, 15));
    EXPECT_EQ(h2,
              (ReportingPeriod{d(2022, 7, 1), d(2022, 12, 31), d(2023, 1, 15), ReportingCycle::HalfYearly}));
    EXPECT_EQ(reportingPeriodText(h1.first, h1.last), QStringLiteral("2023 H1 (half-year)"));
}

TEST(ReportingSchedule, TheLightJudgesAQuarterlyTaskByItsQuarter)
{
    const StatusThresholds defaults;
    TaskFacts f = task({ReportingCycle::Quarterly, 10});
    // 2023-04-11: Q1 is owed (the task started in it), no report since 2023-01-01.
    StatusLight light = evaluate(f, d(2023, 4, 11), defaults);
    EXPECT_EQ(light.report, ReportState::Missing);
    const StatusReason *missing = reason(light, ReasonKind::ReportMissing);
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->since, d(2023, 1, 1));
    EXPECT_EQ(missing->until, d(2023, 3, 31));
    EXPECT_EQ(missing->date, d(2023, 4, 10));
    EXPECT_TRUE(reasonText(*missing).contains(QStringLiteral("2023 Q1")))
        << reasonText(*missing).toStdString();
    // A report of 2023-04-12 is late for Q1; the same date under the monthly default would be for March.
    f.firstOwedReport = d(2023, 4, 12);
    light = evaluate(f, d(2023, 4, 13), defaults);
    EXPECT_EQ(light.report, ReportState::Late);
    EXPECT_EQ(owedPeriod(f, d(2023, 4, 13), defaults).first, d(2023, 1, 1));
    f.cycle = ReportingCycle::Default;
    EXPECT_EQ(owedPeriod(f, d(2023, 4, 13), defaults).first, d(2023, 3, 1));
    EXPECT_EQ(owedPeriod(f, d(2023, 4, 13), defaults).due, d(2023, 4, 10)) << "the task's own due day";
}

TEST(ReportingSchedule, OnceIsOneReportFromTheStartDueByTheDeadline)
{
    const StatusThresholds defaults;
    TaskFacts f = task({ReportingCycle::Once, 0}, d(2023, 6, 30));
    // Not owed until the deadline has passed.
    EXPECT_FALSE(owedPeriod(f, d(2023, 6, 30), defaults).isValid());
    EXPECT_EQ(evaluate(f, d(2023, 6, 30), defaults).report, ReportState::NotOwed);
    const ReportingPeriod once = owedPeriod(f, d(2023, 7, 1), defaults);
    EXPECT_EQ(once, (ReportingPeriod{d(2023, 3, 22), d(2023, 6, 30), d(2023, 6, 30), ReportingCycle::Once}));
    EXPECT_EQ(evaluate(f, d(2023, 7, 1), defaults).report, ReportState::Missing);
    f.firstOwedReport = d(2023, 6, 30); // on the deadline: on time
    EXPECT_EQ(evaluate(f, d(2023, 7, 2), defaults).report, ReportState::OnTime);
    f.firstOwedReport = d(2023, 7, 1);
    EXPECT_EQ(evaluate(f, d(2023, 7, 2), defaults).report, ReportState::Late);
    // Without a deadline nothing is ever due.
    f.deadline = QDate();
    EXPECT_FALSE(owedPeriod(f, d(2024, 7, 1), defaults).isValid());
    // Its history: a report before the start does not count.
    f.deadline = d(2023, 6, 30);
    const QList<PeriodReport> history = reportHistory(f, {d(2023, 3, 1)}, d(2023, 7, 10), defaults);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).state, ReportState::Missing);
}

TEST(ReportingSchedule, NoneOwesNothing)
{
    const StatusThresholds defaults;
    const TaskFacts f = task({ReportingCycle::None, 0});
    EXPECT_FALSE(owedPeriod(f, d(2023, 9, 1), defaults).isValid());
    const StatusLight light = evaluate(f, d(2023, 9, 1), defaults);
    EXPECT_EQ(light.report, ReportState::NotOwed);
    EXPECT_EQ(reason(light, ReasonKind::ReportMissing), nullptr);
    EXPECT_TRUE(reportHistory(f, {}, d(2023, 9, 1), defaults).isEmpty());
}

TEST(ReportingSchedule, ATaskOverridesItsPlanAndTheLedgerFillsTheRest)
{
    StatusThresholds ledger;
    ledger.reportDueDay = 5;
    ledger.tenDayDueDays = 3;
    const ReportingSchedule plan{ReportingCycle::Quarterly, 10};
    // The task says nothing: the plan's schedule.
    EXPECT_EQ(combineSchedules({}, plan), plan);
    // Its own due day on the plan's cycle.
    EXPECT_EQ(combineSchedules({ReportingCycle::Default, 20}, plan),
              (ReportingSchedule{ReportingCycle::Quarterly, 20}));
    // Its own cycle: the plan's due day belongs to the plan's cycle, so the ledger's applies.
    const ReportingSchedule monthly = combineSchedules({ReportingCycle::Monthly, 0}, plan);
    EXPECT_EQ(monthly, (ReportingSchedule{ReportingCycle::Monthly, 0}));
    EXPECT_EQ(effectiveSchedule(monthly, ledger), (ReportingSchedule{ReportingCycle::Monthly, 5}));
    EXPECT_EQ(effectiveSchedule(combineSchedules({ReportingCycle::TenDays, 0}, plan), ledger),
              (ReportingSchedule{ReportingCycle::TenDays, 3}));
    // A plan with a due day and no cycle: the ledger's cycle by the plan's day.
    EXPECT_EQ(effectiveSchedule(combineSchedules({}, {ReportingCycle::Default, 12}), ledger),
              (ReportingSchedule{ReportingCycle::Monthly, 12}));
    // Nothing anywhere: the ledger's default cycle and day.
    ledger.defaultCycle = ReportingCycle::HalfYearly;
    EXPECT_EQ(effectiveSchedule(combineSchedules({}, {}), ledger),
              (ReportingSchedule{ReportingCycle::HalfYearly, 5}));
    EXPECT_EQ(effectiveSchedule({ReportingCycle::Once, 0}, ledger),
              (ReportingSchedule{ReportingCycle::Once, 0}));
}

TEST(ReportingSchedule, PeriodsDueFromTheStartOnePerPeriod)
{
    const ReportingSchedule monthly{ReportingCycle::Monthly, 5};
    // Started 2023-03-22; as of 2023-07-06 March to June are due (July's report by 08-05 is not).
    const QList<ReportingPeriod> due = periodsDue(monthly, d(2023, 3, 22), d(2023, 7, 6));
    ASSERT_EQ(due.size(), 4);
    EXPECT_EQ(due.first().first, d(2023, 3, 1));
    EXPECT_EQ(due.last().first, d(2023, 6, 1));
    EXPECT_EQ(due.last().due, d(2023, 7, 5));
    // 旬: 2023-06-01 to 06-30 owed as of 07-04 (the third 旬 of June is due by 07-03).
    EXPECT_EQ(periodsDue({ReportingCycle::TenDays, 3}, d(2023, 6, 1), d(2023, 7, 4)).size(), 3);

    // The history judges each period by the first lead report on or after its first day.
    const StatusThresholds defaults;
    TaskFacts f = task(monthly);
    const QList<PeriodReport> history =
        reportHistory(f, {d(2023, 4, 3), d(2023, 6, 8)}, d(2023, 7, 6), defaults);
    ASSERT_EQ(history.size(), 4);
    EXPECT_EQ(history.at(0).state, ReportState::OnTime); // March: 04-03 ≤ 04-05
    EXPECT_EQ(history.at(1).state, ReportState::OnTime); // April: 04-03 is on or after 04-01, by 05-05
    EXPECT_EQ(history.at(1).firstReport, d(2023, 4, 3));
    EXPECT_EQ(history.at(2).state, ReportState::Late);   // May: 06-08 after 06-05
    EXPECT_EQ(history.at(3).state, ReportState::OnTime); // June: 06-08 ≤ 07-05
    // Closed on 2023-06-01: May (due 06-05) and June are no longer owed.
    f.status = TaskStatus::Completed;
    f.completedOn = d(2023, 6, 1);
    EXPECT_EQ(reportHistory(f, {}, d(2023, 7, 6), defaults).size(), 2);
}
