#include "Cli.h"

#include "CliCommon.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstring>

namespace duban::app {

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

// The commands that run here; `brief` runs in the window's module (GuiMain.cpp).
const Command kCommands[] = {
    {"import", &runImport},     {"tasks", &runTasks},     {"report", &runReport},
    {"complete", &runComplete}, {"reopen", &runReopen},   {"generate", &runGenerate},
    {"targets", &runTargets},   {"observe", &runObserve}, {"check", &runCheck},
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
    printError(QStringLiteral("unknown command %1").arg(args.value(1)));
    return kExitBadInput;
}

} // namespace duban::app
