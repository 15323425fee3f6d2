#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace duban::app {

QString installTranslations(QCoreApplication &app, const QString &choice)
{
    QLocale locale = QLocale::system();
    if (choice == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    else if (choice == QLatin1String("zh_CN"))
        locale = QLocale(QLocale::Chinese, QLocale::China);
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("duban"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace duban::app
