// Test entry point of the window's tests (ui, indicators, briefing): a QApplication on the offscreen
// platform unless one is chosen, with the same pinned locale, time zone and paths as core's (TestMain.cpp).
#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    duban::test::pinEnvironment();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    duban::test::nameApplication();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
