// LoopService: every step of the supervision loop and its transitions, the refused ones, and the history
// row each step and edit leaves (issue 14).
#include "ServiceTestSupport.h"

#include "core/rules/StatusRules.h"
#include "core/services/LoopService.h"
#include "core/services/ProgressService.h"
#include "core/storage/LoopRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/TaskRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace duban::core;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct LoopLedger : duban::test::SmallLedger
{
    LoopService loop{*db};
    qint64 task1 = doc.tasks.at(0).id; // 新区经济发展局 leads; 开发建设局, 园区 co-handle
    qint64 task3 = doc.tasks.at(3).id; // completed
    StorageError err;

    LoopLedger() { db->setActor(u("张三")); }

    Task task(qint64 id) { return *TaskRepository(*db).load(id); }
    TaskStage stage(qint64 id) { return static_cast<TaskStage>(task(id).stage); }
    QStringList kinds(qint64 id)
    {
        QStringList out;
        for (const HistoryEntry &e : loop.history(id))
            out.append(e.kind);
        return out;
    }
};

} // namespace

TEST(LoopService, SignPerUnitMovesTheStageOnceEveryLeadSigned)
{
    LoopLedger f;
    EXPECT_EQ(f.stage(f.task1), TaskStage::Assigned);
    ASSERT_TRUE(f.loop.sign(f.task1, u("园区"), QDate(2023, 3, 23), &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(f.stage(f.task1), TaskStage::Assigned) << "a co-unit alone does not make it signed";
    ASSERT_TRUE(f.loop.sign(f.task1, u("新区经济发展局"), QDate(2023, 3, 24), &f.err));
    EXPECT_EQ(f.stage(f.task1), TaskStage::Signed);
    const QList<SignOff> signs = f.loop.signOffs(f.task1);
    ASSERT_EQ(signs.size(), 2);
    EXPECT_EQ(signs.at(0).unit, u("园区"));
    EXPECT_EQ(signs.at(0).actor, u("张三"));

    // A second 签收 by one unit, a unit of another task, a closed task: refused, nothing written.
    const int before = f.loop.history(f.task1).size();
    EXPECT_FALSE(f.loop.sign(f.task1, u("园区"), QDate(2023, 3, 25), &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(f.err.message.contains(u("already acknowledged")));
    EXPECT_FALSE(f.loop.sign(f.task1, u("新区财政金融局"), QDate(2023, 3, 25), &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(f.err.message.contains(u("neither a lead nor a co-unit")));
    EXPECT_FALSE(f.loop.sign(f.task3, u("新区财政金融局"), QDate(2023, 3, 25), &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_FALSE(
        f.loop.sign(f.task1, u("新区开发建设局（交通运输局）"), QDate::currentDate().addDays(1), &f.err));
    EXPECT_EQ(f.loop.history(f.task1).size(), before);

    // Undo takes it back and leaves a trace.
    ASSERT_TRUE(f.loop.unsign(f.task1, u("新区经济发展局"), &f.err));
    EXPECT_EQ(f.stage(f.task1), TaskStage::Assigned);
    EXPECT_EQ(f.kinds(f.task1).constLast(), u("withdrawn"));
}

TEST(LoopService, CompletionRequestedReturnedRequestedAgainAndApproved)
{
    LoopLedger f;
    // No 销号 without a request.
    EXPECT_FALSE(f.loop.reviewCompletion(f.task1, true, QDate(2023, 7, 1), {}, nullptr, &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(f.err.message.contains(u("no completion request")));
    // A request needs its basis and a unit of the task.
    EXPECT_EQ(f.loop.requestCompletion(f.task1, u("新区经济发展局"), QDate(2023, 7, 1), u(" "), {}, &f.err),
              0);
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_EQ(
        f.loop.requestCompletion(f.task1, u("新区财政金融局"), QDate(2023, 7, 1), u("已完成"), {}, &f.err),
        0);
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);

    const qint64 first =
        f.loop.requestCompletion(f.task1, u("新区经济发展局"), QDate(2023, 7, 1), u("清单已发布"),
                                 {{u("清单.pdf"), QByteArray("%PDF-1.4")}}, &f.err);
    ASSERT_GT(first, 0) << f.err.message.toStdString();
    EXPECT_EQ(f.stage(f.task1), TaskStage::CompletionRequested);
    // A second request while one waits: refused.
    EXPECT_EQ(f.loop.requestCompletion(f.task1, u("园区"), QDate(2023, 7, 2), u("也完成了"), {}, &f.err), 0);
    EXPECT_TRUE(f.err.message.contains(u("waiting for review")));
    // A return needs its reason.
    EXPECT_FALSE(f.loop.reviewCompletion(f.task1, false, QDate(2023, 7, 3), {}, nullptr, &f.err));
    LoopRequest decided;
    ASSERT_TRUE(
        f.loop.reviewCompletion(f.task1, false, QDate(2023, 7, 3), u("缺少佐证材料"), &decided, &f.err));
    EXPECT_EQ(decided.state, LoopRequest::State::Returned);
    EXPECT_EQ(f.stage(f.task1), TaskStage::InProgress) << "a returned task is 办理中 again";
    EXPECT_EQ(f.task(f.task1).status, TaskStatus::Open);
    // The returned request cannot be decided a second time.
    EXPECT_FALSE(f.loop.reviewCompletion(f.task1, true, QDate(2023, 7, 4), {}, nullptr, &f.err));
    EXPECT_TRUE(f.err.message.contains(u("already returned")));

    const qint64 second = f.loop.requestCompletion(f.task1, u("新区经济发展局"), QDate(2023, 7, 10),
                                                   u("补充了验收报告"), {}, &f.err);
    ASSERT_GT(second, first);
    ASSERT_TRUE(f.loop.reviewCompletion(f.task1, true, QDate(2023, 7, 12), {}, &decided, &f.err));
    const Task closed = f.task(f.task1);
    EXPECT_EQ(closed.status, TaskStatus::Completed);
    EXPECT_EQ(closed.completedOn, QDate(2023, 7, 12)) << "completed on the approval date by default";
    EXPECT_EQ(f.stage(f.task1), TaskStage::Closed);
    EXPECT_FALSE(f.loop.reviewCompletion(f.task1, true, QDate(2023, 7, 13), {}, nullptr, &f.err));

    const QStringList kinds = f.kinds(f.task1);
    EXPECT_EQ(kinds.mid(kinds.indexOf(u("completion-requested"))),
              (QStringList{u("completion-requested"), u("attachment-added"), u("completion-returned"),
                           u("completion-requested"), u("completion-approved")}));
    EXPECT_EQ(f.loop.history(f.task1).constLast().actor, u("张三"));
    // The attachment is kept in the database, one file as one file.
    const QList<Attachment> files = f.loop.attachments(f.task1);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files.first().name, u("清单.pdf"));
    EXPECT_EQ(*f.loop.attachmentContent(files.first().id, &f.err), QByteArray("%PDF-1.4"));

    // Undo of the approval reopens the task and leaves the request pending again.
    ASSERT_TRUE(f.loop.undoDecision(second, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(f.task(f.task1).status, TaskStatus::Open);
    EXPECT_EQ(f.stage(f.task1), TaskStage::CompletionRequested);
}

TEST(LoopService, CompletionOnTheRequestDateIsASetting)
{
    LoopLedger f;
    ASSERT_TRUE(f.loop.setCompletionDateRule(CompletionDateRule::Request, &f.err));
    ASSERT_GT(f.loop.requestCompletion(f.task1, u("园区"), QDate(2023, 7, 1), u("已完成"), {}, &f.err), 0);
    ASSERT_TRUE(f.loop.reviewCompletion(f.task1, true, QDate(2023, 7, 9), {}, nullptr, &f.err));
    EXPECT_EQ(f.task(f.task1).completedOn, QDate(2023, 7, 1));
}

TEST(LoopService, ExtensionApprovedKeepsTheOriginalDeadlineAndIsDecidedOnce)
{
    LoopLedger f;
    EXPECT_FALSE(f.loop.decideExtension(f.task1, true, QDate(2023, 11, 1), {}, nullptr, &f.err));
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    // Not later than the deadline, no reason: refused.
    EXPECT_EQ(
        f.loop.requestExtension(f.task1, {}, QDate(2023, 12, 1), u("原因"), QDate(2023, 11, 1), {}, &f.err),
        0);
    EXPECT_TRUE(f.err.message.contains(u("later date")));
    EXPECT_EQ(f.loop.requestExtension(f.task1, {}, QDate(2024, 3, 31), {}, QDate(2023, 11, 1), {}, &f.err),
              0);

    const qint64 id = f.loop.requestExtension(f.task1, {}, QDate(2024, 3, 31), u("征地拆迁滞后"),
                                              QDate(2023, 11, 1), {}, &f.err);
    ASSERT_GT(id, 0) << f.err.message.toStdString();
    EXPECT_EQ(f.loop.requests(f.task1).first().unit, u("新区经济发展局")) << "the lead unit unless named";
    LoopRequest decided;
    ASSERT_TRUE(f.loop.decideExtension(f.task1, true, QDate(2023, 11, 5), {}, &decided, &f.err));
    Task t = f.task(f.task1);
    EXPECT_EQ(t.deadline, QDate(2024, 3, 31));
    EXPECT_EQ(t.deadlineOriginal, QDate(2023, 12, 31));
    // Approved twice: refused.
    EXPECT_FALSE(f.loop.decideExtension(f.task1, true, QDate(2023, 11, 6), {}, nullptr, &f.err));
    EXPECT_TRUE(f.err.message.contains(u("already approved")));

    // A second extension keeps the first deadline as the original.
    ASSERT_GT(
        f.loop.requestExtension(f.task1, {}, QDate(2024, 6, 30), u("再延"), QDate(2023, 12, 1), {}, &f.err),
        0);
    ASSERT_TRUE(f.loop.decideExtension(f.task1, true, QDate(2023, 12, 2), {}, nullptr, &f.err));
    t = f.task(f.task1);
    EXPECT_EQ(t.deadline, QDate(2024, 6, 30));
    EXPECT_EQ(t.deadlineOriginal, QDate(2023, 12, 31));

    // A refusal leaves the deadline alone.
    ASSERT_GT(
        f.loop.requestExtension(f.task1, {}, QDate(2024, 9, 30), u("三延"), QDate(2023, 12, 3), {}, &f.err),
        0);
    ASSERT_TRUE(f.loop.decideExtension(f.task1, false, QDate(2023, 12, 4), u("理由不足"), nullptr, &f.err));
    EXPECT_EQ(f.task(f.task1).deadline, QDate(2024, 6, 30));
    EXPECT_TRUE(f.kinds(f.task1).contains(u("extension-refused")));
}

TEST(LoopService, AssignSetsTheStartDateAndTheOfficesTickIsASignOffWithoutRequest)
{
    LoopLedger f;
    Task saved;
    ASSERT_TRUE(f.loop.assign(f.task1, QDate(2023, 4, 3), &saved, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(f.task(f.task1).startDate, QDate(2023, 4, 3));
    EXPECT_EQ(saved.version, f.task(f.task1).version);
    EXPECT_FALSE(f.loop.assign(f.task1, QDate(2024, 4, 3), nullptr, &f.err)) << "after the deadline";

    ASSERT_TRUE(ProgressService(*f.db).completeTask(f.task1, QDate(2023, 8, 1), QDate::currentDate(), nullptr,
                                                    &f.err));
    EXPECT_EQ(f.stage(f.task1), TaskStage::Closed);
    EXPECT_EQ(f.kinds(f.task1).constLast(), u("closed-by-office"));
}

TEST(LoopService, EveryEditAndReportLeavesAHistoryRowThatCannotBeChanged)
{
    LoopLedger f;
    TaskRepository tasks(*f.db);
    const Task before = f.task(f.task1);
    Task after = before;
    after.title = u("激发民间投资活力（修订）");
    after.deadline = QDate(2023, 11, 30);
    ASSERT_TRUE(tasks.updateChanged(before, after, &f.err));
    QList<HistoryEntry> h = f.loop.history(f.task1);
    ASSERT_GE(h.size(), 3);
    EXPECT_EQ(h.at(h.size() - 2).field, u("title"));
    EXPECT_EQ(h.at(h.size() - 2).oldValue, before.title);
    EXPECT_EQ(h.constLast().field, u("deadline"));
    EXPECT_EQ(h.constLast().newValue, u("2023-11-30"));
    EXPECT_EQ(h.constLast().actor, u("张三"));

    ProgressReport r{0, f.task1, QDate(2023, 6, 2), u("新区经济发展局"), u("已发布第一批清单"), 40, {}, {}};
    ASSERT_GT(ProgressService(*f.db).addUnitReport(r, &f.err), 0);
    EXPECT_EQ(f.stage(f.task1), TaskStage::InProgress);
    h = f.loop.history(f.task1);
    EXPECT_EQ(h.constLast().kind, u("report"));
    EXPECT_EQ(h.constLast().text, u("已发布第一批清单"));

    // No code path may change or delete a history row: the database refuses it.
    QSqlQuery q(f.db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE task_history SET text = 'x'")));
    EXPECT_TRUE(q.lastError().text().contains(u("append-only")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM task_history")));

    // A deleted task's history stays, and a new task does not take its id.
    const Task doomed = f.task(f.task1);
    ASSERT_TRUE(tasks.remove(doomed, &f.err)) << f.err.message.toStdString();
    EXPECT_EQ(f.kinds(f.task1).constLast(), u("deleted"));
    Task fresh;
    fresh.planId = doomed.planId;
    fresh.title = u("新任务");
    const qint64 id = tasks.insert(fresh, &f.err);
    ASSERT_GT(id, 0);
    EXPECT_NE(id, f.task1);
    EXPECT_EQ(f.kinds(id), QStringList{u("assigned")});
}

TEST(LoopService, AttachmentsAboveTheLimitAreRefusedAndRemovalIsUndone)
{
    LoopLedger f;
    const QByteArray big(Attachment::kMaxBytes + 1, 'x');
    EXPECT_EQ(f.loop.requestCompletion(f.task1, u("园区"), QDate(2023, 7, 1), u("完成"),
                                       {{u("big.bin"), big}}, &f.err),
              0);
    EXPECT_EQ(f.err.code, StorageError::Code::Invalid);
    EXPECT_TRUE(f.err.message.contains(u("at most 20 MB")));
    EXPECT_TRUE(f.loop.requests(f.task1).isEmpty()) << "nothing of the refused request was written";

    const qint64 req = f.loop.requestCompletion(f.task1, u("园区"), QDate(2023, 7, 1), u("完成"), {}, &f.err);
    const qint64 a =
        f.loop.attach(f.task1, Attachment::Owner::Request, req, {u("照片.jpg"), QByteArray("JPEG")}, &f.err);
    ASSERT_GT(a, 0);
    ASSERT_TRUE(f.loop.setAttachmentRemoved(a, true, &f.err));
    EXPECT_TRUE(f.loop.attachments(f.task1).first().removed);
    EXPECT_FALSE(f.loop.setAttachmentRemoved(a, true, &f.err));
    ASSERT_TRUE(f.loop.setAttachmentRemoved(a, false, &f.err));
    EXPECT_FALSE(f.loop.attachments(f.task1).first().removed);
    EXPECT_EQ(f.kinds(f.task1).mid(f.kinds(f.task1).size() - 2),
              (QStringList{u("attachment-removed"), u("attachment-added")}));
}

TEST(LoopService, AnExtensionCountsFromTheDayItWasApprovedNotBefore)
{
    LoopLedger f;
    // 2023-12-31 → 2024-03-31 approved on 2023-11-05; → 2024-06-30 asked on 2024-03-25, approved on
    // 2024-04-05.
    ASSERT_GT(f.loop.requestExtension(f.task1, {}, QDate(2024, 3, 31), u("征地拆迁滞后"), QDate(2023, 11, 1),
                                      {}, &f.err),
              0);
    ASSERT_TRUE(f.loop.decideExtension(f.task1, true, QDate(2023, 11, 5), {}, nullptr, &f.err));
    ASSERT_GT(
        f.loop.requestExtension(f.task1, {}, QDate(2024, 6, 30), u("再延"), QDate(2024, 3, 25), {}, &f.err),
        0);
    ASSERT_TRUE(f.loop.decideExtension(f.task1, true, QDate(2024, 4, 5), {}, nullptr, &f.err));
    auto deadlineAsOf = [&f](QDate asOf, bool withReports) {
        const StatusSnapshot s = StatusLoader(*f.db).load(asOf, StatusThresholds{}, withReports);
        return s.facts.at(size_t(s.indexOf.value(f.task1))).deadline;
    };
    for (bool withReports : {true, false}) {
        // Before the first approval the task was judged against its original deadline …
        EXPECT_EQ(deadlineAsOf(QDate(2023, 7, 1), withReports), QDate(2023, 12, 31));
        EXPECT_EQ(deadlineAsOf(QDate(2023, 11, 4), withReports), QDate(2023, 12, 31));
        // … from it on against the first extension, and from the second on against that one.
        EXPECT_EQ(deadlineAsOf(QDate(2023, 11, 5), withReports), QDate(2024, 3, 31));
        EXPECT_EQ(deadlineAsOf(QDate(2024, 4, 4), withReports), QDate(2024, 3, 31));
        EXPECT_EQ(deadlineAsOf(QDate(2024, 4, 5), withReports), QDate(2024, 6, 30));
    }
    // So between the first deadline and the second approval the task was overdue (red), and from it on not.
    auto lightAsOf = [&f](QDate asOf) {
        const StatusSnapshot s = StatusLoader(*f.db).load(asOf, StatusThresholds{});
        return evaluate(s.facts.at(size_t(s.indexOf.value(f.task1))), asOf, StatusThresholds{}).light;
    };
    EXPECT_NE(lightAsOf(QDate(2024, 3, 31)), Light::Red);
    EXPECT_EQ(lightAsOf(QDate(2024, 4, 2)), Light::Red);
    EXPECT_NE(lightAsOf(QDate(2024, 4, 5)), Light::Red);
}
