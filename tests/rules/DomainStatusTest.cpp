// Tests of the status rules over domain types (Task, ProgressReport, SupervisionRecord) and of the bulk API.
#include "RulesTestHelpers.h"

#include <gtest/gtest.h>
#include <vector>

using namespace duban::core;
using rules_test::d;

namespace {

const StatusThresholds defaults;

Task fullYearTask()
{
    Task t;
    t.id = 7;
    t.code = QStringLiteral("1");
    t.deadline = d(2023, 12, 31);
    t.reporting = ReportingCycle::Monthly;
    return t;
}

ProgressReport report(QDate date, int percent)
{
    ProgressReport r;
    r.taskId = 7;
    r.date = date;
    r.percent = percent;
    return r;
}

SupervisionRecord notice(QDate sent, QDate due, QDate respondedOn = {})
{
    SupervisionRecord r;
    r.taskId = 7;
    r.kind = SupervisionRecord::Kind::Notice;
    r.date = sent;
    r.responseDue = due;
    r.respondedOn = respondedOn;
    return r;
}

} // namespace

TEST(DomainStatus, LatestReportOnOrBeforeAsOfCounts)
{
    // GIVEN reports on May 31 (50 %), Jun 20 (60 %) and Jul 5 (10 %)
    const QList<ProgressReport> reports{report(d(2023, 5, 31), 50), report(d(2023, 7, 5), 10),
                                        report(d(2023, 6, 20), 60)};
    // WHEN evaluated as of Jun 15
    // THEN only May 31 counts: 50 % at a share of 5/12 is ahead, and May (due Jun 5) was reported
    const StatusLight jun = evaluate(fullYearTask(), reports, {}, d(2023, 6, 15), defaults);
    EXPECT_EQ(jun.light, Light::Green);
    EXPECT_EQ(jun.schedule, ScheduleJudgement::Ahead);
    EXPECT_EQ(jun.report, ReportState::OnTime);
    // WHEN evaluated as of Jun 30
    // THEN the Jun 20 report counts (60 % vs 50 % elapsed): green
    EXPECT_EQ(evaluate(fullYearTask(), reports, {}, d(2023, 6, 30), defaults).light, Light::Green);
    // WHEN evaluated as of Jul 31 the Jul 5 report (10 % — a correction) is the latest: behind schedule
    const StatusLight jul = evaluate(fullYearTask(), reports, {}, d(2023, 7, 31), defaults);
    ASSERT_EQ(jul.reasons.size(), 1);
    EXPECT_EQ(jul.reasons[0].kind, ReasonKind::BehindSchedule);
    EXPECT_EQ(jul.reasons[0].percentDone, 10);
    EXPECT_DOUBLE_EQ(jul.reasons[0].elapsedPercent, 100.0 * 7 / 12);
}

TEST(DomainStatus, SameDayReportsTakeTheHighestPercent)
{
    std::vector<MilestoneFact> storage;
    const TaskFacts f = makeTaskFacts(
        fullYearTask(), {report(d(2023, 6, 5), 40), report(d(2023, 6, 5), 45), report(d(2023, 6, 5), 30)}, {},
        d(2023, 6, 30), defaults, {}, storage);
    EXPECT_EQ(f.lastReport, d(2023, 6, 5));
    EXPECT_EQ(f.lastPercent, 45);
}

TEST(DomainStatus, MilestonesComeFromTheTask)
{
    // GIVEN a task with an unticked Q1 milestone and a ticked H1 milestone
    Task t = fullYearTask();
    t.milestones = {Milestone{1, d(2023, 3, 31), QStringLiteral("开工"), false},
                    Milestone{2, d(2023, 6, 30), QStringLiteral("过半"), true}};
    // WHEN evaluated as of Jul 10 with a fresh report
    const StatusLight l = evaluate(t, {report(d(2023, 7, 1), 60)}, {}, d(2023, 7, 10), defaults);
    // THEN red: the Q1 milestone, overdue by 101 days, says which date it counts from
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(reasonTexts(l), QStringList{QStringLiteral("Q1 milestone (2023-03-31) overdue by 101 day(s)")});
}

TEST(DomainStatus, PeriodStartCanBeGiven)
{
    // GIVEN a task of a plan whose period starts Jul 1 (e.g. a plan issued mid-year)
    // WHEN evaluated on Jun 30 without any report
    // THEN nothing is expected yet (green); with the default start (Jan 1) it is not started at a share of
    // 50 % and owes May's report (due Jun 5)
    EXPECT_EQ(evaluate(fullYearTask(), {}, {}, d(2023, 6, 30), defaults, d(2023, 7, 1)).light, Light::Green);
    const StatusLight fromJanuary = evaluate(fullYearTask(), {}, {}, d(2023, 6, 30), defaults);
    ASSERT_EQ(fromJanuary.reasons.size(), 2);
    EXPECT_EQ(fromJanuary.reasons[0].kind, ReasonKind::BehindSchedule);
    EXPECT_EQ(fromJanuary.reasons[1].kind, ReasonKind::ReportMissing);
    EXPECT_EQ(fromJanuary.reasons[1].since, d(2023, 5, 1));
}

