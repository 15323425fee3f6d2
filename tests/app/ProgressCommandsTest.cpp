// duban report, complete and reopen: progress from the command line, validated as the window validates
// it, each write one transaction, nothing written when the input is bad.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

/// A second plan, 某发改〔2023〕5号, whose only task is numbered "1" as the seed's first task is.
void importSecondPlan(const TempDir &dir, const QString &db)
{
    const QString plan = dir.file(QStringLiteral("second.txt"));
    duban::test::writeAll(plan, QStringLiteral("某区发展和改革局\n\n"
                                               "某发改〔2023〕5号\n\n"
                                               "某区2023年重点任务分工方案\n\n"
                                               "一、重点任务\n"
                                               "1. 推进老旧小区改造，2023年6月底前完成。"
                                               "（区住房城乡建设局牵头，各街道配合）\n")
                                    .toUtf8());
    const ProcessResult r = runDuban({QStringLiteral("import"), plan, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}

/// The object of `duban tasks --json --as-of DATE` for the task `code` (of the first plan that has one).
QJsonObject listed(const QString &db, const QString &code, const QString &asOf = QStringLiteral("2023-07-01"))
{
    const ProcessResult r = runDuban({QStringLiteral("tasks"), QStringLiteral("--db"), db,
                                      QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray tasks = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (const QJsonValue &v : tasks)
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    ADD_FAILURE() << "no task " << code.toStdString() << " in the listing";
    return {};
}

/// `duban COMMAND --db DB ARGS…`
ProcessResult run(const char *command, const QString &db, const QStringList &args)
{
    return runDuban(QStringList{QLatin1String(command), QStringLiteral("--db"), db} + args);
}

/// A valid report on task 四（一） (lead: 新区经济发展局) with `changes` replacing or adding options.
QStringList reportArgs(const QStringList &changes = {})
{
    QStringList args{QStringLiteral("--task"),    QStringLiteral("四（一）"),
                     QStringLiteral("--date"),    QStringLiteral("2023-06-20"),
                     QStringLiteral("--unit"),    QStringLiteral("新区经济发展局"),
                     QStringLiteral("--percent"), QStringLiteral("30"),
                     QStringLiteral("--text"),    QStringLiteral("统计规范化建设方案已印发")};
    for (qsizetype i = 0; i + 1 < changes.size(); i += 2) {
        const qsizetype at = args.indexOf(changes.at(i));
        if (at >= 0)
            args[at + 1] = changes.at(i + 1);
        else
            args << changes.at(i) << changes.at(i + 1);
    }
    return args;
}

} // namespace

TEST(ProgressCommands, AReportIsRecordedAndListedWithItsPercent)
{
    // GIVEN the seed, where task 四（一） has no report yet
    TempDir dir;
    const QString db = importSeed(dir);
    EXPECT_TRUE(listed(db, QStringLiteral("四（一）")).value(QStringLiteral("percent")).isNull());
    // WHEN its lead unit reports 30 %
    const ProcessResult r = run("report", db,
                                reportArgs({QStringLiteral("--problems"), QStringLiteral("人手不足"),
                                            QStringLiteral("--next-steps"), QStringLiteral("7月完成培训")}));
    // THEN one confirmation line, and the listing shows the report's percent
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("reported 30% on 四（一） for 新区经济发展局\n"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(listed(db, QStringLiteral("四（一）")).value(QStringLiteral("percent")).toInt(-1), 30);
    // but not as of a day before the report
    EXPECT_TRUE(listed(db, QStringLiteral("四（一）"), QStringLiteral("2023-06-19"))
                    .value(QStringLiteral("percent"))
                    .isNull());

    // A co-unit may report too, named by the only unit whose name contains the text (and "%" is allowed)
    const ProcessResult co =
        run("report", db,
            {QStringLiteral("--task"), QStringLiteral("1"), QStringLiteral("--date"),
             QStringLiteral("2023-06-25"), QStringLiteral("--unit"), QStringLiteral("开发建设局"),
             QStringLiteral("--percent"), QStringLiteral("55%"), QStringLiteral("--text"),
             QStringLiteral("重点项目开工")});
    ASSERT_EQ(co.exitCode, 0) << co.err.toStdString();
    EXPECT_EQ(co.out, QStringLiteral("reported 55% on 1 for 新区开发建设局（交通运输局）\n"));
    EXPECT_EQ(listed(db, QStringLiteral("1")).value(QStringLiteral("percent")).toInt(-1), 55);
}

TEST(ProgressCommands, AUnitThatIsNeitherLeadNorCoUnitIsRefusedAndNothingIsWritten)
{
    // GIVEN the seed; 新区税务局 is a unit of task 34 only
    TempDir dir;
    const QString db = importSeed(dir);
    const QByteArray before = duban::test::readAll(db);
    // WHEN it reports on task 四（一）
    const ProcessResult r =
        run("report", db, reportArgs({QStringLiteral("--unit"), QStringLiteral("新区税务局")}));
    // THEN bad input, the task's units named, and the file unchanged
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("新区税务局"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("neither a lead nor a co-unit"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("新区经济发展局"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(duban::test::readAll(db), before);
    EXPECT_TRUE(listed(db, QStringLiteral("四（一）")).value(QStringLiteral("percent")).isNull());
}

TEST(ProgressCommands, BadDatesPercentsTasksUnitsAndMissingOptionsAreBadInput)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QByteArray before = duban::test::readAll(db);
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QList<Case> cases{
        {reportArgs({QStringLiteral("--date"), QStringLiteral("2023-02-30")}), QStringLiteral("--date")},
        {reportArgs({QStringLiteral("--date"), QStringLiteral("yesterday")}), QStringLiteral("--date")},
        {reportArgs({QStringLiteral("--percent"), QStringLiteral("101")}),
         QStringLiteral("between 0 and 100")},
        {reportArgs({QStringLiteral("--percent"), QStringLiteral("-1")}),
         QStringLiteral("between 0 and 100")},
        {reportArgs({QStringLiteral("--percent"), QStringLiteral("33.5")}), QStringLiteral("--percent")},
        {reportArgs({QStringLiteral("--percent"), QStringLiteral("abc")}), QStringLiteral("--percent")},
        {reportArgs({QStringLiteral("--task"), QStringLiteral("99")}), QStringLiteral("no task 99")},
        {reportArgs({QStringLiteral("--plan"), QStringLiteral("不存在〔2023〕1号")}),
         QStringLiteral("no plan")},
        {reportArgs({QStringLiteral("--unit"), QStringLiteral("不存在的单位")}), QStringLiteral("no unit")},
        {reportArgs({QStringLiteral("--unit"), QStringLiteral("新区")}), QStringLiteral("several units")},
        {reportArgs().mid(0, 8), QStringLiteral("--text")},
        {reportArgs() << QStringLiteral("stray"), QStringLiteral("stray")},
        {reportArgs() << QStringLiteral("--colour"), QStringLiteral("colour")},
    };
    for (const Case &c : cases) {
        const ProcessResult r = run("report", db, c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << c.says.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    const QList<QStringList> completions{
        {QStringLiteral("--task"), QStringLiteral("3"), QStringLiteral("--date"),
         QStringLiteral("2023-13-01")},
        {QStringLiteral("--task"), QStringLiteral("3")},
        {QStringLiteral("--date"), QStringLiteral("2023-06-01")},
        {QStringLiteral("--task"), QStringLiteral("99"), QStringLiteral("--date"),
         QStringLiteral("2023-06-01")},
    };
    for (const QStringList &args : completions) {
        const ProcessResult r = run("complete", db, args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
    }
    EXPECT_EQ(run("reopen", db, {QStringLiteral("--task"), QStringLiteral("99")}).exitCode, 2);
    EXPECT_EQ(run("reopen", db, {}).exitCode, 2);
    EXPECT_EQ(duban::test::readAll(db), before);
}

TEST(ProgressCommands, CompleteThenReopen)
{
    // GIVEN the seed's task 3, open
    TempDir dir;
    const QString db = importSeed(dir);
    EXPECT_EQ(listed(db, QStringLiteral("3")).value(QStringLiteral("status")).toString(),
              QStringLiteral("open"));
    // WHEN it is completed on 28 June
    const QStringList task{QStringLiteral("--task"), QStringLiteral("3")};
    const ProcessResult done =
        run("complete", db, task + QStringList{QStringLiteral("--date"), QStringLiteral("2023-06-28")});
    // THEN the listing shows it completed on that date
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(done.out, QStringLiteral("completed 3 on 2023-06-28\n"));
    const QJsonObject completed = listed(db, QStringLiteral("3"));
    EXPECT_EQ(completed.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(completed.value(QStringLiteral("completed_on")).toString(), QStringLiteral("2023-06-28"));
    EXPECT_EQ(completed.value(QStringLiteral("light")).toString(), QStringLiteral("completed"));
    // (still open as of the day before)
    const QJsonObject earlier = listed(db, QStringLiteral("3"), QStringLiteral("2023-06-27"));
    EXPECT_EQ(earlier.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(earlier.value(QStringLiteral("completed_on")).isNull());

    // Completing it again is bad input and changes nothing
    QByteArray before = duban::test::readAll(db);
    const ProcessResult again =
        run("complete", db, task + QStringList{QStringLiteral("--date"), QStringLiteral("2023-06-30")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already completed on 2023-06-28")))
        << again.err.toStdString();
    EXPECT_EQ(duban::test::readAll(db), before);

    // WHEN it is reopened THEN it is open again, without a completion date
    const ProcessResult reopened = run("reopen", db, task);
    ASSERT_EQ(reopened.exitCode, 0) << reopened.err.toStdString();
    EXPECT_EQ(reopened.out, QStringLiteral("reopened 3\n"));
    const QJsonObject open = listed(db, QStringLiteral("3"));
    EXPECT_EQ(open.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(open.value(QStringLiteral("completed_on")).isNull());
    // and reopening an open task is bad input
    before = duban::test::readAll(db);
    const ProcessResult twice = run("reopen", db, task);
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("is not completed"))) << twice.err.toStdString();
    EXPECT_EQ(duban::test::readAll(db), before);
}

TEST(ProgressCommands, ACompletionDateAfterTodayIsRefused)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QByteArray before = duban::test::readAll(db);
    // two days ahead: still the future if the day turns while the test runs
    const QString later = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const ProcessResult r =
        run("complete", db, {QStringLiteral("--task"), QStringLiteral("3"), QStringLiteral("--date"), later});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("future"))) << r.err.toStdString();
    EXPECT_EQ(duban::test::readAll(db), before);
    // today is fine
    const ProcessResult today = run("complete", db,
                                    {QStringLiteral("--task"), QStringLiteral("3"), QStringLiteral("--date"),
                                     QDate::currentDate().toString(Qt::ISODate)});
    EXPECT_EQ(today.exitCode, 0) << today.err.toStdString();
}

TEST(ProgressCommands, ACodeInSeveralPlansNeedsThePlan)
{
    // GIVEN two plans that both have a task 1
    TempDir dir;
    const QString db = importSeed(dir);
    importSecondPlan(dir, db);
    const QByteArray before = duban::test::readAll(db);
    // WHEN task 1 is named without a plan THEN bad input naming both plans
    const QStringList one{QStringLiteral("--task"), QStringLiteral("1")};
    const QStringList onDate{QStringLiteral("--date"), QStringLiteral("2023-06-01")};
    for (const ProcessResult &r :
         {run("complete", db, one + onDate), run("reopen", db, one),
          run("report", db, reportArgs({QStringLiteral("--task"), QStringLiteral("1")}))}) {
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("湘新综发〔2023〕22号"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("某发改〔2023〕5号"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--plan"))) << r.err.toStdString();
    }
    EXPECT_EQ(duban::test::readAll(db), before);
    // WHEN the plan is named, in full or by a part only it contains THEN the right task is written
    const ProcessResult second =
        run("complete", db,
            one + onDate + QStringList{QStringLiteral("--plan"), QStringLiteral("某发改〔2023〕5号")});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(listed(db, QStringLiteral("1")).value(QStringLiteral("status")).toString(),
              QStringLiteral("open")); // the seed's task 1, listed first, is still open
    const ProcessResult seed = run("report", db,
                                   reportArgs({QStringLiteral("--task"), QStringLiteral("1"),
                                               QStringLiteral("--plan"), QStringLiteral("22号")}));
    ASSERT_EQ(seed.exitCode, 0) << seed.err.toStdString();
    EXPECT_EQ(listed(db, QStringLiteral("1")).value(QStringLiteral("percent")).toInt(-1), 30);
    // and the second plan's task 1 was not reported on: its only lead is not 新区经济发展局
    const ProcessResult wrong = run("report", db,
                                    reportArgs({QStringLiteral("--task"), QStringLiteral("1"),
                                                QStringLiteral("--plan"), QStringLiteral("某发改")}));
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err.toStdString();
}

TEST(ProgressCommands, AMissingDatabaseIsAnErrorAndIsNotCreated)
{
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("no-such-folder"));
    const QString db = folder + QStringLiteral("/ledger.sqlite");
    const QStringList three{QStringLiteral("--task"), QStringLiteral("3")};
    const QList<ProcessResult> results{
        run("report", db, reportArgs()),
        run("complete", db, three + QStringList{QStringLiteral("--date"), QStringLiteral("2023-06-01")}),
        run("reopen", db, three),
    };
    for (const ProcessResult &r : results) {
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("No database at %1").arg(db))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("DUBAN_DB"), db);
    const ProcessResult viaEnvironment = runDuban(QStringList{QStringLiteral("reopen")} + three, env);
    EXPECT_EQ(viaEnvironment.exitCode, 1) << viaEnvironment.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}
