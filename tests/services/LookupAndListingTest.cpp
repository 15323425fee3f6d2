// LookupService (exact, or the only one containing the text) and ListingService (tasks with lights).
#include "ServiceTestSupport.h"

#include "core/import/PlanImporter.h"
#include "core/ledger/TaskIndex.h"
#include "core/services/ListingService.h"
#include "core/services/LookupService.h"
#include "core/services/ProgressService.h"
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

TEST(LookupService, ATaskByItsCodeInOneOrEveryPlan)
{
    // GIVEN two plans that both have a task 1, and a task 四（一） in the first
    duban::test::SmallLedger f;
    PlanDocument second = duban::test::smallPlan();
    second.plan.number = QStringLiteral("测综发〔2023〕2号");
    second.plan.title = QStringLiteral("第二个方案");
    second.tasks = {second.tasks.at(0)};
    ASSERT_GT(PlanRepository(*f.db).save(second, nullptr), 0);
    const LookupService lookup(*f.db);
    // a code only one plan has is found, with either kind of brackets
    EXPECT_EQ(lookup.matchTask(QStringLiteral("四（一）")).found->id, f.doc.tasks.at(4).id);
    EXPECT_EQ(lookup.matchTask(QStringLiteral(" 四(一) ")).found->id, f.doc.tasks.at(4).id);
    // one several plans have needs the plan; the candidates are the plans' numbers
    const NameMatch<Task> both = lookup.matchTask(QStringLiteral("1"));
    EXPECT_FALSE(both.found);
    EXPECT_EQ(both.candidates, (QStringList{f.doc.plan.number, second.plan.number}));
    EXPECT_EQ(LookupService::taskProblem(both, QStringLiteral("1")),
              QStringLiteral("task 1 is in several plans: 测综发〔2023〕1号, 测综发〔2023〕2号"));
    const NameMatch<Plan> plan = lookup.matchPlan(QStringLiteral("2号"));
    ASSERT_TRUE(plan.found);
    EXPECT_EQ(lookup.matchTask(QStringLiteral("1"), plan.found->id).found->id, second.tasks.at(0).id);
    EXPECT_EQ(lookup.matchPlan(QStringLiteral("第二个方案")).found->id, plan.found->id);
    // nothing found says so
    const NameMatch<Plan> plans = lookup.matchPlan(QStringLiteral("测综发"));
    EXPECT_FALSE(plans.found);
    EXPECT_TRUE(
        LookupService::planProblem(plans, QStringLiteral("测综发")).contains(QStringLiteral("several")));
    const NameMatch<Task> none = lookup.matchTask(QStringLiteral("10"), plan.found->id);
    EXPECT_FALSE(none.found);
    EXPECT_EQ(LookupService::taskProblem(none, QStringLiteral("10"), second.plan.number),
              QStringLiteral("no task 10 in plan 测综发〔2023〕2号"));
    EXPECT_FALSE(lookup.matchTask(QString()).found);
}

TEST(ListingService, TheListingCarriesTheLatestPercentAndTheCompletionDateAsOfTheDate)
{
    // GIVEN a report of 40 % on task 1 on 31 May; task 3 was completed on 1 June
    duban::test::SmallLedger f;
    ProgressReport r;
    r.taskId = f.doc.tasks.at(0).id;
    r.date = QDate(2023, 5, 31);
    r.unit = QStringLiteral("新区经济发展局");
    r.percent = 40;
    ASSERT_GT(ProgressService(*f.db).addReport(r, nullptr), 0);
    const ListingService listing(*f.db);
    const auto listed = [&](QDate asOf) {
        QHash<qint64, OverdueTask> byId;
        EXPECT_TRUE(listing.forEachTask(
            asOf, listing.statusThresholds(), 0, [&](const OverdueTask &t) { byId.insert(t.id, t); },
            nullptr));
        return byId;
    };
    // WHEN listed as of 1 July THEN task 1 shows 40 %, task 3 its completion date, others no percent
    const QHash<qint64, OverdueTask> july = listed(QDate(2023, 7, 1));
    EXPECT_EQ(july.value(f.doc.tasks.at(0).id).percent, 40);
    EXPECT_EQ(july.value(f.doc.tasks.at(1).id).percent, -1);
    EXPECT_EQ(july.value(f.doc.tasks.at(3).id).completedOn, QDate(2023, 6, 1));
    EXPECT_FALSE(july.value(f.doc.tasks.at(0).id).completedOn.isValid());
    // and as of a day before the report, no percent
    EXPECT_EQ(listed(QDate(2023, 5, 30)).value(f.doc.tasks.at(0).id).percent, -1);
}
