// duban: runs a headless command (import, tasks, generate …) with Qt Core and Sql only, or opens the window
// (and `brief`) through the module duban_gui.
#include "Cli.h"
#include "GuiModule.h"
#include "Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

// --help and --version of the window are answered here, without loading the window (nor needing a display).
bool asksForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (duban::app::isHeadlessCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        duban::app::prepareApplication(app);
        return duban::app::runCommand(app);
    }
    if (!duban::app::isGuiCommand(argc, argv) && asksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        duban::app::prepareApplication(app);
        QCommandLineParser parser;
        duban::app::addWindowOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    return duban::app::runGuiModule(argc, argv);
}
