// Entry point of the Google Benchmark suite: a QApplication on the offscreen platform (widgets are
// measured too), QStandardPaths test mode, then the benchmarks. Workload databases are generated once
// into $DUBAN_BENCH_DIR (default: a folder under the system temp dir) and reused.
#include "Workloads.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "Asia/Shanghai");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DubanBenchmarks"));
    QApplication::setApplicationName(QStringLiteral("duban-benchmarks"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    duban::bench::releaseLedgers();
    benchmark::Shutdown();
    return 0;
}
