// The office's schedule rules over a real ledger file: start dates (交办), reports owed by lead units,
// schema 9 for files written before it.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/rules/StatusRules.h"
#include "core/services/ImportService.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"

#include <gtest/gtest.h>
#include <QSqlQuery>

using namespace duban::core;

namespace {

struct Ledger
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("o.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();

    void report(int task, QDate date, const QString &unit, int percent)
    {
        ProgressReport r{0, doc.tasks.at(task).id, date, unit, QStringLiteral("进展"), percent, {}, {}};
        ASSERT_TRUE(ProgressRepository(*db).insertReport(r, nullptr));
    }
    TaskFacts facts(QDate asOf, int task)
    {
        const StatusSnapshot s = StatusLoader(*db).load(asOf, StatusThresholds{});
        return s.facts.at(size_t(s.indexOf.value(doc.tasks.at(task).id)));
    }
};

} // namespace

TEST(OfficeSchedule, OnlyALeadUnitsReportIsOwed)
{
    // GIVEN task 1 (lead 新区经济发展局, co-unit 新区开发建设局（交通运输局）) saved through the import
    // service
    Ledger l;
    ASSERT_TRUE(l.db);
    StorageError error;
    ASSERT_NE(ImportService(l.db.get()).saveNew(l.doc, {}, &error), 0) << error.message.toStdString();
    // WHEN the co-unit reports on Jun 3 (before May's due day, Jun 5) and the lead only on Jun 20
    l.report(0, QDate(2023, 6, 3), QStringLiteral("新区开发建设局（交通运输局）"), 40);
    l.report(0, QDate(2023, 6, 20), QStringLiteral("新区经济发展局"), 50);
    // THEN as of Jul 1 (May owed) the lead's first report since May 1 is Jun 20: late; the co-unit's is
    // recorded (the latest percent is the lead's 50 %) but owes nothing and counts for nothing
    const TaskFacts july1 = l.facts(QDate(2023, 7, 1), 0);
    EXPECT_EQ(july1.firstOwedReport, QDate(2023, 6, 20));
    EXPECT_EQ(july1.lastPercent, 50);
    const StatusLight light = evaluate(july1, QDate(2023, 7, 1), StatusThresholds{});
    EXPECT_EQ(light.report, ReportState::Late);
    EXPECT_EQ(light.schedule, ScheduleJudgement::OnSchedule); // 50 % at six months of twelve
    // AND as of Jul 6 (June owed) the same report is on time
    EXPECT_EQ(evaluate(l.facts(QDate(2023, 7, 6), 0), QDate(2023, 7, 6), StatusThresholds{}).report,
              ReportState::OnTime);
    // AND a report entered without a unit (by the office) counts as the task's
    l.report(1, QDate(2023, 6, 2), QString(), 30);
    EXPECT_EQ(evaluate(l.facts(QDate(2023, 7, 1), 1), QDate(2023, 7, 1), StatusThresholds{}).report,
              ReportState::OnTime);
}

TEST(OfficeSchedule, ImportedTasksStartOnThePlansDateAndTypedOnesOnTheirEntryDate)
{
    Ledger l;
    ASSERT_TRUE(l.db);
    StorageError error;
    const qint64 plan = ImportService(l.db.get()).saveNew(l.doc, {}, &error);
    ASSERT_NE(plan, 0) << error.message.toStdString();
    // THEN every imported task starts on the plan's issue date (2023-03-22)
    for (const Task &t : TaskRepository(*l.db).loadAll(plan))
        EXPECT_EQ(t.startDate, QDate(2023, 3, 22)) << t.code.toStdString();
    // AND as of Apr 1 none owes February's report (the period ended before they started)
    const StatusSnapshot april = StatusLoader(*l.db).load(QDate(2023, 4, 1), StatusThresholds{});
    for (const StatusLight &light : computeLights(april.facts, QDate(2023, 4, 1), StatusThresholds{}))
        EXPECT_NE(light.report, ReportState::Missing);
    // AND their 序时进度 runs over the plan year however late it was issued: 25 % at the end of March
    EXPECT_EQ(april.facts.at(0).periodStart, QDate(2023, 1, 1));
    // WHEN a task is typed in
    OpenLedger ledger(*l.db);
    Task typed;
    typed.planId = plan;
    typed.title = QStringLiteral("新增任务");
    typed.deadline = QDate(2026, 12, 31);
    const qint64 id = ledger.addTask(typed, &error);
    ASSERT_NE(id, 0) << error.message.toStdString();
    // THEN it starts on the day it was entered, and its period from there
    EXPECT_EQ(TaskRepository(*l.db).load(id)->startDate, QDate::currentDate());
    const StatusSnapshot now = StatusLoader(*l.db).loadTask(QDate::currentDate(), StatusThresholds{}, id);
    EXPECT_EQ(now.facts.at(0).periodStart, QDate::currentDate());
    EXPECT_EQ(evaluate(now.facts.at(0), QDate::currentDate(), StatusThresholds{}).light, Light::Green);
}

TEST(OfficeSchedule, SchemaNineGivesOldTasksTheirPlansDateAndDropsTheOldThresholds)
{
    duban::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v8.sqlite"));
    {
        Database::OpenOptions options;
        options.upToVersion = 8;
        auto db = Database::open(path, nullptr, options);
        ASSERT_TRUE(db);
        // A file of schema 8 as its code wrote it (today's repositories write the start date).
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plans (id, title, issued_on, plan_year) VALUES (1, "
                                          "'方案', '2023-03-22', 2023)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO tasks (plan_id, code, title) VALUES (1, '1', '甲'), "
                                          "(1, '2', '乙')")));
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rules.behindPoints', "
                                  "'20'), ('rules.reportGraceDays', '5'), ('rules.dueSoonDays', '9')")));
    }
    auto db = Database::open(path, nullptr);
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), min(start_date), max(start_date) FROM tasks")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("2023-03-22"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2023-03-22"));
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT key FROM settings WHERE key <> 'database.identity' ORDER BY key")));
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    EXPECT_EQ(keys, QStringList{QStringLiteral("rules.dueSoonDays")});
}

TEST(OfficeSchedule, TheWindowTakesReportsOnlyFromTheTasksOwnUnits)
{
    // GIVEN the ledger the window holds
    Ledger l;
    ASSERT_TRUE(l.db);
    ASSERT_TRUE(PlanRepository(*l.db).save(l.doc, nullptr));
    OpenLedger ledger(*l.db);
    ledger.reload();
    // WHEN a report names a unit that is neither lead nor co-unit of task 1
    ProgressReport stranger{
        0, l.doc.tasks.at(0).id, QDate(2023, 6, 2), QStringLiteral("新区税务局"), {}, 30, {}, {}};
    StorageError error;
    // THEN it is refused as bad input and nothing is written, as on the command line
    EXPECT_EQ(ledger.addReport(stranger, &error), 0);
    EXPECT_EQ(error.code, StorageError::Code::Invalid);
    EXPECT_TRUE(ledger.reports(l.doc.tasks.at(0).id).isEmpty());
    // AND the lead's report is taken
    ProgressReport lead{
        0, l.doc.tasks.at(0).id, QDate(2023, 6, 2), QStringLiteral("新区经济发展局"), {}, 30, {}, {}};
    EXPECT_NE(ledger.addReport(lead, &error), 0) << error.message.toStdString();
}
