#pragma once

// What every test binary pins before its application object exists, and names after: the time zone, the
// locale, QStandardPaths' test mode (nothing of the user's data), no DUBAN_DB. Shared by the two test mains,
// TestMain.cpp (core, QCoreApplication) and GuiTestMain.cpp (window, QApplication).
#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace duban::test {

inline void pinEnvironment()
{
    qputenv("TZ", "Asia/Shanghai");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("DUBAN_DB");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

inline void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DubanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("duban-tests"));
}

} // namespace duban::test
