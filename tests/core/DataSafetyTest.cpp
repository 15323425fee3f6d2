// Data safety in storage: row versions against lost updates, BEGIN IMMEDIATE against lock failures, nested
// transactions, the integrity check of large files and its cache, and migration to versioned rows.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/IntegrityCache.h"
#include "core/storage/Migrations.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/ProgressRepository.h"
#include "core/storage/SyntheticGenerator.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <chrono>
#include <thread>

using namespace duban::core;
using duban::test::TempDir;

namespace {

/// The small plan saved in a file, and a second, independent connection to the same file ("another writer").
struct TwoWriters
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("shared.sqlite"));
    std::unique_ptr<Database> mine = Database::open(path, nullptr);
    std::unique_ptr<Database> theirs;
    PlanDocument doc = duban::test::smallPlan();

    TwoWriters()
    {
        PlanRepository(*mine).save(doc, nullptr);
        theirs = Database::open(path, nullptr);
    }
    qint64 taskId(int i) const { return doc.tasks.at(i).id; }
    Task load(Database &db, qint64 id) const { return *TaskRepository(db).load(id); }
};

QList<qint64> unitRowIds(QSqlDatabase db, qint64 taskId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM task_units WHERE task_id = ? ORDER BY rowid"));
    q.addBindValue(taskId);
    q.exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

/// A 60,000-task ledger: over the size below which every open checks the whole file.
bool writeBigLedger(const QString &path)
{
    auto db = Database::open(path, nullptr);
    SyntheticSpec spec;
    spec.tasks = 60000;
    spec.reports = 60000;
    return db && SyntheticGenerator(*db).generate(spec, nullptr, nullptr, {});
}

void damagePage(const QString &path, qint64 page)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(page * 4096));
    ASSERT_EQ(f.write(QByteArray(4096, '\xA5')), 4096);
}

} // namespace

TEST(DataSafety, AnEditOfAStaleCopyIsAConflictAndWritesNothing)
{
    // GIVEN a task read by the window, then renamed by another writer
    TwoWriters f;
    const Task shown = f.load(*f.mine, f.taskId(2));
    Task renamed = f.load(*f.theirs, f.taskId(2));
    renamed.title = QStringLiteral("另一进程改的标题");
    ASSERT_TRUE(TaskRepository(*f.theirs).update(renamed, nullptr));
    // WHEN the window ticks 办结 on its stale copy
    Task completed = shown;
    completed.status = TaskStatus::Completed;
    completed.completedOn = QDate(2023, 6, 1);
    StorageError error;
    EXPECT_FALSE(TaskRepository(*f.mine).updateChanged(shown, completed, &error));
    // THEN it is told, and the other writer's title stays; nothing of the stale copy was written
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    const Task now = f.load(*f.mine, f.taskId(2));
    EXPECT_EQ(now.title, QStringLiteral("另一进程改的标题"));
    EXPECT_EQ(now.status, TaskStatus::Open);
    EXPECT_EQ(now.version, shown.version + 1);
}

TEST(DataSafety, AnEditWritesOnlyTheFieldsThatChanged)
{
    // GIVEN a task with its units
    TwoWriters f;
    const Task before = f.load(*f.mine, f.taskId(0));
    const QList<qint64> unitRows = unitRowIds(f.mine->connection(), before.id);
    ASSERT_FALSE(unitRows.isEmpty());
    // WHEN only the title changes
    Task after = before;
    after.title = QStringLiteral("只改标题");
    ASSERT_TRUE(TaskRepository(*f.mine).updateChanged(before, after, nullptr));
    // THEN the unit rows are the same rows (not deleted and rewritten) and the version moved by one
    EXPECT_EQ(unitRowIds(f.mine->connection(), before.id), unitRows);
    EXPECT_EQ(after.version, before.version + 1);
    EXPECT_EQ(f.load(*f.theirs, before.id).title, QStringLiteral("只改标题"));
}

