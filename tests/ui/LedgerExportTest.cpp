// Issue 15, the ledger out: LedgerExportService's rows, the .xlsx read back by python3-openpyxl (title,
// header, lights as colours, print set-up), the CSV (BOM, formula injection neutralised), the clipboard's
// tab-separated rows, the export dialog, and the printed table.
#include "support/Fixtures.h"
#include "support/TempDir.h"

#include "core/domain/ProgressReport.h"
#include "core/services/LedgerExportService.h"
#include "core/services/LoopService.h"
#include "core/services/OpenLedger.h"
#include "core/services/ProgressService.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/xlsx/XlsxReader.h"
#include "ui/dialogs/ExportLedgerDialog.h"
#include "ui/export/LedgerWorkbook.h"
#include "ui/models/LedgerModel.h"
#include "ui/views/LedgerView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace duban::core;
using namespace duban::ui;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

/// The small plan with a report on task 1, task 2's first task title made to look like a formula, and task
/// 10 extended to 2023-12-31.
struct ExportFixture
{
    duban::test::TempDir dir;
    std::unique_ptr<Database> db = Database::open(dir.file(QStringLiteral("e.sqlite")), nullptr);
    PlanDocument doc = duban::test::smallPlan();

    ExportFixture()
    {
        doc.tasks[4].title = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        for (Task &t : doc.tasks)
            t.startDate = doc.plan.date;
        EXPECT_GT(PlanRepository(*db).save(doc, nullptr), 0);
        StorageError err;
        ProgressReport r;
        r.taskId = doc.tasks[0].id;
        r.date = QDate(2023, 6, 20);
        r.unit = u("新区经济发展局");
        r.percent = 36;
        r.text = u("发布第二批合作项目清单");
        EXPECT_GT(ProgressService(*db).addUnitReport(r, &err), 0) << err.message.toStdString();
        LoopService loop(*db);
        EXPECT_GT(loop.requestExtension(doc.tasks[2].id, {}, QDate(2023, 12, 31), u("设备到货推迟"),
                                        QDate(2023, 9, 1), {}, &err),
                  0)
            << err.message.toStdString();
        EXPECT_TRUE(loop.decideExtension(doc.tasks[2].id, true, QDate(2023, 9, 5), {}, nullptr, &err));
    }
    LedgerSheet sheet(const LedgerExportScope &scope = {}, QDate asOf = QDate(2023, 7, 1))
    {
        StorageError err;
        std::optional<LedgerSheet> s = LedgerExportService(*db).build(scope, asOf, &err);
        EXPECT_TRUE(s) << err.message.toStdString();
        return s.value_or(LedgerSheet{});
    }
};

/// Runs Debian's python3 (openpyxl) on `script` with the arguments; its stdout.
QString python(const QString &script, const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("ERROR: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QString kReadBack = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
fills = [ws.cell(row=i, column=10).fill.fgColor.rgb for i in range(3, ws.max_row + 1)]
print(json.dumps({"sheets": len(wb.worksheets), "merged": [str(m) for m in ws.merged_cells.ranges],
  "freeze": ws.freeze_panes, "rows": rows, "fills": fills,
  "orientation": ws.page_setup.orientation, "paper": str(ws.page_setup.paperSize),
  "fitWidth": ws.page_setup.fitToWidth or 1, "fitHeight": ws.page_setup.fitToHeight,
  "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
  "titles": str(ws.print_title_rows), "footer": ws.oddFooter.center.text or "",
  "wrap": ws.cell(row=3, column=2).alignment.wrap_text,
  "widthB": ws.column_dimensions["B"].width}, ensure_ascii=False))
)");

} // namespace

