// ProgressService: reports and records with their validation, several records in one transaction.
#include "ServiceTestSupport.h"

#include "core/services/ProgressService.h"
#include "core/storage/ProgressRepository.h"

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
