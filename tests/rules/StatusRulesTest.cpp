// Tests of the status rules (红黄绿灯) over TaskFacts: every rule pinned at its edges.
#include "RulesTestHelpers.h"

#include <gtest/gtest.h>

using namespace duban::core;
using rules_test::d;
using rules_test::openTask;

namespace {

const StatusThresholds defaults;

StatusLight light(const TaskFacts &f, QDate asOf, const StatusThresholds &s = defaults)
{
    return evaluate(f, asOf, s);
}

QList<ReasonKind> kinds(const StatusLight &l)
{
    QList<ReasonKind> result;
    for (const StatusReason &r : l.reasons)
        result.append(r.kind);
    return result;
}

} // namespace

// ---- deadline -------------------------------------------------------------------------------

TEST(StatusRules, DueTodayIsYellowDueToday)
{
    // GIVEN an open task due 2023-06-15 that reported today
    const TaskFacts f = openTask(d(2023, 6, 15), d(2023, 6, 15));
    // WHEN evaluated as of its deadline
    const StatusLight l = light(f, d(2023, 6, 15));
    // THEN it is yellow, "Due today"
    EXPECT_EQ(l.light, Light::Yellow);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::DueToday);
    EXPECT_EQ(l.reasons[0].date, d(2023, 6, 15));
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Due today"));
}

TEST(StatusRules, DueYesterdayIsRedOverdueByOneDay)
{
    // GIVEN an open task due 2023-06-15
    const TaskFacts f = openTask(d(2023, 6, 15), d(2023, 6, 16));
    // WHEN evaluated the day after
    const StatusLight l = light(f, d(2023, 6, 16));
    // THEN it is red, overdue by 1 day
    EXPECT_EQ(l.light, Light::Red);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::Overdue);
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(l.reasons[0].date, d(2023, 6, 15));
    EXPECT_EQ(l.daysOverdue(), 1);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Overdue by 1 day(s)"));
}

TEST(StatusRules, OverdueCountsDays)
{
    const StatusLight l = light(openTask(d(2023, 6, 15), d(2023, 6, 27)), d(2023, 6, 27));
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(l.daysOverdue(), 12);
    EXPECT_EQ(reasonTexts(l), QStringList{QStringLiteral("Overdue by 12 day(s)")});
}

TEST(StatusRules, DueTomorrowIsYellowDueInOneDay)
{
    const StatusLight l = light(openTask(d(2023, 6, 15), d(2023, 6, 14)), d(2023, 6, 14));
    EXPECT_EQ(l.light, Light::Yellow);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::DueSoon);
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Due in 1 day(s)"));
}

TEST(StatusRules, DueInSevenDaysIsYellowEightIsGreen)
{
    // GIVEN a task due 2023-06-15 that reported this month, default dueSoonDays = 7
    // WHEN evaluated 7 and 8 days before
    const StatusLight in7 = light(openTask(d(2023, 6, 15), d(2023, 6, 8)), d(2023, 6, 8));
    const StatusLight in8 = light(openTask(d(2023, 6, 15), d(2023, 6, 7)), d(2023, 6, 7));
    // THEN 7 days out is yellow "Due in 7 day(s)", 8 days out is green
    EXPECT_EQ(in7.light, Light::Yellow);
    ASSERT_EQ(in7.reasons.size(), 1);
    EXPECT_EQ(in7.reasons[0].days, 7);
    EXPECT_EQ(reasonText(in7.reasons[0]), QStringLiteral("Due in 7 day(s)"));
    EXPECT_EQ(in8.light, Light::Green);
    EXPECT_TRUE(in8.reasons.isEmpty());
}

