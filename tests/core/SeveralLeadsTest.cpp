// Several lead units (牵头单位 "A、B"): stored in order, loaded into the ledger's rows, counted as leading by
// each, found by the unit filter, listed by the overdue query; an older file migrates.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/ledger/TaskIndex.h"
#include "core/rules/Statistics.h"
#include "core/storage/Database.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TaskRowLoader.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>
#include <QSqlQuery>

using namespace duban::core;

namespace {

struct TwoLeads
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("l.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    qint64 id = 0;

    TwoLeads()
    {
        doc.tasks[0].leads = {QStringLiteral("新区经济发展局"), QStringLiteral("新区财政金融局")};
        doc.tasks[0].co = {QStringLiteral("园区")};
        doc.tasks[0].deadline = QDate(2023, 3, 31);
        PlanRepository(*db).save(doc, nullptr);
        id = doc.tasks[0].id;
    }
    qint64 unit(const char *name) const { return UnitRepository(*db).find(QString::fromUtf8(name))->id; }
};

} // namespace

TEST(SeveralLeads, StoredInOrderAndTheFirstStaysOnTheTaskRow)
{
    TwoLeads f;
    const Task t = *TaskRepository(*f.db).load(f.id);
    EXPECT_EQ(t.leads, (QStringList{QStringLiteral("新区经济发展局"), QStringLiteral("新区财政金融局")}));
    EXPECT_EQ(t.lead(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(t.co, QStringList{QStringLiteral("园区")});
    QSqlQuery q(f.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT lead_unit_id FROM tasks WHERE id = %1").arg(f.id)) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), f.unit("新区经济发展局"));
    // Swapping the two leads moves the first onto the task row
    Task swapped = t;
    swapped.leads = {t.leads.at(1), t.leads.at(0)};
    ASSERT_TRUE(TaskRepository(*f.db).update(swapped, nullptr));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT lead_unit_id FROM tasks WHERE id = %1").arg(f.id)) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), f.unit("新区财政金融局"));
}

TEST(SeveralLeads, TheLedgerShowsFiltersAndCountsEveryLead)
{
    TwoLeads f;
    const std::vector<TaskRow> rows = TaskRowLoader(*f.db).loadAll();
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const TaskRow &r) { return r.id == f.id; });
    ASSERT_NE(it, rows.end());
    EXPECT_EQ(it->lead, QStringLiteral("新区经济发展局"));
    EXPECT_EQ(it->leadText, QStringLiteral("新区经济发展局、新区财政金融局"));
    EXPECT_EQ(it->otherLeads, std::vector<qint64>{f.unit("新区财政金融局")});
    // The unit filter finds the task under its second lead, as a lead
    TaskIndex index{std::vector<TaskRow>(rows)};
    TaskFilter filter;
    filter.unitId = f.unit("新区财政金融局");
    filter.unitRole = TaskFilter::UnitRole::Lead;
    const std::vector<int> found = index.query(filter, TaskIndex::Column::Code, true);
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](int i) { return index.row(i).id == f.id; }));
    filter.unitRole = TaskFilter::UnitRole::Co;
    const std::vector<int> asCo = index.query(filter, TaskIndex::Column::Code, true);
    EXPECT_FALSE(std::any_of(asCo.begin(), asCo.end(), [&](int i) { return index.row(i).id == f.id; }));
    // Each lead counts as leading it
    StatusLight red;
    red.light = Light::Red;
    const std::vector<StatusLight> lights(rows.size(), red);
    QHash<qint64, QString> names;
    for (const Unit &u : UnitRepository(*f.db).all())
        names.insert(u.id, u.name);
    const TaskStatistics stats = TaskStatistics::compute(rows, lights, {}, names);
    int ledBySecond = 0;
    for (const UnitStatistics &u : stats.units)
        if (u.unitId == f.unit("新区财政金融局"))
            ledBySecond = u.led;
    int expected = 0;
    for (const Task &t : f.doc.tasks)
        expected += t.leads.contains(QStringLiteral("新区财政金融局"));
    EXPECT_EQ(ledBySecond, expected);
}

TEST(Statistics, UnitsAreNamedByIdEvenWhenANameContainsTheSeparator)
{
    // GIVEN a task whose units include one named with 、 (the joined text cannot be split back)
    TaskRow r;
    r.id = 1;
    r.leadUnit = 10;
    r.lead = QStringLiteral("甲局");
    r.leadText = QStringLiteral("甲局、乙、丙中心");
    r.otherLeads = {11};
    r.coUnits = {12, 13};
    r.coText = QStringLiteral("丁局、戊局");
    const QHash<qint64, QString> names{{10, QStringLiteral("甲局")},
                                       {11, QStringLiteral("乙、丙中心")},
                                       {12, QStringLiteral("丁局")},
                                       {13, QStringLiteral("戊局")}};
    const std::vector<TaskRow> rows{r};
    StatusLight red;
    red.light = Light::Red;
    const std::vector<StatusLight> lights{red};
    const TaskStatistics stats = TaskStatistics::compute(rows, lights, {}, names);
    // THEN every unit keeps its own name and role
    QHash<qint64, UnitStatistics> byId;
    for (const UnitStatistics &u : stats.units)
        byId.insert(u.unitId, u);
    EXPECT_EQ(byId.value(11).name, QStringLiteral("乙、丙中心"));
    EXPECT_EQ(byId.value(11).led, 1);
    EXPECT_EQ(byId.value(12).name, QStringLiteral("丁局"));
    EXPECT_EQ(byId.value(13).name, QStringLiteral("戊局"));
    EXPECT_EQ(byId.value(13).coHandled, 1);
}

TEST(SeveralLeads, TheOverdueListingNamesEveryLead)
{
    TwoLeads f;
    StorageError error;
    const std::vector<OverdueTask> red = OverdueQuery(*f.db).run(QDate(2023, 6, 1), {}, 0, &error);
    const auto it = std::find_if(red.begin(), red.end(), [&](const OverdueTask &t) { return t.id == f.id; });
    ASSERT_NE(it, red.end()) << error.message.toStdString();
    EXPECT_EQ(it->lead, QByteArray("新区经济发展局"));
    EXPECT_EQ(it->otherLeads, std::vector<QByteArray>{QByteArray("新区财政金融局")});
    // tasks of one lead (the usual case) carry no other
    for (const OverdueTask &t : red) {
        if (t.id != f.id) {
            EXPECT_TRUE(t.otherLeads.empty());
        }
    }
}
