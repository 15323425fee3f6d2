// The overdue query (SQL first, then the rules on the candidates) finds exactly the red tasks of the full
// computation, on a synthetic ledger, for several as-of dates and unit filters.
#include "support/TempDir.h"

#include "core/rules/StatusRules.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerLoader.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <set>

using namespace duban::core;

namespace {

std::set<qint64> redByFullComputation(QSqlDatabase db, QDate asOf, qint64 unitId)
{
    const StatusSnapshot s = StatusLoader(db).load(asOf);
    const std::vector<StatusLight> lights = computeLights(s.facts, asOf, StatusSettings{});
    std::set<qint64> unitTasks;
    if (unitId) {
        for (const LedgerRow &r : LedgerLoader(db).loadAll())
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
    ASSERT_TRUE(SyntheticGenerator(db->connection()).generate(spec, &counts, nullptr));
    EXPECT_EQ(counts.tasks, 3000);
    EXPECT_EQ(counts.reports, 20000);
    EXPECT_EQ(TaskRepository(db->connection()).count(), 3000);
    const qint64 unit = UnitRepository(db->connection()).find(QStringLiteral("新区经济发展局"))->id;
    for (const QDate asOf : {QDate(2022, 6, 30), QDate(2024, 1, 1), QDate(2026, 4, 1), QDate(2026, 11, 27)}) {
        for (const qint64 unitId : {qint64(0), unit}) {
            std::set<qint64> fromQuery;
            for (const OverdueTask &t : OverdueQuery(db->connection()).run(asOf, StatusSettings{}, unitId)) {
                fromQuery.insert(t.id);
                EXPECT_EQ(t.light.light, Light::Red);
                EXPECT_FALSE(t.light.reasons.isEmpty());
            }
            const std::set<qint64> expected = redByFullComputation(db->connection(), asOf, unitId);
            EXPECT_EQ(fromQuery, expected) << asOf.toString(Qt::ISODate).toStdString() << " unit " << unitId;
            if (asOf.year() >= 2024) {
                EXPECT_GT(expected.size(), 0u);
            }
        }
    }
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
    ASSERT_TRUE(SyntheticGenerator(a->connection()).generate(spec, nullptr, nullptr));
    ASSERT_TRUE(SyntheticGenerator(b->connection()).generate(spec, nullptr, nullptr));
    const QList<Task> ta = TaskRepository(a->connection()).loadAll();
    const QList<Task> tb = TaskRepository(b->connection()).loadAll();
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
