// The module duban_gui: the main window, and `duban brief`, which lays out pages with Qt Gui. Loaded by the
// executable only for these (see GuiModule.h).
#include "CliCommon.h"
#include "Commands.h"
#include "Startup.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/WindowDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    duban::app::prepareApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Duban"));

    QCommandLineParser parser;
    const QCommandLineOption dbOption = duban::app::addWindowOptions(parser);
    parser.process(app);

    const QString path = duban::core::Database::resolvePath(parser.value(dbOption));
    duban::core::StorageError error;
    // --db or DUBAN_DB naming a missing file: ask before creating it (Cancel quits, creating nothing).
    auto ask = [](const QString &question) {
        return QMessageBox::question(nullptr, QCoreApplication::translate("main", "Duban"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    auto database = duban::ui::WindowDatabase::open(path, ask, &error);
    if (!database) {
        if (error.code != duban::core::StorageError::Code::Missing)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Duban"), error.message);
        std::fprintf(stderr, "duban: %s\n", qPrintable(error.message));
        return 1;
    }
    duban::ui::MainWindow window(std::move(database));
    window.show();
    return QApplication::exec();
}

// `brief` and `notice` lay out text (QTextDocument, QPdfWriter): they need a QApplication, without a display.
int runPageCommand(int argc, char **argv, int (*run)(const QStringList &))
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    duban::app::prepareApplication(app);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1); // parsers expect the program name first
    return run(arguments);
}

} // namespace

extern "C" Q_DECL_EXPORT int duban_gui_main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "brief") == 0)
        return runPageCommand(argc, argv, &duban::app::runBrief);
    if (argc >= 2 && std::strcmp(argv[1], "notice") == 0)
        return runPageCommand(argc, argv, &duban::app::runNotice);
    if (argc >= 2 && std::strcmp(argv[1], "export") == 0)
        return runPageCommand(argc, argv, &duban::app::runExport);
    if (argc >= 2 && std::strcmp(argv[1], "package") == 0)
        return runPageCommand(argc, argv, &duban::app::runPackage);
    return runWindow(argc, argv);
}
