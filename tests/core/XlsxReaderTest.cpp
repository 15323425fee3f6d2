// The .xlsx reader (issue 15) on real files: workbooks written by openpyxl (Debian's python3-openpyxl) and,
// for what openpyxl does not write (phonetic runs, inline strings, odd part names, the 1904 date system,
// cells without references), zip archives of raw SpreadsheetML made with Python's zipfile. Then each kind
// of file that is not a readable workbook, with its own message.
#include "support/TempDir.h"

#include "core/xlsx/XlsxReader.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>

#include <set>

using namespace duban::core;
using namespace Qt::StringLiterals;
using duban::test::TempDir;
using Type = XlsxCell::Type;
using Kind = XlsxNumberFormat::Kind;
using Problem = XlsxReader::Problem;

namespace {

/// Runs Debian's Python (not a pyenv one first on PATH: it has no openpyxl) with `script`, `arguments`
/// and `input` on stdin; the error output when it fails, else "".
QString runPython(const QString &script, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, QStringList{u"-c"_s, script} + arguments);
    if (!python.waitForStarted(10'000))
        return u"/usr/bin/python3 did not start"_s;
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError()) + u" (python failed)"_s;
    return {};
}

/// A zip archive at `path` of `parts` (name, contents) in that order, as zipfile writes it (deflated).
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts)
{
    QJsonArray list;
    for (const auto &[name, contents] : parts)
        list.append(QJsonArray{name, QString::fromUtf8(contents)});
    const QString script = uR"(
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, contents in json.load(sys.stdin):
        z.writestr(name, contents.encode("utf-8"))
)"_s;
    const QString failed = runPython(script, {path}, QJsonDocument(list).toJson());
    ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
}

/// What openpyxl writes: shared strings, numbers, booleans, an error, dates and times in the 1900 system,
/// percent and custom formats, a merged range, hidden sheets.
const QString OpenpyxlWorkbook = uR"(
import sys, datetime
from openpyxl import Workbook
wb = Workbook()
ws = wb.active
ws.title = "进度"
ws["A1"] = "任务"
ws["B1"] = "完成率"
ws["A2"] = "修路"
ws["B2"] = 0.6
ws["B2"].number_format = "0%"
ws["C2"] = 0.125
ws["C2"].number_format = "0.00%"
ws["A3"] = 42
ws["B3"] = 2.5
ws["C3"] = True
ws["D3"] = False
ws["E3"] = "#N/A"
ws["A4"] = datetime.date(2024, 3, 15)
ws["B4"] = datetime.datetime(2024, 3, 15, 14, 30)
ws["C4"] = datetime.time(18, 0, 30)
ws["D4"] = 45366
ws["D4"].number_format = "yyyy年m月d日"
ws["E4"] = 0.75
ws["E4"].number_format = "h:mm"
ws["F4"] = 3
ws["F4"].number_format = '0" days"'
ws["A5"] = 60
ws["A5"].number_format = "yyyy-mm-dd"
ws["B5"] = 61
ws["B5"].number_format = "yyyy-mm-dd"
ws["C5"] = 59
ws["C5"].number_format = "yyyy-mm-dd"
ws["A7"] = "合并"
ws.merge_cells("A7:C8")
hidden = wb.create_sheet("隐藏")
hidden.sheet_state = "hidden"
hidden["A1"] = "h"
very = wb.create_sheet("Very")
very.sheet_state = "veryHidden"
very["B2"] = 1
wb.save(sys.argv[1])
)"_s;

struct OpenpyxlFile
{
    TempDir dir;
    QString path = dir.file(u"openpyxl.xlsx"_s);

    OpenpyxlFile()
    {
        const QString failed = runPython(OpenpyxlWorkbook, {path});
        EXPECT_TRUE(failed.isEmpty()) << failed.toStdString();
    }
};

const QByteArray ContentTypes = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/></Types>)";

const QByteArray PackageRelationships = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

/// Listed second in the workbook, stored first in the archive, under a name of its own.
const QByteArray SecondSheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>)";

