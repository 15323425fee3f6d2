// Issue 15's report packages, as real processes on the seed: duban package writes one workbook per unit,
// python3-openpyxl fills it in as a unit's Excel or WPS would ("60%" typed as text, 0.6 in a percent cell,
// a date typed as a date), and duban collect checks and saves it — once; each problem of a hand-edited
// return is refused with its own message, and nothing is written.
#include "RunDuban.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using duban::test::ProcessResult;
using duban::test::runDuban;
using duban::test::TempDir;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

const QString kUnit = QStringLiteral("新区经济发展局");

struct PackageFixture
{
    TempDir dir;
    QString db = dir.file(QStringLiteral("seed.sqlite"));
    QString folder = dir.file(QStringLiteral("报送表"));
    QString package;

    PackageFixture()
    {
        ProcessResult r =
            runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runDuban({QStringLiteral("package"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                      QStringLiteral("2023-06"), QStringLiteral("--unit"), kUnit, QStringLiteral("--out"),
                      folder});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        package = QDir(folder).filePath(u("新区经济发展局-2023年6月-报送表.xlsx"));
    }
    /// Runs a Python snippet on the package: `wb`, `ws` (the visible sheet) and `hid` (the identity sheet)
    /// are loaded, the result saved to `out`.
    bool edit(const QString &body, const QString &out) const
    {
        const QString script = QStringLiteral("import sys, datetime, openpyxl\n"
                                              "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                              "ws = wb.worksheets[0]\nhid = wb['duban']\n") +
                               body + QStringLiteral("\nwb.save(sys.argv[2])\n");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, package, out});
        const bool ok = p.waitForFinished(60000) && p.exitCode() == 0;
        EXPECT_TRUE(ok) << p.readAllStandardError().toStdString();
        return ok;
    }
    ProcessResult collect(const QStringList &args) const
    {
        return runDuban(QStringList{QStringLiteral("collect"), QStringLiteral("--db"), db,
                                    QStringLiteral("--date"), QStringLiteral("2023-07-04")} +
                        args);
    }
    int count(const QString &sql) const
    {
        int n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }
};

/// Fills in rows 4–6 (tasks 1, 2, 12 of 新区经济发展局) as a unit would.
const QString kFill = QStringLiteral(
    "ws['F4'] = '完成第一批项目开工'; ws['G4'] = '60%'; ws['H4'] = '资金到位慢'; ws['I4'] = '加快拨付'\n"
    "ws['F5'] = '已完成全部建设'; ws['G5'] = 1.0; ws['G5'].number_format = '0%'; ws['J5'] = '是'\n"
    "ws['F6'] = '场景清单已发布'; ws['G6'] = 45; ws['K6'] = datetime.date(2024, 3, 31)\n");

