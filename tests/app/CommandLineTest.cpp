// The duban executable's headless commands, run as real processes on temporary databases.
#include "RunDuban.h"
#include "support/TempDir.h"

#include "core/storage/Database.h"
#include "core/storage/TaskRepository.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <sys/stat.h>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QStringList codesOf(const QString &tsv)
{
    QStringList codes;
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        codes.append(line.section(QLatin1Char('\t'), 0, 0));
    return codes;
}

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("38 tasks"))) << r.out.toStdString();
    return db;
}

/// `duban tasks --db DB --as-of DATE OPTIONS…`
ProcessResult listTasks(const QString &db, const QString &asOf, const QStringList &options)
{
    return runDuban(
        QStringList{QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf} +
        options);
}

} // namespace

TEST(CommandLine, SeedAsOfJulyFirstHasExactlyTasks2And28Overdue)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult r =
        runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2023-07-01"), QStringLiteral("--overdue")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(codesOf(r.out), duban::test::strings({"2", "28"}));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Q1 milestone (2023-03-31) overdue by 92 day(s)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("H1 milestone (2023-06-30) overdue by 1 day(s)")));
}

TEST(CommandLine, SeedOnNewYearsDayHasAll38TasksRed)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult r =
        runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2024-01-01"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray tasks = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(tasks.size(), 38);
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        EXPECT_EQ(t.value(QStringLiteral("light")).toString(), QStringLiteral("red"))
            << t.value(QStringLiteral("code")).toString().toStdString();
        EXPECT_GE(t.value(QStringLiteral("days_overdue")).toInt(), 1);
        EXPECT_TRUE(
            t.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("Overdue by 1 day")));
    }
    const ProcessResult overdue =
        runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2024-01-01"), QStringLiteral("--overdue")});
    EXPECT_EQ(codesOf(overdue.out).size(), 38);
    // The overdue listing (read from the index, UTF-8 throughout) prints every field exactly as the full
    // listing does when every task is red, in the same ledger order — except what needs the progress
    // reports it does not read: percent, schedule, share and report are null, and its reasons are the red
    // ones.
    const ProcessResult overdueJson =
        listTasks(db, QStringLiteral("2024-01-01"), {QStringLiteral("--overdue"), QStringLiteral("--json")});
    ASSERT_EQ(overdueJson.exitCode, 0) << overdueJson.err.toStdString();
    const QJsonArray fast = QJsonDocument::fromJson(overdueJson.out.toUtf8()).array();
    ASSERT_EQ(fast.size(), tasks.size());
    const QStringList judged{QStringLiteral("percent"), QStringLiteral("schedule"), QStringLiteral("share"),
                             QStringLiteral("report"), QStringLiteral("reasons")};
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QJsonObject full = tasks.at(i).toObject();
        QJsonObject quick = fast.at(i).toObject();
        EXPECT_TRUE(quick.value(QStringLiteral("schedule")).isNull());
        EXPECT_FALSE(full.value(QStringLiteral("schedule")).toString().isEmpty());
        QJsonArray redReasons;
        for (const QJsonValue &reason : full.value(QStringLiteral("reasons")).toArray()) {
            const QString kind = reason.toObject().value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("deadline-passed") || kind == QLatin1String("milestone-missed") ||
                kind == QLatin1String("notice-unanswered"))
                redReasons.append(reason);
        }
        EXPECT_EQ(quick.value(QStringLiteral("reasons")).toArray(), redReasons);
        for (const QString &key : judged) {
            full.remove(key);
            quick.remove(key);
        }
        EXPECT_EQ(quick, full) << i;
    }
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"lead\": \"新区经济发展局\"")));
}

