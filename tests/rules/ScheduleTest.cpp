// Tests of 序时进度 (share of the plan period elapsed) and the office's five-way judgement.
#include "core/rules/Schedule.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST(Schedule, FullYearShareIsCountedInWholeMonthsAtMonthEnds)
{
    // GIVEN a full-year task of a non-leap plan year (Jan 1 – Dec 31, 2023)
    const QDate start = d(2023, 1, 1);
    const QDate deadline = d(2023, 12, 31);
    // WHEN / THEN the share at the end of each quarter is exactly the months elapsed / 12
    EXPECT_DOUBLE_EQ(elapsedShare(start, deadline, d(2023, 1, 31)), 1.0 / 12);
    EXPECT_EQ(elapsedShare(start, deadline, d(2023, 3, 31)), 0.25);
    EXPECT_EQ(elapsedShare(start, deadline, d(2023, 6, 30)), 0.5);
    EXPECT_EQ(elapsedShare(start, deadline, d(2023, 9, 30)), 0.75);
    EXPECT_DOUBLE_EQ(elapsedShare(start, deadline, d(2023, 11, 30)), 11.0 / 12);
    EXPECT_EQ(elapsedShare(start, deadline, d(2023, 12, 31)), 1.0);
}

TEST(Schedule, ByMonthsAMonthElapsesOnItsLastDay)
{
    // GIVEN a full-year 2023 task
    // WHEN the as-of date is mid-month or the first of a month
    // THEN only whole months count: Feb 14 → 1/12, Jul 1 → 6/12 (not 50.3 %), Jan 1 → 0
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 2, 14)), 1.0 / 12);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 7, 1)), 0.5);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 1, 1)), 0.0);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 1, 31)), 1.0 / 12);
}

TEST(Schedule, ByDaysTheShareGrowsDayByDay)
{
    // GIVEN a full-year 2023 task and the day-based setting
    // WHEN the as-of date is Feb 14 (14 of Feb's 28 days), Jan 1 or Jul 1
    // THEN the share is (1 + 14/28) / 12, (1/31) / 12 and (6 + 1/31) / 12 = 50.3 %
    const auto days = ScheduleBasis::Days;
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 2, 14), days), 0.125);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 1, 1), days), 1.0 / 31 / 12);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 7, 1), days), (6 + 1.0 / 31) / 12);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 3, 31), days), 0.25);
}

TEST(Schedule, LeapYearMonthEndsAreStillWholeMonths)
{
    // GIVEN a full-year task in the leap year 2024
    const QDate start = d(2024, 1, 1);
    const QDate deadline = d(2024, 12, 31);
    // WHEN / THEN Feb 29 closes two months, Feb 28 does not (by days it is 28/29 of February), Mar 31 is a
    // quarter
    EXPECT_DOUBLE_EQ(elapsedShare(start, deadline, d(2024, 2, 29)), 2.0 / 12);
    EXPECT_DOUBLE_EQ(elapsedShare(start, deadline, d(2024, 2, 28)), 1.0 / 12);
    EXPECT_DOUBLE_EQ(elapsedShare(start, deadline, d(2024, 2, 28), ScheduleBasis::Days),
                     (1.0 + 28.0 / 29) / 12);
    EXPECT_EQ(elapsedShare(start, deadline, d(2024, 3, 31)), 0.25);
}

TEST(Schedule, APeriodStartingMidMonthCountsThatMonth)
{
    // GIVEN a task assigned on Oct 15 with a deadline of Dec 31: October, November, December
    // THEN nothing has elapsed on Oct 15 or Oct 30, a third at the end of October, two thirds on Nov 30
    EXPECT_EQ(elapsedShare(d(2023, 10, 15), d(2023, 12, 31), d(2023, 10, 15)), 0.0);
    EXPECT_EQ(elapsedShare(d(2023, 10, 15), d(2023, 12, 31), d(2023, 10, 30)), 0.0);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 10, 15), d(2023, 12, 31), d(2023, 10, 31)), 1.0 / 3);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 10, 15), d(2023, 12, 31), d(2023, 11, 30)), 2.0 / 3);
}

TEST(Schedule, ShareIsClampedOutsideThePeriod)
{
    // GIVEN a full-year 2023 task
    // WHEN the as-of date is before the start, on the deadline or after it
    // THEN the share is 0, 1 and 1
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2022, 12, 31)), 0.0);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2023, 12, 31)), 1.0);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), d(2024, 3, 1)), 1.0);
}

TEST(Schedule, PeriodRunsFromStartToTheTasksDeadline)
{
    // GIVEN a 上半年 task (deadline Jun 30) and a task that starts on Apr 1
    // WHEN measured at Mar 31 and Jun 30
    // THEN the share is of the task's own period: 3 of 6 months, 3 of 9 months
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 6, 30), d(2023, 3, 31)), 0.5);
    EXPECT_DOUBLE_EQ(elapsedShare(d(2023, 4, 1), d(2023, 12, 31), d(2023, 6, 30)), 1.0 / 3);
}