QJsonArray json(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST(ReportPackage, OneWorkbookPerUnitWithItsTasksLockedColumnsAndIdentity)
{
    PackageFixture f;
    ASSERT_TRUE(QFileInfo::exists(f.package)) << f.package.toStdString();
    const QString script = QStringLiteral(R"(
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
visible = [s.title for s in wb.worksheets if s.sheet_state == 'visible']
above = [str(c.value or '') for r in ws.iter_rows(min_row=1, max_row=2) for c in r]
header = [c.value for c in ws[3]]
hid = wb['duban']
facts = {r[0].value: r[1].value for r in hid.iter_rows(min_row=1, max_row=6)}
print(json.dumps({"visible": visible, "above": above, "header": header, "facts": facts,
  "protected": ws.protection.sheet, "keyHidden": ws.column_dimensions['A'].hidden,
  "keys": [ws.cell(row=i, column=1).value for i in range(4, ws.max_row + 1)],
  "progressLocked": ws['F4'].protection.locked, "titleLocked": ws['C4'].protection.locked,
  "validations": sorted(dv.type for dv in ws.data_validations.dataValidation),
  "hiddenState": hid.sheet_state}, ensure_ascii=False))
)");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, f.package});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QJsonObject book = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    ASSERT_FALSE(book.isEmpty()) << p.readAllStandardError().toStdString();
    EXPECT_EQ(book.value(QStringLiteral("visible")).toArray().size(), 1);
    EXPECT_EQ(book.value(QStringLiteral("hiddenState")).toString(), QStringLiteral("hidden"));
    // The header carries exactly 本期进展 and 完成%; no other header, nor anything above, holds 进展, or
    // both 完成 and %.
    const QJsonArray header = book.value(QStringLiteral("header")).toArray();
    int progress = 0, percent = 0;
    for (const QJsonValue &h : header) {
        const QString text = h.toString();
        progress += text.contains(u("进展"));
        percent += text.contains(u("完成")) && text.contains(QLatin1Char('%'));
    }
    EXPECT_EQ(progress, 1);
    EXPECT_EQ(percent, 1);
    EXPECT_TRUE(header.contains(u("本期进展")));
    EXPECT_TRUE(header.contains(u("完成%")));
    for (const QJsonValue &a : book.value(QStringLiteral("above")).toArray()) {
        EXPECT_FALSE(a.toString().contains(u("进展"))) << a.toString().toStdString();
        EXPECT_FALSE(a.toString().contains(u("完成")) && a.toString().contains(QLatin1Char('%')));
    }
    const QJsonObject facts = book.value(QStringLiteral("facts")).toObject();
    EXPECT_EQ(facts.value(QStringLiteral("format")).toString(), QStringLiteral("duban-report-package"));
    EXPECT_EQ(facts.value(QStringLiteral("unit")).toString(), kUnit);
    EXPECT_EQ(facts.value(QStringLiteral("period")).toString(), QStringLiteral("2023-06"));
    EXPECT_EQ(facts.value(QStringLiteral("database")).toString().size(), 36) << "the database's identity";
    EXPECT_TRUE(book.value(QStringLiteral("protected")).toBool());
    EXPECT_TRUE(book.value(QStringLiteral("keyHidden")).toBool());
    EXPECT_FALSE(book.value(QStringLiteral("progressLocked")).toBool());
    EXPECT_TRUE(book.value(QStringLiteral("titleLocked")).toBool());
    EXPECT_EQ(book.value(QStringLiteral("validations")).toArray(),
              (QJsonArray{QStringLiteral("date"), QStringLiteral("decimal"), QStringLiteral("list")}));
    EXPECT_GE(book.value(QStringLiteral("keys")).toArray().size(), 20) << "the tasks it leads and co-handles";

    // Every unit's package: one file per unit with open tasks.
    const QString all = f.dir.file(QStringLiteral("all"));
    ASSERT_EQ(runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--period"),
                        QStringLiteral("2023-06"), QStringLiteral("--out"), all})
                  .exitCode,
              0);
    EXPECT_GT(QDir(all).entryList({QStringLiteral("*.xlsx")}).size(), 20);
    // Bad input: no period, a bad one, an unknown unit; a folder that is a file.
    EXPECT_EQ(
        runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--out"), all})
            .exitCode,
        2);
    EXPECT_EQ(runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--period"),
                        QStringLiteral("2023-13"), QStringLiteral("--out"), all})
                  .exitCode,
              2);
    EXPECT_EQ(runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--period"),
                        QStringLiteral("2023-06"), QStringLiteral("--unit"), u("没有的单位"),
                        QStringLiteral("--out"), all})
                  .exitCode,
              2);
    EXPECT_EQ(runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--period"),
                        QStringLiteral("2023-06"), QStringLiteral("--out"), f.db})
                  .exitCode,
              2);
    // Packages already there are replaced only with --overwrite.
    EXPECT_EQ(runDuban({QStringLiteral("package"), QStringLiteral("--db"), f.db, QStringLiteral("--period"),
                        QStringLiteral("2023-06"), QStringLiteral("--out"), all})
                  .exitCode,
              2);
}

TEST(ReportPackage, AFilledReturnIsCollectedOnceWithItsReportsAndRequests)
{
    PackageFixture f;
    const QString filled = f.dir.file(QStringLiteral("filled.xlsx"));
    ASSERT_TRUE(f.edit(kFill, filled));
    const int before = f.count(QStringLiteral("SELECT count(*) FROM progress_reports"));
    ProcessResult r = f.collect({filled, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject preview = json(r).at(0).toObject();
    EXPECT_TRUE(preview.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(preview.value(QStringLiteral("reports")).toInt(), 3);
    EXPECT_EQ(preview.value(QStringLiteral("completion_requests")).toInt(), 1);
    EXPECT_EQ(preview.value(QStringLiteral("extension_requests")).toInt(), 1);
    const QJsonArray tasks = preview.value(QStringLiteral("tasks")).toArray();
    EXPECT_EQ(tasks.at(0).toObject().value(QStringLiteral("percent")).toInt(), 60) << "\"60%\" typed as text";
    EXPECT_EQ(tasks.at(1).toObject().value(QStringLiteral("percent")).toInt(), 100)
        << "1.0 in a percent cell";
    EXPECT_EQ(tasks.at(2).toObject().value(QStringLiteral("extend_to")).toString(),
              QStringLiteral("2024-03-31"));
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM progress_reports")), before)
        << "a dry run writes nothing";

    r = f.collect({filled});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM progress_reports")), before + 3);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM task_requests WHERE state = 0")), 2);
    EXPECT_EQ(
        f.count(
            u("SELECT count(*) FROM progress_reports WHERE text = '完成第一批项目开工' AND percent = 60 AND "
              "unit = '新区经济发展局' AND reported_on = '2023-07-04' AND problems = '资金到位慢'")),
        1);
    // The collected report is in the task's history with its text.
    const ProcessResult history =
        runDuban({QStringLiteral("history"), QStringLiteral("--db"), f.db, QStringLiteral("--task"),
                  QStringLiteral("1"), QStringLiteral("--json")});
    EXPECT_TRUE(history.out.contains(u("完成第一批项目开工"))) << history.out.toStdString();

    // The same return again: nothing more.
    r = f.collect({filled});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM progress_reports")), before + 3);
    EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM task_requests")), 2);
}