TEST(CommandLine, NothingOverdueIsAnEmptyJsonArray)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult r =
        listTasks(db, QStringLiteral("2023-03-01"), {QStringLiteral("--overdue"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("[\n]\n"));
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
}

TEST(CommandLine, HeadlessCommandsSpeakTheLanguageChosenInTheWindow)
{
    // GIVEN the Language menu's choice, Chinese, in the user's settings
    TempDir dir;
    const QString db = importSeed(dir);
    QDir(dir.path()).mkpath(QStringLiteral("config/Duban"));
    QFile conf(dir.file(QStringLiteral("config/Duban/duban.conf")));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[ui]\nlanguage=zh_CN\n");
    conf.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.file(QStringLiteral("config")));
    // WHEN the overdue listing runs (the executable links Qt Core only; the translations are in core)
    const ProcessResult r =
        runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                  QStringLiteral("2023-07-01"), QStringLiteral("--overdue")},
                 env);
    // THEN the reasons are in Chinese
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("一季度节点（2023年3月31日）逾期92天"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("milestone")));
}

TEST(CommandLine, VersionAndHelpNeedNoDisplay)
{
    // No display and a platform that needs one: --version and --help must not try to open a window.
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99999"));
    const ProcessResult version = runDuban({QStringLiteral("--version")}, env);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("duban 0."))) << version.out.toStdString();
    const ProcessResult help = runDuban({QStringLiteral("--help")}, env);
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--db <FILE>"))) << help.out.toStdString();
    // and it lists every command
    for (const char *command : {"import", "tasks", "targets", "observe", "brief", "check", "generate"})
        EXPECT_TRUE(help.out.contains(QStringLiteral("duban %1 ").arg(QLatin1String(command))))
            << command << "\n"
            << help.out.toStdString();
    // Qt's own options go to the window's application, which understands them
    const ProcessResult qtHelp =
        runDuban({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help")}, env);
    EXPECT_EQ(qtHelp.exitCode, 0) << qtHelp.err.toStdString();
    EXPECT_TRUE(qtHelp.out.contains(QStringLiteral("--db <FILE>"))) << qtHelp.out.toStdString();
}

TEST(CommandLine, AMissingWindowModuleIsAClearError)
{
    // GIVEN the executable copied without its module duban_gui.so
    TempDir dir;
    const QString copy = dir.file(QStringLiteral("duban"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(DUBAN_BINARY), copy));
    // WHEN the window is asked for
    QProcess p;
    p.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent-duban-test-config"));
        return env;
    }());
    p.start(copy, {QStringLiteral("--db"), dir.file(QStringLiteral("x.sqlite"))});
    ASSERT_TRUE(p.waitForFinished(30000));
    // THEN it says so and exits with 1, creating no database; the headless commands still work
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(
        QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("module could not be loaded")));
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("x.sqlite"))));
    p.start(copy, {QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
}

TEST(CommandLine, UnitFilterMatchesLeadOrCoUnit)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult r =
        runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
                  QStringLiteral("新区税务局"), QStringLiteral("--as-of"), QStringLiteral("2023-07-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(codesOf(r.out), duban::test::strings({"34"}));
    const ProcessResult co = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db,
                                       QStringLiteral("--unit"), QStringLiteral("新区宣传部")});
    EXPECT_EQ(codesOf(co.out), duban::test::strings({"9", "11", "四（四）"}));
    const ProcessResult unknown = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db,
                                            QStringLiteral("--unit"), QStringLiteral("不存在的单位")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no unit called")));
}

