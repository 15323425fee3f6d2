// The supervision loop in the window (issue 14): each step through the detail pane's loop panel is written,
// undo takes it back and redo takes it again; the timeline shows it; the ledger shows the stage and an
// extended task's original deadline; several selected rows take one action as one undo step; the
// supervision view shows what was already done; the acting user's name is a preference.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/services/UndoStack.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/AppSettings.h"
#include "ui/commands/LoopCommands.h"
#include "ui/commands/TaskCommands.h"
#include "ui/dialogs/BatchDialogs.h"
#include "ui/dialogs/LoopDialogs.h"
#include "ui/MainWindow.h"
#include "ui/models/LedgerModel.h"
#include "ui/models/SupervisionModel.h"
#include "ui/views/LedgerBatchActions.h"
#include "ui/views/LedgerView.h"
#include "ui/views/LoopPanel.h"
#include "ui/views/TaskDetailPane.h"
#include "ui/views/TimelineWidget.h"
#include "ui/views/TypedDateEdit.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace duban::core;
using namespace duban::ui;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

struct LoopFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("loop.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr;
    std::unique_ptr<LedgerView> view;
    QStringList warnings;

    LoopFixture()
    {
        PlanRepository(*db).save(doc, nullptr);
        db->setActor(utf8("张三"));
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->setAsOf(QDate(2023, 10, 15));
        store->reload();
        view = std::make_unique<LedgerView>(store.get(), undo);
        view->resize(1300, 800);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        panel()->setWarning([this](const QString &, const QString &text) { warnings.append(text); });
    }
    qint64 id(int task) const { return doc.tasks.at(task).id; }
    LoopPanel *panel() const { return view->detail()->loop(); }
    TimelineWidget *timeline() const { return view->detail()->timeline(); }
    Task saved(int task) { return *TaskRepository(*db).load(id(task)); }
    QString cell(int task, LedgerModel::Column column, int role = Qt::DisplayRole)
    {
        LedgerModel *m = view->model();
        return m->index(m->rowOf(id(task)), int(column)).data(role).toString();
    }
    QList<SignOff> signOffs(int task) { return store->loop().signOffs(id(task)); }
    QList<LoopRequest> requests(int task) { return store->loop().requests(id(task)); }
    /// Selects these tasks' rows in the ledger, as ctrl+click does.
    void selectRows(std::initializer_list<int> tasks)
    {
        QItemSelection selection;
        for (int t : tasks) {
            const int row = view->model()->rowOf(id(t));
            selection.select(view->model()->index(row, 0), view->model()->index(row, 0));
        }
        view->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    }
    /// Requests completion of `task` through the panel's dialog.
    void requestCompletion(int task, const QDate &on, const QString &basis, const QStringList &files = {})
    {
        view->selectTask(id(task));
        panel()->setDialogRunner([&](QDialog &d) {
            auto &dialog = dynamic_cast<LoopRequestDialog &>(d);
            dialog.unitField()->setCurrentText(doc.tasks.at(task).lead());
            dialog.dateField()->setDate(on);
            dialog.textField()->setPlainText(basis);
            EXPECT_EQ(dialog.addFiles(files), QString());
            return int(QDialog::Accepted);
        });
        panel()->requestCompletion();
    }
    /// Decides the pending request of `task` through the panel's dialog.
    void decide(int task, bool completion, bool approve, const QDate &on, const QString &reason)
    {
        view->selectTask(id(task));
        panel()->setDialogRunner([&](QDialog &d) {
            auto &dialog = dynamic_cast<LoopDecisionDialog &>(d);
            (approve ? dialog.approveButton() : dialog.declineButton())->setChecked(true);
            dialog.reasonField()->setPlainText(reason);
            dialog.dateField()->setDate(on);
            return int(QDialog::Accepted);
        });
        completion ? panel()->review() : panel()->decideExtension();
    }
};

} // namespace

