#include "BriefingStyle.h"

#include "ui/AppSettings.h"

#include <QFontDatabase>

namespace duban::ui {

namespace {

QString installedOr(const QString &family, const QString &fallback)
{
    return !family.isEmpty() && QFontDatabase::hasFamily(family) ? family : fallback;
}

} // namespace

BriefingStyle BriefingStyle::defaults()
{
    BriefingStyle s;
    s.bodyFamily = settings::bodyFont.defaultValue;
    s.headingFamily = settings::headingFont.defaultValue;
    s.kaiFamily = installedOr(QStringLiteral("AR PL UKai CN"), s.bodyFamily);
    return s;
}

BriefingStyle BriefingStyle::fromSettings(const QSettings &settings)
{
    BriefingStyle s = defaults();
    s.bodyFamily = installedOr(settings::bodyFont.get(settings), s.bodyFamily);
    s.headingFamily = installedOr(settings::headingFont.get(settings), s.headingFamily);
    return s;
}

} // namespace duban::ui
