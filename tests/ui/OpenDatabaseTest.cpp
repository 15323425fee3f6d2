// The window opens a database it has to create only after asking, unless it is the default one.
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/WindowDatabase.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace duban::core;
using namespace duban::ui;
using duban::test::TempDir;

TEST(WindowDatabase, AMissingFileIsCreatedOnlyWhenTheAnswerIsYes)
{
    // GIVEN a path in a folder that does not exist
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("typo"));
    const QString path = folder + QStringLiteral("/ledger.sqlite");
    QStringList asked;
    // WHEN the window is to open it and the answer is no
    StorageError error;
    auto declined = WindowDatabase::open(
        path,
        [&](const QString &question) {
            asked.append(question);
            return false;
        },
        &error);
    // THEN the question named the path, nothing was opened and nothing was created
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first(), QStringLiteral("No database at %1. Create a new empty ledger there?")
                                 .arg(QDir::toNativeSeparators(path)));
    EXPECT_FALSE(declined);
    EXPECT_EQ(error.code, StorageError::Code::Missing);
    EXPECT_FALSE(QFileInfo::exists(folder));
    // and when the answer is yes, the ledger is created
    auto accepted = WindowDatabase::open(
        path, [](const QString &) { return true; }, &error);
    ASSERT_TRUE(accepted) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo(path).isFile());
}

TEST(WindowDatabase, AnExistingFileOrTheDefaultDatabaseIsOpenedWithoutAsking)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ledger.sqlite"));
    ASSERT_TRUE(Database::open(path, nullptr));
    int questions = 0;
    auto ask = [&](const QString &) {
        ++questions;
        return false;
    };
    StorageError error;
    EXPECT_TRUE(WindowDatabase::open(path, ask, &error)) << error.message.toStdString();
    // The default database (in the tests' own data folder) is created without a question
    const QString standard = Database::defaultPath();
    QFile::remove(standard);
    EXPECT_TRUE(WindowDatabase::open(standard, ask, &error)) << error.message.toStdString();
    EXPECT_TRUE(QFileInfo(standard).isFile());
    QFile::remove(standard);
    EXPECT_EQ(questions, 0);
}

TEST(WindowDatabase, MainWindowAsksBeforeCreatingAndKeepsTheOpenLedgerOnNo)
{
    TempDir dir;
    MainWindow window(Database::open(dir.file(QStringLiteral("first.sqlite")), nullptr));
    QString asked;
    window.setCreateQuestion([&](const QString &question) {
        asked = question;
        return false;
    });
    const QString missing = dir.file(QStringLiteral("typo/second.sqlite"));
    EXPECT_FALSE(window.openDatabase(missing));
    EXPECT_TRUE(asked.contains(QStringLiteral("No database at")));
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("typo"))));
    EXPECT_EQ(window.database()->path(),
              QFileInfo(dir.file(QStringLiteral("first.sqlite"))).absoluteFilePath());
    window.setCreateQuestion([](const QString &) { return true; });
    EXPECT_TRUE(window.openDatabase(missing));
    EXPECT_TRUE(QFileInfo(missing).isFile());
}