TEST(LoopWindow, SignOffThroughThePaneIsWrittenUndoneAndRedone)
{
    LoopFixture f;
    f.view->selectTask(f.id(0));
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Assigned"));
    ASSERT_TRUE(f.panel()->signButton()->isEnabled());
    int runs = 0;
    f.panel()->setDialogRunner([&](QDialog &d) {
        ++runs;
        auto &dialog = dynamic_cast<SignOffDialog &>(d);
        // offered: the units that have not signed, lead first
        EXPECT_EQ(dialog.unitField()->itemText(0), utf8("新区经济发展局"));
        EXPECT_EQ(dialog.unitField()->count(), 3);
        dialog.unitField()->setCurrentText(utf8("新区经济发展局"));
        dialog.dateField()->setDate(QDate(2023, 3, 24));
        return int(QDialog::Accepted);
    });
    const int steps = f.undo->count();
    f.panel()->signOff();
    EXPECT_EQ(runs, 1);
    EXPECT_TRUE(f.warnings.isEmpty()) << f.warnings.join(u'\n').toStdString();
    // THEN the 签收 is written, the lead having signed makes the stage 已签收, in one undo step
    ASSERT_EQ(f.signOffs(0).size(), 1);
    EXPECT_EQ(f.signOffs(0).first().date, QDate(2023, 3, 24));
    EXPECT_EQ(f.signOffs(0).first().actor, utf8("张三"));
    EXPECT_EQ(f.undo->count(), steps + 1);
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Signed"));
    EXPECT_TRUE(f.panel()->stateLabel()->text().contains(utf8("Signed: 新区经济发展局 (2023-03-24)")));
    EXPECT_TRUE(
        f.panel()->stateLabel()->text().contains(utf8("Not signed: 新区开发建设局（交通运输局）、园区")));
    // AND the timeline shows the step, with who recorded it
    ASSERT_FALSE(f.timeline()->entries().isEmpty());
    EXPECT_EQ(f.timeline()->entries().first().kind, historyKind::signedOff());
    const QString shown = f.timeline()->browser()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("2023-03-24"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Signed (签收)")));
    EXPECT_TRUE(shown.contains(utf8("张三, recorded")));

    // WHEN undone, the 签收 is gone and the stage back; the history keeps a withdrawn entry
    ASSERT_TRUE(f.undo->undo());
    EXPECT_TRUE(f.signOffs(0).isEmpty());
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Assigned"));
    EXPECT_EQ(f.timeline()->entries().first().kind, historyKind::withdrawn());
    EXPECT_TRUE(f.timeline()->browser()->toPlainText().contains(QStringLiteral("Withdrawn: Signed (签收)")));
    // AND redo signs again
    ASSERT_TRUE(f.undo->redo());
    ASSERT_EQ(f.signOffs(0).size(), 1);
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Signed"));
}

TEST(LoopWindow, CompletionRequestIsReturnedThenApprovedEachStepUndoable)
{
    LoopFixture f;
    const QString evidence = f.dir.file(utf8("验收报告.txt"));
    duban::test::writeAll(evidence, QByteArray("accepted\n"));
    f.requestCompletion(0, QDate(2023, 10, 10), utf8("合作项目清单已发布"), {evidence});
    ASSERT_EQ(f.requests(0).size(), 1);
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Pending);
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Completion requested"));
    EXPECT_TRUE(f.panel()->reviewButton()->isEnabled());
    EXPECT_FALSE(f.panel()->requestButton()->isEnabled()); // one request waits at a time
    ASSERT_EQ(f.panel()->attachmentList()->count(), 1);
    EXPECT_TRUE(f.panel()->attachmentList()->item(0)->text().startsWith(utf8("验收报告.txt")));
    EXPECT_TRUE(f.panel()->stateLabel()->text().contains(utf8("合作项目清单已发布")));

    // A return without its reason is refused with the service's message, and the dialog comes again
    int runs = 0;
    f.panel()->setDialogRunner([&](QDialog &d) {
        auto &dialog = dynamic_cast<LoopDecisionDialog &>(d);
        dialog.declineButton()->setChecked(true);
        dialog.dateField()->setDate(QDate(2023, 10, 12));
        return int(++runs == 1 ? QDialog::Accepted : QDialog::Rejected);
    });
    const int steps = f.undo->count();
    f.panel()->review();
    EXPECT_EQ(runs, 2);
    ASSERT_EQ(f.warnings.size(), 1);
    EXPECT_TRUE(f.warnings.first().contains(QStringLiteral("reason")));
    EXPECT_EQ(f.undo->count(), steps);
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Pending);

    // 退回 with a reason: in progress again; undo: waiting again; redo: returned again
    f.decide(0, true, false, QDate(2023, 10, 12), utf8("佐证材料不全"));
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Returned);
    EXPECT_EQ(f.requests(0).first().decision, utf8("佐证材料不全"));
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("In progress"));
    EXPECT_EQ(f.timeline()->entries().first().kind, historyKind::completionReturned());
    ASSERT_TRUE(f.undo->undo());
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Pending);
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Completion requested"));
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Returned);

    // requested again and approved: 销号 on the approval day
    f.requestCompletion(0, QDate(2023, 10, 13), utf8("材料已补齐"));
    ASSERT_EQ(f.requests(0).size(), 2);
    f.decide(0, true, true, QDate(2023, 10, 14), {});
    EXPECT_EQ(f.saved(0).status, TaskStatus::Completed);
    EXPECT_EQ(f.saved(0).completedOn, QDate(2023, 10, 14));
    EXPECT_EQ(f.cell(0, LedgerModel::Column::Stage), QStringLiteral("Closed"));
    EXPECT_FALSE(f.panel()->requestButton()->isEnabled());
    ASSERT_TRUE(f.undo->undo()); // the approval
    EXPECT_EQ(f.saved(0).status, TaskStatus::Open);
    EXPECT_EQ(f.requests(0).last().state, LoopRequest::State::Pending);
    ASSERT_TRUE(f.undo->undo()); // the second request: withdrawn
    EXPECT_EQ(f.requests(0).size(), 1);
    ASSERT_TRUE(f.undo->redo()); // requested again (a new request)
    ASSERT_TRUE(f.undo->redo()); // and approved again
    EXPECT_EQ(f.saved(0).status, TaskStatus::Completed);
    EXPECT_EQ(f.requests(0).last().state, LoopRequest::State::Approved);
}

