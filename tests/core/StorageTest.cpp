// Storage: round trip of every type, migrations, refusing bad files without touching them, transactions.
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/UnitRepository.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace duban::core;
using duban::test::TempDir;

namespace {

PlanDocument sampleDocument()
{
    PlanDocument d;
    d.plan.title = QStringLiteral("湖南湘江新区2023年十大行动方案");
    d.plan.number = QStringLiteral("湘新综发〔2023〕22号");
    d.plan.issuer = QStringLiteral("湖南湘江新区党政综合部");
    d.plan.date = QDate(2023, 3, 22);
    d.plan.year = 2023;
    d.sections = {Section{0, 0, QStringLiteral("一"), QStringLiteral("有效投资扩容行动"), 0},
                  Section{0, 0, QStringLiteral("四"), QStringLiteral("产业链创新链供应链融合行动"), 0},
                  Section{0, 0, QStringLiteral("四"), QStringLiteral("保障措施"), 0}};
    Task t1;
    t1.code = QStringLiteral("1");
    t1.section = QStringLiteral("一");
    t1.title = QStringLiteral("激发民间投资活力");
    t1.text = QStringLiteral("深化项目建设大会战。全年推动实施重点项目 1950 个。");
    t1.leads = QStringList{QStringLiteral("新区经济发展局")};
    t1.co = {QStringLiteral("新区开发建设局（交通运输局）"), QStringLiteral("园区"),
             QStringLiteral("各街道（镇）")};
    t1.deadline = QDate(2023, 12, 31);
    t1.milestones = {Milestone{0, QDate(2023, 3, 31), QStringLiteral("一季度集中开工"), false},
                     Milestone{0, QDate(2023, 6, 30), QStringLiteral("上半年启动"), true}};
    t1.reporting = ReportingCycle::Monthly;
    t1.sourceLine = 42;
    Target g;
    g.name = QStringLiteral("重点项目");
    g.value = 1950;
    g.measure = QStringLiteral("个");
    g.comparator = Comparator::AtLeast;
    g.period = QStringLiteral("2023");
    g.source = QStringLiteral("全年推动实施重点项目 1950 个");
    t1.targets = {g};
    Task t2;
    t2.code = QStringLiteral("10");
    t2.section = QStringLiteral("四");
    t2.title = QStringLiteral("推动制造业优化升级");
    t2.leads = QStringList{QStringLiteral("新区科技创新和产业促进局（大学科技园办公室）")};
    t2.deadline = QDate(2023, 12, 31);
    t2.status = TaskStatus::Completed;
    t2.completedOn = QDate(2023, 11, 30);
    Task t3;
    t3.code = QStringLiteral("四（一）");
    t3.section = QStringLiteral("四");
    t3.title = QStringLiteral("健全统计管理体制");
    t3.leads = QStringList{QStringLiteral("新区经济发展局")};
    t3.co = {QStringLiteral("园区")};
    t3.deadline = QDate(2023, 12, 31);
    t3.sectionIndex = 2;
    d.tasks = {t1, t2, t3};
    Target p;
    p.name = QStringLiteral("地区生产总值增长");
    p.value = 7.5;
    p.measure = QStringLiteral("%");
    p.comparator = Comparator::About;
    p.stretch = 8.0;
    p.period = QStringLiteral("2023");
    d.targets = {p};
    return d;
}

std::unique_ptr<Database> openOk(const QString &path)
{
    StorageError err;
    auto db = Database::open(path, &err);
    EXPECT_TRUE(db) << err.message.toStdString();
    return db;
}

} // namespace

TEST(Storage, NewDatabaseIsAtLatestSchemaWithForeignKeysAndWal)
{
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
}

TEST(Storage, CreatesMissingFolder)
{
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("deep/er/a.sqlite")));
    EXPECT_TRUE(db);
    EXPECT_TRUE(QFile::exists(dir.file(QStringLiteral("deep/er/a.sqlite"))));
}

