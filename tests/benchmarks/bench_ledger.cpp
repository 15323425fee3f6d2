// Ledger at scale: open + first paint, a filter keystroke to the repainted view, sorting, all status lights,
// the overdue query, and generating workloads. Arguments are task counts (100,000 and 1,000,000).
#include "Workloads.h"

#include "core/rules/StatusRules.h"
#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/OverdueQuery.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StatusLoader.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRowLoader.h"
#include "ui/models/LedgerModel.h"
#include "ui/views/LedgerView.h"

#include <benchmark/benchmark.h>

#include "core/services/UndoStack.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <map>
#include <memory>

using namespace duban;

namespace {

const QDate kAsOf(2026, 11, 27);

qint64 reportsFor(qint64 tasks)
{
    return tasks <= 100000 ? tasks * 10 : tasks; // 100k tasks with 1M reports; 1M tasks with 1M reports
}

// One open ledger window per size, kept across benchmarks.
struct LoadedLedger
{
    std::unique_ptr<core::Database> db;
    std::unique_ptr<core::OpenLedger> store;
    duban::core::UndoStack *undo = nullptr; // the ledger's
    std::unique_ptr<ui::LedgerView> view;
};

std::map<qint64, std::unique_ptr<LoadedLedger>> &cache()
{
    static std::map<qint64, std::unique_ptr<LoadedLedger>> ledgers;
    return ledgers;
}

LoadedLedger &ledger(qint64 tasks)
{
    auto &slot = cache()[tasks];
    if (!slot) {
        slot = std::make_unique<LoadedLedger>();
        slot->db = core::Database::open(bench::workload(tasks, reportsFor(tasks)), nullptr);
        slot->store = std::make_unique<core::OpenLedger>(*slot->db);
        slot->undo = slot->store->undoStack();
        slot->store->setAsOf(kAsOf);
        slot->store->reload();
        if (!QTest::qWaitFor([&] { return !slot->store->isLoading(); }, 600000))
            std::fprintf(stderr, "loading %lld tasks timed out\n", static_cast<long long>(tasks));
        slot->view = std::make_unique<ui::LedgerView>(slot->store.get(), slot->undo);
        slot->view->resize(1400, 900);
        slot->view->show();
        QApplication::processEvents();
    }
    return *slot;
}

void repaint(ui::LedgerView &view)
{
    view.table()->viewport()->repaint();
}

void BM_OpenAndFirstPaint(benchmark::State &state)
{
    const QString path = bench::workload(state.range(0), reportsFor(state.range(0)));
    for (auto _ : state) {
        auto db = core::Database::open(path, nullptr);
        core::OpenLedger store(*db);
        store.setAsOf(kAsOf);
        duban::core::UndoStack *undo = store.undoStack();
        ui::LedgerView view(&store, undo);
        view.resize(1400, 900);
        view.show();
        store.reload(); // big ledgers: rows, lights and sort orders arrive from a worker thread
        if (!QTest::qWaitFor([&] { return !store.isLoading(); }, 600000))
            state.SkipWithError("loading timed out");
        repaint(view);
        state.counters["rows"] = double(view.model()->rowCount());
        benchmark::DoNotOptimize(store.index().size());
    }
}
BENCHMARK(BM_OpenAndFirstPaint)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_FilterKeystrokeToRepaint(benchmark::State &state)
{
    LoadedLedger &l = ledger(state.range(0));
    const QStringList typed = {QStringLiteral("推"),       QStringLiteral("推进"),   QStringLiteral("推进重"),
                               QStringLiteral("推进重点"), QStringLiteral("推进重"), QStringLiteral("推进"),
                               QStringLiteral("招商"),     QStringLiteral("")};
    qsizetype i = 0;
    for (auto _ : state) {
        l.view->searchBox()->setText(typed.at(i++ % typed.size()));
        repaint(*l.view);
    }
    l.view->searchBox()->clear();
}
BENCHMARK(BM_FilterKeystrokeToRepaint)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_FilterUnitToRepaint(benchmark::State &state)
{
    LoadedLedger &l = ledger(state.range(0));
    const int units = l.view->unitFilter()->count();
    int i = 1;
    for (auto _ : state) {
        l.view->unitFilter()->setCurrentIndex(i);
        i = (i % (units - 1)) + 1;
        repaint(*l.view);
    }
    l.view->unitFilter()->setCurrentIndex(0);
}
BENCHMARK(BM_FilterUnitToRepaint)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_SortToRepaint(benchmark::State &state)
{
    LoadedLedger &l = ledger(state.range(0));
    // Warm the per-column orders once (they are built when a column is first sorted).
    for (int c = 0; c < core::TaskIndex::columnCount; ++c)
        l.view->model()->sort(c, Qt::AscendingOrder);
    int i = 0;
    for (auto _ : state) {
        const int column = i % core::TaskIndex::columnCount;
        l.view->table()->sortByColumn(column, (i / core::TaskIndex::columnCount) % 2 ? Qt::DescendingOrder
                                                                                     : Qt::AscendingOrder);
        ++i;
        repaint(*l.view);
    }
    l.view->table()->sortByColumn(0, Qt::AscendingOrder);
}
BENCHMARK(BM_SortToRepaint)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

// Another process commits: the window notices (PRAGMA data_version) and reloads the index in the background.
// Two figures: the longest time the window's thread was busy in one go (it must not stall), and the time
// until the new state is shown.
void BM_OutsideChangeRefresh(benchmark::State &state)
{
    LoadedLedger &l = ledger(state.range(0));
    auto other = core::Database::open(l.db->path(), nullptr);
    double longestMs = 0;
    int round = 0;
    for (auto _ : state) {
        QSqlQuery(other->connection())
            .exec(QStringLiteral("UPDATE tasks SET title = title || '' , version = version + 1 WHERE id = %1")
                      .arg(1 + round++));
        QElapsedTimer busy;
        busy.start();
        l.store->checkOutsideChanges();
        longestMs = std::max(longestMs, busy.nsecsElapsed() / 1e6);
        while (l.store->isLoading()) {
            busy.restart();
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            longestMs = std::max(longestMs, busy.nsecsElapsed() / 1e6);
        }
        repaint(*l.view);
    }
    state.counters["longest_main_thread_ms"] = longestMs;
}
BENCHMARK(BM_OutsideChangeRefresh)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_AllStatusLights(benchmark::State &state)
{
    auto db = core::Database::open(bench::workload(state.range(0), reportsFor(state.range(0))), nullptr);
    const core::StatusThresholds settings = core::SettingsRepository(*db).statusThresholds();
    for (auto _ : state) {
        const core::StatusSnapshot snapshot = core::StatusLoader(*db).load(kAsOf, settings);
        const auto lights = core::computeLights(snapshot.facts, kAsOf, settings);
        benchmark::DoNotOptimize(lights.data());
    }
}
BENCHMARK(BM_AllStatusLights)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_OverdueQuery(benchmark::State &state)
{
    auto db = core::Database::open(bench::workload(state.range(0), reportsFor(state.range(0))), nullptr);
    for (auto _ : state) {
        const auto red = core::OverdueQuery(*db).run(kAsOf, core::StatusThresholds{});
        benchmark::DoNotOptimize(red.data());
        state.counters["overdue"] = double(red.size());
    }
}
BENCHMARK(BM_OverdueQuery)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Generate(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = core::Database::open(dir.filePath(QStringLiteral("g.sqlite")), nullptr);
        core::SyntheticSpec spec;
        spec.tasks = state.range(0);
        spec.reports = state.range(0);
        core::SyntheticGenerator(*db).generate(spec, nullptr, nullptr);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Generate)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

namespace duban::bench {

void releaseLedgers()
{
    cache().clear();
}

} // namespace duban::bench
