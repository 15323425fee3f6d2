// duban calendar: working days counted by the shipped calendar with no database at all, the office's
// entries stored from a file in one go (never into a database that is not there), the special days listed.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::RunOptions;
using duban::test::TempDir;

namespace {

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

/// A new, empty ledger (importing the seed creates it).
QString newLedger(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("ledger.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

} // namespace

TEST(CalendarCommand, AddWorkdaysPrintsTheDayAloneAndNeedsNoDatabase)
{
    // GIVEN no database anywhere, in an empty current folder
    TempDir here;
    RunOptions options;
    options.workingDirectory = here.path();
    options.stdinFromNull = true;
    // WHEN counting 5 working days from 28 Sep 2023
    const ProcessResult r =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--add-workdays"), QStringLiteral("5"),
                  QStringLiteral("--from"), QStringLiteral("2023-09-28")},
                 options);
    // THEN the day after National Day's break and its two worked weekend days, alone, and nothing created
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("2023-10-11\n"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(entriesOf(here.path()), QStringList());
    const ProcessResult back = runDuban({QStringLiteral("calendar"), QStringLiteral("--add-workdays=-1"),
                                         QStringLiteral("--from"), QStringLiteral("2024-02-18")});
    EXPECT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.out, QStringLiteral("2024-02-09\n"));
}

TEST(CalendarCommand, BadInputExitsTwo)
{
    for (const QStringList &args : {
             QStringList{QStringLiteral("--add-workdays"), QStringLiteral("5"), QStringLiteral("--from"),
                         QStringLiteral("2023-02-30")},
             QStringList{QStringLiteral("--add-workdays"), QStringLiteral("5"), QStringLiteral("--from"),
                         QStringLiteral("28/09/2023")},
             QStringList{QStringLiteral("--add-workdays"), QStringLiteral("five"), QStringLiteral("--from"),
                         QStringLiteral("2023-09-28")},
             QStringList{QStringLiteral("--add-workdays"), QStringLiteral("5")},
             QStringList{QStringLiteral("--list"), QStringLiteral("--year"), QStringLiteral("soon")},
             QStringList{QStringLiteral("--list"), QStringLiteral("--add"), QStringLiteral("-")},
             QStringList{},
         }) {
        const ProcessResult r = runDuban(QStringList{QStringLiteral("calendar")} + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("duban: "))) << r.err.toStdString();
    }
}

TEST(CalendarCommand, AddIntoAMissingDatabaseExitsOneAndCreatesNothing)
{
    TempDir dir;
    const QString entries = dir.file(QStringLiteral("2027.txt"));
    duban::test::writeAll(entries, QStringLiteral("2027-10-01 holiday 国庆节\n").toUtf8());
    const QString missing = dir.file(QStringLiteral("none/ledger.sqlite"));
    const ProcessResult r = runDuban(
        {QStringLiteral("calendar"), QStringLiteral("--add"), entries, QStringLiteral("--db"), missing});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("none"))));
    // a named database must exist for counting too
    const ProcessResult count =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--add-workdays"), QStringLiteral("1"),
                  QStringLiteral("--from"), QStringLiteral("2023-09-28"), QStringLiteral("--db"), missing});
    EXPECT_EQ(count.exitCode, 1) << count.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST(CalendarCommand, AddedDaysCountAndListAndABadFileStoresNothing)
{
    TempDir dir;
    const QString db = newLedger(dir);
    // GIVEN the office's National Day 2027 from the notice
    const QString entries = dir.file(QStringLiteral("2027.txt"));
    duban::test::writeAll(entries, QStringLiteral("2027-10-01 holiday 国庆节\n"
                                                  "2027-10-04\t休\t国庆节\n"
                                                  "2027-10-09 workday 国庆节\n")
                                       .toUtf8());
    // WHEN it is added
    const ProcessResult added =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--add"), entries, QStringLiteral("--db"), db});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QStringLiteral("stored 3 calendar days\n"));
    // THEN counting goes around the days off and through the worked Saturday
    const ProcessResult count =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--add-workdays"), QStringLiteral("1"),
                  QStringLiteral("--from"), QStringLiteral("2027-09-30"), QStringLiteral("--db"), db});
    EXPECT_EQ(count.out, QStringLiteral("2027-10-05\n")) << count.err.toStdString();
    const ProcessResult list =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--list"), QStringLiteral("--year"),
                  QStringLiteral("2027"), QStringLiteral("--db"), db});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, QStringLiteral("2027-10-01\tholiday\t国庆节\n"
                                       "2027-10-04\tholiday\t国庆节\n"
                                       "2027-10-09\tworkday\t国庆节\n"));
    // and the shipped years are listed with no database at all
    const ProcessResult shipped = runDuban({QStringLiteral("calendar"), QStringLiteral("--list"),
                                            QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(shipped.exitCode, 0) << shipped.err.toStdString();
    EXPECT_TRUE(shipped.out.startsWith(QStringLiteral("2024-01-01\tholiday\t元旦\n")))
        << shipped.out.toStdString();
    EXPECT_TRUE(shipped.out.contains(QStringLiteral("2024-02-04\tworkday\t春节\n")));

    // WHEN a file with one bad line is added THEN it exits 2 naming the line, and nothing of it is stored
    duban::test::writeAll(entries,
                          QStringLiteral("2027-10-05 holiday 国庆节\n2027-13-01 holiday 国庆节\n").toUtf8());
    const ProcessResult bad =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--add"), entries, QStringLiteral("--db"), db});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Line 2"))) << bad.err.toStdString();
    const ProcessResult after =
        runDuban({QStringLiteral("calendar"), QStringLiteral("--list"), QStringLiteral("--year"),
                  QStringLiteral("2027"), QStringLiteral("--db"), db});
    EXPECT_EQ(after.out, list.out);
}

TEST(CalendarCommand, HelpExplainsTheThreeForms)
{
    const ProcessResult r = runDuban({QStringLiteral("calendar"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("usage: duban calendar --add-workdays N --from DATE")))
        << r.out.toStdString();
    for (const char *option :
         {"--add-workdays <N>", "--from <DATE>", "--list", "--year <YEAR>", "--add <FILE>", "--db <FILE>"})
        EXPECT_TRUE(r.out.contains(QLatin1String(option))) << option << "\n" << r.out.toStdString();
}
