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
    return evaluate(rules_test::withOwedReport(f, asOf, s), asOf, s);
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
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Overdue by 1 day(s) (deadline 2023-06-15)"));
}

TEST(StatusRules, OverdueCountsDays)
{
    const StatusLight l = light(openTask(d(2023, 6, 15), d(2023, 6, 27)), d(2023, 6, 27));
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(l.daysOverdue(), 12);
    EXPECT_EQ(reasonTexts(l), QStringList{QStringLiteral("Overdue by 12 day(s) (deadline 2023-06-15)")});
    EXPECT_EQ(shortReasonText(l), QStringLiteral("Overdue 12 day(s)"));
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
    f.firstOwedReport = d(2023, 6, 1);
    f.lastPercent = 50;
    // THEN it is green (no overdue, due soon; 50 % is ahead of 5/12 of its plan year) and still owes
    // monthly reports: June's, due Jul 5, is missing on Jul 6 when only Jun 1's report exists
    EXPECT_EQ(light(f, d(2023, 6, 15)).light, Light::Green);
    f.firstOwedReport = QDate();
    EXPECT_EQ(kinds(light(f, d(2023, 7, 6))), QList<ReasonKind>{ReasonKind::ReportMissing});
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
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Q1 milestone (2023-03-31) overdue by 1 day(s)"));
    // AND the short text names the milestone, not the deadline (2023-12-31)
    EXPECT_EQ(shortReasonText(l), QStringLiteral("Q1 milestone overdue 1 day(s)"));
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
    // THEN: overdue, the milestones in their given order, the notice, then the yellow reason that applies too
    // (60 % done with the whole period elapsed), each saying what it counts from
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(kinds(l), (QList<ReasonKind>{ReasonKind::Overdue, ReasonKind::MilestoneMissed,
                                           ReasonKind::MilestoneMissed, ReasonKind::MilestoneMissed,
                                           ReasonKind::NoticeOverdue, ReasonKind::BehindSchedule}));
    EXPECT_EQ(reasonTexts(l),
              (QStringList{
                  QStringLiteral("Overdue by 12 day(s) (deadline 2023-10-31)"),
                  QStringLiteral("H1 milestone (2023-06-30) overdue by 135 day(s)"),
                  QStringLiteral("Q1-Q3 milestone (2023-09-30) overdue by 43 day(s)"),
                  QStringLiteral("Milestone of 2023-05-15 overdue by 181 day(s)"),
                  QStringLiteral("Supervision notice unanswered 2 day(s) past its reply date (2023-11-10)"),
                  QStringLiteral("60% done, below the 100% of time elapsed")}));
    EXPECT_EQ(l.reasons[4].days, 2);
}

// ---- reporting periods with a due day ----------------------------------------------------------

TEST(StatusRules, MonthlyReportIsDueByTheFifthOfTheNextMonth)
{
    // GIVEN a full-year task whose only report is dated 2023-06-20
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 20), 60);
    f.firstOwedReport = d(2023, 6, 20);
    // WHEN evaluated as of Jul 1 (latest period due: May, due Jun 5)
    const StatusLight july1 = light(f, d(2023, 7, 1));
    // THEN it is 迟报 for May — not 未报: the report came 15 days after the due day
    EXPECT_EQ(july1.light, Light::Yellow);
    EXPECT_EQ(july1.report, ReportState::Late);
    ASSERT_EQ(kinds(july1), QList<ReasonKind>{ReasonKind::ReportLate});
    EXPECT_EQ(july1.reasons[0].since, d(2023, 5, 1));
    EXPECT_EQ(july1.reasons[0].until, d(2023, 5, 31));
    EXPECT_EQ(july1.reasons[0].date, d(2023, 6, 5));
    EXPECT_EQ(july1.reasons[0].days, 15);
    EXPECT_EQ(reasonText(july1.reasons[0]), QStringLiteral("Report for 2023-05 came 15 day(s) late (due by "
                                                           "2023-06-05)"));
    // WHEN evaluated as of Jul 6 (June is due by Jul 5) THEN the same report is on time for June
    const StatusLight july6 = light(f, d(2023, 7, 6));
    EXPECT_EQ(july6.light, Light::Green);
    EXPECT_EQ(july6.report, ReportState::OnTime);
}