TEST(StatusRules, DueSoonDaysIsASetting)
{
    StatusThresholds s;
    s.dueSoonDays = 3;
    EXPECT_EQ(light(openTask(d(2023, 6, 15), d(2023, 6, 12)), d(2023, 6, 12), s).light, Light::Yellow);
    EXPECT_EQ(light(openTask(d(2023, 6, 15), d(2023, 6, 11)), d(2023, 6, 11), s).light, Light::Green);
    s.dueSoonDays = 0; // only "due today" remains
    EXPECT_EQ(light(openTask(d(2023, 6, 15), d(2023, 6, 14)), d(2023, 6, 14), s).light, Light::Green);
    EXPECT_EQ(light(openTask(d(2023, 6, 15), d(2023, 6, 15)), d(2023, 6, 15), s).light, Light::Yellow);
}

TEST(StatusRules, NoDeadlineHasNoDeadlineRules)
{
    // GIVEN a task without a deadline that reported this month
    TaskFacts f = openTask(QDate(), d(2023, 6, 1), 0);
    // THEN it is green (no overdue, due soon or behind schedule) and still needs monthly reports
    EXPECT_EQ(light(f, d(2023, 6, 15)).light, Light::Green);
    EXPECT_EQ(kinds(light(f, d(2023, 7, 1))), QList<ReasonKind>{ReasonKind::NoReportThisMonth});
}

// ---- completion ----------------------------------------------------------------------------

TEST(StatusRules, CompletedOnTheDeadlineIsCompleted)
{
    // GIVEN a task due 2023-06-30 closed on 2023-06-30
    TaskFacts f = openTask(d(2023, 6, 30), d(2023, 6, 30), 100);
    f.status = TaskStatus::Completed;
    f.completedOn = d(2023, 6, 30);
    // WHEN evaluated then and long after
    // THEN it is Completed, without reasons
    EXPECT_EQ(light(f, d(2023, 6, 30)).light, Light::Completed);
    const StatusLight later = light(f, d(2023, 12, 1));
    EXPECT_EQ(later.light, Light::Completed);
    EXPECT_TRUE(later.reasons.isEmpty());
}

TEST(StatusRules, CompletedADayLateIsCompletedLate)
{
    // GIVEN a task due 2023-06-30 closed on 2023-07-01
    TaskFacts f = openTask(d(2023, 6, 30), d(2023, 6, 30), 100);
    f.status = TaskStatus::Completed;
    f.completedOn = d(2023, 7, 1);
    // WHEN evaluated as of 2023-07-05
    const StatusLight l = light(f, d(2023, 7, 5));
    // THEN it is CompletedLate by 1 day
    EXPECT_EQ(l.light, Light::CompletedLate);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::CompletedLate);
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(l.reasons[0].date, d(2023, 7, 1));
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Completed 1 day(s) late"));
}

TEST(StatusRules, CompletionAfterTheAsOfDateCountsAsOpen)
{
    // GIVEN a task due 2023-06-30 closed on 2023-07-10
    TaskFacts f = openTask(d(2023, 6, 30), d(2023, 7, 3), 90);
    f.status = TaskStatus::Completed;
    f.completedOn = d(2023, 7, 10);
    // WHEN reviewed as it stood on 2023-07-05
    const StatusLight l = light(f, d(2023, 7, 5));
    // THEN it was red, overdue by 5 days
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(l.daysOverdue(), 5);
    // AND from the completion day on it is CompletedLate by 10 days
    EXPECT_EQ(light(f, d(2023, 7, 10)).light, Light::CompletedLate);
    EXPECT_EQ(light(f, d(2023, 7, 10)).reasons[0].days, 10);
}

TEST(StatusRules, CompletedWithoutDateCountsAsOnTime)
{
    TaskFacts f = openTask(d(2023, 6, 30), QDate(), 0);
    f.status = TaskStatus::Completed;
    EXPECT_EQ(light(f, d(2023, 8, 1)).light, Light::Completed);
}

TEST(StatusRules, CompletedBeatsMilestonesAndNotices)
{
    // GIVEN a closed task with an unmet past milestone and an unanswered overdue notice
    const MilestoneFact milestones[] = {{d(2023, 3, 31), false}};
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 5, 1), 100);
    f.milestones = milestones;
    f.unansweredResponseDue = d(2023, 5, 10);
    f.status = TaskStatus::Completed;
    f.completedOn = d(2023, 5, 20);
    // THEN it is Completed (the record keeps its own red light)
    EXPECT_EQ(light(f, d(2023, 6, 1)).light, Light::Completed);
}