TEST(CommandLine, ImportJsonFollowsTheContract)
{
    TempDir dir;
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--dry-run"),
                  QStringLiteral("--json"), QStringLiteral("--db"), dir.file(QStringLiteral("none.sqlite"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject doc = json.value(QStringLiteral("document")).toObject();
    EXPECT_EQ(doc.value(QStringLiteral("number")).toString(), QStringLiteral("湘新综发〔2023〕22号"));
    EXPECT_EQ(doc.value(QStringLiteral("date")).toString(), QStringLiteral("2023-03-22"));
    EXPECT_EQ(doc.value(QStringLiteral("year")).toInt(), 2023);
    const QJsonArray tasks = json.value(QStringLiteral("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 38);
    const QJsonObject t1 = tasks.at(0).toObject();
    EXPECT_EQ(t1.value(QStringLiteral("code")).toString(), QStringLiteral("1"));
    EXPECT_EQ(t1.value(QStringLiteral("section")).toString(), QStringLiteral("一"));
    EXPECT_EQ(t1.value(QStringLiteral("lead")).toString(), QStringLiteral("新区经济发展局"));
    EXPECT_EQ(t1.value(QStringLiteral("co")).toArray().at(0).toString(),
              QStringLiteral("新区开发建设局（交通运输局）"));
    EXPECT_EQ(t1.value(QStringLiteral("deadline")).toString(), QStringLiteral("2023-12-31"));
    EXPECT_TRUE(t1.value(QStringLiteral("milestones")).isArray());
    const QJsonObject t2 = tasks.at(1).toObject();
    EXPECT_EQ(t2.value(QStringLiteral("milestones"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("date"))
                  .toString(),
              QStringLiteral("2023-03-31"));
    const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    ASSERT_EQ(targets.size(), 15);
    const QJsonObject gdp = targets.at(0).toObject();
    EXPECT_EQ(gdp.value(QStringLiteral("name")).toString(), QStringLiteral("地区生产总值增长"));
    EXPECT_DOUBLE_EQ(gdp.value(QStringLiteral("value")).toDouble(), 7.5);
    EXPECT_EQ(gdp.value(QStringLiteral("comparator")).toString(), QStringLiteral("~"));
    EXPECT_DOUBLE_EQ(gdp.value(QStringLiteral("stretch")).toDouble(), 8.0);
    EXPECT_EQ(gdp.value(QStringLiteral("period")).toString(), QStringLiteral("2023"));
    EXPECT_TRUE(json.value(QStringLiteral("warnings")).isArray());
    EXPECT_TRUE(json.value(QStringLiteral("sections")).isArray());
    // --dry-run wrote nothing, not even a database file
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("none.sqlite"))));
}

TEST(CommandLine, DryRunLeavesAnExistingDatabaseUnchanged)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QByteArray before = duban::test::readAll(db);
    const ProcessResult r = runDuban({QStringLiteral("import"), duban::test::seedPath(),
                                      QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0);
    auto database = duban::core::Database::open(db, nullptr);
    EXPECT_EQ(duban::core::TaskRepository(*database).count(), 38);
    database.reset();
    EXPECT_EQ(duban::test::readAll(db).size(), before.size());
}

TEST(CommandLine, ReimportIsRefusedWithoutReplaceAndUpdatesInPlaceWithIt)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const ProcessResult again =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--replace"))) << again.err.toStdString();
    const ProcessResult replace = runDuban({QStringLiteral("import"), duban::test::seedPath(),
                                            QStringLiteral("--db"), db, QStringLiteral("--replace")});
    EXPECT_EQ(replace.exitCode, 0) << replace.err.toStdString();
    EXPECT_TRUE(replace.out.contains(QStringLiteral("0 added, 0 removed, 0 changed")))
        << replace.out.toStdString();
    auto database = duban::core::Database::open(db, nullptr);
    EXPECT_EQ(duban::core::TaskRepository(*database).count(), 38);
}

TEST(CommandLine, BadInputExitsWithTwoAndWritesNothing)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bad.sqlite"));
    const QString empty = dir.file(QStringLiteral("empty.txt"));
    duban::test::writeAll(empty, {});
    const QString binary = dir.file(QStringLiteral("binary.txt"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 37 % 256));
    duban::test::writeAll(binary, bytes);
    const QString prose = dir.file(QStringLiteral("prose.txt"));
    duban::test::writeAll(prose, QStringLiteral("这是一封普通的信，没有任何任务。\n只是问候。\n").toUtf8());
    for (const QString &file : {empty, binary, prose, dir.file(QStringLiteral("missing.txt"))}) {
        const ProcessResult r = runDuban({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 2) << file.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    auto database = duban::core::Database::open(db, nullptr);
    EXPECT_EQ(duban::core::TaskRepository(*database).count(), 0);
    const ProcessResult badDate = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db,
                                            QStringLiteral("--as-of"), QStringLiteral("2023-02-30")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("2023-02-30")));
}

