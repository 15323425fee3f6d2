// Benchmarks of the indicator charts: 10 targets × 12 months of observations rendered offscreen to
// images (target: < 100 ms for all ten). No BENCHMARK_MAIN() here: BenchMain.cpp provides main().
#include "ui/charts/ChartDataBuilder.h"
#include "ui/charts/TargetChart.h"

#include <benchmark/benchmark.h>

#include <QImage>

namespace {

using namespace duban::core;
using namespace duban::ui;

/// Ten annual targets, each with 1–1 … 1–12月 cumulative values (a rate for even indicators, an amount for
/// odd ones).
QList<ChartSubject> tenTargets()
{
    QList<ChartSubject> subjects;
    for (int i = 0; i < 10; ++i) {
        const bool rate = i % 2 == 0;
        Target t;
        t.name = QStringLiteral("指标%1").arg(i + 1);
        t.measure = rate ? QStringLiteral("%") : QStringLiteral("亿元");
        t.value = rate ? 7.5 : 2000;
        t.stretch = rate ? std::optional<double>(8.0) : std::nullopt;
        t.comparator = rate ? Comparator::About : Comparator::AtLeast;
        t.period = QStringLiteral("2023");
        QList<Observation> observations;
        for (int m = 1; m <= 12; ++m)
            observations.append(Observation{0,
                                            i + 1,
                                            Period::month(2023, m).key(),
                                            rate ? 6.0 + 0.15 * m + 0.1 * (i % 3) : 160.0 * m + 10 * i,
                                            {},
                                            {}});
        subjects.append(ChartSubject{Indicator{i + 1, t.name, t.measure, true, 0}, t, observations});
    }
    return subjects;
}

void BM_ChartData_TenTargets(benchmark::State &state)
{
    const QList<ChartSubject> subjects = tenTargets();
    for (auto _ : state) {
        for (const ChartSubject &s : subjects)
            benchmark::DoNotOptimize(ChartDataBuilder::build({s}, QDate(2023, 11, 30), {}));
    }
}
BENCHMARK(BM_ChartData_TenTargets)->Unit(benchmark::kMillisecond);

void BM_RenderTenTargetCharts(benchmark::State &state)
{
    const QList<ChartSubject> subjects = tenTargets();
    for (auto _ : state) {
        for (const ChartSubject &s : subjects) {
            const ChartData data = ChartDataBuilder::build({s}, QDate(2023, 11, 30), {});
            const QImage image = TargetChart::image(data, QSize(800, 480));
            benchmark::DoNotOptimize(image.constBits());
        }
    }
}
BENCHMARK(BM_RenderTenTargetCharts)->Unit(benchmark::kMillisecond);

void BM_RenderTenTargetsComparedOnOneChart(benchmark::State &state)
{
    const QList<ChartSubject> subjects = tenTargets();
    for (auto _ : state) {
        const ChartData data = ChartDataBuilder::build(subjects, QDate(2023, 11, 30), {});
        const QImage image = TargetChart::image(data, QSize(1000, 600));
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_RenderTenTargetsComparedOnOneChart)->Unit(benchmark::kMillisecond);

} // namespace
