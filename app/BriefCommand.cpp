// duban brief: the PDF briefing as of a date, the same document the Briefing dialog exports.
#include "CliCommon.h"
#include "Commands.h"

#include "core/io/OutputFile.h"
#include "core/services/BriefingService.h"
#include "ui/export/BriefingDocument.h"
#include "ui/export/BriefingPdfWriter.h"
#include "ui/export/BriefingStyle.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace duban::app {

using namespace duban::core;

int runBrief(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban brief --out FILE.pdf [--overwrite] [--db FILE] [--as-of DATE] [--issue N]");
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PDF file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("Statistics as of this date."), QStringLiteral("DATE"));
    const QCommandLineOption issueOption(QStringLiteral("issue"),
                                         QStringLiteral("Issue number (default: the next one)."),
                                         QStringLiteral("N"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("Replace the --out file if it exists."));
    parser.addOptions({out, db, asOfOption, issueOption, overwrite});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const QString path = parser.value(out);
    if (path.isEmpty()) {
        printError(QStringLiteral("--out FILE.pdf is required"));
        return kExitBadInput;
    }
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    int issue = 0;
    if (parser.isSet(issueOption)) {
        bool ok = false;
        issue = parser.value(issueOption).toInt(&ok);
        if (!ok || issue < 1) {
            printError(
                QStringLiteral("--issue wants a positive number, not \"%1\"").arg(parser.value(issueOption)));
            return kExitBadInput;
        }
    }
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
    BriefingService briefings(*database);
    if (!issue)
        issue = briefings.nextIssue(*asOf);

    BriefingOptions options;
    options.asOf = *asOf;
    options.issue = issue;
    // What the briefing says comes from one snapshot; the archive entry is written after, on its own.
    const BriefingContent content = briefings.content(options);
    const ui::BriefingDocument document(content, ui::BriefingStyle::fromSettings(QSettings()));
    QString error;
    OutputFile::Problem problem = OutputFile::Problem::None;
    if (!ui::BriefingPdfWriter::write(document, path, outputOptions, &error, &problem))
        return refusedOutput(problem, error);
    // The issue is recorded only once the file is safely in place.
    StorageError storageError;
    if (!briefings.recordIssue(issue, *asOf, QFileInfo(path).absoluteFilePath(), QDateTime::currentDateTime(),
                               &storageError)) {
        printError(storageError.message);
        return kExitFailure;
    }
    printOut(QStringLiteral("%1: issue %2 as of %3, %4 pages")
                 .arg(path)
                 .arg(issue)
                 .arg(asOf->toString(Qt::ISODate))
                 .arg(document.pageCount()));
    return kExitOk;
}

} // namespace duban::app
