// 考核 scoring (issue 14, item 11) on a small ledger with each kind of item, the points as settings, the
// 签收率 and the 报送 record of a unit; and the schedules stored through their services.
#include "core/rules/StatusRules.h"
#include "core/services/CalendarService.h"
#include "core/services/OpenLedger.h"
#include "core/services/ScheduleService.h"
#include "core/services/ScoreService.h"
#include "core/services/UnitOrder.h"
#include "core/storage/Database.h"
#include "core/storage/LoopRepository.h"
#include "core/storage/ScoreLoader.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"
#include "support/ScoredLedger.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace duban::core;
using duban::test::zh;

namespace {

struct ScoredLedger
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("scores.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();

    ScoredLedger() { duban::test::buildScoredLedger(*db, doc); }

    const UnitScore *unit(const ScoreRanking &r, const char *name) const
    {
        for (const UnitScore &s : r.units)
            if (s.unit == zh(name))
                return &s;
        return nullptr;
    }
};

QStringList itemsOf(const UnitScore &s)
{
    QStringList out;
    for (const ScoreItem &i : s.items)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(QLatin1String(scoreKindKey(i.kind)), i.task, i.date.toString(Qt::ISODate))
                       .arg(i.points));
    return out;
}

} // namespace

TEST(Scores, EachKindIsCountedAndExplained)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    StorageError err;
    const std::optional<ScoreRanking> r = ScoreService(*f.db).scores(QDate(2023, 10, 12), &err);
    ASSERT_TRUE(r) << err.message.toStdString();
    EXPECT_EQ(r->points.base, 100);
    ASSERT_EQ(r->units.size(), 6);

    const UnitScore *econ = f.unit(*r, "新区经济发展局");
    ASSERT_NE(econ, nullptr);
    EXPECT_EQ(econ->score, 101);
    EXPECT_EQ(econ->rank, 1);
    EXPECT_EQ(itemsOf(*econ), (QStringList{
                                  QStringLiteral("report-late 1 2023-04-12 -1"),
                                  QStringLiteral("completed-on-time 2 2023-03-24 2"),
                                  QStringLiteral("not-signed 3 2023-03-27 -1"),
                                  zh("completed-on-time 四（一） 2023-03-24 2"),
                                  QStringLiteral("returned 1 2023-06-25 -1"),
                              }));
    EXPECT_EQ(econ->items.at(0).period.first, QDate(2023, 1, 1));
    EXPECT_EQ(econ->items.at(0).period.due, QDate(2023, 4, 10));
    EXPECT_EQ(econ->count(ScoreKind::CompletedOnTime), 2);

    const UnitScore *tech = f.unit(*r, "新区科技创新和产业促进局");
    ASSERT_NE(tech, nullptr);
    EXPECT_EQ(tech->score, 89);
    EXPECT_EQ(tech->rank, 6);
    EXPECT_EQ(itemsOf(*tech), (QStringList{
                                  QStringLiteral("report-missing 10 2023-04-10 -2"),
                                  QStringLiteral("report-missing 10 2023-07-10 -2"),
                                  QStringLiteral("report-missing 10 2023-10-10 -2"),
                                  QStringLiteral("overdue 10 2023-09-30 -5"),
                              }));

    const UnitScore *finance = f.unit(*r, "新区财政金融局");
    ASSERT_NE(finance, nullptr);
    EXPECT_EQ(finance->score, 99);
    EXPECT_EQ(itemsOf(*finance), (QStringList{
                                     QStringLiteral("not-signed 3 2023-03-27 -1"),
                                     QStringLiteral("report-missing 3 2023-04-10 -2"),
                                     QStringLiteral("completed-on-time 3 2023-06-01 2"),
                                 }));
    const UnitScore *building = f.unit(*r, "新区开发建设局（交通运输局）");
    ASSERT_NE(building, nullptr);
    EXPECT_EQ(building->score, 99);
    EXPECT_EQ(itemsOf(*building), QStringList{QStringLiteral("not-signed 1 2023-03-27 -1")});
    // 园区 signed late but signed; the groups owe nothing else.
    EXPECT_EQ(f.unit(*r, "园区")->score, 100);
    EXPECT_TRUE(f.unit(*r, "园区")->items.isEmpty());
    EXPECT_EQ(f.unit(*r, "各街道（镇）")->score, 100);

    // Ranked by score, ties in the order of unit lists sharing a rank.
    for (qsizetype i = 1; i < r->units.size(); ++i) {
        const UnitScore &a = r->units.at(i - 1), &b = r->units.at(i);
        EXPECT_GE(a.score, b.score);
        if (a.score == b.score) {
            EXPECT_EQ(a.rank, b.rank) << a.unit.toStdString() << " " << b.unit.toStdString();
            EXPECT_TRUE(UnitOrder().before(a.unit, b.unit))
                << a.unit.toStdString() << " " << b.unit.toStdString();
        } else {
            EXPECT_EQ(b.rank, i + 1);
        }
    }
    EXPECT_EQ(f.unit(*r, "园区")->rank, 2);
    EXPECT_EQ(building->rank, 4);
}

