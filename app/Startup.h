#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

class QCoreApplication;

namespace duban::app {

/// Organization, application name and version (as QSettings and --version use them) plus the translations of
/// the language the user chose (the setting shared with the window).
void prepareApplication(QCoreApplication &app);

/// The options of `duban` without a command (the window): --help, --version and --db. Returns --db.
QCommandLineOption addWindowOptions(QCommandLineParser &parser);

} // namespace duban::app