// ---- milestones ----------------------------------------------------------------------------

TEST(StatusRules, MilestonePassedByOneDayIsRed)
{
    // GIVEN a full-year task with an unmet 一季度 milestone (Mar 31), reporting every month
    const MilestoneFact milestones[] = {{d(2023, 3, 31), false}};
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 3, 20), 50);
    f.milestones = milestones;
    // WHEN evaluated on the milestone date
    // THEN it is not red yet
    EXPECT_EQ(light(f, d(2023, 3, 31)).light, Light::Green);
    // WHEN evaluated one day later (and reported that day)
    f.lastReport = d(2023, 4, 1);
    const StatusLight l = light(f, d(2023, 4, 1));
    // THEN it is red: Q1 milestone not met, 1 day ago
    EXPECT_EQ(l.light, Light::Red);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::MilestoneMissed);
    EXPECT_EQ(l.reasons[0].label, PeriodLabel::Q1);
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(l.reasons[0].date, d(2023, 3, 31));
    EXPECT_EQ(l.daysOverdue(), 0);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Q1 milestone not met"));
}

TEST(StatusRules, MilestoneTickedDoneIsMet)
{
    // GIVEN the same milestone ticked done by the office
    const MilestoneFact milestones[] = {{d(2023, 3, 31), true}};
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 4, 1), 50);
    f.milestones = milestones;
    // THEN it does not make the task red
    EXPECT_EQ(light(f, d(2023, 4, 1)).light, Light::Green);
}

TEST(StatusRules, MilestoneLabels)
{
    EXPECT_EQ(milestoneLabel(d(2023, 3, 31)), PeriodLabel::Q1);
    EXPECT_EQ(milestoneLabel(d(2024, 3, 31)), PeriodLabel::Q1);
    EXPECT_EQ(milestoneLabel(d(2023, 6, 30)), PeriodLabel::H1);
    EXPECT_EQ(milestoneLabel(d(2023, 9, 30)), PeriodLabel::FirstThreeQuarters);
    EXPECT_EQ(milestoneLabel(d(2023, 3, 30)), PeriodLabel::Date);
    EXPECT_EQ(milestoneLabel(d(2023, 12, 31)), PeriodLabel::Date);
    EXPECT_EQ(milestoneLabel(QDate()), PeriodLabel::Date);
    EXPECT_EQ(periodLabelText(d(2023, 3, 31)), QStringLiteral("Q1"));
    EXPECT_EQ(periodLabelText(d(2023, 6, 30)), QStringLiteral("H1"));
    EXPECT_EQ(periodLabelText(d(2023, 9, 30)), QStringLiteral("Q1-Q3"));
    EXPECT_EQ(periodLabelText(d(2023, 5, 15)), QStringLiteral("2023-05-15"));
}

TEST(StatusRules, RedListsAllRedReasonsInOrder)
{
    // GIVEN an overdue task with unmet H1, Q1–Q3 and dated milestones and an overdue notice
    const MilestoneFact milestones[] = {
        {d(2023, 6, 30), false}, {d(2023, 9, 30), false}, {d(2023, 5, 15), false}, {d(2023, 11, 1), true}};
    TaskFacts f = openTask(d(2023, 10, 31), d(2023, 11, 1), 60);
    f.milestones = milestones;
    f.unansweredResponseDue = d(2023, 11, 10);
    // WHEN evaluated as of 2023-11-12
    const StatusLight l = light(f, d(2023, 11, 12));
    // THEN: overdue, the milestones in their given order, then the notice — and no yellow reasons
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(kinds(l), (QList<ReasonKind>{ReasonKind::Overdue, ReasonKind::MilestoneMissed,
                                           ReasonKind::MilestoneMissed, ReasonKind::MilestoneMissed,
                                           ReasonKind::NoticeOverdue}));
    EXPECT_EQ(reasonTexts(l),
              (QStringList{QStringLiteral("Overdue by 12 day(s)"), QStringLiteral("H1 milestone not met"),
                           QStringLiteral("Q1-Q3 milestone not met"),
                           QStringLiteral("Milestone of 2023-05-15 not met"),
                           QStringLiteral("Supervision notice overdue, no reply")}));
    EXPECT_EQ(l.reasons[4].days, 2);
}

