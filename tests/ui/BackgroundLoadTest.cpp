// A ledger above the background threshold loads in a worker thread: the window stays responsive, progress
// is reported, and the rows and lights that arrive are the same as a synchronous computation gives.
#include "support/TempDir.h"

#include "core/rules/StatusRules.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"
#include "ui/models/LedgerModel.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace duban::core;
using namespace duban::ui;

namespace {

/// A ledger just above the background threshold, in `dir`.
std::unique_ptr<Database> bigLedger(const duban::test::TempDir &dir)
{
    auto db = Database::open(dir.file(QStringLiteral("big.sqlite")), nullptr);
    SyntheticSpec spec;
    spec.tasks = OpenLedger::backgroundThreshold + 2000;
    spec.reports = 5000;
    if (!db || !SyntheticGenerator(*db).generate(spec, nullptr, nullptr))
        return nullptr;
    return db;
}

} // namespace

TEST(BackgroundLoad, BigLedgerLoadsInAWorkerWithProgressAndTheSameLights)
{
    duban::test::TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("big.sqlite")), nullptr);
    SyntheticSpec spec;
    spec.tasks = OpenLedger::backgroundThreshold + 5000;
    spec.reports = 30000;
    ASSERT_TRUE(SyntheticGenerator(*db).generate(spec, nullptr, nullptr));

    OpenLedger store(*db);
    store.setAsOf(QDate(2026, 11, 27));
    LedgerModel model(&store);
    QSignalSpy progress(&store, &OpenLedger::loadProgress);
    QSignalSpy loading(&store, &OpenLedger::loadingChanged);
    store.reload();
    // WHEN the load is running, the event loop still turns (the call returned at once)
    EXPECT_TRUE(store.isLoading());
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store.isLoading(); }, 60000));
    EXPECT_GE(progress.count(), 1);
    ASSERT_EQ(loading.count(), 2);
    EXPECT_EQ(store.index().size(), int(spec.tasks));
    EXPECT_EQ(model.rowCount(), int(spec.tasks));
    // THEN the red tasks are exactly those the overdue query finds
    int red = 0;
    for (int i = 0; i < store.index().size(); ++i)
        red += store.light(i).light == Light::Red;
    const auto overdue = OverdueQuery(*db).run(store.asOf(), store.statusThresholds());
    EXPECT_EQ(red, int(overdue.size()));
    EXPECT_GT(red, 0);
    // and a filter by light works on the loaded index
    TaskFilter f;
    f.light = Light::Red;
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), red);
}

TEST(BackgroundLoad, AnEditMadeWhileTheLedgerReloadsIsNotUndoneByTheLoad)
{
    // GIVEN a big ledger, loaded, then reloading in the background (as after another writer's commit)
    duban::test::TempDir dir;
    auto db = bigLedger(dir);
    ASSERT_TRUE(db);
    OpenLedger store(*db);
    store.reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store.isLoading(); }, 60000));
    const qint64 id = store.index().row(0).id;
    store.reloadInBackground();
    ASSERT_TRUE(store.isLoading());
    // WHEN the user renames a task before the load has finished
    const Task before = *store.task(id);
    Task after = before;
    after.title = QStringLiteral("加载期间改的标题");
    ASSERT_TRUE(store.saveTask(before, after, nullptr));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !store.isLoading(); }, 60000));
    // THEN the loaded index shows the new title, not the snapshot's old one
    EXPECT_EQ(store.index().row(store.index().indexOf(id)).title, QStringLiteral("加载期间改的标题"));
}

TEST(BackgroundLoad, AStoreClosedWhileLoadingStopsItsWorkerAndLeavesNoThreadBehind)
{
    duban::test::TempDir dir;
    auto db = bigLedger(dir);
    ASSERT_TRUE(db);
    {
        OpenLedger store(*db);
        store.reload();
        ASSERT_TRUE(store.isLoading());
    } // closed at once: the destructor stops and joins the worker
    // the worker's queued results find no store, and the database can close
    QCoreApplication::processEvents();
    EXPECT_EQ(QSqlDatabase::connectionNames().filter(QStringLiteral("duban-loader")).size(), 0);
}
