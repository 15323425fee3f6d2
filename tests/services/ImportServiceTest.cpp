// ImportService: decompose with the unit directory, find the saved plan and its diff, save new, update
// by the one field list, put an update back (undo), and never take history with an undone import.
#include "ServiceTestSupport.h"

#include "core/services/ImportService.h"
#include "core/services/ProgressService.h"
#include "core/storage/TaskRepository.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace duban::core;

namespace {

QByteArray seed()
{
    QFile f(QStringLiteral(DUBAN_SEED_DIR "/xiangjiang-2023-ten-actions.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ImportService, DecomposeSaveAndFindTheSavedPlan)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("i.sqlite")), nullptr);
    ImportService noLedger(nullptr);
    const ImportOutcome outcome = noLedger.decompose(seed());
    ASSERT_TRUE(outcome.ok());
    EXPECT_FALSE(noLedger.savedPlan(*outcome.document)); // no ledger: nothing saved

    ImportService imports(db.get());
    PlanDocument doc = *outcome.document;
    EXPECT_FALSE(imports.savedPlan(doc));
    StorageError error;
    const qint64 planId = imports.saveNew(doc, outcome.units, &error);
    ASSERT_GT(planId, 0) << error.message.toStdString();
    const auto saved = imports.savedPlan(*outcome.document);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->planId, planId);
    EXPECT_TRUE(saved->diff.isEmpty());
    EXPECT_EQ(saved->saved.tasks.size(), outcome.document->tasks.size());
}

TEST(ImportService, UpdateTakesTheFieldListAndKeepsHistoryAndPuttingItBackRestores)
{
    duban::test::SmallLedger f;
    ImportService imports(f.db.get());
    const auto before = imports.savedPlan(f.doc);
    ASSERT_TRUE(before);
    const Task first = before->saved.tasks.at(0);
    const Task second = before->saved.tasks.at(1);
    const Task third = before->saved.tasks.at(2);
    // The second task has a progress report: it is kept when the document drops it.
    ProgressReport r{0, second.id, QDate(2023, 5, 31), {}, QStringLiteral("进展"), 30, {}, {}};
    ASSERT_GT(ProgressService(*f.db).addReport(r, nullptr), 0);

    PlanDocument incoming = f.doc;
    for (Task &t : incoming.tasks)
        t.id = 0;
    incoming.tasks[0].title = QStringLiteral("改过的标题");
    incoming.tasks[0].reporting = ReportingCycle::TenDays;
    incoming.tasks.removeAt(2); // third: no history, removed
    incoming.tasks.removeAt(1); // second: history, kept
    Task added = f.doc.tasks.at(0);
    added.id = 0;
    added.code = QStringLiteral("99");
    added.title = QStringLiteral("新增任务");
    incoming.tasks.append(added);

    const PlanDiff diff = PlanDiff::compute(before->saved, incoming);
    ASSERT_EQ(diff.changed.size(), 1);
    EXPECT_EQ(diff.changed.first().fields,
              (QStringList{QStringLiteral("title"), QStringLiteral("reporting")}));
    EXPECT_EQ(diff.added, QStringList{QStringLiteral("99")});

    StorageError error;
    QStringList kept;
    ASSERT_TRUE(imports.update(before->planId, incoming, {}, &kept, &error)) << error.message.toStdString();
    EXPECT_EQ(kept, QStringList{second.code});
    TaskRepository tasks(*f.db);
    EXPECT_EQ(tasks.load(first.id)->title, QStringLiteral("改过的标题"));
    EXPECT_EQ(tasks.load(first.id)->reporting, ReportingCycle::TenDays);
    EXPECT_TRUE(tasks.load(second.id));
    EXPECT_FALSE(tasks.load(third.id));

    // Putting the saved plan back (what undo does) restores every task, the removed one with its id.
    PlanDocument saved = before->saved;
    ASSERT_TRUE(imports.update(before->planId, saved, {}, nullptr, &error)) << error.message.toStdString();
    EXPECT_EQ(tasks.load(first.id)->title, first.title);
    EXPECT_EQ(tasks.load(first.id)->reporting, first.reporting);
    ASSERT_TRUE(tasks.load(third.id));
    EXPECT_EQ(tasks.load(third.id)->title, third.title);
    EXPECT_EQ(tasks.loadAll(before->planId).size(), f.doc.tasks.size()); // the added task went again
    EXPECT_TRUE(imports.savedPlan(f.doc)->diff.isEmpty());
}

TEST(ImportService, RemovingAnImportNeverTakesHistoryWithIt)
{
    duban::test::SmallLedger f;
    ImportService imports(f.db.get());
    const qint64 planId = f.doc.plan.id;
    ProgressReport r{0, f.doc.tasks.at(0).id, QDate(2023, 5, 31), {}, QStringLiteral("进展"), 30, {}, {}};
    ASSERT_GT(ProgressService(*f.db).addReport(r, nullptr), 0);
    StorageError error;
    EXPECT_FALSE(imports.remove(planId, true, &error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_TRUE(imports.savedPlan(f.doc));
    ASSERT_TRUE(ProgressService(*f.db).removeReport(r, &error));
    ASSERT_TRUE(imports.remove(planId, true, &error));
    EXPECT_FALSE(imports.savedPlan(f.doc));
}