TEST(DomainStatus, CompletedTask)
{
    Task t = fullYearTask();
    t.status = TaskStatus::Completed;
    t.completedOn = d(2024, 1, 3);
    EXPECT_EQ(evaluate(t, {}, {}, d(2024, 1, 2), defaults).daysOverdue(), 2);
    EXPECT_EQ(evaluate(t, {}, {}, d(2024, 1, 3), defaults).light, Light::CompletedLate);
}

// ---- supervision records -------------------------------------------------------------------

TEST(RecordLight, UnansweredPastResponseDueIsRed)
{
    // GIVEN a notice sent Jun 1, response due Jun 10, unanswered
    const SupervisionRecord r = notice(d(2023, 6, 1), d(2023, 6, 10));
    // THEN green until Jun 10, red from Jun 11 ("督办逾期未回复")
    EXPECT_EQ(recordLight(r, d(2023, 6, 10)).light, Light::Green);
    const StatusLight l = recordLight(r, d(2023, 6, 13));
    EXPECT_EQ(l.light, Light::Red);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::NoticeOverdue);
    EXPECT_EQ(l.reasons[0].days, 3);
    EXPECT_EQ(reasonText(l.reasons[0]),
              QStringLiteral("Supervision notice unanswered 3 day(s) past its reply date (2023-06-10)"));
}

TEST(RecordLight, AnsweredLateIsRedUntilTheReply)
{
    // GIVEN a notice due Jun 10 answered on Jun 12
    const SupervisionRecord r = notice(d(2023, 6, 1), d(2023, 6, 10), d(2023, 6, 12));
    // THEN red as of Jun 11, completed late (2 days) from Jun 12
    EXPECT_EQ(recordLight(r, d(2023, 6, 11)).light, Light::Red);
    const StatusLight l = recordLight(r, d(2023, 6, 12));
    EXPECT_EQ(l.light, Light::CompletedLate);
    ASSERT_EQ(l.reasons.size(), 1);
    EXPECT_EQ(l.reasons[0].kind, ReasonKind::RepliedLate);
    EXPECT_EQ(l.reasons[0].days, 2);
    EXPECT_EQ(reasonText(l.reasons[0]), QStringLiteral("Replied 2 day(s) late"));
}

TEST(RecordLight, AnsweredInTimeOrNotYetSent)
{
    EXPECT_EQ(recordLight(notice(d(2023, 6, 1), d(2023, 6, 10), d(2023, 6, 10)), d(2023, 7, 1)).light,
              Light::Completed);
    EXPECT_EQ(recordLight(notice(d(2023, 6, 1), d(2023, 6, 10)), d(2023, 5, 31)).light, Light::Green);
    EXPECT_EQ(recordLight(notice(d(2023, 6, 1), QDate()), d(2023, 12, 31)).light, Light::Green);
    SupervisionRecord reminder = notice(d(2023, 6, 1), d(2023, 6, 5));
    reminder.kind = SupervisionRecord::Kind::Reminder;
    EXPECT_EQ(recordLight(reminder, d(2023, 6, 6)).light, Light::Red);
}

TEST(RecordLight, TaskTakesUnansweredNoticesIntoAccount)
{
    // GIVEN an otherwise green task with a notice answered in time and one unanswered, due Jun 10
    const QList<SupervisionRecord> records{notice(d(2023, 5, 1), d(2023, 5, 10), d(2023, 5, 9)),
                                           notice(d(2023, 6, 1), d(2023, 6, 10))};
    const QList<ProgressReport> reports{report(d(2023, 6, 2), 60)};
    // THEN green on Jun 10, red on Jun 11 with the notice as its reason
    EXPECT_EQ(evaluate(fullYearTask(), reports, records, d(2023, 6, 10), defaults).light, Light::Green);
    const StatusLight l = evaluate(fullYearTask(), reports, records, d(2023, 6, 11), defaults);
    EXPECT_EQ(l.light, Light::Red);
    EXPECT_EQ(reasonTexts(l),
              QStringList{
                  QStringLiteral("Supervision notice unanswered 1 day(s) past its reply date (2023-06-10)")});
}