/// The first tab, stored last, with a target from the root.
const QByteArray Workbook1904 = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="true"/>
<sheets><sheet name="第一" sheetId="3" r:id="rId7"/><sheet name="Second" sheetId="1" state="hidden" r:id="rId2"/></sheets>
</workbook>)";

const QByteArray WorkbookRelationships = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/odd-name.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/data/zz_first.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";

/// A plain string, rich runs with a phonetic run, a plain string with one, an escaped carriage return.
const QByteArray SharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>plain</t></si>
<si><r><rPr><b/></rPr><t>東</t></r><r><t xml:space="preserve">京 </t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>a_x000D_b</t></si>
</sst>)";

/// cellXfs 0–6: General, 14 (a built-in date), 0" days", [Red]0.00, [h]:mm, 31 (zh-CN's built-in
/// yyyy"年"m"月"d"日", no <numFmt>), 9 (0%). The xf of cellStyleXfs is not a cell's.
const QByteArray Styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="0.00&quot; days&quot;"/><numFmt numFmtId="165" formatCode="[Red]0.00"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/><xf numFmtId="9"/></cellXfs>
</styleSheet>)";

const QByteArray FirstSheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="H1" s="2"/></row>
<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">  inline  </t></is></c><c r="B2" t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> inline</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="C2" t="str"><f>A1&amp;""</f><v>formula</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row>
<row r="3"><c r="A3" s="1"><v>0</v></c><c r="B3" s="1"><v>43830</v></c><c r="C3" s="5"><v>43830.5</v></c><c r="D3" s="2"><v>3</v></c><c r="E3" s="3"><v>1.5</v></c><c r="F3" s="4"><v>1.5</v></c><c r="G3" s="6"><v>0.6</v></c></row>
<row><c><v>1</v></c><c><v>2</v></c></row>
<row r="6"><c r="C6"><v>3</v></c><c><v>4</v></c></row>
<row><c><v>5</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A10:B11"/></mergeCells>
</worksheet>)";

QList<std::pair<QString, QByteArray>> handmadeParts(const QByteArray &firstSheet = FirstSheet)
{
    return {
        {u"[Content_Types].xml"_s, ContentTypes},
        {u"_rels/.rels"_s, PackageRelationships},
        {u"xl/worksheets/odd-name.xml"_s, SecondSheet},
        {u"xl/workbook.xml"_s, Workbook1904},
        {u"xl/_rels/workbook.xml.rels"_s, WorkbookRelationships},
        {u"xl/strings.xml"_s, SharedStrings},
        {u"xl/styles.xml"_s, Styles},
        {u"xl/data/zz_first.xml"_s, firstSheet},
    };
}

std::optional<XlsxWorkbook> readHandmade(const TempDir &dir, const XlsxLimits &limits = {},
                                         XlsxReader::Error *error = nullptr,
                                         const QByteArray &firstSheet = FirstSheet)
{
    const QString path = dir.file(u"handmade.xlsx"_s);
    writeZip(path, handmadeParts(firstSheet));
    return XlsxReader::read(path, error, limits);
}

QString textAt(const XlsxSheet &sheet, int row, int column)
{
    const XlsxCell *cell = sheet.cell(row, column);
    return cell ? cell->shownText() : u"<none>"_s;
}

} // namespace

// --- number formats and date systems ---------------------------------------------------------------------

