// Counts by light and the per-unit table: numbers asserted on a small ledger with known lights.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/rules/Statistics.h"
#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

struct StatsFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();

    StatsFixture() { PlanRepository(*db).save(doc, nullptr); }

    TaskStatistics statsAsOf(QDate asOf, const QHash<QString, int> &notices = {})
    {
        const std::vector<TaskRow> rows = TaskRowLoader(*db).loadAll();
        const StatusSnapshot snap = StatusLoader(*db).load(asOf, StatusThresholds{});
        const std::vector<StatusLight> lights = computeLights(snap.facts, asOf, StatusThresholds{});
        std::vector<StatusLight> aligned;
        for (const TaskRow &r : rows)
            aligned.push_back(lights[size_t(snap.indexOf.value(r.id))]);
        QHash<qint64, QString> names;
        for (const Unit &u : UnitRepository(*db).all())
            names.insert(u.id, u.name);
        return TaskStatistics::compute(rows, aligned, notices, names);
    }
    const UnitStatistics *unit(const TaskStatistics &s, const char *name)
    {
        for (const UnitStatistics &u : s.units)
            if (u.name == QString::fromUtf8(name))
                return &u;
        return nullptr;
    }
};

} // namespace

TEST(Statistics, CountsByLightAsOfOctober)
{
    // GIVEN the small plan: task 3 completed 2023-06-01 (deadline 06-30), task 10 due 2023-09-30,
    // task 2 with an unmet Q1 milestone, no progress reports
    StatsFixture f;
    // WHEN counted as of 2023-10-15
    const TaskStatistics s = f.statsAsOf(QDate(2023, 10, 15));
    // THEN: 10 is overdue, 2 missed its milestone → red 2; 3 completed on time; 1 and 四（一） yellow (no
    // report)
    EXPECT_EQ(s.counts.total, 5);
    EXPECT_EQ(s.counts.red, 2);
    EXPECT_EQ(s.counts.completed, 1);
    EXPECT_EQ(s.counts.completedLate, 0);
    EXPECT_EQ(s.counts.yellow, 2);
    EXPECT_EQ(s.counts.green, 0);
    EXPECT_EQ(s.counts.closed(), 1);
    EXPECT_EQ(s.counts.open(), 4);
}

TEST(Statistics, PerUnitTableAndRanking)
{
    StatsFixture f;
    const TaskStatistics s = f.statsAsOf(QDate(2023, 10, 15), {{QStringLiteral("新区经济发展局"), 2}});
    const UnitStatistics *econ = f.unit(s, "新区经济发展局");
    ASSERT_TRUE(econ);
    EXPECT_EQ(econ->led, 3);       // 1, 2, 四（一）
    EXPECT_EQ(econ->coHandled, 2); // 10, 3
    EXPECT_EQ(econ->overdue, 1);   // 2
    EXPECT_EQ(econ->yellow, 2);
    EXPECT_EQ(econ->completed, 0);
    EXPECT_EQ(econ->onTimePercent(), -1.0);
    EXPECT_EQ(econ->openNotices, 2);
    const UnitStatistics *finance = f.unit(s, "新区财政金融局");
    ASSERT_TRUE(finance);
    EXPECT_EQ(finance->led, 1);
    EXPECT_EQ(finance->completed, 1);
    EXPECT_EQ(finance->completedOnTime, 1);
    EXPECT_DOUBLE_EQ(finance->onTimePercent(), 100.0);
    const UnitStatistics *park = f.unit(s, "园区");
    ASSERT_TRUE(park);
    EXPECT_EQ(park->led, 0);
    EXPECT_EQ(park->coHandled, 3);
    // Ranking: no overdue and one completed on time first; the units with an overdue task last
    EXPECT_EQ(s.units.first().name, QStringLiteral("新区财政金融局"));
    EXPECT_EQ(s.units.last().overdue, 1);
}

TEST(Statistics, CompletedLateCountsAsCompletedButNotOnTime)
{
    StatsFixture f;
    TaskRepository tasks(*f.db);
    Task t = *tasks.load(f.doc.tasks.at(2).id); // task 10, due 2023-09-30
    t.status = TaskStatus::Completed;
    t.completedOn = QDate(2023, 10, 3);
    ASSERT_TRUE(tasks.update(t, nullptr));
    const TaskStatistics s = f.statsAsOf(QDate(2023, 10, 15));
    EXPECT_EQ(s.counts.completedLate, 1);
    EXPECT_EQ(s.counts.red, 1);
    const UnitStatistics *tech = f.unit(s, "新区科技创新和产业促进局");
    ASSERT_TRUE(tech);
    EXPECT_EQ(tech->completed, 1);
    EXPECT_EQ(tech->completedOnTime, 0);
    EXPECT_DOUBLE_EQ(tech->onTimePercent(), 0.0);
    // as of a date before the completion it was still open and overdue
    const TaskStatistics before = f.statsAsOf(QDate(2023, 10, 2));
    EXPECT_EQ(before.counts.completedLate, 0);
    EXPECT_EQ(before.counts.red, 2);
}

TEST(StatusLoader, LatestReportAndUnansweredNoticeAsOfADate)
{
    StatsFixture f;
    ProgressRepository repo(*f.db);
    const qint64 task = f.doc.tasks.at(0).id;
    for (auto [d, p] : {std::pair(QDate(2023, 4, 30), 20), std::pair(QDate(2023, 6, 30), 55),
                        std::pair(QDate(2023, 8, 31), 80)}) {
        ProgressReport r{0, task, d, {}, {}, p, {}, {}};
        repo.insertReport(r, nullptr);
    }
    SupervisionRecord n{0,
                        task,
                        SupervisionRecord::Kind::Notice,
                        QDate(2023, 7, 1),
                        {},
                        {},
                        QDate(2023, 7, 10),
                        QDate(2023, 7, 20),
                        {}};
    repo.insertRecord(n, nullptr);
    const StatusSnapshot july = StatusLoader(*f.db).load(QDate(2023, 7, 15), StatusThresholds{});
    const TaskFacts &facts = july.facts[size_t(july.indexOf.value(task))];
    EXPECT_EQ(facts.lastReport, QDate(2023, 6, 30));
    EXPECT_EQ(facts.lastPercent, 55);
    EXPECT_EQ(facts.unansweredResponseDue, QDate(2023, 7, 10));
    EXPECT_EQ(evaluate(facts, QDate(2023, 7, 15), StatusThresholds{}).light, Light::Red);
    const StatusSnapshot later = StatusLoader(*f.db).load(QDate(2023, 7, 25), StatusThresholds{});
    EXPECT_FALSE(later.facts[size_t(later.indexOf.value(task))].unansweredResponseDue.isValid());
}
