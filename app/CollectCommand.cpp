// duban collect: reads returned report packages (报送表), checks each against what was sent and the ledger,
// and saves what they add — progress reports, 办结申请, 延期申请 — all or nothing.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/ReportPackageService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duban::app {

using namespace duban::core;

namespace {

const char *problemKey(ReturnProblem::Kind kind)
{
    switch (kind) {
    case ReturnProblem::Kind::NotAPackage:
        return "not-a-package";
    case ReturnProblem::Kind::OtherDatabase:
        return "other-database";
    case ReturnProblem::Kind::OtherPeriod:
        return "other-period";
    case ReturnProblem::Kind::UnknownUnit:
        return "unknown-unit";
    case ReturnProblem::Kind::NotTheUnitsTask:
        return "not-the-units-task";
    case ReturnProblem::Kind::LockedCellEdited:
        return "locked-cell-edited";
    case ReturnProblem::Kind::BadPercent:
        return "bad-percent";
    case ReturnProblem::Kind::BadDate:
        return "bad-date";
    case ReturnProblem::Kind::BadChoice:
        return "bad-choice";
    case ReturnProblem::Kind::RowAdded:
        return "row-added";
    case ReturnProblem::Kind::RowDeleted:
        return "row-deleted";
    case ReturnProblem::Kind::HeaderEdited:
        return "header-edited";
    }
    return "";
}

QJsonObject toJson(const ReturnedPackage &r)
{
    QJsonArray problems;
    for (const ReturnProblem &p : r.problems)
        problems.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(problemKey(p.kind))},
                                    {QStringLiteral("row"), p.row > 0 ? QJsonValue(p.row) : QJsonValue()},
                                    {QStringLiteral("message"), p.message}});
    QJsonArray tasks;
    for (const ReturnedTask &t : r.tasks)
        tasks.append(
            QJsonObject{{QStringLiteral("task"), t.number},
                        {QStringLiteral("progress"), t.progress},
                        {QStringLiteral("percent"), t.percent >= 0 ? QJsonValue(t.percent) : QJsonValue()},
                        {QStringLiteral("problems"), t.problems},
                        {QStringLiteral("next_steps"), t.nextSteps},
                        {QStringLiteral("request_completion"), t.requestCompletion},
                        {QStringLiteral("extend_to"),
                         t.extendTo.isValid() ? QJsonValue(t.extendTo.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("already_collected"), t.alreadyCollected}});
    return QJsonObject{{QStringLiteral("file"), r.file},
                       {QStringLiteral("unit"), r.unit},
                       {QStringLiteral("period"), r.period},
                       {QStringLiteral("ok"), r.ok()},
                       {QStringLiteral("reports"), r.reports()},
                       {QStringLiteral("completion_requests"), r.completionRequests()},
                       {QStringLiteral("extension_requests"), r.extensionRequests()},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("tasks"), tasks}};
}

} // namespace

int runCollect(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "duban collect FILE|FOLDER... [--period YYYY-MM] [--date DATE] [--dry-run] [--json] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          QStringLiteral("The month the packages must be for."),
                                          QStringLiteral("YYYY-MM"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QStringLiteral("The day the returns came (default today)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Check and list; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the returns as JSON."));
    parser.addOptions({db, periodOption, dateOption, dryRun, json});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Returned .xlsx packages, or folders of them."));
    if (const auto exit = parseArguments(parser, arguments, usage))
        return *exit;
    const QStringList files = ReportPackageService::packageFiles(parser.positionalArguments());
    if (files.isEmpty()) {
        printError(QStringLiteral("no package to collect\nusage: %1").arg(usage));
        return kExitBadInput;
    }
    const QString period = parser.value(periodOption).trimmed();
    if (!period.isEmpty() && !ReportPackageService::parsePeriod(period)) {
        printError(QStringLiteral("--period is a month like 2023-06, not \"%1\"").arg(period));
        return kExitBadInput;
    }
    QDate on = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        const auto d = parseAsOf(parser.value(dateOption));
        if (!d)
            return kExitBadInput;
        on = *d;
    }
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    ReportPackageService packages(*database);
    QList<ReturnedPackage> returns;
    bool ok = true;
    for (const QString &f : std::as_const(files)) {
        returns.append(packages.read(f, period));
        ok = ok && returns.last().ok();
    }
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const ReturnedPackage &r : std::as_const(returns))
            all.append(toJson(r));
        printOut(QJsonDocument(all).toJson(QJsonDocument::Indented));
    } else {
        for (const ReturnedPackage &r : std::as_const(returns)) {
            if (r.ok())
                printOut(
                    QStringLiteral("%1\t%2\t%3: %4 reports, %5 completion requests, %6 extension requests")
                        .arg(r.file, r.unit, r.period)
                        .arg(r.reports())
                        .arg(r.completionRequests())
                        .arg(r.extensionRequests()));
            for (const ReturnProblem &p : r.problems)
                printError(p.message);
        }
    }
    if (!ok) {
        printError(
            QStringLiteral("nothing was collected: correct the packages above and collect them again"));
        return kExitBadInput;
    }
    if (parser.isSet(dryRun))
        return kExitOk;
    StorageError error;
    const std::optional<ReportPackageService::Saved> saved = packages.save(returns, on, &error);
    if (!saved) {
        printError(error.message);
        return error.code == StorageError::Code::Invalid || error.code == StorageError::Code::Conflict
                   ? kExitBadInput
                   : kExitFailure;
    }
    if (!parser.isSet(json))
        printOut(QStringLiteral("collected %1 reports and %2 requests on %3")
                     .arg(saved->reports.size())
                     .arg(saved->requests.size())
                     .arg(on.toString(Qt::ISODate)));
    return kExitOk;
}

} // namespace duban::app