// ---- reporting period ------------------------------------------------------------------------

TEST(StatusRules, MonthlyReportOnLastDayOfPreviousMonthIsNotEnough)
{
    // GIVEN a full-year task that last reported on 2023-05-31
    const TaskFacts f = openTask(d(2023, 12, 31), d(2023, 5, 31), 50);
    // WHEN evaluated on 2023-06-15
    const StatusLight l = light(f, d(2023, 6, 15));
    // THEN it is yellow: no progress report this month (since 2023-06-01)
    EXPECT_EQ(l.light, Light::Yellow);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::NoReportThisMonth);
    EXPECT_EQ(l.reasons[0].date, d(2023, 6, 1));
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("No progress report this month"));
}

TEST(StatusRules, MonthlyReportOnFirstDayOfThisMonthCounts)
{
    const TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 1), 50);
    EXPECT_EQ(light(f, d(2023, 6, 15)).light, Light::Green);
    EXPECT_EQ(light(f, d(2023, 6, 1)).light, Light::Green);
    EXPECT_EQ(light(f, d(2023, 6, 30)).light, Light::Green);
    EXPECT_EQ(light(f, d(2023, 7, 1)).light, Light::Yellow);
}

TEST(StatusRules, ReportDatedAfterTheAsOfDateDoesNotCount)
{
    // GIVEN facts whose lastReport lies after the as-of date (a caller's mistake)
    const TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 20), 50);
    // THEN it is not taken as reported: nothing done (0 %, behind 45.8 % elapsed) and no report this month
    EXPECT_EQ(kinds(light(f, d(2023, 6, 15))),
              (QList<ReasonKind>{ReasonKind::BehindSchedule, ReasonKind::NoReportThisMonth}));
}

TEST(StatusRules, NoReportExpectedBeforeThePlanPeriodStarts)
{
    // GIVEN a task whose plan period starts on 2023-07-01, with no report
    TaskFacts f = openTask(d(2023, 12, 31), QDate(), 0);
    f.periodStart = d(2023, 7, 1);
    // THEN it is green before the start, yellow from the start on
    EXPECT_EQ(light(f, d(2023, 6, 30)).light, Light::Green);
    EXPECT_EQ(kinds(light(f, d(2023, 7, 1))), QList<ReasonKind>{ReasonKind::NoReportThisMonth});
}

