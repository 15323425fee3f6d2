// A large file that changed since its last check opens at once; the window checks it in the background and
// holds edits until the check passes, and a damaged file is refused once the check finds it.
#include "support/TempDir.h"

#include "core/services/OpenLedger.h"
#include "core/storage/Database.h"
#include "core/storage/IntegrityCache.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"
#include "ui/commands/TaskCommands.h"
#include "ui/MainWindow.h"
#include "ui/WindowDatabase.h"

#include <gtest/gtest.h>

#include "core/services/UndoStack.h"
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

using namespace duban::core;
using namespace duban::ui;

namespace {

QString bigLedger(const duban::test::TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    auto db = Database::open(path, nullptr);
    SyntheticSpec spec;
    spec.tasks = 60000;
    spec.reports = 40000;
    EXPECT_TRUE(SyntheticGenerator(*db).generate(spec, nullptr, nullptr, {}));
    return path;
}

} // namespace

TEST(WindowIntegrity, ALargeChangedFileIsCheckedInTheBackgroundWithEditsHeld)
{
    // GIVEN a 60,000-task file that has not been checked since it was written
    duban::test::TempDir dir;
    const QString path = bigLedger(dir, QStringLiteral("big.sqlite"));
    ASSERT_GT(QFileInfo(path).size(), Database::kAlwaysCheckBytes);
    IntegrityCache::forget(path);
    // WHEN the window opens it
    StorageError error;
    auto db = WindowDatabase::open(path, {}, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    ASSERT_TRUE(db->integrityPending());
    MainWindow window(std::move(db));
    QSignalSpy finished(&window, &MainWindow::integrityCheckFinished);
    // THEN an edit made before the check is done is refused, with the reason
    ASSERT_TRUE(window.store()->writesHeld());
    auto task = window.store()->task(1);
    ASSERT_TRUE(task);
    Task renamed = *task;
    renamed.title = QStringLiteral("检查期间的修改");
    EXPECT_FALSE(
        StoreCommand::push(new EditTaskCommand(window.store(), *task, renamed, QStringLiteral("t")), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("checking"))) << error.message.toStdString();
    // AND once the check has passed, edits go through and the result is remembered
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_FALSE(window.store()->writesHeld());
    EXPECT_TRUE(
        StoreCommand::push(new EditTaskCommand(window.store(), *task, renamed, QStringLiteral("t")), &error))
        << error.message.toStdString();
}

TEST(WindowIntegrity, ADamagedLargeFileIsRefusedWhenTheCheckFindsIt)
{
    duban::test::TempDir dir;
    const QString path = bigLedger(dir, QStringLiteral("big.sqlite"));
    IntegrityCache::forget(path);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek((f.size() / 4096 / 2) * 4096));
        f.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray damaged = duban::test::readAll(path);
    StorageError error;
    auto db = WindowDatabase::open(path, {}, &error);
    ASSERT_TRUE(db) << error.message.toStdString(); // the header and schema are intact
    QString said;
    MainWindow window(std::move(db));
    window.setDamagedHandler([&said](const QString &message) { said = message; });
    QSignalSpy finished(&window, &MainWindow::integrityCheckFinished);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(said.contains(QStringLiteral("damaged"))) << said.toStdString();
    EXPECT_TRUE(window.store()->writesHeld());
    EXPECT_EQ(duban::test::readAll(path), damaged);
}

TEST(WindowIntegrity, AWindowClosedDuringTheCheckWaitsForItAndDoesNotCrash)
{
    duban::test::TempDir dir;
    const QString path = bigLedger(dir, QStringLiteral("big.sqlite"));
    IntegrityCache::forget(path);
    StorageError error;
    auto db = WindowDatabase::open(path, {}, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    {
        MainWindow window(std::move(db));
        EXPECT_TRUE(window.store()->writesHeld());
    }                                  // closed while the check runs
    QCoreApplication::processEvents(); // its result arrives for no window
    EXPECT_EQ(QSqlDatabase::connectionNames().filter(QStringLiteral("duban-check")).size(), 0);
}