TEST(Storage, PlanDocumentRoundTrip)
{
    // GIVEN a decomposed plan with sections (one code repeated), tasks, units, milestones and targets
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db);
    PlanDocument doc = sampleDocument();
    PlanRepository plans(*db);
    // WHEN it is saved and read back
    StorageError err;
    const qint64 planId = plans.save(doc, &err);
    ASSERT_GT(planId, 0) << err.message.toStdString();
    // THEN everything comes back as it was
    const auto plan = plans.byId(planId);
    ASSERT_TRUE(plan);
    EXPECT_EQ(*plan, doc.plan);
    EXPECT_EQ(plans.findByNumber(QStringLiteral("湘新综发〔2023〕22号"))->id, planId);
    const QList<Section> sections = plans.sections(planId);
    ASSERT_EQ(sections.size(), 3);
    EXPECT_EQ(sections, doc.sections);
    const QList<Target> targets = plans.planTargets(planId);
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.at(0), doc.targets.at(0));
    EXPECT_EQ(targets.at(0).stretch, std::optional<double>(8.0));

    TaskRepository tasks(*db);
    const QList<Task> loaded = tasks.loadAll(planId);
    ASSERT_EQ(loaded.size(), 3);
    for (int i = 0; i < 3; ++i) {
        Task expected = doc.tasks.at(i);
        Task actual = loaded.at(i);
        // milestone ids are assigned by the database
        for (auto &m : actual.milestones)
            m.id = 0;
        for (auto &m : expected.milestones)
            m.id = 0;
        ASSERT_EQ(actual.targets.size(), expected.targets.size());
        for (int k = 0; k < actual.targets.size(); ++k) {
            EXPECT_GT(actual.targets[k].id, 0);
            EXPECT_EQ(actual.targets[k].taskId, actual.id);
            EXPECT_EQ(actual.targets[k].planId, planId);
            actual.targets[k].id = expected.targets[k].id;
            actual.targets[k].taskId = expected.targets[k].taskId;
            actual.targets[k].planId = expected.targets[k].planId;
        }
        actual.sectionIndex = expected.sectionIndex;
        EXPECT_EQ(actual, expected) << "task " << i;
    }
    // the task of action 四 and the guarantee measure 四（一） keep their own sections
    EXPECT_EQ(loaded.at(1).sectionId, sections.at(1).id);
    EXPECT_EQ(loaded.at(2).sectionId, sections.at(2).id);
    EXPECT_EQ(loaded.at(0).targets.at(0).taskId, loaded.at(0).id);
}

TEST(Storage, UnitsAliasesGroupsAndUsage)
{
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db);
    PlanDocument doc = sampleDocument();
    ASSERT_GT(PlanRepository(*db).save(doc, nullptr), 0);
    UnitRepository units(*db);
    StorageError err;
    const auto econ = units.find(QStringLiteral("新区经济发展局"));
    ASSERT_TRUE(econ);
    ASSERT_TRUE(units.setAliases(econ->id, {QStringLiteral("经发局"), QStringLiteral("经济发展局")}, &err));
    ASSERT_TRUE(units.setKind(units.find(QStringLiteral("园区"))->id, Unit::Kind::Group, &err));
    EXPECT_EQ(units.find(QStringLiteral("经发局"))->id, econ->id);
    EXPECT_EQ(units.byId(econ->id)->aliases,
              QStringList({QStringLiteral("经发局"), QStringLiteral("经济发展局")}));
    EXPECT_EQ(units.find(QStringLiteral("园区"))->kind, Unit::Kind::Group);

    const QList<UnitUsage> usage = units.usage();
    auto usageOf = [&](const QString &name) {
        for (const auto &u : usage)
            if (u.unit.name == name)
                return std::pair(u.leads, u.coHandles);
        return std::pair(-1, -1);
    };
    EXPECT_EQ(usageOf(QStringLiteral("新区经济发展局")), std::pair(2, 0));
    EXPECT_EQ(usageOf(QStringLiteral("园区")), std::pair(0, 2));

    // an alias that names another unit is refused
    const auto park = units.find(QStringLiteral("园区"));
    EXPECT_FALSE(units.setAliases(park->id, {QStringLiteral("经发局")}, &err));
    EXPECT_EQ(err.code, StorageError::Code::Conflict);
    // rename, and a rename onto an existing name is refused
    ASSERT_TRUE(units.rename(econ->id, QStringLiteral("新区经济发展局（统计局）"), &err));
    EXPECT_EQ(TaskRepository(*db).loadAll().at(0).lead(), QStringLiteral("新区经济发展局（统计局）"));
    EXPECT_FALSE(units.rename(econ->id, QStringLiteral("园区"), &err));
    EXPECT_EQ(err.code, StorageError::Code::Conflict);
    EXPECT_FALSE(units.rename(econ->id, QStringLiteral("  "), &err));
}