TEST(DataSafety, DeletingATaskAnotherWriterChangedIsAConflict)
{
    TwoWriters f;
    const Task shown = f.load(*f.mine, f.taskId(1));
    Task changed = f.load(*f.theirs, f.taskId(1));
    changed.deadline = QDate(2023, 9, 30);
    ASSERT_TRUE(TaskRepository(*f.theirs).update(changed, nullptr));
    StorageError error;
    EXPECT_FALSE(TaskRepository(*f.mine).remove(shown, &error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_TRUE(TaskRepository(*f.mine).load(shown.id).has_value());
}

TEST(DataSafety, AnEditOfADeletedTaskSaysItWasDeleted)
{
    TwoWriters f;
    const Task shown = f.load(*f.mine, f.taskId(3));
    ASSERT_TRUE(TaskRepository(*f.theirs).remove(shown.id, nullptr));
    Task edited = shown;
    edited.title = QStringLiteral("改");
    StorageError error;
    EXPECT_FALSE(TaskRepository(*f.mine).updateChanged(shown, edited, &error));
    EXPECT_EQ(error.code, StorageError::Code::NotFound);
    EXPECT_FALSE(TaskRepository(*f.mine).load(shown.id).has_value());
}

TEST(DataSafety, ReportsAndRecordsAreVersionedToo)
{
    TwoWriters f;
    ProgressReport r{0, f.taskId(0), QDate(2023, 5, 1), {}, QStringLiteral("进展"), 30, {}, {}};
    ASSERT_GT(ProgressRepository(*f.mine).insertReport(r, nullptr), 0);
    ProgressReport theirs = *ProgressRepository(*f.theirs).report(r.id);
    theirs.percent = 60;
    ASSERT_TRUE(ProgressRepository(*f.theirs).updateReport(theirs, nullptr));
    ProgressReport mine = r;
    mine.text = QStringLiteral("窗口里改的");
    StorageError error;
    EXPECT_FALSE(ProgressRepository(*f.mine).updateReport(mine, &error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_EQ(ProgressRepository(*f.mine).report(r.id)->percent, 60);
    EXPECT_FALSE(ProgressRepository(*f.mine).removeReport(r, &error));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
}

TEST(DataSafety, TransactionsNestAsSavepoints)
{
    TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("n.sqlite")), nullptr);
    QSqlDatabase c = db->connection();
    {
        Transaction outer(c);
        ASSERT_TRUE(outer.isActive());
        QSqlQuery(c).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
        {
            Transaction inner(c);
            ASSERT_TRUE(inner.isActive());
            EXPECT_EQ(Transaction::depth(c), 2);
            QSqlQuery(c).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"));
        } // inner rolled back
        {
            Transaction inner(c);
            QSqlQuery(c).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('c', '3')"));
            ASSERT_TRUE(inner.commit());
        }
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(Transaction::depth(c), 0);
    QSqlQuery q(c);
    q.exec(QStringLiteral(
        "SELECT group_concat(key, '') FROM (SELECT key FROM settings WHERE key IN ('a','b','c') "
        "ORDER BY key)"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ac"));
}

TEST(DataSafety, AWriterWaitsForAnotherInsteadOfFailing)
{
    // GIVEN one connection holding the write lock for 300 ms
    TempDir dir;
    const QString path = dir.file(QStringLiteral("w.sqlite"));
    auto db = Database::open(path, nullptr);
    QSqlDatabase c = db->connection();
    std::atomic<bool> locked{false};
    std::atomic<int> result{-1};
    std::thread other([&] {
        while (!locked)
            std::this_thread::yield();
        // WHEN a second writer, in another thread with its own connection, reads and then writes
        {
            const auto second = Database::openSession(path, nullptr);
            QSqlDatabase b = second->connection();
            Transaction tx(b);
            QSqlQuery q(b);
            q.exec(QStringLiteral("SELECT count(*) FROM settings"));
            q.next();
            const bool wrote = q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')"));
            result = tx.isActive() && wrote && tx.commit() ? 1 : 0;
        }
    });
    {
        Transaction tx(c);
        QSqlQuery(c).exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
        locked = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        ASSERT_TRUE(tx.commit());
    }
    other.join();
    // THEN it waited for the lock and its write landed
    EXPECT_EQ(result.load(), 1);
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key IN ('a', 'b')"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST(DataSafety, AnOlderFileGetsAVersionOnEveryRow)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(duban::test::dataPath(QStringLiteral("duban-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    StorageError error;
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
    for (const char *table : {"tasks", "progress_reports", "supervision_records", "units", "targets"}) {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("SELECT count(*), min(version), max(version) FROM %1").arg(QLatin1String(table))))
            << table;
        ASSERT_TRUE(q.next());
        if (q.value(0).toInt() > 0) {
            EXPECT_EQ(q.value(1).toInt(), 1) << table;
            EXPECT_EQ(q.value(2).toInt(), 1) << table;
        }
    }
}

TEST(DataSafety, ALargeDamagedFileIsRefusedBeforeAnyReadOrWrite)
{
    // GIVEN a 60,000-task ledger (over the size that used to skip the check), checked once
    TempDir dir;
    const QString path = dir.file(QStringLiteral("big.sqlite"));
    ASSERT_TRUE(writeBigLedger(path));
    ASSERT_GT(QFileInfo(path).size(), Database::kAlwaysCheckBytes);
    {
        StorageError error;
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.message.toStdString();
    }
    EXPECT_TRUE(IntegrityCache::knownGood(path));
    const QByteArray before = duban::test::readAll(path);
    // WHEN one page in the middle is damaged
    damagePage(path, QFileInfo(path).size() / 4096 / 2);
    EXPECT_FALSE(IntegrityCache::knownGood(path)); // the file changed since its check
    const QByteArray damaged = duban::test::readAll(path);
    // THEN it is refused as damaged, with SQLite's finding, and left as it is
    StorageError error;
    auto db = Database::open(path, &error);
    EXPECT_FALSE(db);
    EXPECT_EQ(error.code, StorageError::Code::Corrupt);
    EXPECT_TRUE(error.message.contains(QStringLiteral("damaged"))) << error.message.toStdString();
    EXPECT_FALSE(error.details.isEmpty());
    EXPECT_EQ(duban::test::readAll(path), damaged);
    EXPECT_NE(before, damaged);
}

TEST(DataSafety, TheWindowMayDeferTheCheckOfALargeFileButNotSkipIt)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("big.sqlite"));
    ASSERT_TRUE(writeBigLedger(path));
    IntegrityCache::forget(path);
    Database::OpenOptions deferred;
    deferred.deferIntegrityCheck = true;
    StorageError error;
    auto db = Database::open(path, &error, deferred);
    ASSERT_TRUE(db) << error.message.toStdString();
    EXPECT_TRUE(db->integrityPending());
    EXPECT_TRUE(db->checkNow(false, &error)) << error.message.toStdString();
    EXPECT_FALSE(db->integrityPending());
    EXPECT_TRUE(IntegrityCache::knownGood(path));
}

TEST(DataSafety, ARenameOverAnotherWritersRenameIsAConflict)
{
    TwoWriters f;
    const auto unit = UnitRepository(*f.mine).find(QStringLiteral("园区"));
    ASSERT_TRUE(unit);
    ASSERT_TRUE(UnitRepository(*f.theirs).rename(unit->id, QStringLiteral("新区园区"), nullptr));
    StorageError error;
    EXPECT_FALSE(
        UnitRepository(*f.mine).rename(unit->id, QStringLiteral("各园区"), &error, QStringLiteral("园区")));
    EXPECT_EQ(error.code, StorageError::Code::Conflict);
    EXPECT_EQ(UnitRepository(*f.mine).byId(unit->id)->name, QStringLiteral("新区园区"));
}