TEST(LoopWindow, ApprovedExtensionShowsBothDeadlinesAndAnOlderCopyStillSaves)
{
    LoopFixture f;
    const Task before = f.saved(2); // task 10, due 2023-09-30: red on 2023-10-15
    EXPECT_EQ(f.store->light(f.store->index().indexOf(f.id(2))).light, Light::Red);
    f.view->selectTask(f.id(2));
    f.panel()->setDialogRunner([&](QDialog &d) {
        auto &dialog = dynamic_cast<LoopRequestDialog &>(d);
        EXPECT_EQ(dialog.unitField()->currentText(), utf8("新区科技创新和产业促进局"));
        dialog.deadlineField()->setDate(QDate(2023, 12, 31));
        dialog.dateField()->setDate(QDate(2023, 9, 20));
        dialog.textField()->setPlainText(utf8("设备到货推迟"));
        return int(QDialog::Accepted);
    });
    f.panel()->requestExtension();
    ASSERT_EQ(f.requests(2).size(), 1);
    EXPECT_TRUE(f.panel()->decideButton()->isEnabled());
    f.decide(2, false, true, QDate(2023, 9, 25), {});
    EXPECT_TRUE(f.warnings.isEmpty()) << f.warnings.join(u'\n').toStdString();
    // THEN the deadline moved, the original is kept and shown everywhere; the light judges the new one
    EXPECT_EQ(f.saved(2).deadline, QDate(2023, 12, 31));
    EXPECT_EQ(f.saved(2).deadlineOriginal, QDate(2023, 9, 30));
    EXPECT_EQ(f.cell(2, LedgerModel::Column::Deadline), QStringLiteral("2023-12-31"));
    EXPECT_EQ(f.cell(2, LedgerModel::Column::OriginalDeadline), QStringLiteral("2023-09-30"));
    EXPECT_EQ(f.cell(2, LedgerModel::Column::Deadline, Qt::ToolTipRole),
              QStringLiteral("originally 2023-09-30, extended to 2023-12-31"));
    EXPECT_TRUE(f.panel()->stateLabel()->text().contains(
        QStringLiteral("originally 2023-09-30, extended to 2023-12-31")));
    EXPECT_NE(f.store->light(f.store->index().indexOf(f.id(2))).light, Light::Red);
    EXPECT_TRUE(f.timeline()->browser()->toPlainText().contains(QStringLiteral("Extension approved")));

    // AND an edit made from a copy read before the approval is this window's own: no conflict
    Task renamed = before;
    renamed.title = utf8("推动制造业优化升级（改）");
    StorageError error;
    ASSERT_TRUE(
        StoreCommand::push(new EditTaskCommand(f.store.get(), before, renamed, QStringLiteral("t")), &error))
        << error.message.toStdString();
    EXPECT_EQ(f.saved(2).title, renamed.title);
    EXPECT_EQ(f.saved(2).deadline, QDate(2023, 12, 31));
    EXPECT_TRUE(f.timeline()->browser()->toPlainText().contains(
        utf8("Title: 推动制造业优化升级 → 推动制造业优化升级（改）")));

    ASSERT_TRUE(f.undo->undo()); // the title
    ASSERT_TRUE(f.undo->undo()); // the approval: the deadline as asked against, no original
    EXPECT_EQ(f.saved(2).deadline, QDate(2023, 9, 30));
    EXPECT_FALSE(f.saved(2).deadlineOriginal.isValid());
    EXPECT_EQ(f.cell(2, LedgerModel::Column::OriginalDeadline), QString());
    EXPECT_EQ(f.saved(2).title, before.title);
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(f.saved(2).deadline, QDate(2023, 12, 31));
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(f.saved(2).title, renamed.title);
}

