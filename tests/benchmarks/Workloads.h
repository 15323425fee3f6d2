#pragma once

#include <QString>

namespace duban::bench {

/// The path of a synthetic ledger of `tasks` tasks and `reports` reports (seed 1), generated on first use
/// into $DUBAN_BENCH_DIR (or <temp>/duban-bench) and reused by later runs.
QString workload(qint64 tasks, qint64 reports);

/// A copy of a workload that benchmarks may write to (deleted and re-copied on every call).
QString scratchCopy(const QString &workload);

/// Closes the ledger windows the benchmarks keep open (before the application object goes away).
void releaseLedgers();

} // namespace duban::bench
