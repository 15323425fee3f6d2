// DueService: the due-soon list (issue 14, item 7) — what comes due within N working days, counted by the
// working-day calendar, sorted by date, unit and task; past-due and closed items left to the red list.
#include "ServiceTestSupport.h"

#include "core/services/DueService.h"
#include "core/services/ProgressService.h"
#include "core/storage/LedgerSettingKeys.h"
#include "core/storage/SettingsRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct DueLedger : duban::test::SmallLedger
{
    qint64 task1 = doc.tasks.at(0).id;  // 新区经济发展局 leads; deadline 2023-12-31
    qint64 task2 = doc.tasks.at(1).id;  // 新区经济发展局 leads; Q1 milestone undone
    qint64 task10 = doc.tasks.at(2).id; // 新区科技创新和产业促进局 leads; deadline 2023-09-30
    qint64 task3 = doc.tasks.at(3).id;  // completed on 2023-06-01; deadline 2023-06-30
    qint64 task41 = doc.tasks.at(4).id; // 四（一）, 新区经济发展局 leads
    DueService due{*db};
    WorkCalendar calendar = WorkCalendar::shipped();
    StorageError err;

    void milestone(qint64 task, QDate on, const QString &text, bool done)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO milestones (task_id, due_on, text, done) VALUES (?, ?, ?, ?)"));
        q.addBindValue(task);
        q.addBindValue(on.toString(Qt::ISODate));
        q.addBindValue(text);
        q.addBindValue(done ? 1 : 0);
        ASSERT_TRUE(q.exec());
    }
    void report(qint64 task, QDate on, const QString &unit)
    {
        ProgressReport r;
        r.taskId = task;
        r.date = on;
        r.unit = unit;
        r.text = u("推进中");
        r.percent = 50;
        ASSERT_GT(ProgressService(*db).addReport(r, &err), 0) << err.message.toStdString();
    }
    qint64 record(qint64 task, QDate on, const QString &unit, QDate responseDue)
    {
        SupervisionRecord r;
        r.taskId = task;
        r.date = on;
        r.unit = unit;
        r.text = u("请加快推进");
        r.responseDue = responseDue;
        return ProgressService(*db).addRecord(r, &err);
    }
    QList<DueItem> list(QDate asOf, int workdays) { return due.dueSoon(asOf, workdays, calendar, &err); }
};

QStringList lines(const QList<DueItem> &items)
{
    QStringList out;
    for (const DueItem &i : items)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(i.date.toString(Qt::ISODate), dueKindKey(i.kind), i.taskCode, i.unit));
    return out;
}

} // namespace

TEST(DueService, WindowCountsWorkingDaysOverTheNationalDayHoliday)
{
    // The example: 5 working days after 2023-09-28 is 2023-10-11 (29 Sep – 6 Oct off, 7 and 8 Oct
    // worked); 3 after 2023-09-27 is the Sunday 2023-10-08, a 调休 working day.
    const WorkCalendar calendar = WorkCalendar::shipped();
    EXPECT_EQ(DueService::windowEnd(calendar, QDate(2023, 9, 28), 5), QDate(2023, 10, 11));
    EXPECT_EQ(DueService::windowEnd(calendar, QDate(2023, 9, 27), 3), QDate(2023, 10, 8));
    EXPECT_EQ(DueService::windowEnd(calendar, QDate(2023, 9, 27), 0), QDate(2023, 9, 27));
}

TEST(DueService, ListsDeadlinesMilestonesReportsAndResponsesInTheWindowSorted)
{
    DueLedger f;
    f.milestone(f.task1, QDate(2023, 10, 7), u("完成三季度投资任务"), false);
    f.milestone(f.task1, QDate(2023, 10, 6), u("已完成的节点"), true);     // done: not owed
    f.milestone(f.task41, QDate(2023, 10, 9), u("窗口之外的节点"), false); // after the window
    f.report(f.task2, QDate(2023, 9, 15), u("新区经济发展局"));            // the lead reported for September
    f.report(f.task41, QDate(2023, 9, 15), u("园区")); // a co-unit's report does not count
    const qint64 answered = f.record(f.task1, QDate(2023, 9, 20), u("园区"), QDate(2023, 10, 8));
    ASSERT_GT(answered, 0);
    ASSERT_GT(f.record(f.task1, QDate(2023, 9, 20), u("新区经济发展局"), QDate(2023, 10, 9)), 0); // outside
    ASSERT_GT(f.record(f.task10, QDate(2023, 9, 20), u("新区科技创新和产业促进局"), QDate(2023, 9, 26)),
              0); // past

    const QList<DueItem> items = f.list(QDate(2023, 9, 27), 3); // to 2023-10-08
    ASSERT_FALSE(f.err.isError()) << f.err.message.toStdString();
    EXPECT_EQ(lines(items), (QStringList{
                                u("2023-09-30 deadline 10 新区科技创新和产业促进局"),
                                u("2023-10-05 report 1 新区经济发展局"),
                                u("2023-10-05 report 四（一） 新区经济发展局"),
                                u("2023-10-05 report 10 新区科技创新和产业促进局"),
                                u("2023-10-07 milestone 1 新区经济发展局"),
                                u("2023-10-08 response 1 园区"),
                            }));
    // On one day, units in the order of lists (by pinyin: 经济 before 科技), then tasks in ledger order.
    EXPECT_EQ(items.at(0).taskTitle, u("推动制造业优化升级"));
    EXPECT_EQ(items.at(0).text, u("The task's deadline"));
    EXPECT_EQ(items.at(3).text, u("Progress report for September 2023"));
    EXPECT_EQ(items.at(4).text, u("完成三季度投资任务"));
    EXPECT_EQ(items.at(5).text, u("Reply to the reminder of 2023-09-20"));
    EXPECT_EQ(items.at(5).recordId, answered);
}