TEST(Schedule, NullStartMeansJanuaryFirstOfTheDeadlinesYear)
{
    // GIVEN no period start
    // WHEN the share is computed for a 2023 deadline
    // THEN it starts on 2023-01-01
    EXPECT_EQ(defaultPeriodStart(d(2023, 12, 31)), d(2023, 1, 1));
    EXPECT_EQ(elapsedShare(QDate(), d(2023, 12, 31), d(2023, 3, 31)), 0.25);
    EXPECT_FALSE(defaultPeriodStart(QDate()).isValid());
}

TEST(Schedule, NullDatesGiveZero)
{
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), QDate(), d(2023, 6, 30)), 0.0);
    EXPECT_EQ(elapsedShare(d(2023, 1, 1), d(2023, 12, 31), QDate()), 0.0);
}

TEST(Schedule, PeriodEndingBeforeItStarts)
{
    // GIVEN a deadline before the period start
    // THEN nothing is elapsed before the deadline and everything from it on
    EXPECT_EQ(elapsedShare(d(2023, 6, 1), d(2023, 3, 31), d(2023, 3, 30)), 0.0);
    EXPECT_EQ(elapsedShare(d(2023, 6, 1), d(2023, 3, 31), d(2023, 3, 31)), 1.0);
}

TEST(ScheduleJudgement, EdgesAtEndOfFirstQuarter)
{
    // GIVEN 25 % of the time elapsed (Mar 31 of a full-year task) and the office's tolerance of 0
    const double share = 0.25;
    // WHEN / THEN
    EXPECT_EQ(judgeSchedule(0, share, false), ScheduleJudgement::NotStarted);
    EXPECT_EQ(judgeSchedule(1, share, false), ScheduleJudgement::Behind);
    EXPECT_EQ(judgeSchedule(24, share, false), ScheduleJudgement::Behind);
    EXPECT_EQ(judgeSchedule(25, share, false), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(judgeSchedule(26, share, false), ScheduleJudgement::Ahead);
    EXPECT_TRUE(isBehindSchedule(judgeSchedule(0, share, false), share));
    EXPECT_FALSE(isBehindSchedule(judgeSchedule(0, 0.0, false), 0.0));
    EXPECT_EQ(judgeSchedule(99, share, false), ScheduleJudgement::Ahead);
    EXPECT_EQ(judgeSchedule(100, share, false), ScheduleJudgement::Completed);
}

TEST(ScheduleJudgement, CompletedWinsAndNotStartedIsZero)
{
    EXPECT_EQ(judgeSchedule(10, 0.5, true), ScheduleJudgement::Completed);
    EXPECT_EQ(judgeSchedule(0, 0.5, true), ScheduleJudgement::Completed);
    EXPECT_EQ(judgeSchedule(0, 0.0, false), ScheduleJudgement::NotStarted);
    EXPECT_EQ(judgeSchedule(-5, 0.5, false), ScheduleJudgement::NotStarted);
    EXPECT_EQ(judgeSchedule(120, 0.5, false), ScheduleJudgement::Completed);
}

TEST(ScheduleJudgement, EdgesWithAFractionalShare)
{
    // GIVEN 11/12 of the time elapsed (91.67 %)
    const double share = elapsedShare(QDate(2023, 1, 1), QDate(2023, 12, 31), QDate(2023, 11, 30));
    // WHEN / THEN without tolerance 91 is behind, 92 ahead; with 5 points the band is [86.67, 96.67]
    EXPECT_EQ(judgeSchedule(91, share, false), ScheduleJudgement::Behind);
    EXPECT_EQ(judgeSchedule(92, share, false), ScheduleJudgement::Ahead);
    EXPECT_EQ(judgeSchedule(86, share, false, 5.0), ScheduleJudgement::Behind);
    EXPECT_EQ(judgeSchedule(87, share, false, 5.0), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(judgeSchedule(96, share, false, 5.0), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(judgeSchedule(97, share, false, 5.0), ScheduleJudgement::Ahead);
    EXPECT_STREQ(judgementKey(ScheduleJudgement::Behind), "behind");
}

TEST(ScheduleJudgement, ToleranceIsAParameter)
{
    // GIVEN half the time elapsed and no tolerance
    EXPECT_EQ(judgeSchedule(49, 0.5, false, 0.0), ScheduleJudgement::Behind);
    EXPECT_EQ(judgeSchedule(50, 0.5, false, 0.0), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(judgeSchedule(51, 0.5, false, 0.0), ScheduleJudgement::Ahead);
    // AND a 10-point tolerance
    EXPECT_EQ(judgeSchedule(40, 0.5, false, 10.0), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(judgeSchedule(39, 0.5, false, 10.0), ScheduleJudgement::Behind);
}

TEST(ScheduleJudgement, EnglishWording)
{
    EXPECT_EQ(judgementText(ScheduleJudgement::NotStarted), QStringLiteral("Not started"));
    EXPECT_EQ(judgementText(ScheduleJudgement::Behind), QStringLiteral("Behind schedule"));
    EXPECT_EQ(judgementText(ScheduleJudgement::OnSchedule), QStringLiteral("On schedule"));
    EXPECT_EQ(judgementText(ScheduleJudgement::Ahead), QStringLiteral("Ahead of schedule"));
    EXPECT_EQ(judgementText(ScheduleJudgement::Completed), QStringLiteral("Completed"));
}
