// The window writes only what the user meant: the wheel never edits, a lead change keeps every unit, a new
// unit is confirmed, a delete says what goes with it, and another writer's change is shown, never
// overwritten.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/views/LedgerView.h"
#include "ui/views/TaskDetailPane.h"

#include <gtest/gtest.h>

#include <functional>

#include "core/services/UndoStack.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct Window
{
    duban::test::TempDir dir;
    QString path = dir.file(QStringLiteral("w.sqlite"));
    std::unique_ptr<Database> db = Database::open(path, nullptr);
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    std::unique_ptr<LedgerView> view;
    QStringList asked; ///< every question the window asked
    bool answer = true;

    Window()
    {
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->reload();
        view = std::make_unique<LedgerView>(store.get(), undo);
        view->setQuestion([this](const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        view->resize(1200, 520);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }
    qint64 idOf(const QString &code) const
    {
        for (int i = 0; i < store->index().size(); ++i)
            if (store->index().row(i).code == code)
                return store->index().row(i).id;
        return 0;
    }
    Task saved(qint64 id) const { return *TaskRepository(*db).load(id); }
    /// Another process changes task `id` (its own connection to the file).
    void changeElsewhere(qint64 id, const std::function<void(Task &)> &edit) const
    {
        auto other = Database::open(path, nullptr);
        Task t = *TaskRepository(*other).load(id);
        edit(t);
        EXPECT_TRUE(TaskRepository(*other).update(t, nullptr));
    }
    TaskDetailPane *pane() const { return view->detail(); }
};

void wheel(QWidget *w, int notches)
{
    const QPoint centre = w->rect().center();
    for (int i = 0; i < std::abs(notches); ++i) {
        QWheelEvent e(centre, w->mapToGlobal(centre), QPoint(), QPoint(0, notches > 0 ? 120 : -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &e);
    }
}

} // namespace

TEST(WindowDataSafety, TheWheelOverEditorsScrollsAndNeverChangesTheTask)
{
    // GIVEN task 2 (two co-units, a milestone) in the pane, the focus in the ledger table
    Window f;
    const qint64 id = f.idOf(QStringLiteral("2"));
    f.view->selectTask(id);
    const Task before = f.saved(id);
    ASSERT_EQ(before.milestones.size(), 1);
    f.view->searchBox()->setFocus();
    // WHEN the user scrolls with the pointer over every editor of the pane, both ways, many notches
    QList<QWidget *> editors{f.pane()->leadEditor(), f.pane()->deadlineEditor()};
    for (QComboBox *c : f.pane()->findChildren<QComboBox *>())
        editors.append(c);
    for (QDateEdit *d : f.pane()->findChildren<QDateEdit *>())
        editors.append(d);
    ASSERT_GE(editors.size(), 5);
    for (QWidget *w : std::as_const(editors)) {
        ASSERT_FALSE(w->hasFocus());
        wheel(w, 6);
        wheel(w, -9);
    }
    // THEN nothing was saved: the task is as it was and there is nothing to undo
    EXPECT_EQ(f.saved(id), before);
    EXPECT_EQ(f.undo->count(), 0);
    EXPECT_EQ(f.pane()->leadEditor()->currentText(), before.lead());
}

TEST(WindowDataSafety, ACoUnitMadeLeadSwapsPlacesWithTheOldLeadAndUndoRestoresBoth)
{
    Window f;
    const qint64 id = f.idOf(QStringLiteral("1"));
    f.view->selectTask(id);
    // WHEN the lead becomes 园区, the second co-unit
    QComboBox *lead = f.pane()->leadEditor();
    const int index = lead->findText(QStringLiteral("园区"));
    ASSERT_GE(index, 0);
    lead->setCurrentIndex(index);
    emit lead->activated(index);
    // THEN the old lead takes 园区's place among the co-units; no unit is lost
    const Task after = f.saved(id);
    EXPECT_EQ(after.lead(), QStringLiteral("园区"));
    EXPECT_EQ(after.co, duban::test::strings({"新区开发建设局（交通运输局）", "新区经济发展局"}));
    EXPECT_TRUE(f.asked.isEmpty()); // a known unit needs no question
    f.undo->undo();
    const Task undone = f.saved(id);
    EXPECT_EQ(undone.lead(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(undone.co, duban::test::strings({"新区开发建设局（交通运输局）", "园区"}));
}

TEST(WindowDataSafety, ATypedUnitNotInTheDirectoryIsConfirmedWithTheClosestNames)
{
    Window f;
    const qint64 id = f.idOf(QStringLiteral("1"));
    f.view->selectTask(id);
    const int unitsBefore = int(UnitRepository(*f.db).all().size());
    QLineEdit *edit = f.pane()->leadEditor()->lineEdit();
    // WHEN a typo is typed as the lead and the user says no
    f.answer = false;
    edit->setFocus();
    edit->setText(QStringLiteral("新区经济发展处"));
    emit edit->editingFinished();
    // THEN the question named the close existing unit, and nothing was created or saved
    ASSERT_EQ(f.asked.size(), 1);
    EXPECT_TRUE(f.asked.first().contains(QStringLiteral("新区经济发展局"))) << f.asked.first().toStdString();
    EXPECT_EQ(f.saved(id).lead(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(int(UnitRepository(*f.db).all().size()), unitsBefore);
    EXPECT_EQ(f.undo->count(), 0);
    // WHEN the user says yes, the unit is created, and undo removes the edit
    f.answer = true;
    edit->setText(QStringLiteral("新区审计局"));
    emit edit->editingFinished();
    EXPECT_EQ(f.saved(id).lead(), QStringLiteral("新区审计局"));
    EXPECT_EQ(f.undo->count(), 1);
}

TEST(WindowDataSafety, DeletingATaskAsksAndSaysWhatGoesWithIt)
{
    Window f;
    const qint64 id = f.idOf(QStringLiteral("3"));
    ProgressReport r{0, id, QDate(2023, 5, 1), {}, QStringLiteral("进展"), 30, {}, {}};
    f.store->addReport(r, nullptr);
    ProgressReport r2{0, id, QDate(2023, 6, 1), {}, QStringLiteral("进展二"), 50, {}, {}};
    f.store->addReport(r2, nullptr);
    f.view->selectTask(id);
    // WHEN Delete is chosen and the user says no
    f.answer = false;
    f.view->deleteCurrentTask();
    ASSERT_EQ(f.asked.size(), 1);
    EXPECT_TRUE(f.asked.first().contains(QStringLiteral("2"))) << f.asked.first().toStdString();
    EXPECT_TRUE(TaskRepository(*f.db).load(id).has_value());
    // WHEN the user says yes, it goes, with its reports, and undo brings them back
    f.answer = true;
    f.view->deleteCurrentTask();
    EXPECT_FALSE(TaskRepository(*f.db).load(id).has_value());
    f.undo->undo();
    EXPECT_EQ(ProgressRepository(*f.db).reports(id).size(), 2);
}

TEST(WindowDataSafety, AnotherWritersChangeIsShownAndTheEditCanBeAppliedAgain)
{
    // GIVEN task 1 open in the pane, then renamed by another process
    Window f;
    const qint64 id = f.idOf(QStringLiteral("1"));
    f.view->selectTask(id);
    f.changeElsewhere(id, [](Task &t) { t.title = QStringLiteral("别处改过的标题"); });
    // WHEN the user ticks 办结 before the window noticed, and agrees to apply it again
    auto *completed = f.pane()->findChild<QCheckBox *>();
    ASSERT_TRUE(completed);
    completed->setChecked(true);
    // THEN the question said what the other writer changed; both changes are saved, nothing overwritten
    ASSERT_EQ(f.asked.size(), 1);
    EXPECT_TRUE(f.asked.first().contains(QStringLiteral("别处改过的标题"))) << f.asked.first().toStdString();
    const Task now = f.saved(id);
    EXPECT_EQ(now.title, QStringLiteral("别处改过的标题"));
    EXPECT_EQ(now.status, TaskStatus::Completed);
    EXPECT_EQ(f.undo->count(), 1);
}

TEST(WindowDataSafety, ARefusedReapplyKeepsTheOtherWritersVersion)
{
    Window f;
    const qint64 id = f.idOf(QStringLiteral("1"));
    f.view->selectTask(id);
    f.changeElsewhere(id, [](Task &t) { t.text = QStringLiteral("别处改过的正文"); });
    f.answer = false;
    f.pane()->titleEditor()->setText(QStringLiteral("窗口里的新标题"));
    emit f.pane()->titleEditor()->editingFinished();
    ASSERT_EQ(f.asked.size(), 1);
    const Task now = f.saved(id);
    EXPECT_EQ(now.text, QStringLiteral("别处改过的正文"));
    EXPECT_EQ(now.title, QStringLiteral("激发民间投资活力"));
    EXPECT_EQ(f.pane()->titleEditor()->text(),
              QStringLiteral("激发民间投资活力")); // the pane shows the saved state
}

TEST(WindowDataSafety, TheWindowNoticesOutsideChangesAndDeletions)
{
    Window f;
    const qint64 renamed = f.idOf(QStringLiteral("1"));
    const qint64 deleted = f.idOf(QStringLiteral("2"));
    f.view->selectTask(deleted);
    EXPECT_FALSE(f.store->checkOutsideChanges()); // nothing happened yet
    {
        auto other = Database::open(f.path, nullptr);
        Task t = *TaskRepository(*other).load(renamed);
        t.title = QStringLiteral("命令行改的标题");
        ASSERT_TRUE(TaskRepository(*other).update(t, nullptr));
        ASSERT_TRUE(TaskRepository(*other).remove(deleted, nullptr));
    }
    EXPECT_TRUE(f.store->checkOutsideChanges());
    EXPECT_EQ(f.store->index().size(), 4);
    EXPECT_EQ(f.store->index().row(f.store->index().indexOf(renamed)).title,
              QStringLiteral("命令行改的标题"));
    EXPECT_EQ(f.store->index().indexOf(deleted), -1);
    EXPECT_EQ(f.pane()->taskId(), 0); // the deleted task is no longer shown
    EXPECT_FALSE(f.store->checkOutsideChanges());
}

TEST(WindowDataSafety, UndoOfTheWindowsOwnEditsIsNoConflict)
{
    // Several commands hold copies of the same row: the window's own writes never count against it.
    Window f;
    const qint64 id = f.idOf(QStringLiteral("4"));
    ASSERT_EQ(id, 0); // there is no task 4 in the small plan
    const qint64 t1 = f.idOf(QStringLiteral("1"));
    f.view->selectTask(t1);
    f.pane()->titleEditor()->setText(QStringLiteral("一"));
    emit f.pane()->titleEditor()->editingFinished();
    f.pane()->titleEditor()->setText(QStringLiteral("二"));
    emit f.pane()->titleEditor()->editingFinished();
    f.view->deleteCurrentTask();
    f.undo->undo(); // the task back
    f.undo->undo(); // title 一
    f.undo->undo(); // the original title
    EXPECT_EQ(f.saved(t1).title, QStringLiteral("激发民间投资活力"));
    f.undo->redo();
    f.undo->redo();
    EXPECT_EQ(f.saved(t1).title, QStringLiteral("二"));
    EXPECT_TRUE(f.asked.size() == 1); // only the delete asked
}

TEST(WindowDataSafety, UndoOfAnEditOverAnotherWritersChangeIsRefusedEvenAfterLaterOwnEdits)
{
    // GIVEN the window renamed task 1, then another process renamed it again, and the window noticed
    Window f;
    const qint64 id = f.idOf(QStringLiteral("1"));
    f.view->selectTask(id);
    f.pane()->titleEditor()->setText(QStringLiteral("窗口改的标题"));
    emit f.pane()->titleEditor()->editingFinished();
    f.changeElsewhere(id, [](Task &t) { t.title = QStringLiteral("另一进程改的标题"); });
    ASSERT_TRUE(f.store->checkOutsideChanges());
    // WHEN the window edits the deadline, undoes that, and then undoes its title edit
    f.pane()->deadlineEditor()->setDate(QDate(2023, 10, 31));
    emit f.pane()->deadlineEditor()->editingFinished();
    ASSERT_EQ(f.saved(id).deadline, QDate(2023, 10, 31));
    f.undo->undo();
    EXPECT_EQ(f.saved(id).deadline, QDate(2023, 12, 31));
    QString failure;
    QObject::connect(f.store.get(), &OpenLedger::storageFailed,
                     [&failure](const QString &m) { failure = m; });
    f.undo->undo();
    // THEN the other process's title stays: the old undo is refused, with the reason
    EXPECT_EQ(f.saved(id).title, QStringLiteral("另一进程改的标题"));
    EXPECT_FALSE(failure.isEmpty());
}

TEST(WindowDataSafety, RedoOfAnAddedTaskAfterItsEditsAreUndoneIsNoConflict)
{
    Window f;
    f.view->newTask();
    const qint64 id = f.view->currentTaskId();
    ASSERT_GT(id, 0);
    f.pane()->titleEditor()->setText(QStringLiteral("新任务标题"));
    emit f.pane()->titleEditor()->editingFinished();
    f.undo->undo(); // the title
    f.undo->undo(); // the task
    EXPECT_FALSE(TaskRepository(*f.db).load(id).has_value());
    QString failure;
    QObject::connect(f.store.get(), &OpenLedger::storageFailed,
                     [&failure](const QString &m) { failure = m; });
    f.undo->redo(); // the task back
    f.undo->redo(); // the title again
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    EXPECT_EQ(f.saved(id).title, QStringLiteral("新任务标题"));
}