TEST(RecordLight, EarliestUnansweredResponseDue)
{
    const QList<SupervisionRecord> records{
        notice(d(2023, 6, 1), d(2023, 6, 20)),
        notice(d(2023, 5, 1), d(2023, 5, 10), d(2023, 6, 15)), // answered Jun 15
        notice(d(2023, 7, 1), d(2023, 7, 5)),                  // not sent yet before Jul 1
        notice(d(2023, 6, 2), QDate()),                        // no response date
    };
    EXPECT_EQ(earliestUnansweredResponseDue(records, d(2023, 6, 14)), d(2023, 5, 10));
    EXPECT_EQ(earliestUnansweredResponseDue(records, d(2023, 6, 15)), d(2023, 6, 20));
    EXPECT_EQ(earliestUnansweredResponseDue(records, d(2023, 7, 1)), d(2023, 6, 20));
    EXPECT_FALSE(earliestUnansweredResponseDue({}, d(2023, 7, 1)).isValid());
    EXPECT_TRUE(isUnansweredAsOf(records[1], d(2023, 6, 14)));
    EXPECT_FALSE(isUnansweredAsOf(records[1], d(2023, 6, 15)));
    EXPECT_FALSE(isUnansweredAsOf(records[2], d(2023, 6, 30)));
}

// ---- bulk --------------------------------------------------------------------------------------

TEST(BulkStatus, ApplyLatestReports)
{
    // GIVEN three tasks and an unordered flat list of reports
    std::vector<TaskFacts> facts(3);
    const ReportFact reports[] = {
        {d(2023, 6, 1), 0, 10},  {d(2023, 6, 9), 0, 30},  {d(2023, 6, 5), 0, 20}, // task 0: Jun 9 wins
        {d(2023, 6, 9), 1, 50},  {d(2023, 6, 9), 1, 55},  {d(2023, 6, 9), 1, 52}, // task 1: tie → 55
        {d(2023, 6, 30), 2, 90},                                                  // task 2: after asOf
        {d(2023, 6, 1), 3, 99},  {d(2023, 6, 1), -1, 99}, {QDate(), 2, 99},       // ignored
    };
    // WHEN applied as of Jun 15
    applyLatestReports(facts, reports, d(2023, 6, 15));
    // THEN
    EXPECT_EQ(facts[0].lastReport, d(2023, 6, 9));
    EXPECT_EQ(facts[0].lastPercent, 30);
    EXPECT_EQ(facts[1].lastReport, d(2023, 6, 9));
    EXPECT_EQ(facts[1].lastPercent, 55);
    EXPECT_FALSE(facts[2].lastReport.isValid());
    EXPECT_EQ(facts[2].lastPercent, 0);
}

TEST(BulkStatus, ComputeLightsMatchesEvaluateOnEveryCombination)
{
    // GIVEN many tasks spanning every rule (deterministic combinations)
    const QDate asOf = d(2023, 6, 30);
    std::vector<MilestoneFact> milestones{
        {d(2023, 3, 31), false}, {d(2023, 3, 31), true}, {d(2023, 9, 30), false}};
    std::vector<TaskFacts> facts;
    for (int dl = -3; dl <= 10; ++dl) {
        for (int rep = 0; rep < 3; ++rep) {
            for (int ms = 0; ms < 3; ++ms) {
                for (int st = 0; st < 3; ++st) {
                    TaskFacts f;
                    f.deadline = asOf.addDays(dl * 3);
                    f.periodStart = d(2023, 1, 1);
                    f.lastReport = rep == 0 ? QDate() : asOf.addDays(rep == 1 ? -40 : -3);
                    f.lastPercent = rep == 2 ? 95 : rep * 25;
                    // The report owed as of Jun 30 (May's, due Jun 5): on time, late, or missing.
                    f.firstOwedReport = rep == 2 ? d(2023, 5, 20) : rep == 1 ? d(2023, 6, 10) : QDate();
                    f.cycle = ReportingCycle(st);
                    f.milestones = std::span<const MilestoneFact>(milestones).subspan(std::size_t(ms), 1);
                    f.unansweredResponseDue = st == 2 ? asOf.addDays(-1) : QDate();
                    if (st == 1) {
                        f.status = TaskStatus::Completed;
                        f.completedOn =
                            f.deadline.addDays((dl + 3) % 3 - 1); // a day early, on time, a day late
                    }
                    facts.push_back(f);
                }
            }
        }
    }
    // WHEN computed in bulk
    const std::vector<StatusLight> lights = computeLights(facts, asOf, defaults);
    // THEN each equals the single evaluation, and every light occurs
    ASSERT_EQ(lights.size(), facts.size());
    int seen[5] = {};
    for (std::size_t i = 0; i < facts.size(); ++i) {
        EXPECT_EQ(lights[i], evaluate(facts[i], asOf, defaults)) << i;
        ++seen[int(lights[i].light)];
    }
    for (int light = 0; light < 5; ++light)
        EXPECT_GT(seen[light], 0) << lightText(Light(light)).toStdString();
}

TEST(BulkStatus, EmptyInput)
{
    EXPECT_TRUE(computeLights({}, d(2023, 6, 30), defaults).empty());
}
