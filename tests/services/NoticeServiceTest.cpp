// NoticeService: numbered 催办单 / 督办通知单 (issue 14, item 8) — numbering per year and kind, the notice
// and its records in one transaction, the response recorded against the notice, undo and redo.
#include "ServiceTestSupport.h"

#include "core/services/NoticeService.h"
#include "core/services/ProgressService.h"
#include "core/storage/LedgerSettingKeys.h"
#include "core/storage/LoopRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct NoticeLedger : duban::test::SmallLedger
{
    qint64 task1 = doc.tasks.at(0).id; // 新区经济发展局 leads; 开发建设局, 园区 co-handle
    qint64 task2 = doc.tasks.at(1).id; // 新区经济发展局 leads; Q1 milestone undone: red from April
    qint64 task10 = doc.tasks.at(2).id; // 新区科技创新和产业促进局 leads; 新区经济发展局 co-handles
    qint64 task3 = doc.tasks.at(3).id;  // completed
    qint64 task41 = doc.tasks.at(4).id; // 四（一）, 新区经济发展局 leads
    NoticeService notices{*db};
    StorageError err;

    NoticeDraft draft(Notice::Kind kind, QDate on, QList<qint64> tasks = {})
    {
        NoticeDraft d;
        d.kind = kind;
        d.unit = u("新区经济发展局");
        d.issuedOn = on;
        d.taskIds = std::move(tasks);
        return d;
    }
    int count(const QString &sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QStringList historyKinds(qint64 task)
    {
        QStringList out;
        for (const HistoryEntry &e : LoopRepository(*db).history(task))
            out.append(e.kind);
        return out;
    }
};

} // namespace

TEST(NoticeService, NumbersPerYearAndKind)
{
    NoticeLedger f;
    const auto first =
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1}), nullptr, &f.err);
    ASSERT_TRUE(first) << f.err.message.toStdString();
    const auto second =
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 8, 1), {f.task2}), nullptr, &f.err);
    const auto reminder =
        f.notices.issue(f.draft(Notice::Kind::Reminder, QDate(2023, 8, 2), {f.task2}), nullptr, &f.err);
    const auto nextYear =
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2024, 1, 5), {f.task1}), nullptr, &f.err);
    ASSERT_TRUE(second && reminder && nextYear) << f.err.message.toStdString();
    EXPECT_EQ(first->number, 1);
    EXPECT_EQ(second->number, 2);
    EXPECT_EQ(reminder->number, 1);
    EXPECT_EQ(nextYear->number, 1);
    EXPECT_EQ(nextYear->year, 2024);
    EXPECT_EQ(f.notices.numberText(*second), u("督字〔2023〕第2号"));
    EXPECT_EQ(f.notices.numberText(*reminder), u("催字〔2023〕第1号"));
    EXPECT_EQ(f.notices.numberText(*nextYear), u("督字〔2024〕第1号"));
    // The office's own prefix.
    ASSERT_TRUE(SettingsRepository(*f.db).setValue(ledgerkeys::noticePrefix(), u("湘新督"), &f.err));
    EXPECT_EQ(f.notices.numberText(*second), u("湘新督〔2023〕第2号"));
}

TEST(NoticeService, IssuesTheNoticeWithOneRecordPerTaskAndTheirHistory)
{
    NoticeLedger f;
    QList<SupervisionRecord> records;
    NoticeDraft d = f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1, f.task2, f.task1});
    d.responseDue = QDate(2023, 7, 13);
    const auto n = f.notices.issue(d, &records, &f.err);
    ASSERT_TRUE(n) << f.err.message.toStdString();
    EXPECT_EQ(n->taskIds, (QList<qint64>{f.task1, f.task2})) << "a task named twice is chased once";
    EXPECT_EQ(n->issuer, u("Supervision Office"));
    EXPECT_EQ(n->requirement, u("Please report in writing to Supervision Office by 13 July on how the tasks "
                                "have been carried out."));
    ASSERT_EQ(records.size(), 2);
    for (const SupervisionRecord &r : records) {
        EXPECT_EQ(r.kind, SupervisionRecord::Kind::Notice);
        EXPECT_EQ(r.unit, u("新区经济发展局"));
        EXPECT_EQ(r.date, QDate(2023, 7, 6));
        EXPECT_EQ(r.responseDue, QDate(2023, 7, 13));
        EXPECT_EQ(r.text, n->requirement);
        EXPECT_EQ(r.noticeId, n->id);
    }
    EXPECT_EQ(ProgressService(*f.db).records(f.task2).constFirst(), records.at(1));
    EXPECT_EQ(f.historyKinds(f.task1).constLast(), u("notice"));
    EXPECT_EQ(LoopRepository(*f.db).history(f.task2).constLast().refId, records.at(1).id);
    // Read back, the notice knows its tasks.
    const auto stored = f.notices.notice(n->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->taskIds, n->taskIds);
    EXPECT_EQ(f.notices.records(*stored), records);
}