TEST(XlsxNumberFormat, TellsDatesTimesPercentsAndNumbersApart)
{
    EXPECT_EQ(XlsxNumberFormat::kind(u"General"_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"0.00"_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"yyyy-mm-dd"_s), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::kind(u"yyyy年m月d日"_s), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::kind(u"yyyy\"年\"m\"月\"d\"日\""_s), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::kind(u"h:mm"_s), Kind::Time);
    EXPECT_EQ(XlsxNumberFormat::kind(u"mm:ss"_s), Kind::Time);
    EXPECT_EQ(XlsxNumberFormat::kind(u"h:mm AM/PM"_s), Kind::Time);
    EXPECT_EQ(XlsxNumberFormat::kind(u"m/d/yy h:mm"_s), Kind::DateTime);
    EXPECT_EQ(XlsxNumberFormat::kind(u"[h]:mm"_s), Kind::Elapsed);
    EXPECT_EQ(XlsxNumberFormat::kind(u"[mm]:ss"_s), Kind::Elapsed);
    EXPECT_EQ(XlsxNumberFormat::kind(u"0%"_s), Kind::Percent);
    EXPECT_EQ(XlsxNumberFormat::kind(u"0.00%"_s), Kind::Percent);
    EXPECT_EQ(XlsxNumberFormat::kind(u"@"_s), Kind::Text);
    // Letters in quotes, escaped or in brackets are text and modifiers, no date.
    EXPECT_EQ(XlsxNumberFormat::kind(u"0.00\" days\""_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"[Red]0.00;[Blue]-0.00"_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"0\\h"_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"[$-804]0.00"_s), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::kind(u"[$-804]yyyy/m/d"_s), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::percentDecimals(u"0.00%"_s), 2);
    EXPECT_EQ(XlsxNumberFormat::percentDecimals(u"0%"_s), 0);
}

TEST(XlsxNumberFormat, KnowsTheBuiltInFormatsIncludingChineseOnes)
{
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(14)), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(22)), Kind::DateTime);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(20)), Kind::Time);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(46)), Kind::Elapsed);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(9)), Kind::Percent);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(31)), Kind::Date);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(32)), Kind::Time);
    EXPECT_EQ(XlsxNumberFormat::kind(XlsxNumberFormat::builtInCode(3)), Kind::Number);
    EXPECT_EQ(XlsxNumberFormat::builtInCode(200), u"General"_s);
}

TEST(XlsxNumberFormat, CountsSerialsAsExcelDoesIn1900And1904)
{
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(1, false).date(), QDate(1900, 1, 1));
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(59, false).date(), QDate(1900, 2, 28));
    EXPECT_FALSE(XlsxNumberFormat::dateTimeOf(60, false).isValid()); // 1900-02-29, which never was
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(61, false).date(), QDate(1900, 3, 1));
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(45366.5, false),
              QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(0, true).date(), QDate(1904, 1, 1));
    EXPECT_EQ(XlsxNumberFormat::dateTimeOf(43830, true).date(), QDate(2024, 1, 1));
    EXPECT_FALSE(XlsxNumberFormat::dateTimeOf(-1, false).isValid());
    EXPECT_FALSE(XlsxNumberFormat::dateTimeOf(3e6, false).isValid()); // after 9999-12-31
    EXPECT_DOUBLE_EQ(XlsxNumberFormat::serialOf(QDateTime(QDate(1900, 3, 1), {}, Qt::UTC), false), 61);
    EXPECT_DOUBLE_EQ(XlsxNumberFormat::serialOf(QDateTime(QDate(1900, 2, 28), {}, Qt::UTC), false), 59);
    EXPECT_DOUBLE_EQ(XlsxNumberFormat::serialOf(QDateTime(QDate(2024, 1, 1), QTime(6, 0), Qt::UTC), true),
                     43830.25);
}

// --- workbooks openpyxl writes ---------------------------------------------------------------------------

TEST(XlsxReader, ReadsTheSheetsOfAnOpenpyxlWorkbookInOrderWithTheirStates)
{
    // GIVEN a workbook of three sheets, the second hidden, the third very hidden
    OpenpyxlFile file;
    // WHEN it is read
    XlsxReader::Error error;
    const auto workbook = XlsxReader::read(file.path, &error);
    // THEN the sheets come in tab order with their states
    ASSERT_TRUE(workbook) << error.message.toStdString();
    EXPECT_FALSE(workbook->date1904);
    ASSERT_EQ(workbook->sheets.size(), 3);
    EXPECT_EQ(workbook->sheets.at(0).name, u"进度"_s);
    EXPECT_EQ(workbook->sheets.at(0).state, XlsxSheet::State::Visible);
    EXPECT_EQ(workbook->sheets.at(1).name, u"隐藏"_s);
    EXPECT_EQ(workbook->sheets.at(1).state, XlsxSheet::State::Hidden);
    EXPECT_EQ(workbook->sheets.at(2).state, XlsxSheet::State::VeryHidden);
    ASSERT_NE(workbook->sheet(u"very"_s), nullptr);
    EXPECT_EQ(textAt(*workbook->sheet(u"very"_s), 1, 1), u"1"_s);
    EXPECT_EQ(workbook->sheet(u"nothing"_s), nullptr);
}