TEST(StatusRules, NoReportSinceThePeriodBeganIsMissing)
{
    // GIVEN a task whose latest report is dated May 31
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 5, 31), 60);
    f.firstOwedReport = QDate(); // none dated on or after Jun 1
    // WHEN evaluated as of Jul 6 THEN it is 未报 for June, due Jul 5, one day ago
    const StatusLight l = light(f, d(2023, 7, 6));
    EXPECT_EQ(l.light, Light::Yellow);
    EXPECT_EQ(l.report, ReportState::Missing);
    ASSERT_EQ(kinds(l), QList<ReasonKind>{ReasonKind::ReportMissing});
    EXPECT_EQ(l.reasons[0].days, 1);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("No report for 2023-06 (due by 2023-07-05)"));
    EXPECT_EQ(shortReasonText(l), QStringLiteral("Report missing"));
}

TEST(StatusRules, DueDayPassedByOneDay)
{
    // The due day itself is in time; the period is owed from the day after.
    EXPECT_EQ(owedPeriod(ReportingCycle::Monthly, d(2023, 7, 5), defaults).first, d(2023, 5, 1));
    EXPECT_EQ(owedPeriod(ReportingCycle::Monthly, d(2023, 7, 6), defaults).first, d(2023, 6, 1));
    EXPECT_EQ(owedPeriod(ReportingCycle::Monthly, d(2023, 7, 6), defaults).due, d(2023, 7, 5));
    // AND a task without a report since Jun 1 is on time (for May) on Jul 5, missing on Jul 6
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 5, 20), 60);
    f.firstOwedReport = d(2023, 5, 20);
    EXPECT_EQ(light(f, d(2023, 7, 5)).report, ReportState::OnTime);
    f.firstOwedReport = QDate();
    EXPECT_EQ(light(f, d(2023, 7, 6)).report, ReportState::Missing);
}

TEST(StatusRules, TheFirstOfAMonthIsNoDayOfItsOwn)
{
    // GIVEN a task that reported in June (Jun 20) and one whose last report is from May (May 20)
    TaskFacts reportedJune = openTask(d(2023, 12, 31), d(2023, 6, 20), 60);
    TaskFacts onlyMay = openTask(d(2023, 12, 31), d(2023, 5, 20), 60);
    // WHEN judged on Jun 30 and on Jul 1 (May is the period owed on both days: first reports since May 1)
    reportedJune.firstOwedReport = d(2023, 5, 20); // it reported in May too
    onlyMay.firstOwedReport = d(2023, 5, 20);
    // THEN neither changes light on the first of the month
    EXPECT_EQ(light(reportedJune, d(2023, 6, 30)).light, Light::Green);
    EXPECT_EQ(light(reportedJune, d(2023, 7, 1)).light, Light::Green);
    EXPECT_EQ(light(onlyMay, d(2023, 6, 30)).light, Light::Green);
    EXPECT_EQ(light(onlyMay, d(2023, 7, 1)).light, Light::Green);
    // AND only after July's due day does the one without a June report turn yellow
    onlyMay.firstOwedReport = QDate();
    EXPECT_EQ(light(onlyMay, d(2023, 7, 6)).light, Light::Yellow);
}

TEST(StatusRules, PeriodsThatEndBeforeTheStartAreNotOwed)
{
    // GIVEN a task assigned on 2023-03-22 (the seed plan's issue date), with no report
    TaskFacts f = openTask(d(2023, 12, 31), QDate(), 0);
    f.firstOwedReport = QDate();
    f.startDate = d(2023, 3, 22);
    // WHEN judged on Apr 1 (February, due Mar 5, is the latest period due) THEN nothing is owed
    EXPECT_EQ(light(f, d(2023, 4, 1)).report, ReportState::NotOwed);
    // WHEN judged on Apr 6 THEN March — the month it started in — is owed and missing
    EXPECT_EQ(light(f, d(2023, 4, 6)).report, ReportState::Missing);
}

