// ProgressService: reports and records with their validation, several records in one transaction.
#include "ServiceTestSupport.h"

#include "core/domain/Loop.h"
#include "core/services/ProgressService.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"

#include <gtest/gtest.h>

using namespace duban::core;

TEST(ProgressService, ReportsAndRecordsRoundTripAndValidate)
{
    duban::test::SmallLedger f;
    ProgressService progress(*f.db);
    const qint64 task = f.doc.tasks.at(0).id;
    ProgressReport r{0,
                     task,
                     QDate(2023, 5, 31),
                     QStringLiteral("新区经济发展局"),
                     QStringLiteral("已发布清单"),
                     40,
                     QStringLiteral("资金不足"),
                     QStringLiteral("6月完成招标")};
    StorageError err;
    ASSERT_GT(progress.addReport(r, &err), 0);
    EXPECT_EQ(progress.reports(task), QList<ProgressReport>{r});
    ProgressReport bad = r;
    bad.id = 0;
    bad.percent = 120;
    EXPECT_EQ(progress.addReport(bad, &err), 0);
    EXPECT_TRUE(err.message.contains(QStringLiteral("between 0 and 100")));
    bad.percent = 10;
    bad.date = QDate();
    EXPECT_EQ(progress.addReport(bad, &err), 0);
    EXPECT_TRUE(err.message.contains(QStringLiteral("needs a date")));
    ProgressReport changed = r;
    changed.percent = 101;
    EXPECT_FALSE(progress.updateReport(changed, &err)); // an update is validated too
    EXPECT_EQ(progress.reports(task).first().percent, 40);

    SupervisionRecord n;
    n.taskId = task;
    n.kind = SupervisionRecord::Kind::Notice;
    n.date = QDate(2023, 6, 1);
    n.unit = QStringLiteral("新区经济发展局");
    n.text = QStringLiteral("请报送进展");
    n.responseDue = QDate(2023, 6, 8);
    ASSERT_GT(progress.addRecord(n, &err), 0);
    EXPECT_EQ(*ProgressRepository(*f.db).record(n.id), n);
    EXPECT_EQ(progress.openNoticesByUnit(QDate(2023, 6, 5)).value(QStringLiteral("新区经济发展局")), 1);
    n.respondedOn = QDate(2023, 6, 7);
    n.response = QStringLiteral("已报送");
    ASSERT_TRUE(progress.updateRecord(n, &err));
    EXPECT_EQ(progress.records(task).at(0).response, QStringLiteral("已报送"));
    EXPECT_TRUE(progress.openNoticesByUnit(QDate(2023, 6, 8)).isEmpty());
    SupervisionRecord backwards = n;
    backwards.id = 0;
    backwards.responseDue = QDate(2023, 5, 1);
    EXPECT_EQ(progress.addRecord(backwards, &err), 0);
    ASSERT_TRUE(progress.removeRecord(n, &err));
    EXPECT_FALSE(progress.removeRecord(n, &err));
    EXPECT_EQ(err.code, StorageError::Code::NotFound);
}

TEST(ProgressService, SeveralRecordsAreAllOrNothing)
{
    duban::test::SmallLedger f;
    ProgressService progress(*f.db);
    SupervisionRecord a;
    a.taskId = f.doc.tasks.at(0).id;
    a.date = QDate(2023, 6, 1);
    a.unit = QStringLiteral("新区经济发展局");
    SupervisionRecord b = a;
    b.taskId = f.doc.tasks.at(1).id;
    SupervisionRecord invalid = a;
    invalid.taskId = f.doc.tasks.at(2).id;
    invalid.date = QDate();
    QList<SupervisionRecord> records{a, b, invalid};
    StorageError err;
    EXPECT_FALSE(progress.addRecords(records, &err));
    EXPECT_TRUE(progress.records(a.taskId).isEmpty()); // nothing of the batch was written
    records = {a, b};
    ASSERT_TRUE(progress.addRecords(records, &err));
    EXPECT_GT(records.at(0).id, 0);
    EXPECT_EQ(progress.records(b.taskId).size(), 1);
    ASSERT_TRUE(progress.removeRecords(records, &err));
    EXPECT_TRUE(progress.records(a.taskId).isEmpty());
}

