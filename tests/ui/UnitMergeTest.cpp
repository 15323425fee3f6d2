// The unit directory merges two units (every reference moves, the old name becomes an alias, one undo step)
// and deletes an unused one, so the importer's close-name warnings can be resolved.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/dialogs/UnitDirectoryDialog.h"
#include "ui/models/UnitTableModel.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QAbstractItemModel>
#include <QTableView>

using namespace duban::core;
using namespace duban::ui;

namespace {

struct Directory
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("u.sqlite")), nullptr);
    std::unique_ptr<OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    PlanDocument doc = duban::test::smallPlan();
    std::unique_ptr<UnitDirectoryDialog> dialog;
    QStringList offered;

    Directory()
    {
        PlanRepository(*db).save(doc, nullptr);
        // A typo made a second unit: task 1 names 新区财政局, and a report was signed by it.
        Task t = *TaskRepository(*db).load(doc.tasks.at(0).id);
        t.co.append(QStringLiteral("新区财政局"));
        TaskRepository(*db).update(t, nullptr);
        ProgressReport r{
            0, t.id, QDate(2023, 5, 1), QStringLiteral("新区财政局"), QStringLiteral("进展"), 20, {}, {}};
        ProgressRepository(*db).insertReport(r, nullptr);
        store = std::make_unique<OpenLedger>(*db);
        undo = store->undoStack();
        store->reload();
        dialog = std::make_unique<UnitDirectoryDialog>(store.get(), undo);
        dialog->setQuestion([](const QString &, const QString &) { return true; });
        dialog->setTargetChooser([this](const QString &, const QStringList &choices) {
            offered = choices;
            return QStringLiteral("新区财政金融局");
        });
    }
    void select(const QString &name)
    {
        QAbstractItemModel *m = dialog->table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, int(UnitTableModel::Column::Name)).data().toString() == name) {
                dialog->table()->setCurrentIndex(m->index(row, 0));
                return;
            }
        }
        ADD_FAILURE() << "no unit " << name.toStdString();
    }
    Task task(int i) const { return *TaskRepository(*db).load(doc.tasks.at(i).id); }
};

} // namespace

TEST(UnitDirectory, MergingMovesEveryReferenceAndUndoPutsItBack)
{
    Directory f;
    const Task before = f.task(0);
    const auto typo = UnitRepository(*f.db).find(QStringLiteral("新区财政局"));
    ASSERT_TRUE(typo);
    // WHEN 新区财政局 is merged into the unit it was meant to be
    f.select(QStringLiteral("新区财政局"));
    f.dialog->mergeSelected();
    // THEN the closest name was offered first, and the task, the report and the directory follow
    ASSERT_FALSE(f.offered.isEmpty());
    EXPECT_EQ(f.offered.first(), QStringLiteral("新区财政金融局"));
    EXPECT_EQ(f.task(0).co.last(), QStringLiteral("新区财政金融局"));
    EXPECT_EQ(ProgressRepository(*f.db).reports(before.id).first().unit, QStringLiteral("新区财政金融局"));
    UnitRepository units(*f.db);
    EXPECT_FALSE(units.byId(typo->id));
    const auto found = units.find(QStringLiteral("新区财政局"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, QStringLiteral("新区财政金融局")); // the old name is an alias now
    EXPECT_EQ(f.undo->count(), 1);
    // WHEN undone, everything is as it was
    f.undo->undo();
    EXPECT_EQ(f.task(0).co, before.co);
    EXPECT_EQ(f.task(0).lead(), before.lead());
    EXPECT_EQ(ProgressRepository(*f.db).reports(before.id).first().unit, QStringLiteral("新区财政局"));
    const auto back = units.byId(typo->id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, QStringLiteral("新区财政局"));
    EXPECT_EQ(units.find(QStringLiteral("新区财政金融局"))->aliases, QStringList());
}

TEST(UnitDirectory, MergingALeadIntoACoUnitOfTheSameTaskKeepsOneLead)
{
    Directory f;
    // task 3: lead 新区财政金融局, co 新区经济发展局 → merge the lead into the co-unit
    const Task before = f.task(3);
    ASSERT_EQ(before.lead(), QStringLiteral("新区财政金融局"));
    f.dialog->setTargetChooser(
        [](const QString &, const QStringList &) { return QStringLiteral("新区经济发展局"); });
    f.select(QStringLiteral("新区财政金融局"));
    f.dialog->mergeSelected();
    const Task after = f.task(3);
    EXPECT_EQ(after.lead(), QStringLiteral("新区经济发展局"));
    EXPECT_TRUE(after.co.isEmpty());
    f.undo->undo();
    EXPECT_EQ(f.task(3).lead(), before.lead());
    EXPECT_EQ(f.task(3).co, before.co);
}

TEST(UnitDirectory, OnlyAnUnusedUnitCanBeDeletedAndUndoRestoresIt)
{
    Directory f;
    StorageError error;
    UnitRepository units(*f.db);
    Unit lonely;
    lonely.name = QStringLiteral("孤立单位");
    lonely.aliases = {QStringLiteral("孤单位")};
    const qint64 id = units.insert(lonely, &error);
    ASSERT_GT(id, 0);
    f.store->reload();
    // a unit a task names is refused
    EXPECT_FALSE(units.removeUnused(units.find(QStringLiteral("园区"))->id, &error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    // the unused one goes, and comes back with its alias
    f.select(QStringLiteral("孤立单位"));
    f.dialog->deleteSelected();
    EXPECT_FALSE(units.byId(id));
    f.undo->undo();
    ASSERT_TRUE(units.byId(id));
    EXPECT_EQ(units.byId(id)->aliases, QStringList{QStringLiteral("孤单位")});
}

TEST(UnitDirectory, UndoOfAMergeAfterAnotherWriterChangedATaskIsRefused)
{
    Directory f;
    f.select(QStringLiteral("新区财政局"));
    f.dialog->mergeSelected();
    ASSERT_EQ(f.task(0).co.last(), QStringLiteral("新区财政金融局"));
    // another process edits task 1's units after the merge
    {
        auto other = Database::open(f.db->path(), nullptr);
        Task t = *TaskRepository(*other).load(f.doc.tasks.at(0).id);
        t.co.removeFirst();
        ASSERT_TRUE(TaskRepository(*other).update(t, nullptr));
    }
    const Task changed = f.task(0);
    QString failure;
    QObject::connect(f.store.get(), &OpenLedger::storageFailed,
                     [&failure](const QString &m) { failure = m; });
    f.undo->undo();
    EXPECT_FALSE(failure.isEmpty());
    EXPECT_EQ(f.task(0).co, changed.co); // their edit stays
    EXPECT_FALSE(UnitRepository(*f.db).find(QStringLiteral("新区财政局"))->name ==
                 QStringLiteral("新区财政局")); // still merged
}
