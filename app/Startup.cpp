#include "Startup.h"

#include "CommandList.h"
#include "Translations.h"

#include "core/settings/UserSetting.h"

#include <QCoreApplication>
#include <QSettings>

namespace duban::app {

namespace {

// Organization, application name and version, as QSettings and --version use them.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duban"));
    QCoreApplication::setApplicationName(QStringLiteral("duban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUBAN_VERSION));
}

} // namespace

void prepareApplication(QCoreApplication &app)
{
    setIdentity();
    installTranslations(app, core::settings::language.get(QSettings()));
}

QCommandLineOption addWindowOptions(QCommandLineParser &parser)
{
    // Every command, one line each: `duban --help` is where a user finds them.
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Supervision ledger for policy-document tasks") +
        QStringLiteral("\n\n") + QCoreApplication::translate("main", "Commands:") + QStringLiteral("\n") +
        commandOverview());
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "Database file to open."),
                          QStringLiteral("FILE"));
    parser.addOption(db);
    return db;
}

} // namespace duban::app
