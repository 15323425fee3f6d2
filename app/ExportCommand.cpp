// duban export: the ledger as an Excel workbook (.xlsx) or CSV, the same file File ▸ Export ledger writes.
#include "CliCommon.h"
#include "Commands.h"

#include "core/io/OutputFile.h"
#include "core/services/LedgerExportService.h"
#include "ui/export/LedgerWorkbook.h"

namespace duban::app {

using namespace duban::core;

int runExport(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "duban export --out FILE.xlsx|FILE.csv [--as-of DATE] [--unit NAME] [--plan NUMBER] [--overwrite] "
        "[--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The .xlsx or .csv file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("Lights and progress as of this date (default today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption unitOption(QStringLiteral("unit"),
                                        QStringLiteral("Only the tasks this unit leads or co-handles."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        QStringLiteral("Only the plan with this document number."),
                                        QStringLiteral("NUMBER"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("Replace the --out file if it exists."));
    parser.addOptions({out, db, asOfOption, unitOption, planOption, overwrite});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const QString path = parser.value(out);
    if (path.isEmpty()) {
        printError(QStringLiteral("--out FILE.xlsx or FILE.csv is required"));
        return kExitBadInput;
    }
    const std::optional<ui::LedgerWorkbook::Format> format = ui::LedgerWorkbook::formatOf(path);
    if (!format) {
        printError(QStringLiteral("--out must end in .xlsx or .csv, not \"%1\"").arg(path));
        return kExitBadInput;
    }
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    // The output is checked before the database is opened: a refused command writes nothing anywhere.
    OutputFile::Options outputOptions;
    outputOptions.overwrite = parser.isSet(overwrite);
    outputOptions.protectedFiles = {Database::resolvePath(parser.value(db))};
    {
        OutputFile target(path, outputOptions);
        if (!target.check())
            return refusedOutput(target.problem(), target.errorString());
    }
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    outputOptions.protectedFiles.append(database->path());
    LedgerExportScope scope;
    scope.unit = parser.value(unitOption).trimmed();
    scope.planNumber = parser.value(planOption).trimmed();
    StorageError error;
    const std::optional<LedgerSheet> sheet = LedgerExportService(*database).build(scope, *asOf, &error);
    if (!sheet) {
        printError(error.message);
        return error.code == StorageError::Code::NotFound || error.code == StorageError::Code::Invalid
                   ? kExitBadInput
                   : kExitFailure;
    }
    QString message;
    OutputFile::Problem problem = OutputFile::Problem::None;
    if (!ui::LedgerWorkbook::write(*sheet, path, *format, outputOptions, &message, &problem))
        return refusedOutput(problem, message);
    printOut(QStringLiteral("%1: %2 tasks as of %3")
                 .arg(path)
                 .arg(sheet->rows.size())
                 .arg(asOf->toString(Qt::ISODate)));
    return kExitOk;
}

} // namespace duban::app