TEST(LoopWindow, AttachmentsOpenSaveAndRemoveWithUndo)
{
    LoopFixture f;
    const QString scan = f.dir.file(QStringLiteral("scan.pdf"));
    duban::test::writeAll(scan, QByteArray("%PDF-1.4 scan"));
    f.requestCompletion(1, QDate(2023, 10, 10), utf8("已开工80个"), {scan});
    QListWidget *list = f.panel()->attachmentList();
    ASSERT_EQ(list->count(), 1);
    list->setCurrentRow(0);
    ASSERT_TRUE(f.panel()->selectedAttachment().has_value());
    // Open: written to a temporary file, handed to the system's program
    QUrl opened;
    f.panel()->setOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    f.panel()->openAttachment();
    ASSERT_TRUE(opened.isLocalFile());
    EXPECT_TRUE(opened.toLocalFile().endsWith(QStringLiteral("/scan.pdf")));
    EXPECT_EQ(duban::test::readAll(opened.toLocalFile()), QByteArray("%PDF-1.4 scan"));
    // Save as: the same bytes; the open database is never a target
    QString problem;
    const QString copy = f.dir.file(QStringLiteral("copy.pdf"));
    ASSERT_TRUE(f.panel()->saveAttachmentTo(copy, &problem)) << problem.toStdString();
    EXPECT_EQ(duban::test::readAll(copy), QByteArray("%PDF-1.4 scan"));
    EXPECT_FALSE(f.panel()->saveAttachmentTo(f.store->path(), &problem));
    // Remove: gone from the list, back with undo, gone again with redo
    const int steps = f.undo->count();
    f.panel()->removeAttachment();
    EXPECT_EQ(f.undo->count(), steps + 1);
    EXPECT_FALSE(f.panel()->selectedAttachment().has_value());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("(none)"));
    EXPECT_EQ(f.timeline()->entries().first().kind, historyKind::attachmentRemoved());
    ASSERT_TRUE(f.undo->undo());
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("scan.pdf")));
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("(none)"));
}

