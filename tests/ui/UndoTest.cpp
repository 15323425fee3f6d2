// Every kind of edit goes through the undo stack, is saved at once, and undo/redo restore the database.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/commands/TaskCommands.h"
#include "ui/models/UnitTableModel.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"

using namespace duban::core;
using namespace duban::ui;

namespace {

struct UndoFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("u.sqlite")), nullptr);
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    qint64 firstId = 0;

    UndoFixture()
    {
        PlanDocument doc = duban::test::smallPlan();
        PlanRepository(*db).save(doc, nullptr);
        firstId = doc.tasks.at(0).id;
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->reload();
    }
    // Reads straight from the database, not from the store's cache.
    Task saved(qint64 id) { return *TaskRepository(*db).load(id); }

    void edit(const std::function<void(Task &)> &change)
    {
        const Task before = saved(firstId);
        Task after = before;
        change(after);
        ASSERT_TRUE(StoreCommand::push(new EditTaskCommand(store.get(), before, after, QStringLiteral("e")),
                                       nullptr));
    }

    template <typename Getter, typename Value>
    void expectUndoRedo(Getter get, const Value &before, const Value &after)
    {
        EXPECT_EQ(get(saved(firstId)), after);
        undo->undo();
        EXPECT_EQ(get(saved(firstId)), before);
        undo->redo();
        EXPECT_EQ(get(saved(firstId)), after);
    }
};

} // namespace

TEST(Undo, TitleAndText)
{
    UndoFixture f;
    f.edit([](Task &t) { t.title = QStringLiteral("新的标题"); });
    f.expectUndoRedo([](const Task &t) { return t.title; }, QStringLiteral("激发民间投资活力"),
                     QStringLiteral("新的标题"));
    f.edit([](Task &t) { t.text = QStringLiteral("新的正文"); });
    f.expectUndoRedo([](const Task &t) { return t.text; },
                     QStringLiteral("深化项目建设大会战，年内分批发布合作项目清单。"),
                     QStringLiteral("新的正文"));
    // the store's index follows the database
    EXPECT_EQ(f.store->index().row(f.store->index().indexOf(f.firstId)).title, QStringLiteral("新的标题"));
}

TEST(Undo, LeadUnitCreatesUnknownUnit)
{
    UndoFixture f;
    f.edit([](Task &t) { t.leads = QStringList{QStringLiteral("新区财政金融局")}; });
    f.expectUndoRedo([](const Task &t) { return t.lead(); }, QStringLiteral("新区经济发展局"),
                     QStringLiteral("新区财政金融局"));
}

TEST(Undo, CoUnitsAddRemoveReorder)
{
    UndoFixture f;
    const QStringList original = f.saved(f.firstId).co;
    f.edit([](Task &t) { t.co.append(QStringLiteral("各街道（镇）")); });
    QStringList added = original;
    added.append(QStringLiteral("各街道（镇）"));
    f.expectUndoRedo([](const Task &t) { return t.co; }, original, added);
    f.edit([](Task &t) { t.co.move(2, 0); });
    QStringList moved = added;
    moved.move(2, 0);
    f.expectUndoRedo([](const Task &t) { return t.co; }, added, moved);
    f.edit([](Task &t) { t.co.removeAt(1); });
    QStringList removed = moved;
    removed.removeAt(1);
    f.expectUndoRedo([](const Task &t) { return t.co; }, moved, removed);
}

TEST(Undo, DeadlineMilestonesAndCompletion)
{
    UndoFixture f;
    f.edit([](Task &t) { t.deadline = QDate(2023, 10, 31); });
    f.expectUndoRedo([](const Task &t) { return t.deadline; }, QDate(2023, 12, 31), QDate(2023, 10, 31));
    f.edit([](Task &t) {
        t.milestones.append(Milestone{0, QDate(2023, 6, 30), QStringLiteral("上半年"), false});
    });
    f.expectUndoRedo([](const Task &t) { return t.milestones.size(); }, qsizetype(0), qsizetype(1));
    f.edit([](Task &t) {
        t.status = TaskStatus::Completed;
        t.completedOn = QDate(2023, 8, 1);
    });
    f.expectUndoRedo([](const Task &t) { return t.completedOn; }, QDate(), QDate(2023, 8, 1));
}

