// Real widgets under the offscreen platform: editing through the ledger's detail pane reaches the database.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/models/LedgerModel.h"
#include "ui/views/LedgerView.h"
#include "ui/views/TaskDetailPane.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace duban::core;
using namespace duban::ui;

namespace {

// Types Chinese text the way an input method commits it (QTest::keyClicks cannot send CJK).
void commitText(QWidget *w, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(w, &e);
}

struct ViewFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("w.sqlite")), nullptr);
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    std::unique_ptr<LedgerView> view;

    ViewFixture()
    {
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->reload();
        view = std::make_unique<LedgerView>(store.get(), undo);
        view->resize(1200, 700);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }
    Task saved(qint64 id) { return *TaskRepository(*db).load(id); }
};

} // namespace

TEST(DetailPane, ChangingTheLeadUnitInThePaneSavesIt)
{
    // GIVEN the ledger with task 1 selected
    ViewFixture f;
    const qint64 id = f.store->index().row(0).id;
    f.view->selectTask(id);
    TaskDetailPane *pane = f.view->detail();
    ASSERT_EQ(pane->taskId(), id);
    EXPECT_EQ(pane->leadEditor()->currentText(), QStringLiteral("新区经济发展局"));
    // WHEN the user replaces the lead unit by typing and pressing Enter
    QLineEdit *edit = pane->leadEditor()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    commitText(edit, QStringLiteral("新区财政金融局"));
    QTest::keyClick(edit, Qt::Key_Return);
    // THEN the database has the new lead, the table shows it, and it is one undo step
    EXPECT_EQ(f.saved(id).lead(), QStringLiteral("新区财政金融局"));
    const int row = f.view->model()->rowOf(id);
    EXPECT_EQ(f.view->model()->index(row, int(LedgerModel::Column::Lead)).data().toString(),
              QStringLiteral("新区财政金融局"));
    EXPECT_EQ(f.undo->count(), 1);
    f.undo->undo();
    EXPECT_EQ(f.saved(id).lead(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(pane->leadEditor()->currentText(), QStringLiteral("新区经济发展局"));
}

TEST(DetailPane, AddingAndReorderingCoUnitsThroughButtons)
{
    ViewFixture f;
    const qint64 id = f.store->index().row(0).id;
    f.view->selectTask(id);
    TaskDetailPane *pane = f.view->detail();
    pane->coUnitInput()->setFocus();
    commitText(pane->coUnitInput(), QStringLiteral("各街道（镇）"));
    QTest::keyClick(pane->coUnitInput(), Qt::Key_Return);
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区开发建设局（交通运输局）", "园区", "各街道（镇）"}));
    pane->coUnitList()->setCurrentRow(2);
    pane->moveCoUnit(-1);
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区开发建设局（交通运输局）", "各街道（镇）", "园区"}));
    EXPECT_EQ(pane->coUnitList()->currentRow(), 1);
    pane->removeCoUnit();
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区开发建设局（交通运输局）", "园区"}));
    EXPECT_EQ(f.undo->count(), 3);
}

TEST(DetailPane, ATickedUnitLeadsTooAndTheLedgerShowsEveryLead)
{
    // GIVEN task 1 (lead 新区经济发展局; co 新区开发建设局（交通运输局）, 园区) selected
    ViewFixture f;
    const qint64 id = f.store->index().row(0).id;
    f.view->selectTask(id);
    TaskDetailPane *pane = f.view->detail();
    QListWidget *units = pane->coUnitList();
    ASSERT_EQ(units->count(), 2);
    EXPECT_EQ(units->item(0)->checkState(), Qt::Unchecked);
    // WHEN the user ticks the second unit: it leads too
    units->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(f.saved(id).leads, duban::test::strings({"新区经济发展局", "园区"}));
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区开发建设局（交通运输局）"}));
    // THEN the list shows the other lead first and ticked, the ledger names both leads
    ASSERT_EQ(units->count(), 2);
    EXPECT_EQ(units->item(0)->text(), QStringLiteral("园区"));
    EXPECT_EQ(units->item(0)->checkState(), Qt::Checked);
    const int row = f.view->model()->rowOf(id);
    EXPECT_EQ(f.view->model()->index(row, int(LedgerModel::Column::Lead)).data().toString(),
              QStringLiteral("新区经济发展局、园区"));
    // AND choosing the second lead as first lead swaps the two, each staying a lead
    QLineEdit *edit = pane->leadEditor()->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    commitText(edit, QStringLiteral("园区"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(f.saved(id).leads, duban::test::strings({"园区", "新区经济发展局"}));
    // AND unticking makes it a co-unit again, where the list shows it; undo walks back every step
    units->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(f.saved(id).leads, duban::test::strings({"园区"}));
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区经济发展局", "新区开发建设局（交通运输局）"}));
    EXPECT_EQ(f.undo->count(), 3);
    f.undo->undo();
    f.undo->undo();
    f.undo->undo();
    EXPECT_EQ(f.saved(id).leads, duban::test::strings({"新区经济发展局"}));
    EXPECT_EQ(f.saved(id).co, duban::test::strings({"新区开发建设局（交通运输局）", "园区"}));
}

TEST(DetailPane, FilterBoxNarrowsTheTable)
{
    ViewFixture f;
    QTest::keyClicks(f.view->searchBox(), QStringLiteral("smart"));
    EXPECT_EQ(f.view->model()->rowCount(), 1);
    EXPECT_EQ(f.view->model()->index(0, 0).data().toString(), QStringLiteral("10"));
    f.view->searchBox()->clear();
    EXPECT_EQ(f.view->model()->rowCount(), 5);
}

TEST(DetailPane, NewAndDeleteTaskFromTheView)
{
    ViewFixture f;
    f.view->newTask();
    EXPECT_EQ(f.store->index().size(), 6);
    const qint64 id = f.view->currentTaskId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(f.view->detail()->taskId(), id);
    EXPECT_EQ(f.saved(id).title, QStringLiteral("New task"));
    f.view->setQuestion([](const QString &, const QString &) { return true; });
    f.view->deleteCurrentTask();
    EXPECT_EQ(f.store->index().size(), 5);
    f.undo->undo();
    EXPECT_EQ(f.store->index().size(), 6);
}
