#pragma once

#include <QString>

class QCoreApplication;

namespace duban::app {

/// Installs Duban's and Qt's own translations for the chosen language ("system", "en", "zh_CN").
/// Returns the language actually used. Once per application object: a later call installs nothing and
/// returns the language of the first.
QString installTranslations(QCoreApplication &app, const QString &choice);

} // namespace duban::app
