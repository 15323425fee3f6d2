// duban assign, sign, request-completion, review, extend and history: the supervision loop from the command
// line on the seed plan, each step written as the acting user, the refused ones bad input with nothing
// written, and tasks --json showing the loop's stage and the original deadline (issue 14).
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(u("seed.sqlite"));
    const ProcessResult r = runDuban({u("import"), duban::test::seedPath(), u("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

/// `duban COMMAND --db DB ARGS…`, as 张三 unless the arguments name another actor.
ProcessResult run(const char *command, const QString &db, const QStringList &args,
                  const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = extra;
    if (!env.contains(u("DUBAN_ACTOR")))
        env.insert(u("DUBAN_ACTOR"), u("张三"));
    return runDuban(QStringList{QLatin1String(command), u("--db"), db} + args, env);
}

/// Runs a step that must succeed and returns what it printed.
QString step(const char *command, const QString &db, const QStringList &args)
{
    const ProcessResult r = run(command, db, args);
    EXPECT_EQ(r.exitCode, 0) << command << " " << args.join(u' ').toStdString() << "\n"
                             << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    return r.out;
}

/// A refused step: exit 2, a message saying `says`, nothing printed and the file unchanged.
void refused(const char *command, const QString &db, const QStringList &args, const QString &says)
{
    const QByteArray before = duban::test::readAll(db);
    const ProcessResult r = run(command, db, args);
    EXPECT_EQ(r.exitCode, 2) << command << " " << args.join(u' ').toStdString() << "\n"
                             << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(says)) << says.toStdString() << "\n" << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(duban::test::readAll(db), before) << command << " " << args.join(u' ').toStdString();
}

QJsonObject listed(const QString &db, const QString &code, const QString &asOf = u("2023-07-01"))
{
    const ProcessResult r = runDuban({u("tasks"), u("--db"), db, u("--as-of"), asOf, u("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(u("code")).toString() == code)
            return v.toObject();
    ADD_FAILURE() << "no task " << code.toStdString() << " in the listing";
    return {};
}

QString stageOf(const QString &db, const QString &code)
{
    return listed(db, code).value(u("stage")).toString();
}

ProcessResult history(const QString &db, const QString &code, bool json)
{
    QStringList args{u("history"), u("--db"), db, u("--task"), code};
    if (json)
        args << u("--json");
    return runDuban(args);
}

QJsonArray historyJson(const QString &db, const QString &code)
{
    const ProcessResult r = history(db, code, true);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_TRUE(doc.isArray()) << r.out.toStdString();
    return doc.array();
}

QStringList kindsOf(const QJsonArray &entries)
{
    QStringList kinds;
    for (const QJsonValue &v : entries)
        kinds.append(v.toObject().value(u("kind")).toString());
    return kinds;
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.file(name);
    duban::test::writeAll(path, content);
    return path;
}

const QStringList kTask1{u("--task"),
                         u("1")}; // 新区经济发展局 leads; 新区开发建设局（交通运输局）… co-handle
const QStringList kTask3{u("--task"), u("3")}; // 新区财政金融局 leads; due 2023-12-31

QStringList with(const QStringList &task, const QStringList &more)
{
    return task + more;
}

} // namespace

TEST(LoopCommands, TaskOneIsAssignedSignedRequestedReturnedRequestedAgainAndClosed)
{
    TempDir dir;
    const QString db = importSeed(dir);
    EXPECT_EQ(stageOf(db, u("1")), u("assigned"));

    // 交办 on the plan's date, 签收 by the lead and by a co-unit named by a part only it contains
    EXPECT_EQ(step("assign", db, with(kTask1, {u("--date"), u("2023-03-22")})),
              u("assigned 1 on 2023-03-22\n"));
    EXPECT_EQ(
        step("sign", db, with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-03-23")})),
        u("signed 1 for 新区经济发展局 on 2023-03-23\n"));
    EXPECT_EQ(step("sign", db, with(kTask1, {u("--unit"), u("开发建设局"), u("--date"), u("2023-03-24")})),
              u("signed 1 for 新区开发建设局（交通运输局） on 2023-03-24\n"));
    EXPECT_EQ(stageOf(db, u("1")), u("signed"));

    // 办结申请 with two files of evidence
    const QString scan = writeFile(dir, u("验收报告.pdf"), QByteArray("%PDF-1.4 scan"));
    const QString sheet = writeFile(dir, u("项目清单.xlsx"), QByteArray("PK sheet"));
    EXPECT_EQ(step("request-completion", db,
                   with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20"), u("--basis"),
                                 u("重点项目全部开工"), u("--attach"), scan, u("--attach"), sheet})),
              u("requested completion of 1 for 新区经济发展局 on 2023-06-20, 2 files attached\n"));
    EXPECT_EQ(stageOf(db, u("1")), u("completion-requested"));

    // 退回 with a reason: in progress again
    EXPECT_EQ(step("review", db,
                   with(kTask1,
                        {u("--return"), u("--reason"), u("缺少投资完成佐证"), u("--date"), u("2023-06-25")})),
              u("returned the completion request of 1 to 新区经济发展局 on 2023-06-25\n"));
    EXPECT_EQ(stageOf(db, u("1")), u("in-progress"));
    EXPECT_EQ(listed(db, u("1")).value(u("status")).toString(), u("open"));

    // requested again and 销号
    step("request-completion", db,
         with(kTask1,
              {u("--unit"), u("经济发展局"), u("--date"), u("2023-06-28"), u("--basis"), u("已补充佐证")}));
    EXPECT_EQ(step("review", db, with(kTask1, {u("--approve"), u("--date"), u("2023-06-30")})),
              u("approved the completion request of 1 by 新区经济发展局: completed on 2023-06-30\n"));
    const QJsonObject closed = listed(db, u("1"));
    EXPECT_EQ(closed.value(u("status")).toString(), u("completed"));
    EXPECT_EQ(closed.value(u("stage")).toString(), u("closed"));
    EXPECT_EQ(closed.value(u("completed_on")).toString(), u("2023-06-30"));

    // A second approval has nothing to decide
    refused("review", db, with(kTask1, {u("--approve"), u("--date"), u("2023-07-01")}),
            u("already approved"));

    // The history holds every step, oldest first
    const QJsonArray entries = historyJson(db, u("1"));
    EXPECT_EQ(kindsOf(entries),
              (QStringList{u("assigned"), u("assigned"), u("signed"), u("signed"), u("completion-requested"),
                           u("attachment-added"), u("attachment-added"), u("completion-returned"),
                           u("completion-requested"), u("completion-approved")}));
}

TEST(LoopCommands, HistoryJsonHasItsKeysInOrderAndTheFilesOfEachRequest)
{
    TempDir dir;
    const QString db = importSeed(dir);
    step("assign", db, with(kTask1, {u("--date"), u("2023-03-22"), u("--actor"), u("李四")}));
    const QString scan = writeFile(dir, u("验收报告.pdf"), QByteArray("%PDF-1.4 scan"));
    step("request-completion", db,
         with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20"), u("--basis"),
                       u("重点项目全部开工\n投资完成"), u("--attach"), scan}));
    step("review", db,
         with(kTask1, {u("--return"), u("--reason"), u("缺少佐证"), u("--date"), u("2023-06-25")}));

    const QJsonArray entries = historyJson(db, u("1"));
    ASSERT_EQ(entries.size(), 5) << QJsonDocument(entries).toJson().toStdString();
    // the import's 交办: on the plan's date, with the task's title
    const QJsonObject imported = entries.at(0).toObject();
    EXPECT_EQ(imported.value(u("kind")).toString(), u("assigned"));
    EXPECT_EQ(imported.value(u("date")).toString(), u("2023-03-22"));
    EXPECT_TRUE(imported.value(u("text")).toString().startsWith(u("激发民间投资活力")))
        << imported.value(u("text")).toString().toStdString();
    EXPECT_TRUE(QRegularExpression(u("^\\d\\d:\\d\\d:\\d\\d$"))
                    .match(imported.value(u("time")).toString())
                    .hasMatch())
        << imported.value(u("time")).toString().toStdString();
    // the 交办 by --actor, with the start date changed
    const QJsonObject assigned = entries.at(1).toObject();
    EXPECT_EQ(assigned.value(u("actor")).toString(), u("李四"));
    EXPECT_EQ(assigned.value(u("unit")).toString(), u("新区经济发展局"));
    EXPECT_EQ(assigned.value(u("field")).toString(), u("start_date"));
    EXPECT_EQ(assigned.value(u("new")).toString(), u("2023-03-22"));
    EXPECT_FALSE(assigned.contains(u("attachments")));
    // the request by $DUBAN_ACTOR, its basis as the text, its file named
    const QJsonObject request = entries.at(2).toObject();
    EXPECT_EQ(request.value(u("kind")).toString(), u("completion-requested"));
    EXPECT_EQ(request.value(u("date")).toString(), u("2023-06-20"));
    EXPECT_EQ(request.value(u("actor")).toString(), u("张三"));
    EXPECT_EQ(request.value(u("unit")).toString(), u("新区经济发展局"));
    EXPECT_EQ(request.value(u("text")).toString(), u("重点项目全部开工\n投资完成"));
    EXPECT_EQ(request.value(u("attachments")).toArray(), QJsonArray{u("验收报告.pdf")});
    EXPECT_FALSE(request.contains(u("field"))) << "no field, old or new on a step without them";
    const QJsonObject file = entries.at(3).toObject();
    EXPECT_EQ(file.value(u("kind")).toString(), u("attachment-added"));
    EXPECT_EQ(file.value(u("text")).toString(), u("验收报告.pdf"));
    EXPECT_EQ(file.value(u("new")).toString(), u("13")) << "its size in bytes";
    const QJsonObject returned = entries.at(4).toObject();
    EXPECT_EQ(returned.value(u("kind")).toString(), u("completion-returned"));
    EXPECT_EQ(returned.value(u("text")).toString(), u("缺少佐证"));
    EXPECT_EQ(returned.value(u("date")).toString(), u("2023-06-25"));

    // The keys come in the documented order (QJsonObject sorts them: read the text itself)
    const QString text = history(db, u("1"), true).out;
    const QStringList lines = text.split(u'\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.first(), u("["));
    const QString line = lines.at(2); // the second entry: every key
    qsizetype at = -1;
    for (const char *key : {"\"kind\"", "\"date\"", "\"time\"", "\"actor\"", "\"unit\"", "\"text\"",
                            "\"field\"", "\"old\"", "\"new\""}) {
        const qsizetype next = line.indexOf(QLatin1String(key));
        EXPECT_GT(next, at) << key << "\n" << line.toStdString();
        at = next;
    }

    // The text timeline: one line per entry, tab-separated date, time, actor, unit, kind, text
    const ProcessResult plain = history(db, u("1"), false);
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const QStringList rows = plain.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 5) << plain.out.toStdString();
    const QStringList fields = rows.at(2).split(u'\t');
    ASSERT_EQ(fields.size(), 6) << rows.at(2).toStdString();
    EXPECT_EQ(fields.at(0), u("2023-06-20"));
    EXPECT_EQ(fields.at(2), u("张三"));
    EXPECT_EQ(fields.at(3), u("新区经济发展局"));
    EXPECT_EQ(fields.at(4), u("completion-requested"));
    EXPECT_EQ(fields.at(5), u("重点项目全部开工 投资完成 [验收报告.pdf]"));
}

TEST(LoopCommands, AnApprovedExtensionMovesTheDeadlineAndKeepsTheOriginal)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QJsonObject before = listed(db, u("3"), u("2024-01-01"));
    EXPECT_EQ(before.value(u("deadline")).toString(), u("2023-12-31"));
    EXPECT_TRUE(before.contains(u("deadline_original")));
    EXPECT_TRUE(before.value(u("deadline_original")).isNull());
    EXPECT_EQ(before.value(u("light")).toString(), u("red"));

    // the lead unit asks (no --unit) and the office approves
    EXPECT_EQ(step("extend", db,
                   with(kTask3, {u("--to"), u("2024-03-31"), u("--reason"), u("专项债发行推迟"), u("--date"),
                                 u("2023-12-20")})),
              u("asked to extend 3 to 2024-03-31 for 新区财政金融局 on 2023-12-20\n"));
    EXPECT_EQ(step("extend", db, with(kTask3, {u("--approve"), u("--date"), u("2023-12-22")})),
              u("approved the extension of 3 to 2024-03-31 (originally due 2023-12-31)\n"));

    const QJsonObject after = listed(db, u("3"), u("2024-01-01"));
    EXPECT_EQ(after.value(u("deadline")).toString(), u("2024-03-31"));
    EXPECT_EQ(after.value(u("deadline_original")).toString(), u("2023-12-31"));
    EXPECT_NE(after.value(u("light")).toString(), u("red"));
    EXPECT_EQ(after.value(u("stage")).toString(), u("assigned"));
    EXPECT_EQ(after.value(u("status")).toString(), u("open"));
    // also in the overdue listing's objects (none here: task 3 is no longer red)
    const ProcessResult overdue =
        runDuban({u("tasks"), u("--db"), db, u("--as-of"), u("2024-01-01"), u("--overdue"), u("--json")});
    ASSERT_EQ(overdue.exitCode, 0);
    const QJsonArray red = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
    ASSERT_FALSE(red.isEmpty());
    for (const QJsonValue &v : red) {
        EXPECT_NE(v.toObject().value(u("code")).toString(), u("3"));
        EXPECT_TRUE(v.toObject().contains(u("stage")));
        EXPECT_TRUE(v.toObject().contains(u("deadline_original")));
    }

    // approving it twice is refused, and so is refusing it now
    refused("extend", db, with(kTask3, {u("--approve"), u("--date"), u("2023-12-23")}),
            u("already approved"));
    refused("extend", db, with(kTask3, {u("--refuse"), u("--date"), u("2023-12-23")}), u("already approved"));

    // a second request, by a named co-unit, refused with a reason: the deadline stays
    step("extend", db,
         with(kTask3, {u("--to"), u("2024-06-30"), u("--reason"), u("土地报批"), u("--unit"),
                       u("自然资源规划局"), u("--date"), u("2023-12-28")}));
    EXPECT_EQ(
        step("extend", db,
             with(kTask3, {u("--refuse"), u("--reason"), u("理由不充分"), u("--date"), u("2023-12-29")})),
        u("refused the extension of 3 to 2024-06-30; it stays due on 2024-03-31\n"));
    EXPECT_EQ(listed(db, u("3"), u("2024-01-01")).value(u("deadline")).toString(), u("2024-03-31"));
    const QStringList kinds = kindsOf(historyJson(db, u("3")));
    EXPECT_EQ(kinds.mid(1), (QStringList{u("extension-requested"), u("extension-approved"),
                                         u("extension-requested"), u("extension-refused")}));
}

TEST(LoopCommands, InvalidStepsAreBadInputAndWriteNothing)
{
    TempDir dir;
    const QString db = importSeed(dir);
    // no 销号 without a request
    refused("review", db, with(kTask1, {u("--approve"), u("--date"), u("2023-06-30")}),
            u("no completion request"));
    // 新区税务局 is a unit of task 34 only: refused, the task's units named
    refused("sign", db, with(kTask1, {u("--unit"), u("新区税务局"), u("--date"), u("2023-03-24")}),
            u("neither a lead nor a co-unit"));
    refused("sign", db, with(kTask1, {u("--unit"), u("新区税务局"), u("--date"), u("2023-03-24")}),
            u("新区经济发展局"));
    // no unit of that name at all: the task's units listed
    refused("sign", db, with(kTask1, {u("--unit"), u("不存在的单位"), u("--date"), u("2023-03-24")}),
            u("the units of task 1 are 新区经济发展局"));
    refused(
        "request-completion", db,
        with(kTask1, {u("--unit"), u("不存在的单位"), u("--date"), u("2023-06-20"), u("--basis"), u("x")}),
        u("no unit called"));
    // signing twice
    step("sign", db, with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-03-23")}));
    refused("sign", db, with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-03-24")}),
            u("already acknowledged"));
    // a step in the future, a day that does not exist
    refused("sign", db,
            with(kTask1, {u("--unit"), u("开发建设局"), u("--date"),
                          QDate::currentDate().addDays(2).toString(Qt::ISODate)}),
            u("future"));
    refused("assign", db, with(kTask1, {u("--date"), u("2023-02-30")}), u("--date"));
    // an extension to a day not after the deadline; a decision with nothing pending
    refused("extend", db,
            with(kTask3, {u("--to"), u("2023-12-01"), u("--reason"), u("x"), u("--date"), u("2023-11-01")}),
            u("later date"));
    refused("extend", db, with(kTask3, {u("--approve"), u("--date"), u("2023-12-01")}),
            u("no extension request"));
    // the forms of review and extend
    refused("review", db, with(kTask1, {u("--date"), u("2023-06-30")}),
            u("--approve or --return is required"));
    refused(
        "review", db,
        with(kTask1, {u("--approve"), u("--return"), u("--reason"), u("x"), u("--date"), u("2023-06-30")}),
        u("exclude each other"));
    refused("review", db, with(kTask1, {u("--return"), u("--date"), u("2023-06-30")}),
            u("--return needs --reason"));
    refused("extend", db,
            with(kTask3, {u("--to"), u("2024-03-31"), u("--approve"), u("--date"), u("2023-12-20")}),
            u("give one of them"));
    refused("extend", db, with(kTask3, {u("--date"), u("2023-12-20")}), u("is required"));
    refused("extend", db, with(kTask3, {u("--approve"), u("--refuse"), u("--date"), u("2023-12-20")}),
            u("exclude each other"));
    refused("extend", db,
            with(kTask3, {u("--approve"), u("--unit"), u("新区财政金融局"), u("--date"), u("2023-12-20")}),
            u("--unit"));
    refused("extend", db, with(kTask3, {u("--to"), u("2024-03-31"), u("--date"), u("2023-12-20")}),
            u("--reason"));
    refused("request-completion", db,
            with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20")}),
            u("--basis is required"));
    refused(
        "request-completion", db,
        with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20"), u("--basis"), u("  ")}),
        u("basis"));
    // a blank --actor
    refused("assign", db, with(kTask1, {u("--date"), u("2023-03-22"), u("--actor"), u(" ")}), u("--actor"));
    // no such task
    refused("assign", db, {u("--task"), u("99"), u("--date"), u("2023-03-22")}, u("no task 99"));
    EXPECT_EQ(kindsOf(historyJson(db, u("1"))), (QStringList{u("assigned"), u("signed")}));
}

TEST(LoopCommands, AttachmentsThatCannotBeStoredAreRefusedBeforeAnythingIsWritten)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QStringList request = with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20"),
                                              u("--basis"), u("重点项目全部开工")});
    // a missing file
    refused("request-completion", db, request + QStringList{u("--attach"), dir.file(u("缺失.pdf"))},
            u("There is no file at"));
    // an empty one
    const QString empty = writeFile(dir, u("空.pdf"), QByteArray());
    refused("request-completion", db, request + QStringList{u("--attach"), empty}, u("empty"));
    // 21 MB, after a good one: the whole step is refused
    const QString good = writeFile(dir, u("好.pdf"), QByteArray("ok"));
    const QString big = dir.file(u("扫描件.pdf"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(21 * 1024 * 1024));
    }
    refused("request-completion", db, request + QStringList{u("--attach"), good, u("--attach"), big},
            u("扫描件.pdf is 21.0 MB; an attachment can be at most 20 MB"));
    refused("extend", db,
            with(kTask3, {u("--to"), u("2024-03-31"), u("--reason"), u("x"), u("--date"), u("2023-12-20"),
                          u("--attach"), big}),
            u("at most 20 MB"));
    EXPECT_EQ(stageOf(db, u("1")), u("assigned"));
    EXPECT_EQ(kindsOf(historyJson(db, u("1"))), QStringList{u("assigned")});
    // exactly 20 MB is accepted
    const QString limit = dir.file(u("limit.pdf"));
    {
        QFile f(limit);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(20 * 1024 * 1024));
    }
    EXPECT_EQ(step("request-completion", db, request + QStringList{u("--attach"), limit}),
              u("requested completion of 1 for 新区经济发展局 on 2023-06-20, 1 file attached\n"));
}