TEST(CommandLine, UnusableDatabaseExitsWithOneAndIsUntouched)
{
    TempDir dir;
    const QString notDb = dir.file(QStringLiteral("notes.sqlite"));
    duban::test::writeAll(notDb, QByteArray("just some notes\n").repeated(50));
    const ProcessResult r = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), notDb});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Duban database"))) << r.err.toStdString();
    EXPECT_EQ(duban::test::readAll(notDb), QByteArray("just some notes\n").repeated(50));
}

TEST(CommandLine, ImportReadsItemsNumberedPast999)
{
    // GIVEN a plan text numbered 1 … 10,000 under one section
    TempDir dir;
    const QString file = dir.file(QStringLiteral("many.txt"));
    QString text =
        QStringLiteral("湖南湘江新区2023年重点工作方案\n\n湘新综发〔2023〕22号\n\n2023年3月22日\n\n"
                       "一、重点任务\n\n");
    for (int i = 1; i <= 10000; ++i)
        text += QStringLiteral("%1. 推进重点项目建设。〔责任单位：新区经济发展局〕\n").arg(i);
    duban::test::writeAll(file, text.toUtf8());
    // WHEN it is decomposed
    const ProcessResult r =
        runDuban({QStringLiteral("import"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // THEN there are 10,000 tasks coded "1" … "10000"
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray tasks = json.value(QStringLiteral("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 10000);
    for (int i = 0; i < 10000; ++i)
        ASSERT_EQ(tasks.at(i).toObject().value(QStringLiteral("code")).toString(), QString::number(i + 1));
    EXPECT_EQ(json.value(QStringLiteral("sections")).toArray().size(), 1);
}

namespace {

/// A FIFO in `dir` (nobody ever writes to it: opening it for reading would wait forever).
QString makeFifo(const TempDir &dir)
{
    const QString fifo = dir.file(QStringLiteral("pipe.txt"));
    EXPECT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    return fifo;
}

/// A sparse file of `size` bytes.
QString makeSparse(const TempDir &dir, qint64 size)
{
    const QString path = dir.file(QStringLiteral("huge.txt"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    EXPECT_TRUE(f.resize(size));
    return path;
}

} // namespace

TEST(CommandLine, ImportRefusesDevicesFifosFoldersAndOversizeFilesPromptly)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const QString fifo = makeFifo(dir);
    const QString huge = makeSparse(dir, 20LL * 1024 * 1024 + 1);
    const QString empty = dir.file(QStringLiteral("empty.txt"));
    duban::test::writeAll(empty, {});
    struct Case
    {
        QString file;
        QString says;
    };
    for (const Case &c :
         {Case{QStringLiteral("/dev/zero"), QStringLiteral("not a regular file")},
          Case{fifo, QStringLiteral("not a regular file")}, Case{dir.path(), QStringLiteral("is a folder")},
          Case{huge, QStringLiteral("20 MB")}, Case{empty, QStringLiteral("empty")}}) {
        QElapsedTimer timer;
        timer.start();
        const ProcessResult r = runDuban(
            {QStringLiteral("import"), c.file, QStringLiteral("--dry-run"), QStringLiteral("--db"), db});
        EXPECT_LT(timer.elapsed(), 15000) << c.file.toStdString();
        EXPECT_EQ(r.exitCode, 2) << c.file.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.file)) << r.err.toStdString();
    }
}

TEST(CommandLine, CommandsThatReadALedgerRefuseAMissingDatabaseAndCreateNothing)
{
    // GIVEN a mistyped path in a folder that does not exist
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("no-such-folder"));
    const QString db = folder + QStringLiteral("/ledger.sqlite");
    const QString csv = dir.file(QStringLiteral("obs.csv"));
    duban::test::writeAll(csv, QByteArray("地区生产总值增长,2023-02,6.2\n"));
    const QList<QStringList> commands{
        {QStringLiteral("tasks"), QStringLiteral("--db"), db},
        {QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--overdue"),
         QStringLiteral("--json")},
        {QStringLiteral("targets"), QStringLiteral("--db"), db},
        {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
         QStringLiteral("GDP"), QStringLiteral("--period"), QStringLiteral("2023-06"),
         QStringLiteral("--value"), QStringLiteral("1")},
        {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv},
        {QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--out"),
         dir.file(QStringLiteral("b.pdf"))},
    };
    for (const QStringList &args : commands) {
        // WHEN a command that needs an existing ledger is given it
        const ProcessResult r = runDuban(args);
        // THEN it fails with exit 1 and says there is no database there
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("No database at %1").arg(db))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    // The same through DUBAN_DB
    QProcessEnvironment env;
    env.insert(QStringLiteral("DUBAN_DB"), db);
    const ProcessResult viaEnvironment = runDuban({QStringLiteral("tasks")}, env);
    EXPECT_EQ(viaEnvironment.exitCode, 1);
    EXPECT_TRUE(viaEnvironment.err.contains(QStringLiteral("No database at %1").arg(db)));
    // and nothing was created: no file, no folder, no briefing
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("b.pdf"))));
}