TEST(StatusRules, TenDayPeriodsAreDueThreeDaysAfterTheirEnd)
{
    struct Case
    {
        QDate asOf;
        QDate first;
        QDate due;
    };
    // 旬: 1–10 due 13th, 11–20 due 23rd, 21–month end due the 3rd of the next month
    const Case cases[] = {
        {d(2023, 6, 13), d(2023, 5, 21), d(2023, 6, 3)}, {d(2023, 6, 14), d(2023, 6, 1), d(2023, 6, 13)},
        {d(2023, 6, 23), d(2023, 6, 1), d(2023, 6, 13)}, {d(2023, 6, 24), d(2023, 6, 11), d(2023, 6, 23)},
        {d(2023, 7, 3), d(2023, 6, 11), d(2023, 6, 23)}, {d(2023, 7, 4), d(2023, 6, 21), d(2023, 7, 3)},
        {d(2024, 3, 4), d(2024, 2, 21), d(2024, 3, 3)},  {d(2023, 3, 4), d(2023, 2, 21), d(2023, 3, 3)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.asOf.toString(Qt::ISODate).toStdString());
        const ReportingPeriod p = owedPeriod(ReportingCycle::TenDays, c.asOf, defaults);
        EXPECT_EQ(p.first, c.first);
        EXPECT_EQ(p.due, c.due);
        EXPECT_TRUE(p.isTenDays());
    }
    EXPECT_EQ(owedPeriod(ReportingCycle::TenDays, d(2024, 3, 4), defaults).last, d(2024, 2, 29));
    // AND a 旬 task that reported on Jun 12 is on time for Jun 1–10 on Jun 14, late if the first came Jun 14
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 12), 60);
    f.cycle = ReportingCycle::TenDays;
    f.firstOwedReport = d(2023, 6, 12);
    EXPECT_EQ(light(f, d(2023, 6, 14)).report, ReportState::OnTime);
    f.firstOwedReport = d(2023, 6, 14);
    f.lastReport = d(2023, 6, 14);
    const StatusLight late = light(f, d(2023, 6, 14));
    EXPECT_EQ(late.report, ReportState::Late);
    EXPECT_EQ(reasonText(late.reasons[0]),
              QStringLiteral("Report for early 2023-06 came 1 day(s) late (due by "
                             "2023-06-13)"));
}

TEST(StatusRules, DueDaysAreSettings)
{
    StatusThresholds s;
    s.reportDueDay = 10;
    s.tenDayDueDays = 0;
    EXPECT_EQ(owedPeriod(ReportingCycle::Monthly, d(2023, 7, 10), s).first, d(2023, 5, 1));
    EXPECT_EQ(owedPeriod(ReportingCycle::Monthly, d(2023, 7, 11), s).first, d(2023, 6, 1));
    EXPECT_EQ(owedPeriod(ReportingCycle::TenDays, d(2023, 6, 11), s).first, d(2023, 6, 1));
    EXPECT_EQ(owedPeriod(ReportingCycle::TenDays, d(2023, 6, 10), s).first, d(2023, 5, 21));
}

