// The ledger's schedule column: the 序时进度 judgement of each row, filtered and sorted like the light.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/ledger/TaskIndex.h"
#include "core/services/ListingService.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRowLoader.h"

#include <gtest/gtest.h>

using namespace duban::core;

TEST(TaskIndexSchedule, FiltersAndSortsByTheScheduleJudgement)
{
    // GIVEN the small plan as of 2023-06-30 (50 % of the year elapsed), task 1 at 60 %, task 2 at 30 %,
    // task 四（一） at 50 %, and task 3 completed
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("s.sqlite")), nullptr);
    ASSERT_TRUE(db);
    PlanDocument doc = duban::test::smallPlan();
    ASSERT_TRUE(PlanRepository(*db).save(doc, nullptr));
    ProgressRepository progress(*db);
    auto report = [&](int task, int percent) {
        ProgressReport r{0, doc.tasks.at(task).id, QDate(2023, 6, 2), {}, {}, percent, {}, {}};
        ASSERT_TRUE(progress.insertReport(r, nullptr));
    };
    report(0, 60);
    report(1, 30);
    report(4, 50);
    TaskIndex index(TaskRowLoader(*db).loadAll());
    const QDate asOf(2023, 6, 30);
    RowStatus status = ListingService(*db).statusOf(index.rows(), asOf, StatusThresholds{});
    index.setStatus(std::move(status.lights), std::move(status.percent), std::move(status.lastReport));
    auto codes = [&](const TaskFilter &f, TaskIndex::Column c = TaskIndex::Column::Code) {
        QStringList out;
        for (int i : index.query(f, c, true))
            out.append(index.row(i).code);
        return out;
    };
    // WHEN filtered by each judgement THEN each task is where the office rule puts it
    TaskFilter f;
    f.schedule = ScheduleJudgement::Ahead;
    EXPECT_EQ(codes(f), duban::test::strings({"1"}));
    f.schedule = ScheduleJudgement::Behind;
    EXPECT_EQ(codes(f), duban::test::strings({"2"}));
    f.schedule = ScheduleJudgement::OnSchedule;
    EXPECT_EQ(codes(f), duban::test::strings({"四（一）"}));
    f.schedule = ScheduleJudgement::Completed;
    EXPECT_EQ(codes(f), duban::test::strings({"3"}));
    f.schedule = ScheduleJudgement::NotStarted;
    EXPECT_EQ(codes(f), duban::test::strings({"10"}));
    // AND sorted by the column, not started and behind come first, completed last
    const QStringList sorted = codes(TaskFilter{}, TaskIndex::Column::Schedule);
    EXPECT_EQ(sorted, duban::test::strings({"10", "2", "四（一）", "1", "3"}));
}