TEST(Undo, AddTaskThenUndoRemovesItAndRedoRestoresSameId)
{
    UndoFixture f;
    Task t;
    t.title = QStringLiteral("手工录入的任务");
    t.leads = QStringList{QStringLiteral("新区宣传部")};
    auto *cmd = new AddTaskCommand(f.store.get(), t);
    ASSERT_TRUE(StoreCommand::push(cmd, nullptr));
    const qint64 id = cmd->taskId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(f.store->index().size(), 6);
    f.undo->undo();
    EXPECT_FALSE(TaskRepository(*f.db).load(id));
    EXPECT_EQ(f.store->index().size(), 5);
    f.undo->redo();
    EXPECT_EQ(f.saved(id).title, QStringLiteral("手工录入的任务"));
    EXPECT_EQ(f.saved(id).lead(), QStringLiteral("新区宣传部"));
}

TEST(Undo, DeleteTaskOwnsWhatItRemoves)
{
    UndoFixture f;
    const qint64 id = f.store->index().row(1).id; // task 2 with a milestone
    const Task before = f.saved(id);
    ASSERT_EQ(before.milestones.size(), 1);
    ASSERT_TRUE(StoreCommand::push(new DeleteTaskCommand(f.store.get(), before), nullptr));
    EXPECT_FALSE(TaskRepository(*f.db).load(id));
    f.undo->undo();
    const Task back = f.saved(id);
    EXPECT_EQ(back.title, before.title);
    EXPECT_EQ(back.co, before.co);
    ASSERT_EQ(back.milestones.size(), 1);
    EXPECT_EQ(back.milestones.at(0).date, QDate(2023, 3, 31));
    EXPECT_EQ(back.sectionId, before.sectionId);
    f.undo->redo();
    EXPECT_FALSE(TaskRepository(*f.db).load(id));
}

TEST(Undo, RenameUnitAndAliasesThroughTheDirectoryModel)
{
    UndoFixture f;
    UnitTableModel model(f.store.get(), f.undo);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data().toString() == QStringLiteral("新区经济发展局"))
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, int(UnitTableModel::Column::Leads)).data().toInt(), 3);
    EXPECT_EQ(model.index(row, int(UnitTableModel::Column::CoHandles)).data().toInt(), 2);
    ASSERT_TRUE(model.setData(model.index(row, 0), QStringLiteral("新区经济发展局（统计局）")));
    EXPECT_EQ(f.saved(f.firstId).lead(), QStringLiteral("新区经济发展局（统计局）"));
    f.undo->undo();
    EXPECT_EQ(f.saved(f.firstId).lead(), QStringLiteral("新区经济发展局"));
    f.undo->redo();
    EXPECT_EQ(f.saved(f.firstId).lead(), QStringLiteral("新区经济发展局（统计局）"));

    const qint64 unitId = UnitRepository(*f.db).find(QStringLiteral("新区经济发展局（统计局）"))->id;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(UnitTableModel::UnitIdRole).toLongLong() == unitId)
            row = r;
    ASSERT_TRUE(model.setData(model.index(row, int(UnitTableModel::Column::Aliases)),
                              QStringLiteral("经发局、 统计局,经发局")));
    EXPECT_EQ(UnitRepository(*f.db).byId(unitId)->aliases, duban::test::strings({"经发局", "统计局"}));
    f.undo->undo();
    EXPECT_TRUE(UnitRepository(*f.db).byId(unitId)->aliases.isEmpty());
    // renaming onto an existing unit is refused and leaves the stack alone
    const int before = f.undo->count();
    EXPECT_FALSE(model.setData(model.index(row, 0), QStringLiteral("园区")));
    EXPECT_EQ(f.undo->count(), before);
}
