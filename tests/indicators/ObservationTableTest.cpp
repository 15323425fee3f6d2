// Observations from a 统计局 statistics table in .xlsx (issue 15, item 5, its core): the layout guessed
// (indicator rows × 1–N月 columns, or the transpose), every cell read through the CSV rules, problems naming
// the cell. The workbooks are made by python3-openpyxl, as a statistics office's Excel would save them.
#include "support/TempDir.h"

#include "core/indicators/ObservationTable.h"
#include "core/xlsx/XlsxReader.h"

#include <gtest/gtest.h>

#include <QProcess>

using namespace duban::core;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

std::optional<XlsxWorkbook> makeBook(const duban::test::TempDir &dir, const QString &body)
{
    const QString path = dir.file(QStringLiteral("t.xlsx"));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, openpyxl\nwb = openpyxl.Workbook()\nws = wb.active\n") + body +
                 QStringLiteral("\nwb.save(sys.argv[1])\n"),
             path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << p.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return XlsxReader::read(path);
}

} // namespace

TEST(ObservationTable, IndicatorRowsByMonthColumnsAreReadWithTheCsvRules)
{
    duban::test::TempDir dir;
    const auto book = makeBook(dir, u("ws.append(['湘江新区主要经济指标（2023年）'])\n"
                                      "ws.append(['指标', '1-2月', '1-3月', '1-4月'])\n"
                                      "ws.append(['地区生产总值增速', 5.1, 5.6, None])\n"
                                      "ws.append(['固定资产投资增速', '6.2%', 7.0, 'x'])\n"));
    ASSERT_TRUE(book);
    const XlsxSheet &sheet = book->sheets.first();
    const ObservationTableLayout layout = ObservationTable::guess(sheet, 2023);
    EXPECT_EQ(layout, (ObservationTableLayout{true, 1, 0}));
    const ObservationCsv::Result r = ObservationTable::read(sheet, layout, 2023);
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows[0].indicator, u("地区生产总值增速"));
    EXPECT_EQ(r.rows[0].value, 5.1);
    EXPECT_EQ(r.rows[1].period, r.rows[3].period) << "1-3月 for both indicators";
    EXPECT_EQ(r.rows[2].value, 6.2) << "\"6.2%\" as the CSV reads it";
    EXPECT_EQ(r.rows[2].line, 4) << "the sheet's row";
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems[0].message.startsWith(QStringLiteral("cell D4")))
        << r.problems[0].message.toStdString();
}

TEST(ObservationTable, TheTransposeIsGuessedAndATableWithoutPeriodsIsRefused)
{
    duban::test::TempDir dir;
    const auto book = makeBook(dir, u("ws.append(['时期', '地区生产总值增速', '社零增速'])\n"
                                      "ws.append(['1-2月', 5.1, 3.2])\n"
                                      "ws.append(['1-3月', 5.6, 3.9])\n"));
    ASSERT_TRUE(book);
    const ObservationTableLayout layout = ObservationTable::guess(book->sheets.first(), 2023);
    EXPECT_EQ(layout, (ObservationTableLayout{false, 0, 0}));
    const ObservationCsv::Result r = ObservationTable::read(book->sheets.first(), layout, 2023);
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows[0].indicator, u("地区生产总值增速"));
    EXPECT_EQ(r.rows[1].indicator, u("地区生产总值增速"));
    EXPECT_EQ(r.rows[1].value, 5.6);

    const auto none = makeBook(dir, u("ws.append(['名称', '数值'])\nws.append(['甲', 1])\n"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(ObservationTable::guess(none->sheets.first(), 2023).isValid());
    EXPECT_FALSE(ObservationTable::read(none->sheets.first(), {}, 2023).error.isEmpty());
}

TEST(ObservationTable, TheMappingStepsNamesPeriodsAndChoicesAreReadFromTheChosenLines)
{
    duban::test::TempDir dir;
    const auto book = makeBook(dir, u("ws.append(['指标', '单位', '1-2月', '1-3月', '说明'])\n"
                                      "ws.append(['GDP增速', '%', 5.1, 5.6, None])\n"
                                      "ws.append(['其中：一产', '%', 'n/a', 2.0, None])\n"
                                      "ws.append(['投资增速', '%', 6.0, '—', '…'])\n"));
    ASSERT_TRUE(book);
    const XlsxSheet &sheet = book->sheets.first();
    const ObservationTableLayout layout{true, 0, 0};
    int unreadable = 0;
    EXPECT_EQ(ObservationTable::periods(sheet, layout, 2023, &unreadable),
              (QStringList{QStringLiteral("2023-02"), QStringLiteral("2023-03")}));
    EXPECT_EQ(unreadable, 2) << "单位 and 说明 are not periods";
    const QList<ObservationTable::Name> names = ObservationTable::names(sheet, layout);
    ASSERT_EQ(names.size(), 3);
    EXPECT_EQ(names[0].text, u("GDP增速"));
    EXPECT_EQ(names[0].line, 1);
    EXPECT_EQ(names[2].values, 4) << "投资增速: its 单位, one month, — and … (what the table shows)";
    EXPECT_EQ(ObservationTable::lineSummary(sheet, true, 0, 3), u("指标 | 单位 | 1-2月 …"));

    // — and … say "no figure": not values, and not problems either.
    // 单位 is a column of text: each of its cells is a problem, as is n/a; a skipped line is not read.
    const ObservationCsv::Result all = ObservationTable::read(sheet, layout, 2023);
    const ObservationCsv::Result some = ObservationTable::read(sheet, layout, 2023, {u("其中：一产")});
    EXPECT_EQ(all.rows.size(), some.rows.size() + 1);
    EXPECT_EQ(all.problems.size(), some.problems.size() + 2) << "% and n/a of the skipped line are gone";

    const QList<Indicator> indicators{{7, u("地区生产总值增速"), u("%"), true, 0},
                                      {8, u("固定资产投资增速"), u("%"), true, 0}};
    QList<RowProblem> problems;
    const QList<Observation> got =
        ObservationTable::resolve(some.rows, indicators, {{u("GDP增速"), 7}, {u("投资增速"), 7}}, &problems);
    ASSERT_EQ(got.size(), 2) << "GDP 1-2月 and 1-3月; 投资增速's 1-2月 would repeat GDP's";
    EXPECT_EQ(got[0].indicatorId, 7);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 4);
    // Left to themselves, names are looked up as a CSV's: 投资增速 is in only one indicator's name.
    QList<RowProblem> unmatched;
    const QList<Observation> looked = ObservationTable::resolve(some.rows, indicators, {}, &unmatched);
    ASSERT_EQ(looked.size(), 1);
    EXPECT_EQ(looked[0].indicatorId, 8);
    EXPECT_EQ(unmatched.size(), 2) << "GDP增速 matches no indicator";
}