TEST(LedgerExport, RowsSayEveryColumnInWords)
{
    ExportFixture f;
    const LedgerSheet s = f.sheet();
    EXPECT_EQ(s.title, u("测试方案"));
    EXPECT_TRUE(s.titleLine().contains(QStringLiteral("2023-07-01")));
    ASSERT_EQ(s.header.size(), 12);
    ASSERT_EQ(s.rows.size(), 5u);
    const LedgerSheetRow &one = s.rows[0];
    EXPECT_EQ(one.number, QStringLiteral("1"));
    EXPECT_EQ(one.leads, u("新区经济发展局"));
    EXPECT_EQ(one.coUnits, u("新区开发建设局（交通运输局）、园区"));
    EXPECT_EQ(one.latest, u("2023-06-20 发布第二批合作项目清单"));
    EXPECT_EQ(one.percent, 36);
    EXPECT_EQ(one.light, Light::Yellow);
    EXPECT_TRUE(one.reason.contains(QStringLiteral("36"))) << one.reason.toStdString();
    // Task 2's milestone; task 10 extended; task 3 completed: 100 and its date.
    EXPECT_TRUE(s.rows[1].milestones.startsWith(QStringLiteral("2023-03-31 ")))
        << s.rows[1].milestones.toStdString();
    EXPECT_EQ(s.rows[2].deadline, QStringLiteral("2023-12-31 (originally 2023-09-30)"));
    EXPECT_EQ(s.rows[3].percent, 100);
    EXPECT_EQ(s.rows[3].light, Light::Completed);
    EXPECT_TRUE(s.rows[3].remark.contains(QStringLiteral("2023-06-01")));
    // As of a date before the report: none yet.
    EXPECT_TRUE(f.sheet({}, QDate(2023, 6, 1)).rows[0].latest.isEmpty());

    // Scopes: the given ids in their order; a unit; a plan; unknown ones are refused.
    LedgerExportScope ids;
    ids.taskIds = {f.doc.tasks[3].id, f.doc.tasks[0].id};
    const LedgerSheet picked = f.sheet(ids);
    ASSERT_EQ(picked.rows.size(), 2u);
    EXPECT_EQ(picked.rows[0].number, QStringLiteral("3"));
    LedgerExportScope unit;
    unit.unit = u("新区财政金融局");
    EXPECT_EQ(f.sheet(unit).rows.size(), 1u);
    LedgerExportScope park;
    park.unit = u("园区");
    EXPECT_EQ(f.sheet(park).rows.size(), 3u) << "co-handled tasks too";
    for (auto bad : {LedgerExportScope{{}, u("没有的单位"), {}}, LedgerExportScope{{}, {}, u("无此文号")}}) {
        StorageError err;
        EXPECT_FALSE(LedgerExportService(*f.db).build(bad, QDate(2023, 7, 1), &err));
        EXPECT_EQ(err.code, StorageError::Code::NotFound);
    }
}