TEST(LoopWindow, AFileAboveTheLimitIsRefusedInTheDialog)
{
    LoopFixture f;
    const QString big = f.dir.file(QStringLiteral("big.bin"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(Attachment::kMaxBytes + 1));
    }
    LoopRequestDialog dialog(LoopRequest::Kind::Completion, {utf8("新区经济发展局")}, QDate(2023, 10, 1), {});
    const QString problem = dialog.addFiles({big});
    EXPECT_TRUE(problem.contains(QStringLiteral("at most 20 MB"))) << problem.toStdString();
    EXPECT_TRUE(dialog.files().isEmpty());
}

TEST(LoopWindow, RemindingThreeSelectedRowsIsOneUndoStepWithThreeRecords)
{
    LoopFixture f;
    f.selectRows({0, 1, 2});
    LedgerBatchActions *batch = f.view->batch();
    ASSERT_EQ(batch->selectedTaskIds().size(), 3);
    EXPECT_TRUE(batch->remindAction()->isEnabled());
    QString asked;
    f.view->setQuestion([&](const QString &, const QString &text) {
        asked = text;
        return true;
    });
    batch->setDialogRunner([](QDialog &d) {
        auto &dialog = dynamic_cast<BatchReminderDialog &>(d);
        dialog.textField()->setPlainText(utf8("请报送进展"));
        dialog.dateField()->setDate(QDate(2023, 10, 15));
        dialog.dueField()->setDate(QDate(2023, 10, 20));
        return int(QDialog::Accepted);
    });
    const int steps = f.undo->count();
    batch->remindAction()->trigger();
    EXPECT_EQ(asked, QStringLiteral("Send a reminder (催办) about 3 task(s), each to its lead unit?"));
    EXPECT_EQ(f.undo->count(), steps + 1);
    for (int t : {0, 1, 2}) {
        const QList<SupervisionRecord> records = f.store->records(f.id(t));
        ASSERT_EQ(records.size(), 1) << t;
        EXPECT_EQ(records.first().unit, f.doc.tasks.at(t).lead());
        EXPECT_EQ(records.first().responseDue, QDate(2023, 10, 20));
    }
    // the selection stays for the next action
    EXPECT_EQ(batch->selectedTaskIds().size(), 3);
    ASSERT_TRUE(f.undo->undo());
    for (int t : {0, 1, 2})
        EXPECT_TRUE(f.store->records(f.id(t)).isEmpty());
    ASSERT_TRUE(f.undo->redo());
    for (int t : {0, 1, 2})
        EXPECT_EQ(f.store->records(f.id(t)).size(), 1);
    // declining the question changes nothing
    f.view->setQuestion([](const QString &, const QString &) { return false; });
    batch->remindAction()->trigger();
    EXPECT_EQ(f.undo->count(), steps + 1);
    EXPECT_EQ(f.store->records(f.id(0)).size(), 1);
}

TEST(LoopWindow, ApprovingTheSelectionClosesOnlyTasksWithARequestInOneStep)
{
    LoopFixture f;
    f.requestCompletion(0, QDate(2023, 10, 10), utf8("已完成"));
    f.requestCompletion(4, QDate(2023, 10, 11), utf8("已完成"));
    f.selectRows({0, 1, 4});
    QString asked;
    f.view->setQuestion([&](const QString &, const QString &text) {
        asked = text;
        return true;
    });
    f.view->batch()->setDialogRunner([](QDialog &d) {
        auto &dialog = dynamic_cast<BatchValueDialog &>(d);
        EXPECT_EQ(dialog.date(), QDate(2023, 10, 15)); // the as-of date
        return int(QDialog::Accepted);
    });
    const int steps = f.undo->count();
    f.view->batch()->approveAction()->trigger();
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Approve the completion requests of 2 task(s)")))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("1 selected task(s) have no completion request waiting")));
    EXPECT_EQ(f.undo->count(), steps + 1);
    EXPECT_EQ(f.saved(0).status, TaskStatus::Completed);
    EXPECT_EQ(f.saved(4).status, TaskStatus::Completed);
    EXPECT_EQ(f.saved(1).status, TaskStatus::Open);
    ASSERT_TRUE(f.undo->undo());
    EXPECT_EQ(f.saved(0).status, TaskStatus::Open);
    EXPECT_EQ(f.saved(4).status, TaskStatus::Open);
    EXPECT_EQ(f.requests(4).first().state, LoopRequest::State::Pending);
    ASSERT_TRUE(f.undo->redo());
    EXPECT_EQ(f.saved(4).status, TaskStatus::Completed);
}

