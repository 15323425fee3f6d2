// The overdue query (SQL first, then the rules on the candidates) finds exactly the red tasks of the full
// computation, on a synthetic ledger, for several as-of dates and unit filters.
#include "support/TempDir.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace duban::core;

namespace {

std::set<qint64> redByFullComputation(Database &db, QDate asOf, qint64 unitId)
{
    const StatusSnapshot s = StatusLoader(db).load(asOf, StatusThresholds{});
    const std::vector<StatusLight> lights = computeLights(s.facts, asOf, StatusThresholds{});
    std::set<qint64> unitTasks;
    if (unitId) {
        for (const TaskRow &r : TaskRowLoader(db).loadAll())
            if (r.leadUnit == unitId ||
                std::find(r.coUnits.begin(), r.coUnits.end(), unitId) != r.coUnits.end())
                unitTasks.insert(r.id);
    }
    std::set<qint64> red;
    for (size_t i = 0; i < lights.size(); ++i)
        if (lights[i].light == Light::Red && (!unitId || unitTasks.count(s.taskIds[i])))
            red.insert(s.taskIds[i]);
    return red;
}

/// A synthetic ledger in a new file of `dir` (null if it could not be written).
std::unique_ptr<Database> syntheticLedger(const duban::test::TempDir &dir, const QString &name, qint64 tasks,
                                          qint64 reports, quint64 seed)
{
    auto db = Database::open(dir.file(name), nullptr);
    SyntheticSpec spec;
    spec.tasks = tasks;
    spec.reports = reports;
    spec.seed = seed;
    if (!db || !SyntheticGenerator(*db).generate(spec, nullptr, nullptr))
        return nullptr;
    return db;
}

} // namespace

TEST(OverdueQuery, MatchesTheFullComputationOnASyntheticLedger)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("syn.sqlite")), nullptr);
    SyntheticSpec spec;
    spec.tasks = 3000;
    spec.reports = 20000;
    spec.seed = 7;
    SyntheticCounts counts;
    ASSERT_TRUE(SyntheticGenerator(*db).generate(spec, &counts, nullptr));
    EXPECT_EQ(counts.tasks, 3000);
    EXPECT_EQ(counts.reports, 20000);
    EXPECT_EQ(TaskRepository(*db).count(), 3000);
    const qint64 unit = UnitRepository(*db).find(QStringLiteral("新区经济发展局"))->id;
    for (const QDate asOf : {QDate(2022, 6, 30), QDate(2024, 1, 1), QDate(2026, 4, 1), QDate(2026, 11, 27)}) {
        for (const qint64 unitId : {qint64(0), unit}) {
            std::set<qint64> fromQuery;
            for (const OverdueTask &t : OverdueQuery(*db).run(asOf, StatusThresholds{}, unitId)) {
                fromQuery.insert(t.id);
                EXPECT_EQ(t.light.light, Light::Red);
                EXPECT_FALSE(t.light.reasons.isEmpty());
            }
            const std::set<qint64> expected = redByFullComputation(*db, asOf, unitId);
            EXPECT_EQ(fromQuery, expected) << asOf.toString(Qt::ISODate).toStdString() << " unit " << unitId;
            if (asOf.year() >= 2024) {
                EXPECT_GT(expected.size(), 0u);
            }
        }
    }
}

TEST(OverdueQuery, ListsInLedgerOrderAcrossPlans)
{
    // GIVEN a ledger of several plans whose positions run against the task ids (reversed in each plan)
    duban::test::TempDir dir;
    auto db = syntheticLedger(dir, QStringLiteral("order.sqlite"), 1200, 1000, 5);
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE tasks SET position = 100000 - position")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(DISTINCT plan_id) FROM tasks")) && q.next());
    ASSERT_GE(q.value(0).toInt(), 3);
    // WHEN the red tasks are listed
    const QDate asOf(2026, 11, 27);
    std::vector<qint64> listed;
    for (const OverdueTask &t : OverdueQuery(*db).run(asOf, StatusThresholds{}))
        listed.push_back(t.id);
    // THEN they come in the ledger's order: plan, then position in the plan
    const std::set<qint64> red = redByFullComputation(*db, asOf, 0);
    std::vector<qint64> ledgerOrder;
    for (const TaskRow &r : TaskRowLoader(*db).loadAll())
        if (red.count(r.id))
            ledgerOrder.push_back(r.id);
    ASSERT_GT(ledgerOrder.size(), 50u);
    EXPECT_EQ(listed, ledgerOrder);
    EXPECT_FALSE(std::is_sorted(listed.begin(), listed.end())); // not merely in id order
}