TEST(ProgressService, OnlyALeadOrCoUnitMayReportCheckedAgainstTheCommittedTask)
{
    // GIVEN task 1 (lead 新区经济发展局, co 新区开发建设局（交通运输局） and 园区)
    duban::test::SmallLedger f;
    ProgressService progress(*f.db);
    const qint64 task = f.doc.tasks.at(0).id;
    ProgressReport r;
    r.taskId = task;
    r.date = QDate(2023, 6, 20);
    r.percent = 30;
    StorageError err;
    // WHEN a co-unit reports THEN it is recorded
    r.unit = QStringLiteral("园区");
    ASSERT_GT(progress.addUnitReport(r, &err), 0) << err.message.toStdString();
    // WHEN a unit of another task reports THEN it is refused as bad input, naming the task's units
    ProgressReport stranger = r;
    stranger.id = 0;
    stranger.unit = QStringLiteral("新区财政金融局");
    EXPECT_EQ(progress.addUnitReport(stranger, &err), 0);
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(err.message.contains(QStringLiteral("新区开发建设局（交通运输局）")))
        << err.message.toStdString();
    // and an impossible percent as well, by the window's rule
    ProgressReport tooMuch = r;
    tooMuch.id = 0;
    tooMuch.percent = 101;
    EXPECT_EQ(progress.addUnitReport(tooMuch, &err), 0);
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_EQ(progress.reports(task).size(), 1);

    // GIVEN another writer removed 园区 from the task after this copy of it was read
    Task stale = *TaskRepository(*f.db).load(task);
    auto other = Database::open(f.db->path(), nullptr);
    ASSERT_TRUE(other);
    Task changed = stale;
    changed.co.removeAll(QStringLiteral("园区"));
    ASSERT_TRUE(TaskRepository(*other).updateChanged(stale, changed, &err)) << err.message.toStdString();
    // WHEN 园区 reports again THEN the committed units decide: refused
    EXPECT_TRUE(ProgressService::validateReporter(stale, QStringLiteral("园区"), &err));
    ProgressReport late = r;
    late.id = 0;
    EXPECT_EQ(progress.addUnitReport(late, &err), 0);
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_EQ(progress.reports(task).size(), 1);
    // and a deleted task is NotFound, not bad input
    ProgressReport orphan = r;
    orphan.id = 0;
    orphan.taskId = 999999;
    EXPECT_EQ(progress.addUnitReport(orphan, &err), 0);
    EXPECT_EQ(err.code, StorageError::Code::NotFound);
}

TEST(ProgressService, CompleteAndReopenOnceEachAndNeverInTheFuture)
{
    // GIVEN task 1, open, and task 3, completed on 2023-06-01
    duban::test::SmallLedger f;
    ProgressService progress(*f.db);
    const qint64 open = f.doc.tasks.at(0).id;
    const qint64 done = f.doc.tasks.at(3).id;
    const QDate today(2023, 7, 1);
    StorageError err;
    // a date after today is refused, and so is completing a completed task
    EXPECT_FALSE(progress.completeTask(open, today.addDays(1), today, nullptr, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(err.message.contains(QStringLiteral("future"))) << err.message.toStdString();
    EXPECT_FALSE(progress.completeTask(done, QDate(2023, 6, 20), today, nullptr, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(err.message.contains(QStringLiteral("2023-06-01"))) << err.message.toStdString();
    EXPECT_FALSE(progress.reopenTask(open, nullptr, &err));
    EXPECT_EQ(err.code, StorageError::Code::Invalid);
    const Task before = *TaskRepository(*f.db).load(open);
    EXPECT_EQ(before.status, TaskStatus::Open);

    // WHEN task 1 is completed today THEN status, date and version move together, nothing else
    Task saved;
    ASSERT_TRUE(progress.completeTask(open, today, today, &saved, &err)) << err.message.toStdString();
    const Task after = *TaskRepository(*f.db).load(open);
    EXPECT_EQ(after.status, TaskStatus::Completed);
    EXPECT_EQ(after.completedOn, today);
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_EQ(saved, after);
    Task same = after;
    same.status = before.status;
    same.completedOn = before.completedOn;
    same.version = before.version;
    EXPECT_EQ(same.stage, quint8(TaskStage::Closed)) << "the loop's stage follows: 销号 by the office";
    same.stage = before.stage;
    EXPECT_EQ(same, before);
    // WHEN it is reopened THEN it is open without a date
    ASSERT_TRUE(progress.reopenTask(open, &saved, &err)) << err.message.toStdString();
    EXPECT_EQ(saved.status, TaskStatus::Open);
    EXPECT_FALSE(TaskRepository(*f.db).load(open)->completedOn.isValid());
    EXPECT_FALSE(progress.completeTask(999999, today, today, nullptr, &err));
    EXPECT_EQ(err.code, StorageError::Code::NotFound);
}
