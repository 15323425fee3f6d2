// duban: runs a headless command (import, tasks, report, generate …) with Qt Core and Sql only, or opens the
// window (and `brief`) through the module duban_gui.
#include "Cli.h"
#include "GuiModule.h"
#include "Startup.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

// `duban --help` and `duban --version` are answered here, without loading the window (nor needing a display).
// Anything more (--help-all, Qt's -platform …) goes to the window's QApplication, which knows those options.
bool asksForInformation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (int i = 1; i < argc; ++i) {
        const bool information = std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0 ||
                                 std::strcmp(argv[i], "-v") == 0 || std::strcmp(argv[i], "--version") == 0;
        if (!information)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (duban::app::isHeadlessCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        duban::app::prepareApplication(app);
        return duban::app::runCommand(app);
    }
    // A mistyped command (`duban taks`) is an error, not the window (which, without a display, would abort).
    if (duban::app::isUnknownCommand(argc, argv))
        return duban::app::refuseUnknownCommand(argc, argv);
    if (asksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        duban::app::prepareApplication(app);
        QCommandLineParser parser;
        duban::app::addWindowOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    return duban::app::runGuiModule(argc, argv);
}
