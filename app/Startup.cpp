#include "Startup.h"

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
    // Every command, as the README lists them: `duban --help` is where a user finds them.
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Supervision ledger for policy-document tasks") +
        QStringLiteral("\n\n") + QCoreApplication::translate("main", "Commands:") +
        QStringLiteral(
            "\n"
            "  duban [--db FILE]                          open the window\n"
            "  duban import FILE [--db FILE] [--dry-run] [--json] [--replace]\n"
            "  duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]\n"
            "  duban targets [--db FILE] [--as-of DATE] [--json]\n"
            "  duban observe --indicator NAME --period P --value V [--source S] [--note N] [--db FILE]\n"
            "  duban observe --csv FILE [--force] [--db FILE]\n"
            "  duban brief --out FILE.pdf [--overwrite] [--db FILE] [--as-of DATE] [--issue N]\n"
            "  duban check [--db FILE]\n"
            "  duban generate --db FILE --tasks N --reports M [--seed S]"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "Database file to open."),
                          QStringLiteral("FILE"));
    parser.addOption(db);
    return db;
}

} // namespace duban::app