TEST(XlsxReader, ReadsStringsNumbersBooleansAndErrors)
{
    OpenpyxlFile file;
    const auto workbook = XlsxReader::read(file.path);
    ASSERT_TRUE(workbook);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    EXPECT_EQ(sheet.cell(0, 0)->type, Type::String);
    EXPECT_EQ(sheet.cell(0, 0)->text, u"任务"_s);
    EXPECT_EQ(sheet.cell(1, 0)->text, u"修路"_s);
    EXPECT_EQ(sheet.cell(2, 0)->type, Type::Number);
    EXPECT_EQ(sheet.cell(2, 0)->number, 42);
    EXPECT_EQ(textAt(sheet, 2, 0), u"42"_s); // no trailing .0
    EXPECT_EQ(textAt(sheet, 2, 1), u"2.5"_s);
    EXPECT_EQ(sheet.cell(2, 2)->type, Type::Boolean);
    EXPECT_TRUE(sheet.cell(2, 2)->boolean);
    EXPECT_FALSE(sheet.cell(2, 3)->boolean);
    EXPECT_EQ(textAt(sheet, 2, 3), u"FALSE"_s);
    EXPECT_EQ(sheet.cell(2, 4)->type, Type::Error);
    EXPECT_EQ(sheet.cell(2, 4)->text, u"#N/A"_s);
    EXPECT_EQ(sheet.cell(5, 0), nullptr); // row 6 is empty
    EXPECT_EQ(sheet.rowCount(), 7);       // the merged range's A7 is the last value
    EXPECT_EQ(sheet.columnCount(), 6);    // F4
}

TEST(XlsxReader, ReadsPercentsWithTheirFormat)
{
    OpenpyxlFile file;
    const auto workbook = XlsxReader::read(file.path);
    ASSERT_TRUE(workbook);
    const XlsxCell *rate = workbook->sheets.at(0).cell(1, 1);
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->type, Type::Number);
    EXPECT_DOUBLE_EQ(rate->number, 0.6);
    EXPECT_EQ(rate->format, u"0%"_s);
    EXPECT_TRUE(rate->percentFormat());
    EXPECT_EQ(rate->shownText(), u"60%"_s);
    EXPECT_EQ(textAt(workbook->sheets.at(0), 1, 2), u"12.50%"_s);
    EXPECT_FALSE(workbook->sheets.at(0).cell(2, 1)->percentFormat());
}

