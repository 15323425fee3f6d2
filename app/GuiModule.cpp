#include "GuiModule.h"

#include "CliCommon.h"
#include "Startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cerrno>

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

// Where the module may be, in order: next to the executable (the build tree), the install libdir relative to
// the executable (bin/../lib/duban, wherever the tree was installed), the libdir configured at build time.
QStringList moduleCandidates(const char *argv0)
{
    const QString name = QStringLiteral(DUBAN_GUI_MODULE);
    const QDir folder(executableFolder(argv0));
    QStringList candidates;
    for (const QString &path :
         {folder.filePath(name), QDir(folder.filePath(QStringLiteral(DUBAN_BIN_TO_MODULE))).filePath(name),
          QDir(QStringLiteral(DUBAN_MODULE_DIR)).filePath(name)}) {
        const QString clean = QDir::cleanPath(path);
        if (!candidates.contains(clean))
            candidates.append(clean);
    }
    return candidates;
}

} // namespace

int runGuiModule(int argc, char **argv)
{
    using Entry = int (*)(int, char **);
    QStringList why; // one reason a candidate, as dlopen says it
    // The first module found is the one: one that fails to load is reported, not replaced by another build's.
    for (const QString &path : moduleCandidates(argv[0])) {
        if (!QFileInfo::exists(path)) {
            why.append(path + QStringLiteral(": ") + qt_error_string(ENOENT));
            continue;
        }
        QLibrary module(path);
        if (const auto entry = reinterpret_cast<Entry>(module.resolve("duban_gui_main")))
            return entry(argc, argv);
        why = QStringList{module.errorString()};
        break;
    }
    QCoreApplication app(argc, argv); // for the message's translation
    prepareApplication(app);
    printError(QCoreApplication::translate("main", "the window and briefing module could not be loaded: %1")
                   .arg(why.join(QStringLiteral("; "))));
    return kExitFailure;
}

} // namespace duban::app
