// duban observe: records one observation of an indicator, or many from a CSV file (all or nothing
// unless --force keeps the good rows).
#include "CliCommon.h"
#include "Commands.h"

#include "core/domain/FiniteNumber.h"
#include "core/domain/Period.h"
#include "core/io/InputFile.h"
#include "core/services/IndicatorService.h"
#include "core/services/LookupService.h"

#include <algorithm>

namespace duban::app {

using namespace duban::core;

namespace {

int observeOne(Database &database, const QString &name, const QString &periodText, const QString &valueText,
               const QString &source, const QString &note)
{
    const LookupService lookup(database);
    const NameMatch<Indicator> match = lookup.matchIndicator(name);
    if (!match.found) {
        printError(LookupService::indicatorProblem(match, name));
        return kExitBadInput;
    }
    const auto period = Period::parse(periodText, lookup.defaultYear());
    if (!period) {
        printError(
            QStringLiteral("--period wants 2023-06 (Jan–Jun), 2023-Q2, 2023-06-15 or 2023年1-6月, not \"%1\"")
                .arg(periodText));
        return kExitBadInput;
    }
    FiniteNumber::Problem problem = FiniteNumber::Problem::None;
    const auto value = FiniteNumber::parse(valueText, &problem);
    if (!value) {
        printError(problem == FiniteNumber::Problem::NotFinite
                       ? QStringLiteral("--value wants a finite number, not \"%1\" (infinite and "
                                        "not-a-number values cannot be recorded)")
                             .arg(valueText)
                       : QStringLiteral("--value wants a number, not \"%1\"").arg(valueText));
        return kExitBadInput;
    }
    Observation o{0, match.found->id, period->key(), *value, source, note};
    StorageError error;
    QList<Observation> one{o};
    if (!IndicatorService(database).setObservations(one, &error)) {
        printError(error.message);
        return kExitFailure;
    }
    printOut(
        QStringLiteral("%1 %2 = %3").arg(match.found->name, o.period, QString::number(o.value, 'g', 12)));
    return kExitOk;
}

int observeCsv(const QString &file, bool force, Database &database)
{
    // Only a regular file within the limit is read (a FIFO would block, /dev/zero never end).
    const InputFile::Result input = InputFile::read(file);
    if (!input.ok()) {
        printError(input.message);
        return kExitBadInput;
    }
    IndicatorService indicators(database);
    IndicatorService::CsvObservations read =
        indicators.readCsv(input.bytes, LookupService(database).defaultYear());
    if (!read.error.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(file, read.error));
        return kExitBadInput;
    }
    const QList<RowProblem> &problems = read.problems;
    QList<Observation> &good = read.good;
    for (const RowProblem &p : std::as_const(problems))
        printError(QStringLiteral("%1:%2: %3").arg(file).arg(p.line).arg(p.message));
    if (!problems.isEmpty() && !force) {
        printError(QStringLiteral("%1 bad row(s), nothing recorded (--force keeps the %2 good row(s))")
                       .arg(problems.size())
                       .arg(good.size()));
        return kExitBadInput;
    }
    StorageError error;
    if (!indicators.setObservations(good, &error)) {
        printError(error.message);
        return kExitFailure;
    }
    printOut(QStringLiteral("%1 observation(s) recorded, %2 bad row(s) skipped")
                 .arg(good.size())
                 .arg(problems.size()));
    return kExitOk;
}

} // namespace

int runObserve(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban observe --indicator NAME --period 2023-06 --value 3.3 [--source S] "
                       "[--note N] [--db FILE]\n       duban observe --csv FILE [--db FILE] [--force]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       QStringLiteral("Indicator name (or a unique part)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("2023-06 (Jan–Jun), 2023-Q2, 2023-06-15."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption value(QStringLiteral("value"), QStringLiteral("The value."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Where it comes from."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("indicator,period,value rows."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Keep the good rows of a CSV with bad ones."));
    parser.addOptions({db, indicator, period, value, source, note, csv, force});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const bool single = parser.isSet(indicator) || parser.isSet(period) || parser.isSet(value);
    if (parser.isSet(csv) == single) {
        printError(QStringLiteral("give either --csv FILE or --indicator, --period and --value\nusage: %1")
                       .arg(usage));
        return kExitBadInput;
    }
    if (single && (!parser.isSet(indicator) || !parser.isSet(period) || !parser.isSet(value))) {
        printError(QStringLiteral("--indicator, --period and --value go together\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    if (parser.isSet(csv))
        return observeCsv(parser.value(csv), parser.isSet(force), *database);
    return observeOne(*database, parser.value(indicator), parser.value(period), parser.value(value),
                      parser.value(source), parser.value(note));
}

} // namespace duban::app