TEST(LoopWindow, ANewDeadlineOrLeadForTheSelectionIsOneUndoStep)
{
    LoopFixture f;
    f.selectRows({0, 2});
    f.view->setQuestion([](const QString &, const QString &) { return true; });
    LedgerBatchActions *batch = f.view->batch();
    batch->setDialogRunner([](QDialog &d) {
        auto &dialog = dynamic_cast<BatchValueDialog &>(d);
        dialog.dateField()->setDate(QDate(2024, 6, 30));
        return int(QDialog::Accepted);
    });
    const int steps = f.undo->count();
    batch->deadlineAction()->trigger();
    EXPECT_EQ(f.undo->count(), steps + 1);
    EXPECT_EQ(f.saved(0).deadline, QDate(2024, 6, 30));
    EXPECT_EQ(f.saved(2).deadline, QDate(2024, 6, 30));
    EXPECT_EQ(f.undo->undoText(), QStringLiteral("Change the deadline of 2 task(s)"));
    ASSERT_TRUE(f.undo->undo());
    EXPECT_EQ(f.saved(0).deadline, QDate(2023, 12, 31));
    EXPECT_EQ(f.saved(2).deadline, QDate(2023, 9, 30));

    batch->setDialogRunner([](QDialog &d) {
        dynamic_cast<BatchValueDialog &>(d).unitField()->setCurrentText(QString::fromUtf8("园区"));
        return int(QDialog::Accepted);
    });
    batch->leadAction()->trigger();
    EXPECT_EQ(f.saved(0).lead(), utf8("园区"));
    // the old lead takes the place 园区 had among the co-units
    EXPECT_EQ(f.saved(0).co, duban::test::strings({"新区开发建设局（交通运输局）", "新区经济发展局"}));
    EXPECT_EQ(f.saved(2).lead(), utf8("园区"));
    ASSERT_TRUE(f.undo->undo());
    EXPECT_EQ(f.saved(0).lead(), utf8("新区经济发展局"));
    EXPECT_EQ(f.saved(2).lead(), utf8("新区科技创新和产业促进局"));
}

