// duban complete and duban reopen: the window's 办结 tick from the command line, one transaction each,
// refused when it would change nothing or complete a task in the future.
#include "CliCommon.h"
#include "Commands.h"

#include "core/services/ProgressService.h"

namespace duban::app {

using namespace duban::core;

int runComplete(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban complete --task CODE [--plan NUMBER] --date DATE [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption task = taskOption();
    const QCommandLineOption plan = planOption();
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day it was completed (2023-06-30): today or earlier."),
                                  QStringLiteral("DATE"));
    parser.addOptions({task, plan, date, actorOption(), db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task"), QStringLiteral("date")}, usage))
        return kExitBadInput;
    const auto day = parseDay(QStringLiteral("date"), parser.value(date));
    if (!day)
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        StorageError error;
        if (!ProgressService(database).completeTask(t.id, *day, QDate::currentDate(), nullptr, &error))
            return printFailure(error);
        printOut(QStringLiteral("completed %1 on %2").arg(t.code, day->toString(Qt::ISODate)));
        return kExitOk;
    });
}

int runReopen(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("duban reopen --task CODE [--plan NUMBER] [--actor NAME] [--db FILE]");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption task = taskOption();
    const QCommandLineOption plan = planOption();
    parser.addOptions({task, plan, actorOption(), db});
    if (const auto exit = parseOptionsOnly(parser, arguments, usage))
        return *exit;
    if (!requireOptions(parser, {QStringLiteral("task")}, usage))
        return kExitBadInput;
    return onTask(parser, [&](Database &database, const Task &t) {
        StorageError error;
        if (!ProgressService(database).reopenTask(t.id, nullptr, &error))
            return printFailure(error);
        printOut(QStringLiteral("reopened %1").arg(t.code));
        return kExitOk;
    });
}

} // namespace duban::app