TEST(DueService, PastDueAndClosedTasksAreNotListed)
{
    DueLedger f;
    // Task 10's deadline (2023-09-30) is the red list's from the day after (its September report is still
    // owed).
    for (const DueItem &i : f.list(QDate(2023, 10, 1), 3))
        EXPECT_FALSE(i.taskId == f.task10 && i.kind == DueItem::Kind::Deadline);
    // Task 3 (deadline 2023-06-30) was completed on 2023-06-01: nothing of it is due as of 06-28 …
    for (const DueItem &i : f.list(QDate(2023, 6, 28), 3))
        EXPECT_NE(i.taskId, f.task3);
    // … but as of 05-31 it was still open, its deadline a month away and its May report due on 06-05.
    bool reportOf3 = false;
    for (const DueItem &i : f.list(QDate(2023, 5, 31), 5))
        reportOf3 = reportOf3 || (i.taskId == f.task3 && i.kind == DueItem::Kind::Report);
    EXPECT_TRUE(reportOf3);
}

TEST(DueService, AnsweredRecordsOweNoResponse)
{
    DueLedger f;
    const qint64 id = f.record(f.task1, QDate(2023, 9, 20), u("园区"), QDate(2023, 9, 28));
    auto responses = [&](QDate asOf) {
        int n = 0;
        for (const DueItem &i : f.list(asOf, 3))
            n += i.kind == DueItem::Kind::Response ? 1 : 0;
        return n;
    };
    EXPECT_EQ(responses(QDate(2023, 9, 27)), 1);
    const QList<SupervisionRecord> records = ProgressService(*f.db).records(f.task1);
    ASSERT_EQ(records.size(), 1);
    SupervisionRecord r = records.first();
    ASSERT_EQ(r.id, id);
    r.respondedOn = QDate(2023, 9, 26);
    r.response = u("已落实");
    ASSERT_TRUE(ProgressService(*f.db).updateRecord(r, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(responses(QDate(2023, 9, 27)), 0);
    EXPECT_EQ(responses(QDate(2023, 9, 25)), 1) << "answered after the as-of date: still owed then";
}

TEST(DueService, WorkdaysComeFromTheLedgerAndAreChecked)
{
    DueLedger f;
    EXPECT_EQ(f.due.remindWorkdays(), 3);
    ASSERT_TRUE(
        SettingsRepository(*f.db).setValue(ledgerkeys::remindWorkdays(), QStringLiteral("7"), &f.err));
    EXPECT_EQ(f.due.remindWorkdays(), 7);
    ASSERT_TRUE(
        SettingsRepository(*f.db).setValue(ledgerkeys::remindWorkdays(), QStringLiteral("x"), &f.err));
    EXPECT_EQ(f.due.remindWorkdays(), 3);
    EXPECT_TRUE(f.list(QDate(2023, 9, 27), -1).isEmpty());
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(f.list(QDate(), 3).isEmpty());
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
}

TEST(DueService, ReminderRecordsOnePerTaskOfTheUnit)
{
    DueLedger f;
    f.milestone(f.task1, QDate(2023, 10, 7), u("完成三季度投资任务"), false);
    const QList<DueItem> items = f.list(QDate(2023, 9, 27), 3);
    const QList<SupervisionRecord> records =
        DueService::reminders(items, u("新区经济发展局"), QDate(2023, 9, 27));
    ASSERT_EQ(records.size(), 3); // tasks 1 (report and milestone), 2 and 四（一） (their reports)
    EXPECT_EQ(records.at(0).taskId, f.task1);
    EXPECT_EQ(records.at(1).taskId, f.task2);
    EXPECT_EQ(records.at(2).taskId, f.task41);
    EXPECT_EQ(records.at(0).kind, SupervisionRecord::Kind::Reminder);
    EXPECT_EQ(records.at(0).unit, u("新区经济发展局"));
    EXPECT_EQ(records.at(0).date, QDate(2023, 9, 27));
    EXPECT_TRUE(records.at(0).text.contains(u("2023-10-05")));
    EXPECT_TRUE(records.at(0).text.contains(u("完成三季度投资任务")));
    EXPECT_FALSE(records.at(2).text.contains(u("完成三季度投资任务")));
    EXPECT_TRUE(DueService::reminders(items, u("园区"), QDate(2023, 9, 27)).isEmpty());
}