TEST(Scores, AsOfAnEarlierDateCountsOnlyWhatHadHappened)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    // 2023-03-27: 签收 is due that day, nothing is late yet; two tasks were closed on time on 03-24.
    const std::optional<ScoreRanking> r = ScoreService(*f.db).scores(QDate(2023, 3, 27));
    ASSERT_TRUE(r);
    EXPECT_EQ(f.unit(*r, "新区经济发展局")->score, 104);
    EXPECT_EQ(f.unit(*r, "新区开发建设局（交通运输局）")->score, 100);
    // 2023-06-24: the return of 06-25 has not happened; 园区 signed on 03-28, so 03-28 onwards it is clear.
    const std::optional<ScoreRanking> june = ScoreService(*f.db).scores(QDate(2023, 6, 24));
    ASSERT_TRUE(june);
    EXPECT_EQ(f.unit(*june, "新区经济发展局")->count(ScoreKind::Returned), 0);
    EXPECT_EQ(f.unit(*june, "园区")->count(ScoreKind::NotSigned), 0);
    const std::optional<ScoreRanking> march28 = ScoreService(*f.db).scores(QDate(2023, 3, 28));
    ASSERT_TRUE(march28);
    EXPECT_EQ(f.unit(*march28, "园区")->count(ScoreKind::NotSigned), 0) << "signed on the day";
    EXPECT_EQ(f.unit(*march28, "新区开发建设局（交通运输局）")->count(ScoreKind::NotSigned), 1);
}

