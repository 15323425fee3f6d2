#include "Startup.h"

#include "Translations.h"

#include "core/settings/UserSetting.h"

#include <QCoreApplication>
#include <QSettings>

namespace duban::app {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duban"));
    QCoreApplication::setApplicationName(QStringLiteral("duban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUBAN_VERSION));
}

void prepareApplication(QCoreApplication &app)
{
    setIdentity();
    installTranslations(app, core::settings::language.get(QSettings()));
}

QCommandLineOption addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Supervision ledger for policy-document tasks"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("main", "Database file to open."),
                          QStringLiteral("FILE"));
    parser.addOption(db);
    return db;
}

} // namespace duban::app
