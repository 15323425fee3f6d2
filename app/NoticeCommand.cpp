// duban notice: issues a numbered 催办单 / 督办通知单 to a unit and writes it as a PDF (the document the
// Notice dialog exports), or records the unit's response against a notice.
#include "CliCommon.h"
#include "Commands.h"

#include "core/io/OutputFile.h"
#include "core/services/CalendarService.h"
#include "core/services/DueService.h"
#include "core/services/LookupService.h"
#include "core/services/NoticeService.h"
#include "core/storage/Transaction.h"
#include "ui/export/BriefingPdfWriter.h"
#include "ui/export/BriefingStyle.h"
#include "ui/export/NoticeDocument.h"

#include <QSettings>

namespace duban::app {

using namespace duban::core;

namespace {

const QString kUsage = QStringLiteral(
    "duban notice --unit NAME --kind 催办|督办 --out FILE.pdf [--as-of DATE] [--due DATE | --within N] "
    "[--task CODE]... [--plan NUMBER] [--requirement TEXT] [--overwrite] [--db FILE]\n"
    "       duban notice --respond NUMBER --date DATE --text TEXT [--db FILE]");

std::optional<Notice::Kind> parseKind(const QString &text)
{
    const QString kind = text.trimmed().toLower();
    if (kind == QStringLiteral("催办") || kind == QLatin1String("reminder"))
        return Notice::Kind::Reminder;
    if (kind == QStringLiteral("督办") || kind == QLatin1String("notice"))
        return Notice::Kind::Notice;
    printError(QStringLiteral("--kind is 催办 (reminder) or 督办 (notice), not \"%1\"").arg(text));
    return std::nullopt;
}

int respond(const QCommandLineParser &parser, const QString &databasePath)
{
    if (!requireOptions(parser, {QStringLiteral("date"), QStringLiteral("text")}, kUsage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(QStringLiteral("date")));
    if (!day)
        return kExitBadInput;
    auto database = openDatabase(databasePath, DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    NoticeService notices(*database);
    StorageError error;
    const std::optional<Notice> notice = notices.find(parser.value(QStringLiteral("respond")), &error);
    if (!notice || !notices.respond(notice->id, *day, parser.value(QStringLiteral("text")), &error))
        return printFailure(error);
    printOut(QStringLiteral("%1: response of %2 recorded on %3")
                 .arg(notices.numberText(*notice), notice->unit, day->toString(Qt::ISODate)));
    return kExitOk;
}

/// The draft the options describe; nullopt (after printing why) for bad input.
std::optional<NoticeDraft> draftOf(const QCommandLineParser &parser, Database &database, QDate asOf)
{
    NoticeDraft draft;
    draft.kind = *parseKind(parser.value(QStringLiteral("kind")));
    draft.issuedOn = asOf;
    const QString unitText = parser.value(QStringLiteral("unit"));
    const NameMatch<Unit> unit = LookupService(database).matchUnit(unitText);
    if (!unit.found) {
        printError(LookupService::unitProblem(unit, unitText));
        return std::nullopt;
    }
    draft.unit = unit.found->name;
    for (const QString &code : parser.values(QStringLiteral("task"))) {
        const std::optional<Task> task = findTask(database, code, parser.value(QStringLiteral("plan")));
        if (!task)
            return std::nullopt;
        draft.taskIds.append(task->id);
    }
    if (parser.isSet(QStringLiteral("due"))) {
        const auto due = parseDay(QStringLiteral("due"), parser.value(QStringLiteral("due")));
        if (!due)
            return std::nullopt;
        draft.responseDue = *due;
    } else if (parser.isSet(QStringLiteral("within"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("within")).trimmed().toInt(&ok);
        StorageError error;
        if (!ok || !DueService::validateWorkdays(n, &error)) {
            printError(ok ? error.message
                          : QStringLiteral("--within wants a number of working days, not \"%1\"")
                                .arg(parser.value(QStringLiteral("within"))));
            return std::nullopt;
        }
        draft.responseDue = CalendarService(database).calendar().addWorkdays(asOf, n);
    }
    draft.requirement = parser.value(QStringLiteral("requirement"));
    return draft;
}

/// Issues the notice and writes its PDF: the notice is committed only once the pages are drawn, and taken
/// back if the file cannot be put in place, so there is never a notice without its document.
int issue(const QCommandLineParser &parser, const QString &databasePath)
{
    if (!requireOptions(parser, {QStringLiteral("unit"), QStringLiteral("kind"), QStringLiteral("out")},
                        kUsage))
        return kExitBadInput;
    if (!parseKind(parser.value(QStringLiteral("kind"))))
        return kExitBadInput;
    if (parser.isSet(QStringLiteral("due")) && parser.isSet(QStringLiteral("within"))) {
        printError(QStringLiteral("give the response date with --due or --within, not both"));
        return kExitBadInput;
    }
    const auto asOf = parseAsOf(parser.value(QStringLiteral("as-of")));
    if (!asOf)
        return kExitBadInput;
    OutputFile::Options outputOptions;
    outputOptions.overwrite = parser.isSet(QStringLiteral("overwrite"));
    outputOptions.protectedFiles = {Database::resolvePath(databasePath)};
    const QString path = parser.value(QStringLiteral("out"));
    {
        OutputFile target(path, outputOptions);
        if (!target.check())
            return refusedOutput(target.problem(), target.errorString());
    }
    auto database = openDatabase(databasePath, DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    outputOptions.protectedFiles.append(database->path());
    const std::optional<NoticeDraft> draft = draftOf(parser, *database, *asOf);
    if (!draft)
        return kExitBadInput;

    StorageError error;
    Transaction tx(database->connection());
    if (!tx.started(&error))
        return printFailure(error);
    NoticeService notices(*database);
    const std::optional<Notice> notice = notices.issue(*draft, nullptr, &error);
    if (!notice)
        return printFailure(error);
    const NoticeContent content = notices.content(*notice);
    const ui::NoticeDocument document(content, ui::BriefingStyle::fromSettings(QSettings()));
    OutputFile file(path, outputOptions);
    if (!file.open())
        return refusedOutput(file.problem(), file.errorString());
    if (!ui::BriefingPdfWriter::write(document, file.device())) {
        file.cancel();
        printError(QStringLiteral("Cannot write %1: the pages could not be drawn.").arg(path));
        return kExitFailure;
    }
    if (!tx.commit(&error)) {
        file.cancel();
        return printFailure(error);
    }
    if (!file.commit()) {
        const QString why = file.errorString();
        StorageError undo;
        if (!notices.remove(notice->id, &undo))
            printError(QStringLiteral("%1 was recorded, but taking it back failed: %2")
                           .arg(content.number, undo.message));
        printError(why);
        return kExitFailure;
    }
    printOut(content.number);
    return kExitOk;
}

} // namespace

int runNotice(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    parser.addOptions({
        {QStringLiteral("unit"), QStringLiteral("The unit the notice is addressed to (主送)."),
         QStringLiteral("NAME")},
        {QStringLiteral("kind"), QStringLiteral("催办 (a 催办单) or 督办 (a 督办通知单)."),
         QStringLiteral("KIND")},
        {QStringLiteral("out"), QStringLiteral("PDF file to write."), QStringLiteral("FILE")},
        {QStringLiteral("as-of"),
         QStringLiteral("The notice's date; the tasks' states as of it (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("due"), QStringLiteral("The day the response is due."), QStringLiteral("DATE")},
        {QStringLiteral("within"),
         QStringLiteral("The response is due this many working days after the date (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("task"),
         QStringLiteral("A task the notice is about (repeat for several; default: the unit's red and yellow "
                        "tasks)."),
         QStringLiteral("CODE")},
        {QStringLiteral("plan"),
         QStringLiteral("The plan of the --task numbers, when several plans have them."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("requirement"),
         QStringLiteral("The requirement (工作要求; default: report in writing by the response date)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("overwrite"), QStringLiteral("Replace the --out file if it exists.")},
        {QStringLiteral("respond"),
         QStringLiteral("Record the response to this notice (督字〔2023〕第1号, or 督办-2023-1)."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("date"), QStringLiteral("With --respond: the day the response came."),
         QStringLiteral("DATE")},
        {QStringLiteral("text"), QStringLiteral("With --respond: what the unit answered."),
         QStringLiteral("TEXT")},
        db,
    });
    if (const auto exit = parseOptionsOnly(parser, arguments, kUsage))
        return *exit;
    if (parser.isSet(QStringLiteral("respond"))) {
        for (const char *issueOnly :
             {"unit", "kind", "out", "as-of", "due", "within", "task", "plan", "requirement", "overwrite"}) {
            if (parser.isSet(QLatin1String(issueOnly))) {
                printError(
                    QStringLiteral("--respond records a response: it takes --date and --text, not --%1")
                        .arg(QLatin1String(issueOnly)));
                return kExitBadInput;
            }
        }
        return respond(parser, parser.value(db));
    }
    for (const char *respondOnly : {"date", "text"}) {
        if (parser.isSet(QLatin1String(respondOnly))) {
            printError(QStringLiteral("--%1 goes with --respond; a notice's own date is --as-of")
                           .arg(QLatin1String(respondOnly)));
            return kExitBadInput;
        }
    }
    return issue(parser, parser.value(db));
}

} // namespace duban::app
