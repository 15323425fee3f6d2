#pragma once

// What every test binary pins before its application object exists, and names after: the time zone, the
// locale, QStandardPaths' test mode (nothing of the user's data), no DUBAN_DB, preferences of its own. Shared
// by the two test mains, TestMain.cpp (core, QCoreApplication) and GuiTestMain.cpp (window, QApplication).
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace duban::test {

inline void pinEnvironment()
{
    qputenv("TZ", "Asia/Shanghai");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("DUBAN_DB");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The user's preferences (QSettings) in a folder of this process: ctest runs tests as parallel
    // processes, which would otherwise read and write one file (test mode does not move QSettings apart).
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

inline void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DubanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("duban-tests"));
}

} // namespace duban::test