TEST(CommandLine, ImportAndGenerateStillCreateTheDatabase)
{
    TempDir dir;
    const QString imported = dir.file(QStringLiteral("new/folder/ledger.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), imported});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo(imported).isFile());
    const QString generated = dir.file(QStringLiteral("other/g.sqlite"));
    const ProcessResult g =
        runDuban({QStringLiteral("generate"), QStringLiteral("--db"), generated, QStringLiteral("--tasks"),
                  QStringLiteral("10"), QStringLiteral("--reports"), QStringLiteral("5")});
    EXPECT_EQ(g.exitCode, 0) << g.err.toStdString();
    EXPECT_TRUE(QFileInfo(generated).isFile());
    // and the commands that read a ledger work on them
    EXPECT_EQ(runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), imported}).exitCode, 0);
}

TEST(CommandLine, SeveralLeadsAreListedInTheJsonOfImportAndTasks)
{
    // GIVEN a plan whose item says "A、B牵头，C配合"
    TempDir dir;
    const QString plan = dir.file(QStringLiteral("two-leads.txt"));
    duban::test::writeAll(plan, QStringLiteral("某区2023年重点任务分工方案\n\n"
                                               "一、重点任务\n"
                                               "1. 推进老旧小区改造，2023年6月底前完成。"
                                               "（区住房城乡建设局、区财政局牵头，各街道配合）\n")
                                    .toUtf8());
    const QString db = dir.file(QStringLiteral("l.sqlite"));
    const ProcessResult imported =
        runDuban({QStringLiteral("import"), plan, QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject task = QJsonDocument::fromJson(imported.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("tasks"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    EXPECT_EQ(task.value(QStringLiteral("lead")).toString(), QStringLiteral("区住房城乡建设局"));
    EXPECT_EQ(task.value(QStringLiteral("leads")).toArray(),
              (QJsonArray{QStringLiteral("区住房城乡建设局"), QStringLiteral("区财政局")}));
    EXPECT_EQ(task.value(QStringLiteral("co")).toArray(), QJsonArray{QStringLiteral("各街道")});
    // THEN tasks --json (and the overdue listing) name both leads, the first as `lead`
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--overdue")}}) {
        const ProcessResult r = runDuban(QStringList{QStringLiteral("tasks"), QStringLiteral("--db"), db,
                                                     QStringLiteral("--as-of"), QStringLiteral("2023-08-01"),
                                                     QStringLiteral("--json")} +
                                         extra);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray tasks = QJsonDocument::fromJson(r.out.toUtf8()).array();
        ASSERT_EQ(tasks.size(), 1) << r.out.toStdString();
        const QJsonObject t = tasks.at(0).toObject();
        EXPECT_EQ(t.value(QStringLiteral("lead")).toString(), QStringLiteral("区住房城乡建设局"));
        EXPECT_EQ(t.value(QStringLiteral("leads")).toArray(),
                  (QJsonArray{QStringLiteral("区住房城乡建设局"), QStringLiteral("区财政局")}));
    }
}
