// LookupService (exact, or the only one containing the text) and ListingService (tasks with lights).
#include "ServiceTestSupport.h"

#include "core/import/PlanImporter.h"
#include "core/ledger/TaskIndex.h"
#include "core/services/ListingService.h"
#include "core/services/LookupService.h"
#include "core/storage/TaskRowLoader.h"

#include <gtest/gtest.h>

using namespace duban::core;

TEST(LookupService, ExactOrTheOnlyOneContainingTheText)
{
    duban::test::SmallLedger f;
    const LookupService lookup(*f.db);
    ASSERT_FALSE(lookup.units().isEmpty());
    const QString full = lookup.units().first().name;
    EXPECT_EQ(lookup.matchUnit(full).found->name, full);
    EXPECT_EQ(lookup.matchUnit(QStringLiteral("  ") + full + QStringLiteral(" ")).found->name, full);
    const NameMatch<Unit> none = lookup.matchUnit(QStringLiteral("不存在的单位"));
    EXPECT_FALSE(none.found);
    EXPECT_EQ(LookupService::unitProblem(none, QStringLiteral("不存在的单位")),
              QStringLiteral("no unit called \"不存在的单位\""));
    const NameMatch<Unit> several = lookup.matchUnit(QStringLiteral("新区"));
    EXPECT_FALSE(several.found);
    EXPECT_GT(several.candidates.size(), 1);
    EXPECT_TRUE(LookupService::unitProblem(several, QStringLiteral("新区"))
                    .contains(QStringLiteral("matches several")));
    EXPECT_EQ(lookup.taskCount(), f.doc.tasks.size());
    EXPECT_EQ(lookup.plans().size(), 1);
    EXPECT_EQ(lookup.defaultYear(), f.doc.plan.year);
    EXPECT_EQ(lookup.sections().size(), f.doc.sections.size());
}

TEST(ListingService, EveryTaskOnceWithTheLightTheRulesGive)
{
    duban::test::SmallLedger f;
    const ListingService listing(*f.db);
    const QDate asOf(2024, 3, 1); // after every deadline of the plan
    const StatusThresholds settings = listing.statusThresholds();
    int all = 0;
    int red = 0;
    StorageError error;
    ASSERT_TRUE(listing.forEachTask(
        asOf, settings, 0,
        [&](const OverdueTask &t) {
            ++all;
            red += t.light.light == Light::Red;
        },
        &error));
    EXPECT_EQ(all, f.doc.tasks.size());
    int overdue = 0;
    ASSERT_TRUE(listing.forEachOverdue(
        asOf, settings, 0,
        [&](const OverdueTask &t) {
            ++overdue;
            EXPECT_EQ(t.light.light, Light::Red);
        },
        &error));
    EXPECT_EQ(overdue, red);
    EXPECT_GT(red, 0);
    // The rows' status is aligned with the rows
    const std::vector<TaskRow> rows = TaskRowLoader(*f.db).loadAll();
    const RowStatus status = listing.statusOf(rows, asOf, settings);
    ASSERT_EQ(status.lights.size(), rows.size());
    int redRows = 0;
    for (const StatusLight &l : status.lights)
        redRows += l.light == Light::Red;
    EXPECT_EQ(redRows, red);
}

TEST(ListingService, TheCommandLinesOrderIsTheLedgersOrderByCodeForAnImportedPlan)
{
    // GIVEN the seed plan (1 … 34, then 四（一） … 四（四）) imported
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("seed.sqlite")), nullptr);
    const ImportOutcome outcome = PlanImporter().importBytes(duban::test::readAll(duban::test::seedPath()));
    ASSERT_TRUE(outcome.ok());
    PlanDocument doc = *outcome.document;
    ASSERT_GT(PlanRepository(*db).save(doc, outcome.units, nullptr), 0);
    // WHEN `duban tasks` lists them (document order) and the ledger sorts them by 序号
    QStringList listed;
    const ListingService listing(*db);
    ASSERT_TRUE(listing.forEachTask(
        QDate(2023, 7, 1), listing.statusThresholds(), 0,
        [&](const OverdueTask &t) { listed.append(QString::fromUtf8(t.code)); }, nullptr));
    const TaskIndex index(TaskRowLoader(*db).loadAll());
    QStringList sorted;
    for (int i : index.query({}, TaskIndex::Column::Code, true))
        sorted.append(index.row(i).code);
    // THEN both give the same order
    EXPECT_EQ(sorted, listed);
    EXPECT_EQ(sorted.value(33), QStringLiteral("34"));
    EXPECT_EQ(sorted.value(34), QStringLiteral("四（一）"));
}