TEST(StatusRules, ReportingPeriodStarts)
{
    // Monthly: the 1st. 旬: 1–10, 11–20, 21–month end.
    EXPECT_EQ(reportingPeriodStart(ReportingCycle::Monthly, d(2024, 2, 29)), d(2024, 2, 1));
    EXPECT_EQ(reportingPeriodStart(ReportingCycle::Default, d(2023, 6, 15)), d(2023, 6, 1));
    struct Case
    {
        QDate asOf;
        QDate start;
    };
    const Case cases[] = {
        {d(2023, 6, 1), d(2023, 6, 1)},   {d(2023, 6, 10), d(2023, 6, 1)},  {d(2023, 6, 11), d(2023, 6, 11)},
        {d(2023, 6, 20), d(2023, 6, 11)}, {d(2023, 6, 21), d(2023, 6, 21)}, {d(2023, 6, 30), d(2023, 6, 21)},
        {d(2023, 2, 28), d(2023, 2, 21)}, {d(2024, 2, 28), d(2024, 2, 21)}, {d(2024, 2, 29), d(2024, 2, 21)},
        {d(2023, 1, 31), d(2023, 1, 21)}, {d(2023, 3, 1), d(2023, 3, 1)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.asOf.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(reportingPeriodStart(ReportingCycle::TenDays, c.asOf), c.start);
    }
}

TEST(StatusRules, TenDayBoundaries)
{
    // GIVEN a task that reports every 旬 (以旬保月)
    struct Case
    {
        QDate reported;
        QDate asOf;
        bool yellow;
    };
    const Case cases[] = {
        {d(2023, 6, 1), d(2023, 6, 10), false},  // 10th: still the first 旬
        {d(2023, 6, 10), d(2023, 6, 11), true},  // 11th: a new 旬, the 10th's report is old
        {d(2023, 6, 11), d(2023, 6, 11), false}, //
        {d(2023, 6, 11), d(2023, 6, 20), false}, // 20th: still the second 旬
        {d(2023, 6, 20), d(2023, 6, 21), true},  // 21st: the third 旬
        {d(2023, 6, 21), d(2023, 6, 30), false}, // 30-day month end
        {d(2023, 1, 21), d(2023, 1, 31), false}, // 31-day month end
        {d(2023, 2, 21), d(2023, 2, 28), false}, // 28-day February
        {d(2023, 2, 28), d(2023, 3, 1), true},   // a new month is a new 旬
        {d(2024, 2, 21), d(2024, 2, 29), false}, // leap February: 21–29 is one 旬
        {d(2024, 2, 20), d(2024, 2, 29), true},  //
        {d(2024, 2, 29), d(2024, 3, 1), true},   //
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(
            QString(c.reported.toString(Qt::ISODate) + QStringLiteral(" → ") + c.asOf.toString(Qt::ISODate))
                .toStdString());
        TaskFacts f = openTask(d(c.asOf.year(), 12, 31), c.reported, 95);
        f.cycle = ReportingCycle::TenDays;
        const StatusLight l = light(f, c.asOf);
        if (c.yellow) {
            EXPECT_EQ(l.light, Light::Yellow);
            ASSERT_EQ(l.reasons.size(), 1);
            EXPECT_EQ(l.reasons[0].kind, ReasonKind::NoReportThisTenDays);
            EXPECT_EQ(l.reasons[0].date, reportingPeriodStart(ReportingCycle::TenDays, c.asOf));
            EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("No progress report in this ten-day period"));
        } else {
            EXPECT_EQ(l.light, Light::Green);
        }
    }
}

TEST(StatusRules, DefaultCycleComesFromSettings)
{
    // GIVEN a task with the Default cycle that reported on the 5th
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 5), 95);
    f.cycle = ReportingCycle::Default;
    // WHEN evaluated on the 15th with the default settings (monthly) and with 旬 settings
    StatusThresholds tenDays;
    tenDays.defaultCycle = ReportingCycle::TenDays;
    // THEN monthly is satisfied, the 旬 is not
    EXPECT_EQ(light(f, d(2023, 6, 15)).light, Light::Green);
    EXPECT_EQ(kinds(light(f, d(2023, 6, 15), tenDays)), QList<ReasonKind>{ReasonKind::NoReportThisTenDays});
    // AND a task's own cycle beats the setting
    f.cycle = ReportingCycle::Monthly;
    EXPECT_EQ(light(f, d(2023, 6, 15), tenDays).light, Light::Green);
    EXPECT_EQ(effectiveCycle(ReportingCycle::Default, StatusThresholds{7, 20, ReportingCycle::Default}),
              ReportingCycle::Monthly);
}

// ---- leap day --------------------------------------------------------------------------------

