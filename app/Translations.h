#pragma once

#include <QString>

class QCoreApplication;

namespace duban::app {

/// Installs Duban's and Qt's own translations for the chosen language ("system", "en", "zh_CN").
/// Returns the language actually used.
QString installTranslations(QCoreApplication &app, const QString &choice);

} // namespace duban::app