TEST(OverdueQuery, PrintsTheLedgersCodeTitleAndLeadAndFollowsALeadChange)
{
    // GIVEN a synthetic ledger with red tasks
    duban::test::TempDir dir;
    auto db = syntheticLedger(dir, QStringLiteral("lead.sqlite"), 800, 2000, 11);
    ASSERT_TRUE(db);
    const QDate asOf(2026, 11, 27);
    const std::vector<OverdueTask> red = OverdueQuery(*db).run(asOf, StatusThresholds{});
    ASSERT_GT(red.size(), 10u);
    // THEN code, title and lead are the ledger's, in UTF-8
    std::map<qint64, TaskRow> rows;
    for (TaskRow &r : TaskRowLoader(*db).loadAll())
        rows.emplace(r.id, std::move(r));
    for (const OverdueTask &t : red) {
        const TaskRow &r = rows.at(t.id);
        EXPECT_EQ(QString::fromUtf8(t.code), r.code);
        EXPECT_EQ(QString::fromUtf8(t.title), r.title);
        EXPECT_EQ(QString::fromUtf8(t.lead), r.lead);
        EXPECT_FALSE(t.lead.isEmpty());
    }
    // WHEN the first red task gets another lead unit (an edit rewrites its task_units rows)
    TaskRepository tasks(*db);
    std::optional<Task> task = tasks.load(red.front().id);
    ASSERT_TRUE(task);
    task->leads = QStringList{QStringLiteral("新设的牵头单位")};
    ASSERT_TRUE(tasks.update(*task, nullptr));
    // THEN the listing names the new lead (the copy on the task row followed the edit)
    const std::vector<OverdueTask> after = OverdueQuery(*db).run(asOf, StatusThresholds{});
    const auto it = std::find_if(after.begin(), after.end(),
                                 [&](const OverdueTask &t) { return t.id == red.front().id; });
    ASSERT_NE(it, after.end());
    EXPECT_EQ(QString::fromUtf8(it->lead), QStringLiteral("新设的牵头单位"));
    // and a task without a lead lists none
    task->leads.clear();
    ASSERT_TRUE(tasks.update(*task, nullptr));
    const std::vector<OverdueTask> noLead = OverdueQuery(*db).run(asOf, StatusThresholds{});
    const auto it2 = std::find_if(noLead.begin(), noLead.end(),
                                  [&](const OverdueTask &t) { return t.id == red.front().id; });
    ASSERT_NE(it2, noLead.end());
    EXPECT_TRUE(it2->lead.isEmpty());
}

TEST(OverdueQuery, ReportsADatabaseErrorInsteadOfAnEmptyList)
{
    // GIVEN a ledger whose milestones table has been damaged (dropped by another tool)
    duban::test::TempDir dir;
    auto db = syntheticLedger(dir, QStringLiteral("broken.sqlite"), 100, 100, 1);
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE milestones")));
    // WHEN the overdue query runs
    StorageError error;
    const auto red = OverdueQuery(*db).run(QDate(2026, 11, 27), StatusThresholds{}, 0, &error);
    // THEN it says what failed rather than reporting "nothing overdue"
    EXPECT_TRUE(red.empty());
    EXPECT_EQ(error.code, StorageError::Code::Query);
    EXPECT_TRUE(error.message.contains(QStringLiteral("milestones"))) << error.message.toStdString();
}

TEST(SyntheticGenerator, IsDeterministicForASeed)
{
    duban::test::TempDir dir;
    auto a = Database::open(dir.file(QStringLiteral("a.sqlite")), nullptr);
    auto b = Database::open(dir.file(QStringLiteral("b.sqlite")), nullptr);
    SyntheticSpec spec;
    spec.tasks = 500;
    spec.reports = 1000;
    spec.seed = 42;
    ASSERT_TRUE(SyntheticGenerator(*a).generate(spec, nullptr, nullptr));
    ASSERT_TRUE(SyntheticGenerator(*b).generate(spec, nullptr, nullptr));
    const QList<Task> ta = TaskRepository(*a).loadAll();
    const QList<Task> tb = TaskRepository(*b).loadAll();
    ASSERT_EQ(ta.size(), 500);
    EXPECT_EQ(ta, tb);
    EXPECT_TRUE(ta.first().planId > 0);
    QSqlQuery q(a->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT title FROM plans LIMIT 1")) && q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("合成数据")));
    // lead plus 0–6 co-units, groups among the units
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM task_units GROUP BY task_id)")) &&
        q.next());
    EXPECT_LE(q.value(0).toInt(), 7);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM units WHERE kind = 1")) && q.next());
    EXPECT_GE(q.value(0).toInt(), 5);
}