TEST(XlsxReader, ReadsDatesAndTimesOfThe1900System)
{
    OpenpyxlFile file;
    const auto workbook = XlsxReader::read(file.path);
    ASSERT_TRUE(workbook);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    const XlsxCell *day = sheet.cell(3, 0);
    ASSERT_NE(day, nullptr);
    EXPECT_EQ(day->type, Type::Date);
    EXPECT_EQ(day->dateTime, QDateTime(QDate(2024, 3, 15), QTime(0, 0), Qt::UTC));
    EXPECT_DOUBLE_EQ(day->number, 45366);
    EXPECT_TRUE(day->dateFormat());
    EXPECT_EQ(day->shownText(), u"2024-03-15"_s);
    EXPECT_EQ(sheet.cell(3, 1)->dateTime, QDateTime(QDate(2024, 3, 15), QTime(14, 30), Qt::UTC));
    EXPECT_EQ(sheet.cell(3, 1)->formatKind, Kind::DateTime);
    EXPECT_EQ(textAt(sheet, 3, 1), u"2024-03-15 14:30:00"_s);
    EXPECT_EQ(sheet.cell(3, 2)->dateTime.time(), QTime(18, 0, 30));
    EXPECT_EQ(textAt(sheet, 3, 2), u"18:00:30"_s); // a time, not a date of 1899
    // A custom Chinese date format, and a time whose mm are minutes, not months.
    EXPECT_EQ(sheet.cell(3, 3)->format, u"yyyy年m月d日"_s);
    EXPECT_EQ(sheet.cell(3, 3)->dateTime.date(), QDate(2024, 3, 15));
    EXPECT_EQ(sheet.cell(3, 4)->formatKind, Kind::Time);
    EXPECT_EQ(textAt(sheet, 3, 4), u"18:00"_s);
    // 0" days" is a number, though it has d, a, y and s.
    EXPECT_EQ(sheet.cell(3, 5)->type, Type::Number);
    EXPECT_EQ(textAt(sheet, 3, 5), u"3"_s);
    // Excel's 1900-02-29 (serial 60) between 59 and 61.
    EXPECT_EQ(sheet.cell(4, 2)->dateTime.date(), QDate(1900, 2, 28));
    EXPECT_EQ(sheet.cell(4, 0)->type, Type::Date);
    EXPECT_FALSE(sheet.cell(4, 0)->dateTime.isValid());
    EXPECT_EQ(textAt(sheet, 4, 0), u"1900-02-29"_s);
    EXPECT_EQ(sheet.cell(4, 1)->dateTime.date(), QDate(1900, 3, 1));
}

TEST(XlsxReader, ReadsMergedRanges)
{
    OpenpyxlFile file;
    const auto workbook = XlsxReader::read(file.path);
    ASSERT_TRUE(workbook);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    ASSERT_EQ(sheet.merged.size(), 1);
    EXPECT_EQ(sheet.merged.at(0), (XlsxRange{6, 0, 7, 2}));
    ASSERT_NE(sheet.mergedRange(7, 2), nullptr);
    EXPECT_EQ(sheet.mergedRange(8, 2), nullptr);
    EXPECT_EQ(textAt(sheet, 6, 0), u"合并"_s);
}

// --- what openpyxl does not write ------------------------------------------------------------------------

TEST(XlsxReader, FollowsTheRelationshipsToSheetsListedOutOfOrderUnderAnyName)
{
    // GIVEN a workbook whose first tab is stored last, with a target from the root, and whose second is
    // stored first as worksheets/odd-name.xml
    TempDir dir;
    XlsxReader::Error error;
    const auto workbook = readHandmade(dir, {}, &error);
    ASSERT_TRUE(workbook) << error.message.toStdString();
    ASSERT_EQ(workbook->sheets.size(), 2);
    EXPECT_EQ(workbook->sheets.at(0).name, u"第一"_s);
    EXPECT_EQ(workbook->sheets.at(1).name, u"Second"_s);
    EXPECT_EQ(workbook->sheets.at(1).state, XlsxSheet::State::Hidden);
    EXPECT_EQ(textAt(workbook->sheets.at(1), 0, 0), u"7"_s);
    EXPECT_EQ(textAt(workbook->sheets.at(0), 0, 0), u"plain"_s);
}

TEST(XlsxReader, JoinsRichTextRunsAndSkipsPhoneticRuns)
{
    TempDir dir;
    const auto workbook = readHandmade(dir);
    ASSERT_TRUE(workbook);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    EXPECT_EQ(textAt(sheet, 0, 1), u"東京 "_s);
    EXPECT_EQ(textAt(sheet, 0, 2), u"漢字"_s);
    EXPECT_EQ(textAt(sheet, 0, 3), u"a\rb"_s); // _x000D_
    EXPECT_EQ(textAt(sheet, 1, 0), u"  inline  "_s);
    EXPECT_EQ(textAt(sheet, 1, 1), u"rich inline"_s);
    EXPECT_EQ(textAt(sheet, 1, 2), u"formula"_s);
    EXPECT_EQ(sheet.cell(1, 3)->type, Type::Boolean);
    EXPECT_EQ(sheet.cell(1, 4)->text, u"#DIV/0!"_s);
    EXPECT_EQ(sheet.cell(0, 7), nullptr); // a formatted cell without a value
}