TEST(LoopWindow, SupervisionViewShowsWhatWasAlreadyDone)
{
    LoopFixture f;
    SupervisionRecord r;
    r.taskId = f.id(2); // task 10: red
    r.kind = SupervisionRecord::Kind::Reminder;
    r.date = QDate(2023, 10, 8);
    r.unit = f.doc.tasks.at(2).lead();
    r.text = utf8("请说明进度");
    r.responseDue = QDate(2023, 10, 12);
    ASSERT_TRUE(StoreCommand::push(history::addRecord(f.store.get(), r), nullptr));
    ASSERT_TRUE(StoreCommand::push(
        loop::sign(f.store.get(), f.id(2), f.doc.tasks.at(2).lead(), QDate(2023, 3, 23)), nullptr));
    SupervisionModel model(f.store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QModelIndex task10;
    for (int g = 0; g < model.rowCount(); ++g)
        for (int t = 0; t < model.rowCount(model.index(g, 0)); ++t)
            if (model.index(t, 0, model.index(g, 0)).data(SupervisionModel::TaskIdRole).toLongLong() ==
                f.id(2))
                task10 = model.index(t, 0, model.index(g, 0));
    ASSERT_TRUE(task10.isValid());
    auto at = [&](SupervisionModel::Column c) {
        return task10.sibling(task10.row(), int(c)).data().toString();
    };
    EXPECT_EQ(at(SupervisionModel::Column::FollowUps), QStringLiteral("1 time(s), last 2023-10-08"));
    EXPECT_EQ(at(SupervisionModel::Column::Response), QStringLiteral("overdue 3 day(s)"));
    EXPECT_EQ(at(SupervisionModel::Column::SignOff), QStringLiteral("1/2 signed"));
    EXPECT_FALSE(at(SupervisionModel::Column::Report).isEmpty());
    // the answer recorded: nothing owed any more
    SupervisionRecord answered = f.store->records(f.id(2)).first();
    SupervisionRecord after = answered;
    after.respondedOn = QDate(2023, 10, 11);
    after.response = utf8("已说明");
    ASSERT_TRUE(StoreCommand::push(history::editRecord(f.store.get(), answered, after), nullptr));
    EXPECT_EQ(at(SupervisionModel::Column::Response), QString());
}

TEST(LoopWindow, LedgerStageColumnNamesEveryStage)
{
    LoopFixture f;
    EXPECT_EQ(f.cell(3, LedgerModel::Column::Stage), QStringLiteral("Closed")); // task 3 is completed
    EXPECT_EQ(f.view->model()->headerData(int(LedgerModel::Column::Stage), Qt::Horizontal).toString(),
              QStringLiteral("Stage"));
    EXPECT_EQ(LedgerModel::columnKey(int(LedgerModel::Column::Stage)), QStringLiteral("stage"));
    EXPECT_EQ(f.cell(0, LedgerModel::Column::OriginalDeadline), QString());
}

TEST(LoopWindow, TheActingUsersNameIsAPreferenceAppliedToTheLedger)
{
    duban::test::TempDir dir;
    {
        QSettings s;
        duban::ui::settings::actorName.set(s, utf8("李四"));
    }
    MainWindow window(Database::open(dir.file(QStringLiteral("name.sqlite")), nullptr));
    EXPECT_EQ(window.database()->actor(), utf8("李四"));
    window.setActorName(utf8(" 王五 "));
    EXPECT_EQ(window.database()->actor(), utf8("王五"));
    EXPECT_EQ(duban::ui::settings::actorName.get(QSettings()), utf8("王五"));
    window.setActorName(QString()); // none: the login name again
    EXPECT_NE(window.database()->actor(), utf8("王五"));
    EXPECT_FALSE(window.database()->actor().isEmpty());
}

TEST(LoopWindow, ABatchThatFailsPartWayChangesNothing)
{
    LoopFixture f;
    f.requestCompletion(0, QDate(2023, 10, 10), utf8("已完成"));
    f.requestCompletion(4, QDate(2023, 10, 14), utf8("已完成"));
    f.selectRows({0, 4});
    f.view->setQuestion([](const QString &, const QString &) { return true; });
    QStringList told;
    LedgerBatchActions *batch = f.view->batch();
    batch->setMessage([&](const QString &, const QString &text) { told.append(text); });
    // approved on 2023-10-12: task 1's request (10-10) could be, task 四（一）'s (10-14) not yet
    batch->setDialogRunner([](QDialog &d) {
        dynamic_cast<BatchValueDialog &>(d).dateField()->setDate(QDate(2023, 10, 12));
        return int(QDialog::Accepted);
    });
    const int steps = f.undo->count();
    batch->approveAction()->trigger();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().startsWith(QStringLiteral("Nothing was changed: ")))
        << told.first().toStdString();
    EXPECT_EQ(f.undo->count(), steps);
    EXPECT_EQ(f.saved(0).status, TaskStatus::Open); // the part already done was taken back
    EXPECT_EQ(f.requests(0).first().state, LoopRequest::State::Pending);
    EXPECT_EQ(f.saved(4).status, TaskStatus::Open);
}