TEST(Storage, TaskInsertUpdateRemoveAndRestoreWithSameId)
{
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db);
    PlanDocument doc = sampleDocument();
    ASSERT_GT(PlanRepository(*db).save(doc, nullptr), 0);
    TaskRepository tasks(*db);
    Task t = *tasks.load(doc.tasks.at(0).id);
    t.title = QStringLiteral("新标题");
    t.leads = QStringList{QStringLiteral("新区财政金融局")};
    t.co = {QStringLiteral("各街道（镇）"), QStringLiteral("新区经济发展局")};
    t.milestones = {Milestone{0, QDate(2023, 9, 30), QStringLiteral("前三季度"), false}};
    StorageError err;
    ASSERT_TRUE(tasks.update(t, &err)) << err.message.toStdString();
    Task back = *tasks.load(t.id);
    EXPECT_EQ(back.title, t.title);
    EXPECT_EQ(back.lead(), t.lead());
    EXPECT_EQ(back.co, t.co);
    ASSERT_EQ(back.milestones.size(), 1);
    EXPECT_EQ(back.milestones.at(0).date, QDate(2023, 9, 30));

    ASSERT_TRUE(tasks.remove(t.id, &err));
    EXPECT_FALSE(tasks.load(t.id));
    EXPECT_FALSE(tasks.remove(t.id, &err));
    EXPECT_EQ(err.code, StorageError::Code::NotFound);
    back.targets.clear(); // targets were removed with the task; the command re-adds what it owns
    ASSERT_EQ(tasks.insert(back, &err), t.id);
    EXPECT_EQ(tasks.load(t.id)->co, t.co);
}

TEST(Storage, FailedSaveWritesNothing)
{
    // GIVEN a database whose third task insert will fail
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("a.sqlite")));
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON tasks WHEN NEW.title = '健全统计管理体制' "
                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    // WHEN a plan is saved
    PlanDocument doc = sampleDocument();
    StorageError err;
    EXPECT_EQ(PlanRepository(*db).save(doc, &err), 0);
    // THEN the error is reported and no plan, task or unit was written
    EXPECT_TRUE(err.message.contains(QStringLiteral("injected failure"))) << err.message.toStdString();
    for (const char *table : {"plans", "tasks", "units", "sections", "targets"}) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
}

TEST(Storage, MigratesVersion1FileKeepingData)
{
    // GIVEN a database written by schema version 1 (tests/data/duban-v1.sqlite)
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(duban::test::dataPath(QStringLiteral("duban-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // WHEN it is opened
    auto db = openOk(path);
    ASSERT_TRUE(db);
    // THEN it is at the latest version and the data is intact with the new columns defaulted
    EXPECT_EQ(db->schemaVersion(), Migrations::latestVersion());
    TaskRepository tasks(*db);
    const QList<Task> all = tasks.loadAll();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).title, QStringLiteral("激发民间投资活力"));
    EXPECT_EQ(all.at(0).lead(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(all.at(0).co,
              QStringList({QStringLiteral("新区开发建设局（交通运输局）"), QStringLiteral("园区")}));
    EXPECT_EQ(all.at(0).reporting, ReportingCycle::Default);
    EXPECT_EQ(all.at(1).status, TaskStatus::Completed);
    EXPECT_EQ(all.at(1).completedOn, QDate(2023, 11, 30));
    ASSERT_EQ(all.at(1).milestones.size(), 1);
    EXPECT_FALSE(all.at(1).milestones.at(0).done);
    EXPECT_EQ(UnitRepository(*db).find(QStringLiteral("新区交通运输局"))->name,
              QStringLiteral("新区开发建设局（交通运输局）"));
    QSqlQuery q(db->connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM progress_reports")));
    // version 3 made an indicator of every target name and linked the targets to it
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM indicators")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*) FROM targets t JOIN indicators i ON i.id = t.indicator_id "
                              "AND i.name = t.indicator")) &&
        q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    // version 5 copied each task's lead onto the task row, where the overdue listing reads it
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tasks t JOIN task_units tu ON tu.task_id = t.id "
                                      "AND tu.role = 0 AND tu.unit_id = t.lead_unit_id")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE lead_unit_id IS NULL")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

// ---- bad files: refused with a specific error, left byte-for-byte untouched ----

namespace {

void expectRefusedUntouched(const QString &path, StorageError::Code code, const char *wordInMessage)
{
    const QByteArray before = duban::test::readAll(path);
    StorageError err;
    auto db = Database::open(path, &err);
    EXPECT_FALSE(db);
    EXPECT_EQ(err.code, code) << err.message.toStdString();
    EXPECT_TRUE(err.message.contains(QLatin1String(wordInMessage))) << err.message.toStdString();
    db.reset();
    EXPECT_EQ(duban::test::readAll(path), before);
}

QString makeDubanDatabase(const TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    {
        auto db = Database::open(path, nullptr);
        PlanDocument doc = sampleDocument();
        PlanRepository(*db).save(doc, nullptr);
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return path;
}

} // namespace

TEST(StorageBadFiles, TextFileIsNotADubanDatabase)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.sqlite"));
    duban::test::writeAll(path, QByteArray("这不是数据库。 Just some notes.\n").repeated(20));
    expectRefusedUntouched(path, StorageError::Code::NotADubanDatabase, "not an SQLite database");
}

TEST(StorageBadFiles, EmptyFileIsRefused)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.sqlite"));
    duban::test::writeAll(path, QByteArray());
    ASSERT_TRUE(QFile::exists(path));
    expectRefusedUntouched(path, StorageError::Code::NotADubanDatabase, "empty");
}

TEST(StorageBadFiles, OtherApplicationsSqliteFileIsRefused)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO moz_bookmarks (title) VALUES ('x')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    expectRefusedUntouched(path, StorageError::Code::NotADubanDatabase, "another application");
}

