// duban: opens the window, or runs a headless command (import, tasks, brief …) without a display.
#include "Cli.h"
#include "Translations.h"

#include "core/storage/Database.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duban"));
    QCoreApplication::setApplicationName(QStringLiteral("duban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUBAN_VERSION));
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Duban"));
    duban::app::installTranslations(app, duban::ui::settings::language.get(QSettings()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Supervision ledger for policy-document tasks"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Database file to open."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = duban::core::Database::resolvePath(parser.value(dbOption));
    duban::core::StorageError error;
    auto database = duban::core::Database::open(path, &error);
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Duban"), error.message);
        std::fprintf(stderr, "duban: %s\n", qPrintable(error.message));
        return 1;
    }
    duban::ui::MainWindow window(std::move(database));
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (duban::app::isHeadlessCommand(argc, argv)) {
        // `brief` lays out text and charts (QGraphicsWidget): it needs a QApplication, without a display.
        const bool gui = std::strcmp(argv[1], "brief") == 0;
        if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app =
            gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        duban::app::installTranslations(*app, duban::ui::settings::language.get(QSettings()));
        return duban::app::runCommand(*app);
    }
    return runWindow(argc, argv);
}