TEST(NoticeService, DefaultTasksAreTheUnitsRedAndYellowLedTasks)
{
    NoticeLedger f;
    // As of 2023-07-06: task 2 red (its Q1 milestone), tasks 1 and 四（一） yellow (no June report, behind
    // schedule); task 10 is led by another unit, task 3 is closed.
    const QList<qint64> tasks = f.notices.defaultTasks(u("新区经济发展局"), QDate(2023, 7, 6), &f.err);
    EXPECT_EQ(tasks, (QList<qint64>{f.task1, f.task2, f.task41}));
    const auto n = f.notices.issue(f.draft(Notice::Kind::Reminder, QDate(2023, 7, 6)), nullptr, &f.err);
    ASSERT_TRUE(n) << f.err.message.toStdString();
    EXPECT_EQ(n->taskIds, tasks);
    // Five working days by default: 2023-07-13.
    EXPECT_EQ(n->responseDue, QDate(2023, 7, 13));
    // The briefing's office is the issuer when no notice issuer is set.
    ASSERT_TRUE(SettingsRepository(*f.db).setValue(ledgerkeys::briefingOffice(), u("新区督查室"), &f.err));
    EXPECT_EQ(f.notices.issuer(), u("新区督查室"));
    ASSERT_TRUE(SettingsRepository(*f.db).setValue(ledgerkeys::noticeIssuer(), u("新区绩效办"), &f.err));
    EXPECT_EQ(f.notices.issuer(), u("新区绩效办"));
}

TEST(NoticeService, RefusesBadDrafts)
{
    NoticeLedger f;
    auto refused = [&](NoticeDraft d, const char *says) {
        const int before = f.count(QStringLiteral("SELECT count(*) FROM notices"));
        EXPECT_FALSE(f.notices.issue(d, nullptr, &f.err)) << says;
        EXPECT_EQ(f.err.code, StorageError::Code::Invalid) << says;
        EXPECT_TRUE(f.err.message.contains(QString::fromUtf8(says))) << f.err.message.toStdString();
        EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices")), before);
    };
    NoticeDraft d = f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1});
    d.unit = u("不存在的局");
    refused(d, "no unit called");
    refused(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task3}), "is closed");
    NoticeDraft other = f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1});
    other.unit = u("新区财政金融局");
    refused(other, "neither a lead nor a co-unit");
    NoticeDraft early = f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1});
    early.responseDue = QDate(2023, 7, 5);
    refused(early, "cannot be due");
    refused(f.draft(Notice::Kind::Notice, QDate::currentDate().addDays(1), {f.task1}), "in the future");
    // 园区 leads no task (it co-handles some, and has signed what it had to): no default tasks.
    NoticeDraft none = f.draft(Notice::Kind::Notice, QDate(2023, 7, 6));
    none.unit = u("园区");
    refused(none, "no open task that is red or yellow");
    // A co-unit may be chased about a task it co-handles when named.
    EXPECT_TRUE(
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task10}), nullptr, &f.err))
        << f.err.message.toStdString();
}

TEST(NoticeService, AFailedIssueLeavesNoNoticeAndNoRecords)
{
    NoticeLedger f;
    // The second task's record cannot be written: the whole notice is refused.
    QSqlQuery q(f.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON supervision_records WHEN "
                                      "NEW.task_id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                           .arg(f.task2)));
    EXPECT_FALSE(f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1, f.task2}),
                                 nullptr, &f.err));
    EXPECT_TRUE(f.err.isError());
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM task_history WHERE kind = 'notice'")), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    const auto n = f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1, f.task2}),
                                   nullptr, &f.err);
    ASSERT_TRUE(n) << f.err.message.toStdString();
    EXPECT_EQ(n->number, 1) << "the failed notice took no number";
}