TEST(LedgerExport, WorkbookReadsBackWithTitleHeaderLightsAndPrintSetUp)
{
    ExportFixture f;
    const QString path = f.dir.file(QStringLiteral("台账.xlsx"));
    QString error;
    ASSERT_TRUE(LedgerWorkbook::write(f.sheet(), path, LedgerWorkbook::Format::Xlsx, {}, &error))
        << error.toStdString();
    const QString out = python(kReadBack, {path});
    const QJsonObject book = QJsonDocument::fromJson(out.toUtf8()).object();
    ASSERT_FALSE(book.isEmpty()) << out.toStdString();
    EXPECT_EQ(book.value(QStringLiteral("sheets")).toInt(), 1);
    EXPECT_EQ(book.value(QStringLiteral("merged")).toArray(), QJsonArray{QStringLiteral("A1:L1")});
    EXPECT_EQ(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A3"));
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2 + 5) << "title, header, one row per task";
    EXPECT_TRUE(rows[0].toArray()[0].toString().startsWith(u("测试方案")));
    QJsonArray header;
    for (const QString &h : LedgerExportService::header())
        header.append(h);
    EXPECT_EQ(rows[1].toArray(), header);
    EXPECT_EQ(rows[2].toArray()[7].toInt(), 36) << "done % is a number";
    // The formula-looking title stays text (a string cell, not a formula).
    EXPECT_EQ(rows[6].toArray()[1].toString(), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    // Lights as fills: task 1 yellow, task 3 completed; different colours.
    const QJsonArray fills = book.value(QStringLiteral("fills")).toArray();
    ASSERT_EQ(fills.size(), 5);
    EXPECT_EQ(fills[0].toString(), QStringLiteral("FFFFE699"));
    EXPECT_NE(fills[3].toString(), fills[0].toString());
    EXPECT_EQ(book.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
    EXPECT_EQ(book.value(QStringLiteral("paper")).toString(), QStringLiteral("9"));
    EXPECT_TRUE(book.value(QStringLiteral("fitToPage")).toBool());
    EXPECT_EQ(book.value(QStringLiteral("fitWidth")).toInt(), 1);
    EXPECT_EQ(book.value(QStringLiteral("fitHeight")).toInt(), 0);
    EXPECT_TRUE(book.value(QStringLiteral("titles")).toString().contains(QStringLiteral("$1:$2")))
        << book.value(QStringLiteral("titles")).toString().toStdString();
    EXPECT_TRUE(book.value(QStringLiteral("footer")).toString().contains(QStringLiteral("&P")));
    EXPECT_TRUE(book.value(QStringLiteral("wrap")).toBool());
    EXPECT_GE(book.value(QStringLiteral("widthB")).toDouble(), 30.0) << "fits a Chinese title";

    // The project's own reader reads it back the same.
    XlsxReader::Error readError;
    const std::optional<XlsxWorkbook> ours = XlsxReader::read(path, &readError);
    ASSERT_TRUE(ours) << readError.message.toStdString();
    ASSERT_EQ(ours->sheets.size(), 1);
    const XlsxSheet &sheet = ours->sheets.first();
    EXPECT_EQ(sheet.rowCount(), 7);
    ASSERT_EQ(sheet.merged.size(), 1);
    EXPECT_EQ(sheet.merged.first().lastColumn, 11);
    for (int c = 0; c < 12; ++c)
        EXPECT_EQ(sheet.cell(1, c)->text, LedgerExportService::header().at(c));
    EXPECT_EQ(sheet.cell(2, 7)->number, 36.0);
    EXPECT_EQ(sheet.cell(6, 1)->text, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));

    // An existing file is replaced only when allowed; the database never.
    EXPECT_FALSE(LedgerWorkbook::write(f.sheet(), path, LedgerWorkbook::Format::Xlsx, {}, &error));
    OutputFile::Options overwrite;
    overwrite.overwrite = true;
    EXPECT_TRUE(LedgerWorkbook::write(f.sheet(), path, LedgerWorkbook::Format::Xlsx, overwrite, &error));
    overwrite.protectedFiles = {f.db->path()};
    OutputFile::Problem problem = OutputFile::Problem::None;
    EXPECT_FALSE(LedgerWorkbook::write(f.sheet(), f.db->path(), LedgerWorkbook::Format::Xlsx, overwrite,
                                       &error, &problem));
    EXPECT_EQ(problem, OutputFile::Problem::Refused);
}

TEST(LedgerExport, CsvHasABomAndNeutralisesFormulas)
{
    ExportFixture f;
    const QString path = f.dir.file(QStringLiteral("l.csv"));
    QString error;
    ASSERT_TRUE(LedgerWorkbook::write(f.sheet(), path, LedgerWorkbook::Format::Csv, {}, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString out = python(QStringLiteral("import csv,json,sys\n"
                                              "print(json.dumps(list(csv.reader(open(sys.argv[1], "
                                              "encoding='utf-8-sig', newline=''))), ensure_ascii=False))"),
                               {path});
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 6) << out.toStdString();
    EXPECT_EQ(rows[5].toArray()[1].toString(), QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    EXPECT_EQ(rows[3].toArray()[4].toString(), QStringLiteral("2023-12-31 (originally 2023-09-30)"));
    for (const char *cell : {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        EXPECT_TRUE(LedgerWorkbook::neutralised(QString::fromUtf8(cell)).startsWith(QLatin1Char('\'')))
            << cell;
    EXPECT_EQ(LedgerWorkbook::neutralised(QStringLiteral("2023-12-31")), QStringLiteral("2023-12-31"));
}

TEST(LedgerExport, CopiedRowsAreTabSeparatedWithAHeader)
{
    ExportFixture f;
    OpenLedger store(*f.db);
    store.setAsOf(QDate(2023, 7, 1));
    store.reload();
    LedgerView view(&store, store.undoStack());
    view.resize(1200, 700);
    view.show();
    QTableView *table = view.table();
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << QApplication::clipboard()->text().toStdString();
    EXPECT_EQ(lines[0].split(QLatin1Char('\t')), LedgerExportService::header());
    const QStringList first = lines[1].split(QLatin1Char('\t'));
    ASSERT_EQ(first.size(), 12);
    const qint64 firstId = view.model()->taskId(0);
    QString code;
    for (const Task &t : f.doc.tasks)
        if (t.id == firstId)
            code = t.code;
    EXPECT_EQ(first[0], code) << "the first selected row comes first";
    EXPECT_FALSE(lines[2].contains(QLatin1Char('\n')));
}

TEST(LedgerExport, DialogExportsTheShownRowsOrAllAndRefusesABadName)
{
    ExportFixture f;
    OpenLedger store(*f.db);
    store.setAsOf(QDate(2023, 7, 1));
    store.reload();
    ExportLedgerDialog dialog(&store, {f.doc.tasks[0].id, f.doc.tasks[1].id});
    EXPECT_TRUE(dialog.shownButton()->isChecked()) << "the ledger is filtered: its rows by default";
    dialog.pathEdit()->setText(f.dir.file(QStringLiteral("x.txt")));
    EXPECT_FALSE(dialog.exportTo());
    EXPECT_FALSE(dialog.problem().isEmpty());
    const QString shown = f.dir.file(QStringLiteral("shown.csv"));
    dialog.pathEdit()->setText(shown);
    ASSERT_TRUE(dialog.exportTo()) << dialog.problem().toStdString();
    QFile file(shown);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 3) << "header and two rows";
    dialog.allButton()->setChecked(true);
    ASSERT_TRUE(dialog.exportTo(true)) << dialog.problem().toStdString();
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("\r\n"), 6) << "header and five rows";
}

TEST(LedgerExport, PrintsEveryRowOnA4Landscape)
{
    ExportFixture f;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = f.dir.file(QStringLiteral("print.pdf"));
    printer.setOutputFileName(pdf);
    ASSERT_TRUE(LedgerWorkbook::print(f.sheet(), &printer));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u("测试方案")));
    EXPECT_TRUE(text.contains(u("健全统计管理体制")) || text.contains(QStringLiteral("HYPERLINK")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(60000));
    const QString pages = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(pages.contains(QStringLiteral("841.89 x 595.28")) ||
                pages.contains(QStringLiteral("842 x 595")))
        << pages.toStdString();
}