TEST(Scores, ThePointsAreLedgerSettings)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    ScoreService scores(*f.db);
    ScorePoints p = scores.points();
    EXPECT_EQ(p, ScorePoints{});
    p.base = 0;
    p.set(ScoreKind::Overdue, -10);
    p.set(ScoreKind::CompletedOnTime, 3);
    StorageError err;
    ASSERT_TRUE(scores.setPoints(p, &err)) << err.message.toStdString();
    EXPECT_EQ(ScoreService(*f.db).points(), p) << "read back from the settings table";
    const std::optional<ScoreRanking> r = scores.scores(QDate(2023, 10, 12));
    ASSERT_TRUE(r);
    EXPECT_EQ(f.unit(*r, "新区科技创新和产业促进局")->score, -16);
    EXPECT_EQ(f.unit(*r, "新区经济发展局")->score, 3);
    EXPECT_EQ(f.unit(*r, "新区财政金融局")->score, 0); // −1 − 2 + 3
    EXPECT_EQ(r->units.first().unit, zh("新区经济发展局"));
    EXPECT_EQ(r->units.last().unit, zh("新区科技创新和产业促进局"));

    // Out of range: refused, nothing stored.
    ScorePoints bad = p;
    bad.set(ScoreKind::Returned, -5000);
    EXPECT_FALSE(scores.setPoints(bad, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_EQ(scores.points(), p);
}

TEST(Scores, SignRateTalliedBySqlIsWhatTheRuleCountsTaskByTask)
{
    // ScoreService::signCounts() tallies per unit and 交办 date in SQL; signCountsByUnit() counts task by
    // task. They agree on every day around the sign due (03-27), the closures (03-24, 06-01) and later.
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const WorkCalendar calendar = CalendarService(*f.db).calendar();
    for (const QDate asOf : {QDate(2023, 3, 22), QDate(2023, 3, 27), QDate(2023, 3, 28), QDate(2023, 5, 31),
                             QDate(2023, 6, 1), QDate(2023, 6, 2), QDate(2023, 10, 12), QDate(2024, 2, 1)}) {
        StorageError err;
        std::optional<ScoreInput> in = ScoreLoader(*f.db).load(asOf, &err, false);
        ASSERT_TRUE(in) << err.message.toStdString();
        for (ScoreTask &t : in->tasks)
            if (t.facts.startDate.isValid())
                t.signDue = calendar.addWorkdays(t.facts.startDate, 3);
        EXPECT_EQ(ScoreService(*f.db).signCounts(asOf), signCountsByUnit(*in, asOf))
            << asOf.toString(Qt::ISODate).toStdString();
    }
}

TEST(Scores, SignRateAndReportHistoryPerUnit)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    ScoreService scores(*f.db);
    const QHash<QString, SignCounts> signs = scores.signCounts(QDate(2023, 10, 12));
    // Open tasks: 1 (经济, 开发建设局, 园区) and 10 (科技, 经济).
    EXPECT_EQ(signs.value(zh("新区经济发展局")), (SignCounts{2, 2}));
    EXPECT_EQ(signs.value(zh("新区开发建设局（交通运输局）")), (SignCounts{1, 0}));
    EXPECT_EQ(signs.value(zh("园区")), (SignCounts{1, 1}));
    EXPECT_FALSE(signs.contains(zh("新区财政金融局"))) << "its task is closed";
    EXPECT_EQ(signs.value(zh("新区开发建设局（交通运输局）")).percent(), 0.0);

    // 经济's led tasks owed Q1–Q3 for task 1 (2 and 四（一） closed before anything was due).
    const QList<UnitPeriodReport> history =
        scores.reportHistory(zh("新区经济发展局"), QDate(2023, 4, 1), QDate(2023, 10, 12));
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(0).task, QStringLiteral("1"));
    EXPECT_EQ(history.at(0).report.state, ReportState::Late);
    EXPECT_EQ(history.at(1).report.state, ReportState::OnTime);
    EXPECT_EQ(history.at(2).report.state, ReportState::OnTime);
    EXPECT_EQ(history.at(2).report.firstReport, QDate(2023, 10, 9));
    // A range that starts after Q1's due day leaves Q1 out.
    EXPECT_EQ(scores.reportHistory(zh("新区经济发展局"), QDate(2023, 4, 11), QDate(2023, 10, 12)).size(), 2);
}

