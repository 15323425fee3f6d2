// duban report: records a unit's progress report on a task, validated as the window's report is, and only
// from one of the task's lead or co-units.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/LookupService.h"
#include "core/services/ProgressService.h"

namespace duban::app {

using namespace duban::core;

namespace {

// "30" or "30%": a whole number (the range is the service's rule); nullopt after printing why.
std::optional<int> parsePercent(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.endsWith(u'%'))
        digits.chop(1);
    bool ok = false;
    const int percent = digits.toInt(&ok);
    if (!ok) {
        printError(QStringLiteral("--percent wants a whole number from 0 to 100, not \"%1\"").arg(text));
        return std::nullopt;
    }
    return percent;
}

} // namespace

int runReport(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "duban report --task CODE [--plan NUMBER] --date DATE --unit NAME --percent N --text TEXT "
        "[--problems TEXT] [--next-steps TEXT] [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption task = taskOption();
    const QCommandLineOption plan = planOption();
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day of the report (2023-06-30)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  QStringLiteral("The reporting unit: one of the task's lead or co-units."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption percent(QStringLiteral("percent"), QStringLiteral("Percent done, 0 to 100."),
                                     QStringLiteral("N"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("What was done."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption problems(QStringLiteral("problems"), QStringLiteral("Problems met."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption nextSteps(QStringLiteral("next-steps"), QStringLiteral("What comes next."),
                                       QStringLiteral("TEXT"));
    parser.addOptions({task, plan, date, unit, percent, text, problems, nextSteps, actorOption(), db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser,
                        {QStringLiteral("task"), QStringLiteral("date"), QStringLiteral("unit"),
                         QStringLiteral("percent"), QStringLiteral("text")},
                        usage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    const auto done = day ? parsePercent(parser.value(percent)) : std::nullopt;
    if (!day || !done)
        return kExitBadInput;
    ProgressReport report;
    report.date = *day;
    report.percent = *done;
    report.text = parser.value(text).trimmed();
    report.problems = parser.value(problems).trimmed();
    report.nextSteps = parser.value(nextSteps).trimmed();
    // Bad input is refused before the database is opened, by the rule the window's dialog follows.
    if (StorageError invalid; !ProgressService::validate(report, &invalid))
        return printFailure(invalid);

    const auto actor = parseActor(parser);
    if (!actor)
        return kExitBadInput;
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist, *actor);
    if (!database)
        return kExitFailure;
    const auto found = findTask(*database, parser.value(task), parser.value(plan));
    if (!found)
        return kExitBadInput;
    const NameMatch<Unit> reporter = LookupService(*database).matchUnit(parser.value(unit));
    if (!reporter.found) {
        printError(LookupService::unitProblem(reporter, parser.value(unit)));
        return kExitBadInput;
    }
    report.taskId = found->id;
    report.unit = reporter.found->name;
    StorageError error;
    if (!ProgressService(*database).addUnitReport(report, &error))
        return printFailure(error);
    printOut(QStringLiteral("reported %1% on %2 for %3")
                 .arg(QString::number(report.percent), found->code, report.unit));
    return kExitOk;
}

} // namespace duban::app
