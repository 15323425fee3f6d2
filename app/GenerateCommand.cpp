// duban generate: writes a synthetic ledger for benchmarks and trials at scale.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/LookupService.h"
#include "core/storage/SyntheticGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace duban::app {

using namespace duban::core;

int runGenerate(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban generate --db FILE --tasks N --reports M [--seed S]");
    QCommandLineParser parser;
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database file to write (default: $DUBAN_DB; never the default "
                       "database)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tasks(QStringLiteral("tasks"), QStringLiteral("Number of tasks."),
                                   QStringLiteral("N"));
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Number of progress reports."),
                                     QStringLiteral("M"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({db, tasks, reports, seed});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    bool okTasks = false, okReports = false, okSeed = false;
    SyntheticSpec spec;
    spec.tasks = parser.value(tasks).toLongLong(&okTasks);
    spec.reports = parser.value(reports).toLongLong(&okReports);
    spec.seed = parser.value(seed).toULongLong(&okSeed);
    // A named file only (--db or DUBAN_DB): synthetic tasks never go into the default database.
    const QString path = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("DUBAN_DB");
    if (path.isEmpty() || !okTasks || !okReports || !okSeed || spec.tasks < 1 || spec.reports < 0 ||
        spec.tasks > 50'000'000) {
        printError(QStringLiteral("usage: %1").arg(usage));
        return kExitBadInput;
    }
    auto database = openDatabase(path, DatabaseUse::MayCreate);
    if (!database)
        return kExitFailure;
    if (LookupService(*database).taskCount() > 0) {
        printError(QStringLiteral("%1 already holds tasks; generate writes into a new or empty database only")
                       .arg(path));
        return kExitBadInput;
    }
    QElapsedTimer timer;
    timer.start();
    SyntheticCounts counts;
    StorageError error;
    const bool ok =
        SyntheticGenerator(*database).generate(spec, &counts, &error, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done),
                         static_cast<long long>(total));
        });
    std::fputc('\n', stderr);
    if (!ok) {
        printError(QStringLiteral("nothing was written: %1").arg(error.message));
        Database::discardNew(std::move(database)); // a database made just now goes again
        return kExitFailure;
    }
    printOut(QStringLiteral(
                 "%1 plans, %2 tasks, %3 task units, %4 milestones, %5 reports, %6 supervision records, "
                 "%7 targets, %8 observations in %9 s")
                 .arg(counts.plans)
                 .arg(counts.tasks)
                 .arg(counts.taskUnits)
                 .arg(counts.milestones)
                 .arg(counts.reports)
                 .arg(counts.records)
                 .arg(counts.targets)
                 .arg(counts.observations)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return kExitOk;
}

} // namespace duban::app