TEST(StatusRules, LeapDayDeadline)
{
    // GIVEN a task due 2024-02-29
    const QDate leap = d(2024, 2, 29);
    // THEN due today on Feb 29, overdue 1 day on Mar 1, due in 7 days on Feb 22, green on Feb 21
    EXPECT_EQ(kinds(light(openTask(leap, leap), leap)), QList<ReasonKind>{ReasonKind::DueToday});
    const StatusLight overdue = light(openTask(leap, d(2024, 3, 1)), d(2024, 3, 1));
    EXPECT_EQ(overdue.light, Light::Red);
    EXPECT_EQ(overdue.daysOverdue(), 1);
    const StatusLight in7 = light(openTask(leap, d(2024, 2, 22)), d(2024, 2, 22));
    EXPECT_EQ(kinds(in7), QList<ReasonKind>{ReasonKind::DueSoon});
    EXPECT_EQ(in7.reasons[0].days, 7);
    EXPECT_EQ(light(openTask(leap, d(2024, 2, 21)), d(2024, 2, 21)).light, Light::Green);
    // AND completed on Feb 29 is on time, on Mar 1 one day late
    TaskFacts done = openTask(leap, leap, 100);
    done.status = TaskStatus::Completed;
    done.completedOn = leap;
    EXPECT_EQ(light(done, d(2024, 3, 5)).light, Light::Completed);
    done.completedOn = d(2024, 3, 1);
    const StatusLight late = light(done, d(2024, 3, 5));
    EXPECT_EQ(late.light, Light::CompletedLate);
    EXPECT_EQ(late.reasons[0].days, 1);
}

// ---- behind schedule -------------------------------------------------------------------------

TEST(StatusRules, BehindScheduleThresholdAtHalfYear)
{
    // GIVEN a full-year task as of 2023-06-30 (50 % of the time elapsed), reported today
    // WHEN it is exactly 20 points behind
    // THEN it is green
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 6, 30), 30), d(2023, 6, 30)).light, Light::Green);
    // WHEN it is 21 points behind
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 6, 30), 29), d(2023, 6, 30));
    // THEN it is yellow, behind schedule
    EXPECT_EQ(l.light, Light::Yellow);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::BehindSchedule);
    EXPECT_EQ(l.reasons[0].percentDone, 29);
    EXPECT_EQ(l.reasons[0].elapsedPercent, 50.0);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Behind schedule: 29% done, 50% of time elapsed"));
}

TEST(StatusRules, BehindScheduleThresholdAtFirstQuarter)
{
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 3, 31), 5), d(2023, 3, 31)).light, Light::Green);
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 3, 31), 4), d(2023, 3, 31));
    EXPECT_EQ(reasonTexts(l), QStringList{QStringLiteral("Behind schedule: 4% done, 25% of time elapsed")});
}

TEST(StatusRules, BehindScheduleWithFractionalShareShowsOneDecimal)
{
    // GIVEN 11/12 elapsed (91.67 %) on 2023-11-30
    // THEN 72 % (19.67 behind) is green and 71 % (20.67 behind) is yellow
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 11, 30), 72), d(2023, 11, 30)).light, Light::Green);
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 11, 30), 71), d(2023, 11, 30));
    EXPECT_EQ(reasonTexts(l),
              QStringList{QStringLiteral("Behind schedule: 71% done, 91.7% of time elapsed")});
}

TEST(StatusRules, BehindPointsIsASetting)
{
    StatusThresholds s;
    s.behindPoints = 10;
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 6, 30), 40), d(2023, 6, 30), s).light, Light::Green);
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 6, 30), 39), d(2023, 6, 30), s).light, Light::Yellow);
}

TEST(StatusRules, YellowListsAllYellowReasonsInOrder)
{
    // GIVEN a 上半年 task (due Jun 30) that never reported
    const TaskFacts f = openTask(d(2023, 6, 30), QDate(), 0);
    // WHEN evaluated on Jun 25
    const StatusLight l = light(f, d(2023, 6, 25));
    // THEN it is yellow: due in 5 days, behind schedule (0 % done), no report this month
    EXPECT_EQ(l.light, Light::Yellow);
    EXPECT_EQ(kinds(l), (QList<ReasonKind>{ReasonKind::DueSoon, ReasonKind::BehindSchedule,
                                           ReasonKind::NoReportThisMonth}));
    EXPECT_EQ(reasonTexts(l)[0], QStringLiteral("Due in 5 day(s)"));
    EXPECT_EQ(reasonTexts(l)[1], QStringLiteral("Behind schedule: 0% done, 97.2% of time elapsed"));
}