TEST(StatusRules, DefaultCycleComesFromSettings)
{
    // GIVEN a task with the Default cycle whose first report since May 21 came on Jun 5
    TaskFacts f = openTask(d(2023, 12, 31), d(2023, 6, 5), 95);
    f.cycle = ReportingCycle::Default;
    f.firstOwedReport = d(2023, 6, 5);
    StatusThresholds tenDays;
    tenDays.defaultCycle = ReportingCycle::TenDays;
    // WHEN evaluated on the 15th: monthly owes May (reported Jun 5, on time); 旬 owes Jun 1–10 (due 13th) — a
    // report since Jun 1 came on Jun 5, on time too; on Jun 24 the 旬 Jun 11–20 is owed and missing
    EXPECT_EQ(light(f, d(2023, 6, 15)).light, Light::Green);
    EXPECT_EQ(light(f, d(2023, 6, 15), tenDays).report, ReportState::OnTime);
    f.firstOwedReport = QDate();
    EXPECT_EQ(kinds(light(f, d(2023, 6, 24), tenDays)), QList<ReasonKind>{ReasonKind::ReportMissing});
    // AND a task's own cycle beats the setting
    f.cycle = ReportingCycle::Monthly;
    f.firstOwedReport = d(2023, 6, 5);
    EXPECT_EQ(light(f, d(2023, 6, 24), tenDays).light, Light::Green);
    StatusThresholds unset;
    unset.defaultCycle = ReportingCycle::Default;
    EXPECT_EQ(effectiveCycle(ReportingCycle::Default, unset), ReportingCycle::Monthly);
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

// ---- 序时进度 (behind schedule) ------------------------------------------------------------------

TEST(StatusRules, BelowTheShareIsBehindWithNoTolerance)
{
    struct Case
    {
        QDate asOf;
        int percent;
        ScheduleJudgement schedule;
        double share;
    };
    // Q1 = 25 %, H1 = 50 % (Jul 1 too: July has not elapsed), 1–11月 = 91.7 %
    const Case cases[] = {
        {d(2023, 3, 31), 24, ScheduleJudgement::Behind, 25.0},
        {d(2023, 3, 31), 25, ScheduleJudgement::OnSchedule, 25.0},
        {d(2023, 3, 31), 26, ScheduleJudgement::Ahead, 25.0},
        {d(2023, 6, 30), 49, ScheduleJudgement::Behind, 50.0},
        {d(2023, 6, 30), 50, ScheduleJudgement::OnSchedule, 50.0},
        {d(2023, 7, 1), 50, ScheduleJudgement::OnSchedule, 50.0},
        {d(2023, 11, 30), 91, ScheduleJudgement::Behind, 100.0 * 11 / 12},
        {d(2023, 11, 30), 92, ScheduleJudgement::Ahead, 100.0 * 11 / 12},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(
            QString(c.asOf.toString(Qt::ISODate) + QStringLiteral(" %1%").arg(c.percent)).toStdString());
        const StatusLight l = light(openTask(d(2023, 12, 31), c.asOf, c.percent), c.asOf);
        EXPECT_EQ(l.schedule, c.schedule);
        EXPECT_FLOAT_EQ(l.share, float(c.share));
        EXPECT_EQ(l.light, c.schedule == ScheduleJudgement::Behind ? Light::Yellow : Light::Green);
    }
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 6, 30), 30), d(2023, 6, 30));
    ASSERT_EQ(kinds(l), QList<ReasonKind>{ReasonKind::BehindSchedule});
    EXPECT_EQ(l.reasons[0].percentDone, 30);
    EXPECT_EQ(l.reasons[0].elapsedPercent, 50.0);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("30% done, below the 50% of time elapsed"));
    EXPECT_EQ(reasonTexts(light(openTask(d(2023, 12, 31), d(2023, 11, 30), 71), d(2023, 11, 30))),
              QStringList{QStringLiteral("71% done, below the 91.7% of time elapsed")});
}

TEST(StatusRules, NotStartedIsBehindOnceTimeHasElapsed)
{
    // GIVEN a full-year task with no report
    TaskFacts f = openTask(d(2023, 12, 31), QDate(), 0);
    // WHEN judged on Jan 30 (no month elapsed) THEN 尚未启动 is not yet behind
    const StatusLight january = light(f, d(2023, 1, 30));
    EXPECT_EQ(january.schedule, ScheduleJudgement::NotStarted);
    EXPECT_EQ(january.light, Light::Green);
    // WHEN judged on Jan 31 (a month elapsed: 8.3 %) THEN it is behind schedule, named as not started
    const StatusLight end = light(f, d(2023, 1, 31));
    EXPECT_EQ(end.schedule, ScheduleJudgement::NotStarted);
    ASSERT_EQ(kinds(end), QList<ReasonKind>{ReasonKind::BehindSchedule});
    EXPECT_EQ(reasonText(end.reasons[0]), QStringLiteral("Not started; 8.3% of the time has elapsed"));
    EXPECT_EQ(shortReasonText(end), QStringLiteral("Not started"));
}

