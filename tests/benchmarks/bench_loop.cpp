// The supervision loop's reads at scale (100,000 tasks, 1,000,000 reports): the due-soon list, the 考核
// scores, the 签收 counts behind the dashboard's 签收率, and what was already done about each task (the
// supervision view's columns). The window runs the first two in a worker thread; these figures say how long
// a user waits for them, not how long the window stalls. No BENCHMARK_MAIN() here: BenchMain.cpp.
#include "Workloads.h"

#include "core/services/CalendarService.h"
#include "core/services/DueService.h"
#include "core/services/ScoreService.h"
#include "core/storage/Database.h"
#include "core/storage/FollowUpQuery.h"

#include <benchmark/benchmark.h>

#include <QDate>

using namespace duban;

namespace {

const QDate kAsOf(2026, 11, 27);

std::unique_ptr<core::Database> openWorkload(qint64 tasks)
{
    return core::Database::open(bench::workload(tasks, tasks * 10), nullptr);
}

void BM_DueSoon(benchmark::State &state)
{
    auto db = openWorkload(state.range(0));
    for (auto _ : state) {
        const QList<core::DueItem> items = core::DueService(*db).dueSoon(kAsOf, 3, nullptr);
        benchmark::DoNotOptimize(items.data());
        state.counters["items"] = double(items.size());
    }
}
BENCHMARK(BM_DueSoon)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Scores(benchmark::State &state)
{
    auto db = openWorkload(state.range(0));
    for (auto _ : state) {
        const auto ranking = core::ScoreService(*db).scores(kAsOf);
        benchmark::DoNotOptimize(ranking);
        state.counters["units"] = ranking ? double(ranking->units.size()) : 0;
    }
}
BENCHMARK(BM_Scores)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_SignCounts(benchmark::State &state)
{
    auto db = openWorkload(state.range(0));
    for (auto _ : state) {
        const auto counts = core::ScoreService(*db).signCounts(kAsOf);
        benchmark::DoNotOptimize(counts);
    }
}
BENCHMARK(BM_SignCounts)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_FollowUps(benchmark::State &state)
{
    auto db = openWorkload(state.range(0));
    for (auto _ : state) {
        const auto followUps = core::FollowUpQuery(*db).run(kAsOf);
        benchmark::DoNotOptimize(followUps);
        state.counters["tasks"] = double(followUps.size());
    }
}
BENCHMARK(BM_FollowUps)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace
