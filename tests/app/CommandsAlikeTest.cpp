// What every command has in common: its help, `duban --help` listing it, a mistyped command being an error
// (not the window), nothing written into the current folder, and stdin never read.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFileInfo>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::RunOptions;
using duban::test::TempDir;

namespace {

const QStringList kCommands{
    QStringLiteral("import"),   QStringLiteral("tasks"),
    QStringLiteral("report"),   QStringLiteral("complete"),
    QStringLiteral("reopen"),   QStringLiteral("assign"),
    QStringLiteral("sign"),     QStringLiteral("request-completion"),
    QStringLiteral("review"),   QStringLiteral("extend"),
    QStringLiteral("history"),  QStringLiteral("targets"),
    QStringLiteral("observe"),  QStringLiteral("brief"),
    QStringLiteral("check"),    QStringLiteral("generate"),
    QStringLiteral("calendar"), QStringLiteral("scores"),
    QStringLiteral("due"),      QStringLiteral("notice"),
};

/// No display and no platform chosen: a command that tried to open the window would abort.
RunOptions withoutDisplay()
{
    RunOptions options;
    options.unset = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("WAYLAND_DISPLAY")};
    options.extra.insert(QStringLiteral("DISPLAY"), QString());
    options.stdinFromNull = true;
    return options;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

TEST(CommandsAlike, DubanHelpListsEveryCommandOnALineOfItsOwn)
{
    const ProcessResult r = runDuban({QStringLiteral("--help")}, withoutDisplay());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(u'\n');
    for (const QString &command : kCommands) {
        const QString start = QStringLiteral("  duban %1 ").arg(command);
        const auto line =
            std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(start); });
        ASSERT_NE(line, lines.end()) << command.toStdString() << "\n" << r.out.toStdString();
        EXPECT_GT(line->mid(start.size()).trimmed().size(), 10) << "a line saying what it does";
    }
    EXPECT_TRUE(r.out.contains(QStringLiteral("duban [--db FILE]"))) << "how to open the window";
    EXPECT_TRUE(r.out.contains(QStringLiteral("duban COMMAND --help"))) << r.out.toStdString();
}

TEST(CommandsAlike, EveryCommandExplainsItsOptions)
{
    for (const QString &command : kCommands) {
        const ProcessResult r = runDuban({command, QStringLiteral("--help")}, withoutDisplay());
        EXPECT_EQ(r.exitCode, 0) << command.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("usage: duban %1").arg(command)))
            << command.toStdString() << "\n"
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--db <FILE>"))) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("DUBAN_DB"))) << r.out.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("duban:"))) << command.toStdString() << "\n"
                                                               << r.err.toStdString();
    }
    const ProcessResult report = runDuban({QStringLiteral("report"), QStringLiteral("--help")});
    for (const char *option : {"--task <CODE>", "--plan <NUMBER>", "--date <DATE>", "--unit <NAME>",
                               "--percent <N>", "--text <TEXT>", "--problems <TEXT>", "--next-steps <TEXT>"})
        EXPECT_TRUE(report.out.contains(QLatin1String(option))) << option << "\n" << report.out.toStdString();
    const ProcessResult complete = runDuban({QStringLiteral("complete"), QStringLiteral("-h")});
    EXPECT_EQ(complete.exitCode, 0);
    EXPECT_TRUE(complete.out.contains(QStringLiteral("future"))) << complete.out.toStdString();
}

TEST(CommandsAlike, AMistypedCommandIsAnErrorWithASuggestionAndOpensNoWindow)
{
    struct Case
    {
        const char *typed;
        const char *says;
    };
    for (const Case &c :
         {Case{"taks", "unknown command 'taks'; did you mean 'tasks'?"},
          Case{"Tasks", "unknown command 'Tasks'; did you mean 'tasks'?"},
          Case{"reprot", "unknown command 'reprot'; did you mean 'report'?"},
          Case{"breif", "unknown command 'breif'; did you mean 'brief'?"},
          Case{"gen", "unknown command 'gen'; did you mean 'generate'?"},
          Case{"re", "unknown command 're'; did you mean 'report', 'reopen', 'request-completion' or "
                     "'review'?"},
          Case{"sing", "unknown command 'sing'; did you mean 'sign'?"},
          Case{"xyz", "unknown command 'xyz'\n"}}) {
        const ProcessResult r =
            runDuban({QString::fromUtf8(c.typed), QStringLiteral("--db"), QStringLiteral("x.sqlite")},
                     withoutDisplay());
        EXPECT_EQ(r.exitCode, 2) << c.typed << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.says))) << c.typed << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("duban --help"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("x.sqlite")));
}

TEST(CommandsAlike, AnExistingFileOrAnOptionFirstStillGoesToTheWindow)
{
    // An existing path or a Qt option (-platform …) first is the window's, as before: here it cannot open,
    // having no display, but it is not taken for a command.
    TempDir dir;
    const QString file = dir.file(QStringLiteral("ledger.sqlite"));
    duban::test::writeAll(file, QByteArray());
    RunOptions options = withoutDisplay();
    options.extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    options.extra.insert(QStringLiteral("DISPLAY"), QStringLiteral(":99999"));
    for (const QStringList &args :
         {QStringList{file}, QStringList{QStringLiteral("-platform"), QStringLiteral("xcb")}}) {
        const ProcessResult r = runDuban(args, options);
        EXPECT_NE(r.exitCode, 0) << args.join(u' ').toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("unknown command"))) << r.err.toStdString();
    }
}