TEST(StatusRules, ScheduleToleranceIsASetting)
{
    StatusThresholds s;
    s.scheduleTolerance = 5;
    const auto at = [&](int percent) {
        return light(openTask(d(2023, 12, 31), d(2023, 6, 30), percent), d(2023, 6, 30), s).schedule;
    };
    EXPECT_EQ(at(44), ScheduleJudgement::Behind);
    EXPECT_EQ(at(45), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(at(55), ScheduleJudgement::OnSchedule);
    EXPECT_EQ(at(56), ScheduleJudgement::Ahead);
    EXPECT_EQ(light(openTask(d(2023, 12, 31), d(2023, 6, 30), 45), d(2023, 6, 30), s).light, Light::Green);
}

TEST(StatusRules, DayBasedShareIsASetting)
{
    StatusThresholds s;
    s.scheduleBasis = ScheduleBasis::Days;
    // On Jul 1 a day of July has passed: (6 + 1/31) / 12 = 50.3 %, so 50 % is behind by days
    const StatusLight l = light(openTask(d(2023, 12, 31), d(2023, 7, 1), 50), d(2023, 7, 1), s);
    EXPECT_NEAR(l.share, 50.27, 0.01);
    EXPECT_EQ(l.schedule, ScheduleJudgement::Behind);
}

TEST(StatusRules, ATaskAssignedLaterIsMeasuredFromItsStart)
{
    // GIVEN a task entered by hand on Oct 15 with a deadline of Dec 31 (its period: Oct, Nov, Dec)
    TaskFacts f = openTask(d(2023, 12, 31), QDate(), 0);
    f.periodStart = periodStartOf(2023, d(2023, 3, 22), d(2023, 10, 15));
    f.startDate = d(2023, 10, 15);
    f.firstOwedReport = QDate();
    EXPECT_EQ(f.periodStart, d(2023, 10, 15));
    // THEN on its first day nothing has elapsed: not behind, no report owed
    const StatusLight first = light(f, d(2023, 10, 15));
    EXPECT_EQ(first.light, Light::Green);
    EXPECT_EQ(first.share, 0.0f);
    EXPECT_EQ(first.report, ReportState::NotOwed);
    // AND at the end of October one of three months has elapsed
    EXPECT_FLOAT_EQ(light(f, d(2023, 10, 31)).share, float(100.0 / 3));
    // AND a task that came with the plan (assigned on its issue date) is measured over the plan year
    EXPECT_EQ(periodStartOf(2023, d(2023, 3, 22), d(2023, 3, 22)), d(2023, 1, 1));
    EXPECT_EQ(periodStartOf(2023, d(2023, 3, 22), QDate()), d(2023, 1, 1));
}

TEST(StatusRules, AllReasonsAreListedRedFirst)
{
    // GIVEN a 上半年 task (due Jun 30) that never reported
    TaskFacts f = openTask(d(2023, 6, 30), QDate(), 0);
    f.firstOwedReport = QDate();
    // WHEN evaluated on Jun 25 THEN it is yellow: due in 5 days, not started, May's report missing
    const StatusLight l = light(f, d(2023, 6, 25));
    EXPECT_EQ(l.light, Light::Yellow);
    EXPECT_EQ(kinds(l), (QList<ReasonKind>{ReasonKind::DueSoon, ReasonKind::BehindSchedule,
                                           ReasonKind::ReportMissing}));
    EXPECT_EQ(reasonTexts(l)[0], QStringLiteral("Due in 5 day(s)"));
    EXPECT_EQ(reasonTexts(l)[1], QStringLiteral("Not started; 83.3% of the time has elapsed"));
    // WHEN evaluated on Jul 2 THEN red first (overdue), then the yellow reasons that still apply
    EXPECT_EQ(
        kinds(light(f, d(2023, 7, 2))),
        (QList<ReasonKind>{ReasonKind::Overdue, ReasonKind::BehindSchedule, ReasonKind::ReportMissing}));
    EXPECT_EQ(light(f, d(2023, 7, 2)).light, Light::Red);
}

TEST(StatusRules, WithoutReportsOnlyRedIsJudged)
{
    TaskFacts f = openTask(d(2023, 6, 30), QDate(), 0);
    f.reportsRead = false;
    const StatusLight l = light(f, d(2023, 7, 2));
    EXPECT_EQ(kinds(l), QList<ReasonKind>{ReasonKind::Overdue});
    EXPECT_FALSE(l.judgedReports);
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
    EXPECT_EQ(reasonText(l.reasons[0]),
              QStringLiteral("Supervision notice unanswered 1 day(s) past its reply date (2023-06-10)"));
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
