// duban export run as a real process on the seed: the workbook and the CSV written and read back by
// python3-openpyxl / csv, one unit's tasks, and bad input refused with nothing written.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString importSeed(const TempDir &dir)
{
    const QString db = dir.file(QStringLiteral("seed.sqlite"));
    const ProcessResult r =
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return db;
}

ProcessResult exportTo(const QString &db, const QStringList &args)
{
    return runDuban(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db} + args);
}

QString python(const QString &script, const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("ERROR ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

TEST(ExportCommand, WritesTheSeedAsAWorkbookAndACsv)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString xlsx = dir.file(QStringLiteral("台账.xlsx"));
    ProcessResult r = exportTo(
        db, {QStringLiteral("--out"), xlsx, QStringLiteral("--as-of"), QStringLiteral("2023-07-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("38 tasks"))) << r.out.toStdString();
    // Title, header and 38 rows; task 2's light is red as of July 1 (its Q1 milestone).
    EXPECT_EQ(
        python(QStringLiteral("import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1]).active\n"
                              "print(ws.max_row, ws['A3'].value, ws['J4'].value, ws['J4'].fill.fgColor.rgb)"),
               xlsx),
        QStringLiteral("40 1 Red FFF4B6B6"));
    // One unit's tasks, as CSV.
    const QString csv = dir.file(QStringLiteral("财政.csv"));
    r = exportTo(db, {QStringLiteral("--out"), csv, QStringLiteral("--unit"), u("新区财政金融局")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString rows =
        python(QStringLiteral("import csv,sys\nrows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',"
                              "newline='')))\nprint(len(rows)-1, all('新区财政金融局' in r[2]+r[3] "
                              "for r in rows[1:]))"),
               csv);
    EXPECT_TRUE(rows.endsWith(QStringLiteral(" True"))) << rows.toStdString();
    EXPECT_NE(rows, QStringLiteral("0 True"));
}

TEST(ExportCommand, BadInputIsRefusedAndNothingIsWritten)
{
    TempDir dir;
    const QString db = importSeed(dir);
    const QString out = dir.file(QStringLiteral("l.xlsx"));
    EXPECT_EQ(exportTo(db, {}).exitCode, 2) << "no --out";
    EXPECT_EQ(exportTo(db, {QStringLiteral("--out"), dir.file(QStringLiteral("l.pdf"))}).exitCode, 2);
    EXPECT_EQ(
        exportTo(db, {QStringLiteral("--out"), out, QStringLiteral("--as-of"), QStringLiteral("2023-02-30")})
            .exitCode,
        2);
    EXPECT_EQ(
        exportTo(db, {QStringLiteral("--out"), out, QStringLiteral("--unit"), u("没有的单位")}).exitCode, 2);
    EXPECT_EQ(exportTo(db, {QStringLiteral("--out"), out, QStringLiteral("--plan"), u("无此文号")}).exitCode,
              2);
    EXPECT_FALSE(QFileInfo::exists(out)) << "a refused export writes nothing";
    // The database itself is never the output.
    EXPECT_EQ(exportTo(db, {QStringLiteral("--out"), db + QStringLiteral(".csv")}).exitCode, 0);
    ProcessResult r = exportTo(db, {QStringLiteral("--out"), db, QStringLiteral("--overwrite")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    // An existing file needs --overwrite.
    ASSERT_EQ(exportTo(db, {QStringLiteral("--out"), out}).exitCode, 0);
    r = exportTo(db, {QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--overwrite"))) << r.err.toStdString();
    EXPECT_EQ(exportTo(db, {QStringLiteral("--out"), out, QStringLiteral("--overwrite")}).exitCode, 0);
    // A missing database is not created.
    const QString missing = dir.file(QStringLiteral("none.sqlite"));
    EXPECT_EQ(exportTo(missing, {QStringLiteral("--out"), dir.file(QStringLiteral("m.xlsx"))}).exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("m.xlsx"))));
}