TEST(LoopCommands, TheActorIsTheOptionElseTheEnvironmentElseTheLoginName)
{
    TempDir dir;
    const QString db = importSeed(dir);
    QProcessEnvironment env;
    env.insert(u("DUBAN_ACTOR"), u("王五"));
    ASSERT_EQ(
        run("sign", db, with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-03-23")}), env)
            .exitCode,
        0);
    ASSERT_EQ(run("sign", db,
                  with(kTask1,
                       {u("--unit"), u("开发建设局"), u("--date"), u("2023-03-23"), u("--actor"), u("赵六")}),
                  env)
                  .exitCode,
              0);
    QProcessEnvironment login;
    login.insert(u("DUBAN_ACTOR"), QString());
    login.insert(u("USER"), u("office-clerk"));
    ASSERT_EQ(run("assign", db, with(kTask1, {u("--date"), u("2023-03-22")}), login).exitCode, 0);
    // the 办结 tick of `complete` is recorded as the actor too
    ASSERT_EQ(
        run("complete", db, with(kTask3, {u("--date"), u("2023-06-30"), u("--actor"), u("钱七")})).exitCode,
        0);

    const QJsonArray one = historyJson(db, u("1"));
    ASSERT_EQ(one.size(), 4);
    EXPECT_EQ(one.at(1).toObject().value(u("actor")).toString(), u("王五"));
    EXPECT_EQ(one.at(2).toObject().value(u("actor")).toString(), u("赵六"));
    EXPECT_EQ(one.at(3).toObject().value(u("actor")).toString(), u("office-clerk"));
    const QJsonArray three = historyJson(db, u("3"));
    ASSERT_FALSE(three.isEmpty());
    EXPECT_EQ(three.last().toObject().value(u("kind")).toString(), u("closed-by-office"));
    EXPECT_EQ(three.last().toObject().value(u("actor")).toString(), u("钱七"));
}

TEST(LoopCommands, AMissingDatabaseIsAnErrorAndIsNotCreated)
{
    TempDir dir;
    const QString folder = dir.file(u("no-such-folder"));
    const QString db = folder + u("/ledger.sqlite");
    const QString file = writeFile(dir, u("a.pdf"), QByteArray("a"));
    const QList<ProcessResult> results{
        run("assign", db, with(kTask1, {u("--date"), u("2023-03-22")})),
        run("sign", db, with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-03-23")})),
        run("request-completion", db,
            with(kTask1, {u("--unit"), u("新区经济发展局"), u("--date"), u("2023-06-20"), u("--basis"),
                          u("x"), u("--attach"), file})),
        run("review", db, with(kTask1, {u("--approve"), u("--date"), u("2023-06-30")})),
        run("extend", db,
            with(kTask3, {u("--to"), u("2024-03-31"), u("--reason"), u("x"), u("--date"), u("2023-12-20")})),
        run("extend", db, with(kTask3, {u("--refuse"), u("--date"), u("2023-12-20")})),
        run("history", db, kTask1),
        run("history", db, kTask1 + QStringList{u("--json")}),
    };
    for (const ProcessResult &r : results) {
        EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u("No database at %1").arg(db))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST(LoopCommands, EachCommandExplainsItsOptions)
{
    struct Case
    {
        const char *command;
        QStringList options;
    };
    const QList<Case> cases{
        {"assign", {u("--task <CODE>"), u("--date <DATE>"), u("--actor <NAME>")}},
        {"sign", {u("--task <CODE>"), u("--unit <NAME>"), u("--date <DATE>"), u("--actor <NAME>")}},
        {"request-completion", {u("--unit <NAME>"), u("--basis <TEXT>"), u("--attach <FILE>")}},
        {"review", {u("--approve"), u("--return"), u("--reason <TEXT>")}},
        {"extend",
         {u("--to <DATE>"), u("--approve"), u("--refuse"), u("--unit <NAME>"), u("--attach <FILE>")}},
        {"history", {u("--task <CODE>"), u("--json")}},
    };
    for (const Case &c : cases) {
        const ProcessResult r = runDuban({QLatin1String(c.command), u("--help")});
        EXPECT_EQ(r.exitCode, 0) << c.command;
        EXPECT_TRUE(r.out.startsWith(u("usage: duban %1").arg(QLatin1String(c.command))))
            << r.out.toStdString();
        for (const QString &option : c.options)
            EXPECT_TRUE(r.out.contains(option)) << c.command << " " << option.toStdString() << "\n"
                                                << r.out.toStdString();
    }
}
