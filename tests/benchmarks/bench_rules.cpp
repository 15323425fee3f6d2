// Benchmarks of the status rules: lights for 100,000 tasks with 1,000,000 progress reports (target: < 200
// ms).
#include "core/rules/StatusRules.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdint>
#include <QDate>
#include <vector>

namespace {

using namespace duban::core;

constexpr int kTasks = 100'000;
constexpr int kReports = 1'000'000;

/// Deterministic pseudo-random numbers (SplitMix64), identical on every platform.
class SplitMix
{
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform-enough integer in [0, bound).
    int below(int bound) { return int(next() % std::uint64_t(bound)); }

private:
    std::uint64_t m_state;
};

/// A generated ledger: task facts (without reports applied), their milestones and a flat, unordered report
/// list.
struct Ledger
{
    std::vector<MilestoneFact> milestones;
    std::vector<TaskFacts> facts;
    std::vector<ReportFact> reports;
    QDate asOf{2023, 6, 30};
};

const Ledger &ledger()
{
    static const Ledger instance = [] {
        Ledger l;
        SplitMix rng(20230322);
        const QDate yearStart(2023, 1, 1);
        const QDate ends[] = {{2023, 3, 31}, {2023, 6, 30}, {2023, 9, 30}, {2023, 12, 31}};

        // Milestones first (0–3 per task) so that the spans into the vector stay valid.
        std::vector<int> milestoneCount(kTasks);
        for (int &n : milestoneCount)
            n = rng.below(4);
        l.milestones.reserve(std::size_t(kTasks) * 3);
        for (int n : milestoneCount) {
            for (int i = 0; i < n; ++i)
                l.milestones.push_back({ends[i], rng.below(3) != 0});
        }

        l.facts.resize(kTasks);
        std::size_t offset = 0;
        for (int t = 0; t < kTasks; ++t) {
            TaskFacts &f = l.facts[std::size_t(t)];
            const int kind = rng.below(10);
            f.deadline = kind < 6   ? ends[3]
                         : kind < 8 ? ends[rng.below(4)]
                                    : yearStart.addDays(rng.below(365));
            f.periodStart = yearStart;
            f.cycle = rng.below(5) == 0 ? ReportingCycle::TenDays : ReportingCycle::Default;
            if (rng.below(8) == 0) {
                f.status = TaskStatus::Completed;
                f.completedOn = f.deadline.addDays(rng.below(30) - 20);
            }
            if (rng.below(20) == 0)
                f.unansweredResponseDue = l.asOf.addDays(rng.below(30) - 15);
            const auto n = std::size_t(milestoneCount[std::size_t(t)]);
            f.milestones = std::span<const MilestoneFact>(l.milestones).subspan(offset, n);
            offset += n;
        }

        // 1M reports over the whole year (about half after the as-of date), in random task order.
        l.reports.reserve(kReports);
        for (int i = 0; i < kReports; ++i) {
            const int day = rng.below(365);
            l.reports.push_back({yearStart.addDays(day), qint32(rng.below(kTasks)),
                                 qint32(std::min(100, day * 100 / 365 + rng.below(40) - 20))});
        }
        return l;
    }();
    return instance;
}

std::vector<TaskFacts> factsWithReports(const Ledger &l)
{
    std::vector<TaskFacts> facts = l.facts;
    applyLatestReports(facts, l.reports, l.asOf);
    return facts;
}

/// The light computation alone, over facts that already carry their latest reports.
void BM_ComputeLights(benchmark::State &state)
{
    const Ledger &l = ledger();
    const std::vector<TaskFacts> facts = factsWithReports(l);
    const StatusThresholds settings;
    for (auto _ : state) {
        std::vector<StatusLight> lights = computeLights(facts, l.asOf, settings);
        benchmark::DoNotOptimize(lights.data());
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
}
BENCHMARK(BM_ComputeLights)->Unit(benchmark::kMillisecond);

/// Building the report facts: one pass over 1M unordered reports (copying fresh facts included).
void BM_ApplyLatestReports(benchmark::State &state)
{
    const Ledger &l = ledger();
    for (auto _ : state) {
        std::vector<TaskFacts> facts = factsWithReports(l);
        benchmark::DoNotOptimize(facts.data());
    }
    state.SetItemsProcessed(state.iterations() * kReports);
}
BENCHMARK(BM_ApplyLatestReports)->Unit(benchmark::kMillisecond);

/// Both: from a flat report list to 100,000 lights — the figure held to the 200 ms budget.
void BM_ReportsToLights(benchmark::State &state)
{
    const Ledger &l = ledger();
    const StatusThresholds settings;
    for (auto _ : state) {
        const std::vector<TaskFacts> facts = factsWithReports(l);
        std::vector<StatusLight> lights = computeLights(facts, l.asOf, settings);
        benchmark::DoNotOptimize(lights.data());
    }
    state.SetItemsProcessed(state.iterations() * kTasks);
}
BENCHMARK(BM_ReportsToLights)->Unit(benchmark::kMillisecond);

} // namespace
