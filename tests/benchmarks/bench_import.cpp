// Google Benchmark of the plan importer on the seed document (target: under 20 ms per import).
// No BENCHMARK_MAIN() here: the benchmark executable provides main().
#include "core/import/PlanImporter.h"
#include "core/import/TextDecoder.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QStringEncoder>

using namespace duban::core;

namespace {

QByteArray seedBytes()
{
    QFile file(QStringLiteral(DUBAN_SEED_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void BM_ImportSeed(benchmark::State &state)
{
    const QByteArray bytes = seedBytes();
    const PlanImporter importer;
    for ([[maybe_unused]] auto _ : state) {
        ImportOutcome outcome = importer.importBytes(bytes);
        benchmark::DoNotOptimize(outcome);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_ImportSeed)->Unit(benchmark::kMillisecond);

void BM_ImportSeedGb18030(benchmark::State &state)
{
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(QString::fromUtf8(seedBytes()));
    const PlanImporter importer;
    for ([[maybe_unused]] auto _ : state) {
        ImportOutcome outcome = importer.importBytes(bytes);
        benchmark::DoNotOptimize(outcome);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_ImportSeedGb18030)->Unit(benchmark::kMillisecond);

void BM_DecodeSeed(benchmark::State &state)
{
    const QByteArray bytes = seedBytes();
    for ([[maybe_unused]] auto _ : state) {
        TextDecoder::Result result = TextDecoder::decode(bytes);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_DecodeSeed)->Unit(benchmark::kMicrosecond);

} // namespace
