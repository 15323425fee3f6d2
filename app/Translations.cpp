#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QVariant>

namespace duban::app {

namespace {

// Set on the application object once its translators are installed: a second call for the same application
// (whichever copy of this file makes it, the executable's or the window module's) installs nothing more.
constexpr char kInstalledLanguage[] = "duban.language";

QString install(QCoreApplication &app, const QString &choice)
{
    QLocale locale = QLocale::system();
    if (choice == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    else if (choice == QLatin1String("zh_CN"))
        locale = QLocale(QLocale::Chinese, QLocale::China);
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    QLocale::setDefault(locale);
    // The catalogue is embedded once, in libduban_core (:/i18n), which every binary shares.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("duban"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &choice)
{
    const QVariant installed = app.property(kInstalledLanguage);
    if (installed.isValid())
        return installed.toString();
    const QString language = install(app, choice);
    app.setProperty(kInstalledLanguage, language);
    return language;
}

} // namespace duban::app
