// duban due: what open tasks owe within the next working days (deadlines, milestones, report due days,
// responses to 催办/督办), as of a date.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/DueService.h"
#include "core/services/LookupService.h"

namespace duban::app {

using namespace duban::core;

namespace {

void appendJsonText(QByteArray &out, const QString &text)
{
    appendJsonUtf8(out, text.toUtf8());
}

QByteArray listing(const QList<DueItem> &items, bool json)
{
    QByteArray out;
    if (json)
        out.append("[");
    bool first = true;
    for (const DueItem &item : items) {
        const QByteArray date = item.date.toString(Qt::ISODate).toUtf8();
        if (json) {
            out.append(first ? "\n  {\"date\": \"" : ",\n  {\"date\": \"");
            out.append(date).append("\", \"kind\": \"").append(dueKindKey(item.kind).toUtf8());
            out.append("\", \"task\": ");
            appendJsonText(out, item.taskCode);
            out.append(", \"title\": ");
            appendJsonText(out, item.taskTitle);
            out.append(", \"unit\": ");
            appendJsonText(out, item.unit);
            out.append(", \"text\": ");
            appendJsonText(out, item.text);
            out.append("}");
        } else {
            out.append(date).append('\t').append(dueKindKey(item.kind).toUtf8()).append('\t');
            out.append(item.taskCode.toUtf8()).append('\t').append(item.taskTitle.toUtf8()).append('\t');
            out.append(item.unit.toUtf8()).append('\t').append(item.text.toUtf8()).append('\n');
        }
        first = false;
    }
    if (json)
        out.append(items.isEmpty() ? "]\n" : "\n]\n");
    return out;
}

} // namespace

int runDue(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban due [--within N] [--as-of DATE] [--unit NAME] [--json] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption within(
        QStringLiteral("within"),
        QStringLiteral("Working days ahead (default: the ledger's setting rules.remindWorkdays, else 3)."),
        QStringLiteral("N"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QStringLiteral("The first day of the window (default: today)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption unitOption(QStringLiteral("unit"),
                                        QStringLiteral("Items of this unit only (the lead, or the unit a "
                                                       "reminder or notice was sent to)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({within, asOfOption, unitOption, json, db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    const auto asOf = parseAsOf(parser.value(asOfOption));
    if (!asOf)
        return kExitBadInput;
    std::optional<int> workdays;
    if (parser.isSet(within)) {
        bool ok = false;
        workdays = parser.value(within).trimmed().toInt(&ok);
        StorageError error;
        if (!ok) {
            printError(QStringLiteral("--within wants a number of working days, not \"%1\"")
                           .arg(parser.value(within)));
            return kExitBadInput;
        }
        if (!DueService::validateWorkdays(*workdays, &error))
            return printFailure(error);
    }
    auto database = openDatabase(parser.value(db), DatabaseUse::MustExist);
    if (!database)
        return kExitFailure;
    QString unit;
    if (parser.isSet(unitOption)) {
        const NameMatch<Unit> match = LookupService(*database).matchUnit(parser.value(unitOption));
        if (!match.found) {
            printError(LookupService::unitProblem(match, parser.value(unitOption)));
            return kExitBadInput;
        }
        unit = match.found->name;
    }
    const DueService due(*database);
    StorageError error;
    QList<DueItem> items = due.dueSoon(*asOf, workdays.value_or(due.remindWorkdays()), &error);
    if (error.isError())
        return printFailure(error);
    if (!unit.isEmpty())
        items.removeIf([&](const DueItem &item) { return item.unit != unit; });
    printOut(listing(items, parser.isSet(json)));
    return kExitOk;
}

} // namespace duban::app