TEST(XlsxReader, CountsDatesFrom1904WhenTheWorkbookSaysSo)
{
    TempDir dir;
    const auto workbook = readHandmade(dir);
    ASSERT_TRUE(workbook);
    EXPECT_TRUE(workbook->date1904);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    EXPECT_EQ(sheet.cell(2, 0)->dateTime.date(), QDate(1904, 1, 1));
    EXPECT_EQ(textAt(sheet, 2, 1), u"2024-01-01"_s);
    // numFmtId 31 without a <numFmt>: Chinese Excel's yyyy"年"m"月"d"日"
    EXPECT_EQ(sheet.cell(2, 2)->type, Type::Date);
    EXPECT_EQ(sheet.cell(2, 2)->dateTime, QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(textAt(sheet, 2, 2), u"2024-01-01"_s);
    EXPECT_EQ(sheet.cell(2, 3)->type, Type::Number); // 0.00" days"
    EXPECT_EQ(sheet.cell(2, 4)->format, u"[Red]0.00"_s);
    EXPECT_EQ(sheet.cell(2, 4)->type, Type::Number);
    EXPECT_EQ(sheet.cell(2, 5)->formatKind, Kind::Elapsed); // [h]:mm
    EXPECT_EQ(textAt(sheet, 2, 5), u"36:00"_s);
    EXPECT_EQ(textAt(sheet, 2, 6), u"60%"_s);
}

TEST(XlsxReader, PlacesCellsWithoutReferencesAfterThePreviousOnes)
{
    TempDir dir;
    const auto workbook = readHandmade(dir);
    ASSERT_TRUE(workbook);
    const XlsxSheet &sheet = workbook->sheets.at(0);
    EXPECT_EQ(textAt(sheet, 3, 0), u"1"_s); // the row after row 3
    EXPECT_EQ(textAt(sheet, 3, 1), u"2"_s);
    EXPECT_EQ(textAt(sheet, 5, 2), u"3"_s); // C6
    EXPECT_EQ(textAt(sheet, 5, 3), u"4"_s); // after C6
    EXPECT_EQ(textAt(sheet, 6, 0), u"5"_s);
    EXPECT_EQ(sheet.merged, (QList<XlsxRange>{{9, 0, 10, 1}}));
}

// --- limits ------------------------------------------------------------------------------------------------

TEST(XlsxReader, RefusesPartsThatUnpackBeyondTheLimit)
{
    // GIVEN a sheet padded to 2 MB of spaces, which deflate to a few kB
    TempDir dir;
    QByteArray padded = FirstSheet;
    padded.insert(padded.indexOf("<sheetData>"), QByteArray(2 * 1024 * 1024, ' '));
    // WHEN it is read with 1 MB allowed, THEN it is refused; with the default limit it is read
    XlsxLimits limits;
    limits.maxUnpackedBytes = 1024 * 1024;
    XlsxReader::Error error;
    EXPECT_FALSE(readHandmade(dir, limits, &error, padded));
    EXPECT_EQ(error.problem, Problem::TooLarge);
    EXPECT_TRUE(error.message.contains(u"more than 1 MB"_s)) << error.message.toStdString();
    EXPECT_TRUE(readHandmade(dir, {}, nullptr, padded));
}

TEST(XlsxReader, RefusesMoreCellsThanTheLimit)
{
    TempDir dir;
    const auto all = readHandmade(dir);
    ASSERT_TRUE(all);
    const qint64 cells = qint64(all->sheets.at(0).cells.size() + all->sheets.at(1).cells.size());
    XlsxLimits limits;
    limits.maxCells = cells - 1;
    XlsxReader::Error error;
    EXPECT_FALSE(readHandmade(dir, limits, &error));
    EXPECT_EQ(error.problem, Problem::TooManyCells);
    limits.maxCells = cells;
    EXPECT_TRUE(readHandmade(dir, limits));
}

TEST(XlsxReader, RefusesABadCellReference)
{
    TempDir dir;
    QByteArray bad = FirstSheet;
    bad.replace(R"(r="A1")", R"(r="1A")");
    XlsxReader::Error error;
    EXPECT_FALSE(readHandmade(dir, {}, &error, bad));
    EXPECT_EQ(error.problem, Problem::Malformed);
    EXPECT_TRUE(error.message.contains(u"“1A”"_s)) << error.message.toStdString();
}

// --- files that are not readable workbooks -----------------------------------------------------------------

TEST(XlsxReader, SaysWhyEachKindOfFileIsNotAWorkbook)
{
    TempDir dir;
    const auto refusal = [&](const QString &name, Problem expected) {
        XlsxReader::Error error;
        const QString path = dir.file(name);
        EXPECT_FALSE(XlsxReader::read(path, &error)) << name.toStdString();
        EXPECT_EQ(error.problem, expected) << name.toStdString() << ": " << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(name)) << error.message.toStdString();
        return error.message;
    };
    // GIVEN an empty file, random bytes, a Word document, a plain zip, an OLE compound file (a workbook with
    // a password to open, or an .xls), a workbook cut in half, and no file at all
    duban::test::writeAll(dir.file(u"empty.xlsx"_s), {});
    QByteArray random(4096, '\0');
    QRandomGenerator generator(15);
    for (char &c : random)
        c = char(generator.bounded(256));
    random[0] = 'x';
    duban::test::writeAll(dir.file(u"random.xlsx"_s), random);
    writeZip(
        dir.file(u"report.xlsx"_s),
        {{u"[Content_Types].xml"_s, ContentTypes},
         {u"_rels/.rels"_s, QByteArray(PackageRelationships).replace("xl/workbook.xml", "word/document.xml")},
         {u"word/document.xml"_s,
          R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>)"}});
    writeZip(dir.file(u"archive.xlsx"_s), {{u"readme.txt"_s, "hello"}});
    QByteArray ole = QByteArray::fromHex("D0CF11E0A1B11AE1");
    ole.append(QByteArray(4096, '\0'));
    duban::test::writeAll(dir.file(u"locked.xlsx"_s), ole);
    OpenpyxlFile whole;
    const QByteArray bytes = duban::test::readAll(whole.path);
    ASSERT_GT(bytes.size(), 1000);
    duban::test::writeAll(dir.file(u"cut.xlsx"_s), bytes.left(bytes.size() / 2));

    // WHEN each is read, THEN each is refused with a message of its own
    const QStringList messages = {
        refusal(u"empty.xlsx"_s, Problem::Empty),           refusal(u"random.xlsx"_s, Problem::NotZip),
        refusal(u"report.xlsx"_s, Problem::NotWorkbook),    refusal(u"archive.xlsx"_s, Problem::NotWorkbook),
        refusal(u"locked.xlsx"_s, Problem::EncryptedOrXls), refusal(u"cut.xlsx"_s, Problem::Truncated),
        refusal(u"missing.xlsx"_s, Problem::Unreadable),
    };
    EXPECT_TRUE(messages.at(4).contains(u"password"_s)) << messages.at(4).toStdString();
    EXPECT_TRUE(messages.at(4).contains(u".xls"_s));
    EXPECT_TRUE(messages.at(5).contains(u"incomplete"_s)) << messages.at(5).toStdString();
    const std::set<QString> reasons = {messages.at(0), messages.at(1), messages.at(2),
                                       messages.at(4), messages.at(5), messages.at(6)};
    EXPECT_EQ(reasons.size(), 6u);
}

TEST(XlsxReader, ReadsFromBytesAndRefusesEmptyBytes)
{
    OpenpyxlFile file;
    const auto workbook = XlsxReader::fromBytes(duban::test::readAll(file.path));
    ASSERT_TRUE(workbook);
    EXPECT_EQ(workbook->sheets.size(), 3);
    XlsxReader::Error error;
    EXPECT_FALSE(XlsxReader::fromBytes({}, &error));
    EXPECT_EQ(error.problem, Problem::Empty);
    EXPECT_TRUE(error.message.contains(u"empty"_s)) << error.message.toStdString();
}