// ---- supervision records ---------------------------------------------------------------------

TEST(StatusRules, UnansweredNoticeOverdueMakesTaskRed)
{
    // GIVEN an otherwise green task with a notice unanswered, due 2023-06-10
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 5), 60);
    f.unansweredResponseDue = d(2023, 6, 10);
    // WHEN evaluated on the response date
    // THEN it is still green
    EXPECT_EQ(light(f, d(2023, 6, 10)).light, Light::Green);
    // WHEN evaluated the day after
    const StatusLight l = light(f, d(2023, 6, 11));
    // THEN it is red: 督办逾期未回复
    EXPECT_EQ(l.light, Light::Red);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::NoticeOverdue);
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(l.reasons[0].date, d(2023, 6, 10));
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Supervision notice overdue, no reply"));
}

TEST(StatusRules, NoReasonsWhenGreen)
{
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 6, 5), 60), d(2023, 6, 15));
    EXPECT_EQ(l.light, Light::Green);
    EXPECT_TRUE(l.reasons.isEmpty());
    EXPECT_TRUE(reasonTexts(l).isEmpty());
}

TEST(StatusRules, LightNames)
{
    EXPECT_EQ(lightText(Light::Green), QStringLiteral("Green"));
    EXPECT_EQ(lightText(Light::Yellow), QStringLiteral("Yellow"));
    EXPECT_EQ(lightText(Light::Red), QStringLiteral("Red"));
    EXPECT_EQ(lightText(Light::Completed), QStringLiteral("Completed"));
    EXPECT_EQ(lightText(Light::CompletedLate), QStringLiteral("Completed late"));
}

TEST(StatusRules, NullAsOfGivesGreen)
{
    EXPECT_EQ(light(openTask(d(2023, 1, 1), QDate(), 0), QDate()).light, Light::Green);
}

// ---- grace days for reports (a setting; 0 keeps the rule as written) ----

TEST(StatusRules, ReportGraceDaysLetLastMonthsReportCountIntoTheNewMonth)
{
    using namespace duban::core;
    TaskFacts f;
    f.deadline = QDate(2023, 12, 31);
    f.periodStart = QDate(2023, 1, 1);
    f.lastReport = QDate(2023, 6, 20);
    f.lastPercent = 60;
    StatusThresholds s;
    // GIVEN no grace: on July 1 the June report no longer counts
    EXPECT_EQ(evaluate(f, QDate(2023, 7, 1), s).light, Light::Yellow);
    // WHEN reports may come in until the 5th
    s.reportGraceDays = 5;
    // THEN July 1..5 are still green, the 6th is yellow with the month's reason
    EXPECT_EQ(evaluate(f, QDate(2023, 7, 1), s).light, Light::Green);
    EXPECT_EQ(evaluate(f, QDate(2023, 7, 5), s).light, Light::Green);
    const StatusLight sixth = evaluate(f, QDate(2023, 7, 6), s);
    EXPECT_EQ(sixth.light, Light::Yellow);
    ASSERT_EQ(sixth.reasons.size(), 1);
    EXPECT_EQ(sixth.reasons.at(0).kind, ReasonKind::NoReportThisMonth);
    EXPECT_EQ(sixth.reasons.at(0).date, QDate(2023, 7, 1));
    // Ten-day periods: a report on the 9th still counts on the 12th with two grace days, not on the 13th
    f.cycle = ReportingCycle::TenDays;
    f.lastReport = QDate(2023, 7, 9);
    s.reportGraceDays = 2;
    EXPECT_EQ(evaluate(f, QDate(2023, 7, 12), s).light, Light::Green);
    EXPECT_EQ(evaluate(f, QDate(2023, 7, 13), s).light, Light::Yellow);
}
