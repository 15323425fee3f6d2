#include "GuiModule.h"

#include "CliCommon.h"
#include "Startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace duban::app {

namespace {

// The executable's folder, before any QCoreApplication exists (QApplication is made in the module).
QString executableFolder(const char *argv0)
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.symLinkTarget()).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

int runGuiModule(int argc, char **argv)
{
    using Entry = int (*)(int, char **);
    QLibrary module(QDir(executableFolder(argv[0])).filePath(QStringLiteral(DUBAN_GUI_MODULE)));
    const auto entry = reinterpret_cast<Entry>(module.resolve("duban_gui_main"));
    if (!entry) {
        QCoreApplication app(argc, argv); // for the message's translation
        prepareApplication(app);
        printError(
            QCoreApplication::translate("main", "the window and briefing module could not be loaded: %1")
                .arg(module.errorString()));
        return kExitFailure;
    }
    return entry(argc, argv);
}

} // namespace duban::app