TEST(StorageBadFiles, CorruptFileIsRefused)
{
    TempDir dir;
    const QString path = makeDubanDatabase(dir, QStringLiteral("corrupt.sqlite"));
    QByteArray bytes = duban::test::readAll(path);
    ASSERT_GT(bytes.size(), 8192);
    for (int i = 4096 + 100; i < bytes.size() - 100; i += 7)
        bytes[i] = char(0xA5 ^ i);
    duban::test::writeAll(path, bytes);
    expectRefusedUntouched(path, StorageError::Code::Corrupt, "damaged");
}

TEST(StorageBadFiles, ReadOnlyFileIsRefused)
{
    TempDir dir;
    const QString path = makeDubanDatabase(dir, QStringLiteral("ro.sqlite"));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    expectRefusedUntouched(path, StorageError::Code::ReadOnly, "read-only");
}

TEST(StorageBadFiles, NewerSchemaIsRefused)
{
    TempDir dir;
    const QString path = makeDubanDatabase(dir, QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    expectRefusedUntouched(path, StorageError::Code::NewerSchema, "newer version");
}

TEST(StorageBadFiles, FolderIsRefused)
{
    TempDir dir;
    StorageError err;
    EXPECT_FALSE(Database::open(dir.path(), &err));
    EXPECT_EQ(err.code, StorageError::Code::NotADubanDatabase);
}

TEST(StoragePaths, ExplicitPathBeatsEnvironmentBeatsDefault)
{
    qputenv("DUBAN_DB", "/tmp/from-env.sqlite");
    EXPECT_EQ(Database::resolvePath(QStringLiteral("/x/y.sqlite")), QStringLiteral("/x/y.sqlite"));
    EXPECT_EQ(Database::resolvePath({}), QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("DUBAN_DB");
    EXPECT_TRUE(Database::resolvePath({}).endsWith(QStringLiteral("/duban.sqlite")));
    // test mode keeps the default away from the user's real data folder
    EXPECT_TRUE(Database::defaultPath().contains(QStringLiteral("qttest")))
        << Database::defaultPath().toStdString();
}

TEST(StorageBadFiles, LockedDatabaseGivesASpecificErrorAndWritesNothing)
{
    // GIVEN another program holding the write lock on the database
    TempDir dir;
    const QString path = dir.file(QStringLiteral("locked.sqlite"));
    auto db = Database::open(path, nullptr);
    ASSERT_TRUE(db);
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(path);
    ASSERT_TRUE(other.open());
    {
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // WHEN Duban tries to save a plan
        PlanDocument doc = sampleDocument();
        StorageError err;
        EXPECT_EQ(PlanRepository(*db).save(doc, &err), 0);
        // THEN it says the database is locked, and nothing was written
        EXPECT_EQ(err.code, StorageError::Code::Locked) << err.message.toStdString();
        EXPECT_TRUE(err.message.contains(QStringLiteral("locked"))) << err.message.toStdString();
        lock.exec(QStringLiteral("ROLLBACK"));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(TaskRepository(*db).count(), 0);
    EXPECT_TRUE(PlanRepository(*db).all().isEmpty());
}

TEST(Storage, StatusThresholdsLiveInTheDatabase)
{
    TempDir dir;
    auto db = openOk(dir.file(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(db);
    SettingsRepository repo(*db);
    EXPECT_EQ(repo.statusThresholds(), StatusThresholds{});
    StatusThresholds s;
    s.dueSoonDays = 10;
    s.scheduleTolerance = 5;
    s.scheduleBasis = ScheduleBasis::Days;
    s.defaultCycle = ReportingCycle::TenDays;
    s.reportDueDay = 10;
    s.tenDayDueDays = 2;
    StorageError err;
    ASSERT_TRUE(repo.setStatusThresholds(s, &err)) << err.message.toStdString();
    EXPECT_EQ(SettingsRepository(*db).statusThresholds(), s);
    // values out of range fall back to the defaults
    ASSERT_TRUE(repo.setValue(QStringLiteral("rules.reportDueDay"), QStringLiteral("31"), &err));
    EXPECT_EQ(repo.statusThresholds().reportDueDay, 5);
    ASSERT_TRUE(repo.setValue(QStringLiteral("rules.scheduleTolerance"), QStringLiteral("-1"), &err));
    EXPECT_EQ(repo.statusThresholds().scheduleTolerance, 0);
}
