// duban import: decomposes a plan document and saves it in one transaction (or only shows it).
#include "CliCommon.h"
#include "Commands.h"

#include "core/import/PlanJson.h"
#include "core/import/TextDecoder.h"
#include "core/io/InputFile.h"
#include "core/services/ImportService.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace duban::app {

using namespace duban::core;

int runImport(const QStringList &arguments)
{
    const QString usage = QStringLiteral("duban import FILE [--db FILE] [--dry-run] [--json] [--replace]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Decompose only; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the decomposition as JSON."));
    const QCommandLineOption replace(
        QStringLiteral("replace"), QStringLiteral("Update the plan already imported under the same number."));
    parser.addOptions({db, dryRun, json, replace});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The plan document, as text."));
    if (const auto exit = parseArguments(parser, arguments, usage))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(files.isEmpty() ? QStringLiteral("which file? usage: %1").arg(usage)
                                   : QStringLiteral("one file at a time, please"));
        return kExitBadInput;
    }

    // The document is read first (a regular file of a readable size), so bad input creates no database.
    const InputFile::Result input = InputFile::read(files.first(), TextDecoder::MaxBytes);
    if (!input.ok()) {
        printError(input.message);
        return kExitBadInput;
    }

    // The unit directory improves name resolution: it is read from an existing database. A new database
    // is created only once the document has been decomposed.
    std::unique_ptr<Database> database;
    if (QFileInfo::exists(Database::resolvePath(parser.value(db)))) {
        database = openDatabase(parser.value(db), DatabaseUse::MustExist);
        if (!database)
            return kExitFailure;
    }
    const ImportOutcome outcome = ImportService(database.get()).decompose(input.bytes);
    if (!outcome.ok()) {
        printError(QStringLiteral("%1: %2").arg(
            files.first(), outcome.error ? outcome.error->message : QStringLiteral("nothing imported")));
        return kExitBadInput;
    }
    PlanDocument doc = *outcome.document;

    if (parser.isSet(json)) {
        printOut(QJsonDocument(planDocumentToJson(doc)).toJson(QJsonDocument::Indented));
    } else {
        int taskTargets = 0;
        for (const Task &t : std::as_const(doc.tasks))
            taskTargets += int(t.targets.size());
        printOut(QStringLiteral("%1 %2").arg(doc.plan.number, doc.plan.title));
        printOut(QStringLiteral("%1 sections, %2 tasks, %3 plan targets, %4 task targets, %5 warnings")
                     .arg(doc.sections.size())
                     .arg(doc.tasks.size())
                     .arg(doc.targets.size())
                     .arg(taskTargets)
                     .arg(doc.warnings.size()));
        for (const ImportWarning &w : std::as_const(doc.warnings))
            printOut(QStringLiteral("  line %1: %2").arg(w.line).arg(w.message));
    }
    if (parser.isSet(dryRun))
        return kExitOk;
    if (!database) {
        database = openDatabase(parser.value(db), DatabaseUse::MayCreate);
        if (!database)
            return kExitFailure;
    }

    ImportService imports(database.get());
    StorageError error;
    if (const auto existing = imports.savedPlan(doc)) {
        const PlanDiff &diff = existing->diff;
        const QString summary = QStringLiteral("%1 added, %2 removed, %3 changed")
                                    .arg(diff.added.size())
                                    .arg(diff.removed.size())
                                    .arg(diff.changed.size());
        if (!parser.isSet(replace)) {
            printError(
                QStringLiteral("%1 is already in the database (plan %2); re-importing would change: %3. "
                               "Run again with --replace to update it.")
                    .arg(doc.plan.number)
                    .arg(existing->planId)
                    .arg(summary));
            return kExitBadInput;
        }
        QStringList kept;
        if (!imports.update(existing->planId, doc, outcome.units, &kept, &error)) {
            printError(QStringLiteral("nothing was saved: %1").arg(error.message));
            return kExitFailure;
        }
        if (!parser.isSet(json)) {
            printOut(QStringLiteral("Updated plan %1: %2").arg(existing->planId).arg(summary));
            for (const PlanDiff::Change &c : diff.changed)
                printOut(
                    QStringLiteral("  %1 %2: %3").arg(c.code, c.title, c.fields.join(QStringLiteral(", "))));
            if (!kept.isEmpty())
                printOut(QStringLiteral("Kept tasks no longer in the document because they have progress or "
                                        "supervision records: %1")
                             .arg(kept.join(QStringLiteral(", "))));
        }
        return kExitOk;
    }
    const qint64 planId = imports.saveNew(doc, outcome.units, &error);
    if (planId == 0) {
        printError(QStringLiteral("nothing was saved: %1").arg(error.message));
        Database::discardNew(std::move(database)); // a ledger made just now for this plan goes again
        return kExitFailure;
    }
    if (!parser.isSet(json))
        printOut(QStringLiteral("Saved as plan %1 in %2").arg(planId).arg(database->path()));
    return kExitOk;
}

} // namespace duban::app
