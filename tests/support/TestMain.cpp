// Test entry point of core's tests (core, import, rules, app): Qt Core only, no Widgets nor Gui. Pins locale
// and time zone and isolates QStandardPaths from the user's data (TestEnvironment.h).
#include "TestEnvironment.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    duban::test::pinEnvironment();
    QCoreApplication app(argc, argv);
    duban::test::nameApplication();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