TEST(Scores, SchedulesAreStoredAndTheLightsFollowThem)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    ScheduleService schedules(*f.db);
    const qint64 task1 = f.doc.tasks.at(0).id;
    StorageError err;
    EXPECT_EQ(schedules.planSchedule(f.doc.plan.id), (ReportingSchedule{ReportingCycle::Quarterly, 10}));
    EXPECT_EQ(schedules.effectiveSchedule(task1), (ReportingSchedule{ReportingCycle::Quarterly, 10}));

    // The task's own: monthly by the 20th; its history records the edit.
    Task saved;
    ASSERT_TRUE(schedules.setTaskSchedule(task1, {ReportingCycle::Monthly, 20}, &saved, &err))
        << err.message.toStdString();
    EXPECT_EQ(saved.reportDueDay, 20);
    EXPECT_EQ(TaskRepository(*f.db).load(task1)->reportDueDay, 20);
    EXPECT_EQ(schedules.effectiveSchedule(task1), (ReportingSchedule{ReportingCycle::Monthly, 20}));
    const QList<HistoryEntry> history = LoopRepository(*f.db).history(task1);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.last().field, QStringLiteral("reporting"));
    EXPECT_EQ(history.last().oldValue, QStringLiteral("default"));
    EXPECT_EQ(history.last().newValue, QStringLiteral("monthly:20"));

    // The light judges September (due 10-20) as of 2023-10-21: task 1's last report is 10-09, on time.
    const StatusThresholds thresholds;
    StatusSnapshot snap = StatusLoader(*f.db).loadTask(QDate(2023, 10, 21), thresholds, task1);
    ASSERT_EQ(snap.facts.size(), 1u);
    EXPECT_EQ(snap.facts[0].reportDueDay, 20);
    StatusLight light = computeLights(snap.facts, QDate(2023, 10, 21), thresholds).front();
    EXPECT_EQ(light.report, ReportState::OnTime);
    // Task 10 keeps the plan's quarterly schedule: Q3 owed as of 10-11, nothing since 07-01.
    const qint64 task10 = f.doc.tasks.at(2).id;
    snap = StatusLoader(*f.db).loadTask(QDate(2023, 10, 11), thresholds, task10);
    light = computeLights(snap.facts, QDate(2023, 10, 11), thresholds).front();
    EXPECT_EQ(light.report, ReportState::Missing);
    // A task that reports once: task 10's deadline passed on 09-30 with no report.
    ASSERT_TRUE(schedules.setTaskSchedule(task10, {ReportingCycle::Once, 0}, nullptr, &err));
    snap = StatusLoader(*f.db).load(QDate(2023, 10, 11), thresholds);
    const int i10 = snap.indexOf.value(task10);
    EXPECT_EQ(snap.facts[size_t(i10)].cycle, ReportingCycle::Once);
    light =
        computeLights(std::span(snap.facts).subspan(size_t(i10), 1), QDate(2023, 10, 11), thresholds).front();
    EXPECT_EQ(light.report, ReportState::Missing);

    // Refused: a due day for "once", a day 32, a ten-day due day of 10, an unknown plan.
    EXPECT_FALSE(schedules.setTaskSchedule(task1, {ReportingCycle::Once, 5}, nullptr, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_FALSE(schedules.setPlanSchedule(f.doc.plan.id, {ReportingCycle::Monthly, 32}, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_FALSE(ScheduleService::parse(QStringLiteral("ten-days:10"), &err));
    EXPECT_FALSE(ScheduleService::parse(QStringLiteral("weekly"), &err));
    EXPECT_EQ(ScheduleService::parse(QStringLiteral("Quarterly:15"), &err),
              (ReportingSchedule{ReportingCycle::Quarterly, 15}));
    EXPECT_FALSE(schedules.setPlanSchedule(f.doc.plan.id + 100, {ReportingCycle::Monthly, 0}, &err));
    EXPECT_EQ(err.code, StorageError::Code::NotFound);
    EXPECT_EQ(schedules.planSchedule(f.doc.plan.id), (ReportingSchedule{ReportingCycle::Quarterly, 10}));
}

TEST(Scores, TheStatisticsShowTheSignRateAndTheRollCall)
{
    ScoredLedger f;
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    OpenLedger ledger(*f.db);
    ledger.setAsOf(QDate(2023, 10, 12));
    ledger.reload();
    const TaskStatistics stats = ledger.statistics();
    auto unitStats = [&](const char *name) -> const UnitStatistics * {
        for (const UnitStatistics &u : stats.units)
            if (u.name == zh(name))
                return &u;
        return nullptr;
    };
    ASSERT_NE(unitStats("新区开发建设局（交通运输局）"), nullptr);
    EXPECT_EQ(unitStats("新区开发建设局（交通运输局）")->signs, (SignCounts{1, 0}));
    EXPECT_EQ(unitStats("新区经济发展局")->signs, (SignCounts{2, 2}));
    // 点名: only task 10 has not reported for the period it owes (Q3, due 10-10).
    ASSERT_EQ(stats.rollCall.size(), 1);
    EXPECT_EQ(stats.rollCall.at(0).unit, zh("新区科技创新和产业促进局"));
    ASSERT_EQ(stats.rollCall.at(0).tasks.size(), 1);
    const RollCallEntry::Missing &missing = stats.rollCall.at(0).tasks.at(0);
    EXPECT_EQ(missing.code, QStringLiteral("10"));
    EXPECT_EQ(missing.since, QDate(2023, 7, 1));
    EXPECT_EQ(missing.until, QDate(2023, 9, 30));
    EXPECT_EQ(missing.due, QDate(2023, 10, 10));
}
