// What every command has in common: its help, `duban --help` listing it, and a mistyped command being an
// error (not the window).
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
    QStringLiteral("import"),   QStringLiteral("tasks"),  QStringLiteral("report"),
    QStringLiteral("complete"), QStringLiteral("reopen"), QStringLiteral("targets"),
    QStringLiteral("observe"),  QStringLiteral("brief"),  QStringLiteral("check"),
    QStringLiteral("generate"),
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
    for (const Case &c : {Case{"taks", "unknown command 'taks'; did you mean 'tasks'?"},
                          Case{"Tasks", "unknown command 'Tasks'; did you mean 'tasks'?"},
                          Case{"reprot", "unknown command 'reprot'; did you mean 'report'?"},
                          Case{"breif", "unknown command 'breif'; did you mean 'brief'?"},
                          Case{"gen", "unknown command 'gen'; did you mean 'generate'?"},
                          Case{"re", "unknown command 're'; did you mean 'report' or 'reopen'?"},
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
