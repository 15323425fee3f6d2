#include "Cli.h"

#include "CliCommon.h"
#include "CommandList.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <cstring>

namespace duban::app {

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

// The commands that run here; `brief` and `notice` run in the window's module (GuiMain.cpp).
const Command kCommands[] = {
    {"import", &runImport},   {"tasks", &runTasks},
    {"report", &runReport},   {"complete", &runComplete},
    {"reopen", &runReopen},   {"assign", &runAssign},
    {"sign", &runSign},       {"request-completion", &runRequestCompletion},
    {"review", &runReview},   {"extend", &runExtend},
    {"history", &runHistory}, {"generate", &runGenerate},
    {"targets", &runTargets}, {"observe", &runObserve},
    {"check", &runCheck},     {"calendar", &runCalendar},
    {"scores", &runScores},   {"due", &runDue},
    {"collect", &runCollect},
};

} // namespace

bool isHeadlessCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const Command &c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return true;
    }
    return false;
}

bool isUnknownCommand(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-')
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    return !findCommand(first) && (first.isEmpty() || !QFileInfo::exists(first));
}

int runCommand(QCoreApplication &app)
{
    const QStringList args = app.arguments();
    for (const Command &c : kCommands) {
        if (args.value(1) == QLatin1String(c.name)) {
            QStringList rest = args;
            rest.removeAt(1); // parsers expect the program name first
            return c.run(rest);
        }
    }
    printError(unknownCommandMessage(args.value(1)));
    return kExitBadInput;
}

int refuseUnknownCommand(int argc, char **argv)
{
    printError(unknownCommandMessage(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString()));
    return kExitBadInput;
}

} // namespace duban::app