TEST(CommandsAlike, NoCommandWritesIntoTheCurrentFolderNorWaitsForStdin)
{
    // GIVEN a ledger, a plan and a CSV in one folder, and an empty current folder elsewhere
    TempDir data;
    TempDir here;
    const QString db = data.file(QStringLiteral("ledger.sqlite"));
    const QString csv = data.file(QStringLiteral("obs.csv"));
    duban::test::writeAll(csv, QByteArray("地区生产总值增长,2023-02,6.2\n"));
    const QList<QStringList> commands{
        {QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db},
        {QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--dry-run"),
         QStringLiteral("--json")},
        {QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--json")},
        {QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--overdue")},
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--task"), QStringLiteral("3"),
         QStringLiteral("--date"), QStringLiteral("2023-06-01"), QStringLiteral("--unit"),
         QStringLiteral("新区财政金融局"), QStringLiteral("--percent"), QStringLiteral("40"),
         QStringLiteral("--text"), QStringLiteral("专项债已申报")},
        {QStringLiteral("complete"), QStringLiteral("--db"), db, QStringLiteral("--task"),
         QStringLiteral("3"), QStringLiteral("--date"), QStringLiteral("2023-06-30")},
        {QStringLiteral("reopen"), QStringLiteral("--db"), db, QStringLiteral("--task"), QStringLiteral("3")},
        {QStringLiteral("sign"), QStringLiteral("--db"), db, QStringLiteral("--task"), QStringLiteral("3"),
         QStringLiteral("--unit"), QStringLiteral("新区财政金融局"), QStringLiteral("--date"),
         QStringLiteral("2023-03-23")},
        {QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--task"), QStringLiteral("3"),
         QStringLiteral("--json")},
        {QStringLiteral("targets"), QStringLiteral("--db"), db},
        {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv},
        {QStringLiteral("observe"), QStringLiteral("--db"), db, QStringLiteral("--indicator"),
         QStringLiteral("地区生产总值增长"), QStringLiteral("--period"), QStringLiteral("2023-03"),
         QStringLiteral("--value"), QStringLiteral("6.5")},
        {QStringLiteral("brief"), QStringLiteral("--db"), db, QStringLiteral("--out"),
         data.file(QStringLiteral("brief.pdf")), QStringLiteral("--as-of"), QStringLiteral("2023-07-01")},
        {QStringLiteral("check"), QStringLiteral("--db"), db},
        {QStringLiteral("calendar"), QStringLiteral("--db"), db, QStringLiteral("--list")},
        {QStringLiteral("calendar"), QStringLiteral("--add-workdays"), QStringLiteral("3"),
         QStringLiteral("--from"), QStringLiteral("2023-09-28")},
        {QStringLiteral("scores"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
         QStringLiteral("2023-07-01")},
        {QStringLiteral("due"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
         QStringLiteral("2023-09-27")},
        {QStringLiteral("notice"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
         QStringLiteral("新区经济发展局"), QStringLiteral("--kind"), QStringLiteral("督办"),
         QStringLiteral("--as-of"), QStringLiteral("2023-07-06"), QStringLiteral("--out"),
         data.file(QStringLiteral("notice.pdf"))},
        {QStringLiteral("generate"), QStringLiteral("--db"), data.file(QStringLiteral("g.sqlite")),
         QStringLiteral("--tasks"), QStringLiteral("20"), QStringLiteral("--reports"), QStringLiteral("10")},
    };
    for (const bool fromNull : {true, false}) {
        if (!fromNull) // the second round: the ledger again, and a pipe that stays open and silent
            for (const QString &name : entriesOf(data.path()))
                if (name != QStringLiteral("obs.csv"))
                    QFile::remove(data.file(name));
        for (const QStringList &args : commands) {
            RunOptions options;
            options.workingDirectory = here.path();
            options.stdinFromNull = fromNull;
            // WHEN each command runs there
            const ProcessResult r = runDuban(args, options);
            // THEN it finishes without waiting for input, and the current folder stays empty
            EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
            EXPECT_EQ(entriesOf(here.path()), QStringList()) << args.join(u' ').toStdString();
        }
    }
    // DUBAN_DB names the database for every command as --db does, generate included
    RunOptions viaEnvironment;
    viaEnvironment.workingDirectory = here.path();
    viaEnvironment.stdinFromNull = true;
    viaEnvironment.extra.insert(QStringLiteral("DUBAN_DB"), db);
    for (const QStringList &args :
         {QStringList{QStringLiteral("tasks")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("reopen"), QStringLiteral("--task"), QStringLiteral("2")},
          QStringList{QStringLiteral("targets")}}) {
        const ProcessResult r = runDuban(args, viaEnvironment);
        EXPECT_NE(r.exitCode, 1) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("No database"))) << r.err.toStdString();
    }
    viaEnvironment.extra.insert(QStringLiteral("DUBAN_DB"), data.file(QStringLiteral("via-env.sqlite")));
    const ProcessResult generated =
        runDuban({QStringLiteral("generate"), QStringLiteral("--tasks"), QStringLiteral("5"),
                  QStringLiteral("--reports"), QStringLiteral("0")},
                 viaEnvironment);
    EXPECT_EQ(generated.exitCode, 0) << generated.err.toStdString();
    EXPECT_TRUE(QFileInfo(data.file(QStringLiteral("via-env.sqlite"))).isFile());
    EXPECT_EQ(entriesOf(here.path()), QStringList());
}