TEST(ReportPackage, EveryProblemOfAReturnIsRefusedWithItsOwnMessageAndNothingIsWritten)
{
    PackageFixture f;
    struct Case
    {
        const char *name;
        QString edit;
        const char *kind;
    };
    const QList<Case> cases = {
        {"locked", kFill + QStringLiteral("ws['C4'] = '改过的任务名'"), "locked-cell-edited"},
        {"percent", kFill + QStringLiteral("ws['G4'] = 120"), "bad-percent"},
        {"percent-text", kFill + QStringLiteral("ws['G4'] = '大约一半'"), "bad-percent"},
        {"choice", kFill + QStringLiteral("ws['J4'] = '可能'"), "bad-choice"},
        {"date", kFill + QStringLiteral("ws['K4'] = '明年'"), "bad-date"},
        {"added", kFill + QStringLiteral("ws.cell(row=ws.max_row + 1, column=3, value='新增任务')"),
         "row-added"},
        {"deleted", kFill + QStringLiteral("ws.delete_rows(7)"), "row-deleted"},
        {"header", kFill + QStringLiteral("ws['F3'] = '进展情况'"), "header-edited"},
        // Task 1's key made another's in both sheets: no edited cell, but a task that is not the unit's.
        {"not-theirs", kFill + QStringLiteral("ws['A4'] = 'T999999'; hid['A9'] = 'T999999'"),
         "not-the-units-task"},
    };
    const int before = f.count(QStringLiteral("SELECT count(*) FROM progress_reports"));
    QStringList messages;
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QString file = f.dir.file(QString::fromLatin1(c.name) + QStringLiteral(".xlsx"));
        ASSERT_TRUE(f.edit(c.edit, file));
        const ProcessResult r = f.collect({file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 2);
        const QJsonArray problems = json(r).at(0).toObject().value(QStringLiteral("problems")).toArray();
        ASSERT_FALSE(problems.isEmpty()) << r.out.toStdString();
        QStringList kinds;
        for (const QJsonValue &p : problems)
            kinds.append(p.toObject().value(QStringLiteral("kind")).toString());
        EXPECT_TRUE(kinds.contains(QString::fromLatin1(c.kind)))
            << kinds.join(QLatin1Char(',')).toStdString();
        messages.append(problems.at(0).toObject().value(QStringLiteral("message")).toString());
        // Collected for real (with a good package beside it): refused, nothing written.
        const QString good = f.dir.file(QStringLiteral("good.xlsx"));
        ASSERT_TRUE(f.edit(kFill, good));
        EXPECT_EQ(f.collect({good, file}).exitCode, 2);
        EXPECT_EQ(f.count(QStringLiteral("SELECT count(*) FROM progress_reports")), before);
    }
    messages.removeDuplicates();
    EXPECT_EQ(messages.size(), cases.size()) << "each problem its own message";

    // Not a package; another period; another database.
    QProcess p;
    const QString plain = f.dir.file(QStringLiteral("plain.xlsx"));
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import openpyxl,sys\nwb=openpyxl.Workbook()\nwb.active['A1']='x'\nwb.save(sys.argv[1])"),
             plain});
    ASSERT_TRUE(p.waitForFinished(60000));
    ProcessResult r = f.collect({plain, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(json(r)
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("problems"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("kind")),
              QStringLiteral("not-a-package"));
    r = f.collect(
        {f.package, QStringLiteral("--period"), QStringLiteral("2023-07"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("other-period")));
    const QString other = f.dir.file(QStringLiteral("other.sqlite"));
    ASSERT_EQ(
        runDuban({QStringLiteral("import"), duban::test::seedPath(), QStringLiteral("--db"), other}).exitCode,
        0);
    r = runDuban(
        {QStringLiteral("collect"), QStringLiteral("--db"), other, f.package, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("other-database"))) << "the same document, another database";
    EXPECT_EQ(f.collect({f.dir.file(QStringLiteral("missing.xlsx"))}).exitCode, 2);
}