TEST(NoticeService, ResponseIsRecordedAgainstTheNoticeAndItsRecords)
{
    NoticeLedger f;
    const auto n = f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1, f.task2}),
                                   nullptr, &f.err);
    ASSERT_TRUE(n);
    EXPECT_FALSE(f.notices.respond(n->id, QDate(2023, 7, 5), u("已整改"), &f.err));
    EXPECT_TRUE(f.err.message.contains(u("cannot come before it"))) << f.err.message.toStdString();
    EXPECT_FALSE(f.notices.respond(n->id, QDate(2023, 7, 10), u("  "), &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);

    QList<SupervisionRecord> answered;
    ASSERT_TRUE(f.notices.respond(n->id, QDate(2023, 7, 10), u("已完成整改"), &f.err, &answered))
        << f.err.message.toStdString();
    const auto stored = f.notices.notice(n->id);
    EXPECT_EQ(stored->respondedOn, QDate(2023, 7, 10));
    EXPECT_EQ(stored->response, u("已完成整改"));
    ASSERT_EQ(answered.size(), 2);
    for (const qint64 task : {f.task1, f.task2}) {
        const SupervisionRecord r = ProgressService(*f.db).records(task).constFirst();
        EXPECT_EQ(r.respondedOn, QDate(2023, 7, 10));
        EXPECT_EQ(r.response, u("已完成整改"));
        const HistoryEntry last = LoopRepository(*f.db).history(task).constLast();
        EXPECT_EQ(last.kind, u("response"));
        EXPECT_EQ(last.text, u("已完成整改"));
    }
    // One response per notice.
    EXPECT_FALSE(f.notices.respond(n->id, QDate(2023, 7, 11), u("再次回复"), &f.err));
    EXPECT_TRUE(f.err.message.contains(u("already"))) << f.err.message.toStdString();
}

TEST(NoticeService, FindsANoticeByItsNumber)
{
    NoticeLedger f;
    const auto n =
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1}), nullptr, &f.err);
    const auto r =
        f.notices.issue(f.draft(Notice::Kind::Reminder, QDate(2023, 7, 6), {f.task1}), nullptr, &f.err);
    ASSERT_TRUE(n && r);
    for (const char *text :
         {"督字〔2023〕第1号", " 督字[2023]第1号 ", "督字（2023）第1号", "督办-2023-1", "notice-2023-1"}) {
        const auto found = f.notices.find(QString::fromUtf8(text), &f.err);
        ASSERT_TRUE(found) << text;
        EXPECT_EQ(found->id, n->id) << text;
        EXPECT_EQ(found->taskIds, QList<qint64>{f.task1});
    }
    EXPECT_EQ(f.notices.find(u("催办-2023-1"), &f.err)->id, r->id);
    EXPECT_FALSE(f.notices.find(u("督字〔2023〕第9号"), &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
}

TEST(NoticeService, RemovedAndPutBackWithTheSameNumber)
{
    NoticeLedger f;
    Notice n =
        *f.notices.prepare(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task1, f.task2}), &f.err);
    QList<SupervisionRecord> records;
    ASSERT_TRUE(f.notices.issue(n, records, &f.err)) << f.err.message.toStdString();
    const qint64 id = n.id;
    ASSERT_TRUE(f.notices.remove(n, records, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM notices")), 0);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM supervision_records")), 0);
    EXPECT_EQ(f.historyKinds(f.task1).constLast(), u("record-removed"));
    // Redo: the same notice, number and records come back.
    ASSERT_TRUE(f.notices.issue(n, records, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(n.id, id);
    EXPECT_EQ(n.number, 1);
    EXPECT_EQ(f.notices.records(*f.notices.notice(id)), records);
    // Another notice taking the number meanwhile keeps a removed one from coming back.
    ASSERT_TRUE(f.notices.remove(n, records, &f.err));
    ASSERT_TRUE(
        f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 7), {f.task1}), nullptr, &f.err));
    EXPECT_FALSE(f.notices.issue(n, records, &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Conflict);
}

TEST(NoticeService, ContentHasTheTasksWithTheirStates)
{
    NoticeLedger f;
    const auto n = f.notices.issue(f.draft(Notice::Kind::Notice, QDate(2023, 7, 6), {f.task2, f.task1}),
                                   nullptr, &f.err);
    ASSERT_TRUE(n);
    const NoticeContent c = f.notices.content(*n);
    EXPECT_EQ(c.title, u("Supervision Notice"));
    EXPECT_EQ(c.number, u("督字〔2023〕第1号"));
    ASSERT_EQ(c.tasks.size(), 2);
    EXPECT_EQ(c.tasks.at(0).code, u("2"));
    EXPECT_EQ(c.tasks.at(0).light, Light::Red);
    EXPECT_TRUE(c.tasks.at(0).state.startsWith(u("Red: "))) << c.tasks.at(0).state.toStdString();
    EXPECT_TRUE(c.tasks.at(0).state.contains(u("overdue"))) << c.tasks.at(0).state.toStdString();
    EXPECT_EQ(c.tasks.at(1).light, Light::Yellow);
    EXPECT_EQ(c.tasks.at(1).deadline, QDate(2023, 12, 31));
}
