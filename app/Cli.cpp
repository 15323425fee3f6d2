#include "Cli.h"

#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace duban::app {

namespace {

const char *const kCommands[] = {"tasks"};

void err(const QString &text)
{
    std::fprintf(stderr, "duban: %s\n", text.toUtf8().constData());
}

} // namespace

bool isHeadlessCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : kCommands) {
        if (std::strcmp(argv[1], c) == 0)
            return true;
    }
    return false;
}

int runCommand(QCoreApplication &app)
{
    const QStringList args = app.arguments();
    err(QStringLiteral("unknown command %1").arg(args.value(1)));
    return 2;
}

} // namespace duban::app
